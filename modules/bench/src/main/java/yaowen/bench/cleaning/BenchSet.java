package yaowen.bench.cleaning;

import com.fasterxml.jackson.databind.JsonNode;
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
import yaowen.bench.quality.QualityReport.Mode;
import yaowen.bench.quality.Corpus;
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
        for (Corpus.GoldEntry e : Corpus.gold(root)) {
            ObjectNode g = e.gold();
            JsonNode url = g.path("article").get("url");
            Optional<String> pageUrl = url == null || url.isNull() ? Optional.empty() : Optional.of(url.asText());
            g.remove(List.of("meeting", "metrics", "optionalMetrics"));
            pages.add(page(e.id(), e.input(), Files.readAllBytes(e.inputFile()), pageUrl));
            gold.add(g);
        }
        return new BenchSet(name, root, Mode.GOLD, pages, gold);
    }

    private static BenchSet loadCwce(String name, Path root) throws IOException {
        List<BenchPage> pages = new ArrayList<>();
        List<Object> gold = new ArrayList<>();
        for (Corpus.CwceEntry e : Corpus.cwce(root)) {
            gold.add(e.gold());
            pages.add(page(e.id(), e.input(), Files.readAllBytes(e.page()), Optional.empty()));
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



}
