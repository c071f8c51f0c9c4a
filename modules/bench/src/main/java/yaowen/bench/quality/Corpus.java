package yaowen.bench.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import yaowen.bench.quality.QualityScorer.CwceGold;

/**
 * Reads the two corpus layouts every benchmark uses: a gold folder ({@code gold/*.json}, each naming its
 * {@code input} relative to the corpus root) and the CWCE layout ({@code original/ID.html} with gold body
 * {@code cleaned/ID.txt}, {@code date/ID.txt} and {@code author/ID.txt}). Entries come in file-name order.
 */
public final class Corpus {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One gold document: its id, its input path as written in the gold file, the gold JSON and the input file. */
    public record GoldEntry(String id, String input, ObjectNode gold, Path inputFile) { }

    /** One CWCE page: its id, its input path relative to the root, the page file and its gold. */
    public record CwceEntry(String id, String input, Path page, CwceGold gold) { }

    private Corpus() {
    }

    /** The gold documents under {@code root/gold}; a gold file without {@code input} is an error. */
    public static List<GoldEntry> gold(Path root) throws IOException {
        List<GoldEntry> entries = new ArrayList<>();
        for (Path file : list(root.resolve("gold"), ".json")) {
            ObjectNode gold = (ObjectNode) MAPPER.readTree(file.toFile());
            if (!gold.hasNonNull("input")) {
                throw new IOException(file + " names no \"input\"");
            }
            String id = gold.hasNonNull("id") ? gold.get("id").asText() : stem(file, ".json");
            String input = gold.get("input").asText();
            entries.add(new GoldEntry(id, input, gold, root.resolve(input)));
        }
        return entries;
    }

    /** The pages of a CWCE-shaped {@code root}; a page without a gold body is an error. */
    public static List<CwceEntry> cwce(Path root) throws IOException {
        List<CwceEntry> entries = new ArrayList<>();
        for (Path page : list(root.resolve("original"), ".html")) {
            String id = stem(page, ".html");
            String text = readText(root.resolve("cleaned").resolve(id + ".txt"));
            if (text == null) {
                throw new IOException("no gold body cleaned/" + id + ".txt for original/" + id + ".html");
            }
            CwceGold gold = CwceGold.parse(id, text, readText(root.resolve("date").resolve(id + ".txt")),
                    readText(root.resolve("author").resolve(id + ".txt")));
            entries.add(new CwceEntry(id, "original/" + id + ".html", page, gold));
        }
        return entries;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }

    private static String stem(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    /**
     * A UTF-8 text file without its BOM (malformed bytes replaced, not fatal); {@code null} when the file
     * does not exist.
     */
    private static String readText(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
