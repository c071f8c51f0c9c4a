package yaowen.cleaning.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits that stand apart from the meta lines: a line that is only a bracketed credit
 * ({@code (张三 李四 记者 王五)}, {@code (全媒记者 赵六 通讯员 钱七 报道)}) and the credit that opens a lead
 * ({@code 本报讯(记者 张三 通讯员 李四)…}, {@code …电 (记者王五)…}, {@code 本报讯 记者 赵敏5月12日…}). Labels,
 * editors and names as in {@link AuthorLine}. Stateless and thread-safe.
 */
public final class BylineCredits {
    /** A line that is only a bracketed credit: {@code (张三 李四 记者 王五)}, {@code (全媒记者 赵六 通讯员 钱七 报道)}. */
    private static final Pattern STANDALONE = Pattern.compile("^[（(]([^（()）]{2,60})[)）]$");
    /** An opening credit in brackets near the start of a lead: {@code 本报讯(记者 张三 通讯员 李四)}, {@code …电 (记者王五)}. */
    private static final Pattern LEAD_BRACKETS = Pattern.compile("^.{0,24}?[（(]([^（()）]{2,60})[)）]");
    /** A further label and name in a bare opening credit. */
    private static final Pattern LEAD_MORE = Pattern.compile(
            "\\s*(?:记者|通讯员)\\s*([\\p{IsHan}]{2,3})(?=\\d|\\s|[，,:：]|报道)");
    /** An opening credit without brackets, the name running into the date: {@code 本报讯 记者 赵敏5月12日上午，…}. */
    private static final Pattern LEAD_BARE = Pattern.compile("^.{0,16}?讯" + LEAD_MORE.pattern());
    /** What separates the names of a credit: spaces, 、 and commas. */
    static final Pattern TOKENS = Pattern.compile("[\\s、，,]+");
    /** Opening body lines searched for a lead credit. */
    private static final int LEAD_LINES = 3;

    private BylineCredits() {
    }

    /**
     * The authors of a line that is only a bracketed credit, e.g. {@code (张三 李四 记者 王五)} or
     * {@code (全媒记者 赵六 通讯员 钱七 报道)}, or an unbracketed one led by a medium's reporters
     * ({@code 某某日报全媒体记者 张三 李四}): present (possibly empty) when the line is such a credit, so it
     * leaves the body. When the credit names editors too ({@code (某网 张三 助编 李四)}, a reposting site's
     * credit), only names after a reporter's label are authors.
     */
    public static Optional<List<String>> standaloneCredit(String line) {
        return standaloneCredit(line, false);
    }

    /**
     * As {@link #standaloneCredit(String)}; when {@code closing} (the line ends the article: no prose follows it),
     * one bracketed name-shaped word ({@code (王小明)}) is a credit too, as articles sign off so.
     */
    public static Optional<List<String>> standaloneCredit(String line, boolean closing) {
        if (line.length() > 64) {
            return Optional.empty();
        }
        Matcher m = STANDALONE.matcher(line);
        String[] tokens;
        if (m.matches()) {
            tokens = TOKENS.split(m.group(1).strip());
        } else {
            // unbracketed only after a medium's reporters: 某某日报全媒体记者 张三 李四
            int label = line.indexOf("记者");
            if (label < 0 && (label = line.indexOf("通讯员")) < 0 || line.indexOf(' ') < label || line.indexOf('。') >= 0) {
                return Optional.empty();
            }
            tokens = TOKENS.split(line.strip());
            if (tokens.length < 2 || !AuthorLine.endsWithLabel(tokens[0])) {
                return Optional.empty();
            }
        }
        List<String> all = new ArrayList<>();
        List<String> labelled = new ArrayList<>();
        boolean editors = false;
        boolean afterLabel = false;
        boolean anyLabel = false; // a reporter's, photographer's or editor's label makes the line a credit
        boolean nameShaped = true;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (AuthorLine.LABEL.matcher(t).matches() || i == 0 && AuthorLine.endsWithLabel(t)) {
                afterLabel = true;
                anyLabel = true;
                continue;
            }
            if (AuthorLine.EDITOR.matcher(t).matches()) {
                editors = true;
                afterLabel = false;
                anyLabel = true;
                continue;
            }
            if (t.endsWith("报道") || t.equals("摄")) { // 报道, 某地报道
                anyLabel = true;
                continue;
            }
            Matcher label = AuthorLine.LEADING_LABEL.matcher(t);
            if (label.lookingAt() && label.end() < t.length()) {
                afterLabel = true;
                anyLabel = true;
                t = t.substring(label.end());
            }
            if (!AuthorLine.HAN_NAME.matcher(t).matches() || AuthorLine.NOT_NAMES.contains(t)) {
                return Optional.empty();
            }
            nameShaped &= PersonNames.looksLikeName(t); // (县长 张三), (示范县): an office or a place is no name
            all.add(t);
            if (afterLabel) {
                labelled.add(t);
            }
        }
        if (all.isEmpty() || tokens.length == 1 && all.get(0).length() > 3) {
            return Optional.empty(); // one bracketed word such as (会议纪要) is no credit
        }
        if (!anyLabel && (all.size() < (closing ? 1 : 2) || !nameShaped)) {
            return Optional.empty(); // without a label, only a row of names is a credit: (试行), (扩大), (调研) are words
        }
        return Optional.of(List.copyOf(editors ? labelled : all));
    }

    /**
     * Authors credited at the start of the article's first lines: {@code 本报讯(记者 张三 通讯员 李四 王五)…},
     * {@code 某某网某地2月28日电 (记者王五)…}, {@code 本报讯 记者 赵敏5月12日上午…}.
     */
    public static List<String> leadCredit(List<String> body) {
        for (int i = 0; i < Math.min(body.size(), LEAD_LINES); i++) {
            String line = body.get(i);
            Matcher m = LEAD_BRACKETS.matcher(line);
            if (m.find()) {
                String inner = m.group(1);
                Matcher label = AuthorLine.LABEL.matcher(inner);
                if (label.find() && label.start() <= 12) {
                    List<String> a = AuthorLine.authors(inner.substring(label.start()));
                    if (!a.isEmpty()) {
                        return a;
                    }
                }
            }
            Matcher bare = LEAD_BARE.matcher(line);
            if (bare.find() && !AuthorLine.NOT_NAMES.contains(bare.group(1))) {
                List<String> names = new ArrayList<>(List.of(bare.group(1)));
                Matcher more = LEAD_MORE.matcher(line).region(bare.end(), line.length());
                while (more.lookingAt()) { // 本报讯 记者 张三 通讯员 李四 报道：…
                    names.add(more.group(1));
                    more.region(more.end(), line.length());
                }
                return List.copyOf(names);
            }
        }
        return List.of();
    }
}
