package yaowen.farm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article as stored in the farm's resources: a header block ({@code key: value} lines up to
 * {@code ---}) then one paragraph per line.
 */
record StoredArticle(String siteId, String file, String title, String dateText, LocalDateTime publishedAt,
                     String source, String author, Optional<String> seedId, List<String> paragraphs) {

    private static final String ROOT = "/yaowen/farm/articles/";

    StoredArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    boolean hasTime() {
        return dateText.length() > 10;
    }

    String date() {
        return dateText.substring(0, 10);
    }

    /** Where the history articles of a site live, below its own folder (see {@link #loadHistory}). */
    private static final String HISTORY = "history/";

    /** Whether this is one of the site's history articles (years of targets and results, see {@link #loadHistory}). */
    boolean history() {
        return file.startsWith(HISTORY);
    }

    /** Loads {@code articles/<site>/01.txt, 02.txt, …} until the first missing number. */
    static List<StoredArticle> loadSite(String siteId) {
        return load(siteId, "");
    }

    /**
     * Loads {@code articles/<site>/history/01.txt, …}: the years of district news (work conferences with the
     * year's targets, statistics releases with its results) written by {@code modules/farm/tools/generate_history.py}.
     */
    static List<StoredArticle> loadHistory(String siteId) {
        return load(siteId, HISTORY);
    }

    private static List<StoredArticle> load(String siteId, String folder) {
        List<StoredArticle> out = new ArrayList<>();
        for (int n = 1; ; n++) {
            String file = folder + String.format("%02d.txt", n);
            try (InputStream in = StoredArticle.class.getResourceAsStream(ROOT + siteId + "/" + file)) {
                if (in == null) {
                    return out;
                }
                out.add(parse(siteId, file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read farm article " + siteId + "/" + file, e);
            }
        }
    }

    static StoredArticle parse(String siteId, String file, String text) {
        String title = null;
        String date = null;
        String source = "";
        String author = "";
        String seed = null;
        List<String> paragraphs = new ArrayList<>();
        boolean body = false;
        for (String line : text.split("\n", -1)) {
            if (body) {
                if (!line.isBlank()) {
                    paragraphs.add(line.strip());
                }
                continue;
            }
            if (line.equals("---")) {
                body = true;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = value;
                case "date" -> date = value;
                case "source" -> source = value;
                case "author" -> author = value;
                case "seed" -> seed = value.isEmpty() ? null : value;
                default -> { /* unknown keys are ignored */ }
            }
        }
        if (title == null || date == null || paragraphs.isEmpty()) {
            throw new IllegalStateException("farm article " + siteId + "/" + file + " lacks title, date or body");
        }
        return new StoredArticle(siteId, file, title, date, parseDate(date), source, author,
                Optional.ofNullable(seed), paragraphs);
    }

    private static LocalDateTime parseDate(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay();
        }
        String pattern = text.length() == 16 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss";
        return LocalDateTime.parse(text, DateTimeFormatter.ofPattern(pattern));
    }

    private static final java.util.regex.Pattern LEAD_DAY = java.util.regex.Pattern.compile("\\d{1,2}月\\d{1,2}日");

    /**
     * This article as if published at {@code when}: page date and time, and the first "M月D日" of its lead
     * (the day the reported event took place) become that day.
     */
    StoredArticle publishedOn(LocalDateTime when) {
        List<String> moved = new ArrayList<>(paragraphs);
        if (!moved.isEmpty()) {
            moved.set(0, LEAD_DAY.matcher(moved.get(0))
                    .replaceFirst(when.getMonthValue() + "月" + when.getDayOfMonth() + "日"));
        }
        String text = when.toLocalDate() + (dateText.length() > 10 ? " " + when.toLocalTime() : "");
        return new StoredArticle(siteId, file, title, text, when, source, author, seedId, moved);
    }
}
