package yaowen.bench.cleaning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import yaowen.bench.quality.QualityReport.Mode;
import yaowen.bench.quality.QualityScorer.CwceGold;
import yaowen.cleaning.CleaningException;

/**
 * A named set of pages with their gold, in one of the two layouts {@code yaowen bench quality} reads: a gold
 * corpus ({@code gold/*.json} naming its input in {@code "input"}) or a CWCE folder ({@code original/},
 * {@code cleaned/}, {@code date/}, {@code author/}). Only the article part of the gold is kept: this benchmark
 * scores cleaning, not insight.
 *
 * @param name  the set's name in reports ({@code seeds}, {@code gov}, {@code cwce})
 * @param root  its folder
 * @param mode  its layout
 * @param pages its pages in file order
 * @param gold  per page, the gold JSON (GOLD mode) or {@link CwceGold} (CWCE mode)
 */
record BenchSet(String name, Path root, Mode mode, List<BenchPage> pages, List<Object> gold) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    BenchSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(mode, "mode");
        pages = List.copyOf(pages);
        gold = List.copyOf(gold);
        if (pages.size() != gold.size()) {
            throw new IllegalArgumentException("one gold per page");
        }
    }

    /** Loads a set; the layout is recognised from the folder. */
    static BenchSet load(String name, Path root) throws IOException {
        if (Files.isDirectory(root.resolve("gold"))) {
            return loadGold(name, root);
        }
        if (Files.isDirectory(root.resolve("original")) && Files.isDirectory(root.resolve("cleaned"))) {
            return loadCwce(name, root);
        }
        throw new IllegalArgumentException(root + " is not a corpus: expected gold/*.json, or original/ and cleaned/");
    }

    private static BenchSet loadGold(String name, Path root) throws IOException {
        List<BenchPage> pages = new ArrayList<>();
        List<Object> gold = new ArrayList<>();
        for (Path file : list(root.resolve("gold"), ".json")) {
            ObjectNode g = (ObjectNode) MAPPER.readTree(file.toFile());
            if (!g.hasNonNull("input")) {
                throw new IOException(file + " names no \"input\"");
            }
            String id = g.hasNonNull("id") ? g.get("id").asText() : stem(file, ".json");
            String input = g.get("input").asText();
            JsonNode url = g.path("article").get("url");
            Optional<String> pageUrl = url == null || url.isNull() ? Optional.empty() : Optional.of(url.asText());
            g.remove(List.of("meeting", "metrics", "optionalMetrics"));
            pages.add(page(id, input, Files.readAllBytes(root.resolve(input)), pageUrl));
            gold.add(g);
        }
        return new BenchSet(name, root, Mode.GOLD, pages, gold);
    }

    private static BenchSet loadCwce(String name, Path root) throws IOException {
        List<BenchPage> pages = new ArrayList<>();
        List<Object> gold = new ArrayList<>();
        for (Path file : list(root.resolve("original"), ".html")) {
            String id = stem(file, ".html");
            String text = readText(root.resolve("cleaned").resolve(id + ".txt"));
            if (text == null) {
                throw new IOException("no gold body cleaned/" + id + ".txt for original/" + id + ".html");
            }
            gold.add(CwceGold.parse(id, text, readText(root.resolve("date").resolve(id + ".txt")),
                    readText(root.resolve("author").resolve(id + ".txt"))));
            pages.add(page(id, "original/" + id + ".html", Files.readAllBytes(file), Optional.empty()));
        }
        return new BenchSet(name, root, Mode.CWCE, pages, gold);
    }

    /** Decodes the page once, with the charset Yaowen detects, for jsoup and the peers. */
    private static BenchPage page(String id, String input, byte[] bytes, Optional<String> url) {
        BenchPage raw = new BenchPage(id, input, bytes, "", url);
        Charset charset = StandardCharsets.UTF_8;
        try {
            charset = Charset.forName(new YaowenExtractor().clean(raw).charset());
        } catch (CleaningException | IllegalArgumentException e) {
            // not cleanable by Yaowen: the peers get the bytes as UTF-8
        }
        String decoded = new String(bytes, charset);
        if (decoded.startsWith("\uFEFF")) {
            decoded = decoded.substring(1);
        }
        return new BenchPage(id, input, bytes, decoded, url);
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }

    private static String stem(Path file, String suffix) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - suffix.length());
    }

    private static String readText(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
