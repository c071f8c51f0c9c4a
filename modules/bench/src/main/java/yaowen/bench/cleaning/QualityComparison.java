package yaowen.bench.cleaning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import yaowen.bench.quality.QualityReport;
import yaowen.bench.quality.QualityScorer;
import yaowen.bench.quality.QualityScorer.CwceCase;
import yaowen.bench.quality.QualityScorer.CwceGold;
import yaowen.bench.quality.QualityScorer.GoldCase;
import yaowen.bench.quality.QualityScorer.Prediction;

/**
 * Scores one extractor on one set with {@link QualityScorer}, exactly as {@code yaowen bench quality} scores
 * the analyzer (body bigrams, mustNotContain, title, publishedAt). An extractor that throws on a page is
 * scored as an empty prediction for it.
 */
final class QualityComparison {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QualityComparison() {
    }

    static QualityReport score(BenchSet set, Extractor extractor) {
        List<Prediction> predictions = new ArrayList<>(set.pages().size());
        for (BenchPage page : set.pages()) {
            predictions.add(predict(extractor, page));
        }
        return switch (set.mode()) {
            case GOLD -> {
                List<GoldCase> cases = new ArrayList<>();
                for (int i = 0; i < set.pages().size(); i++) {
                    BenchPage p = set.pages().get(i);
                    cases.add(new GoldCase(p.id(), p.input(), (JsonNode) set.gold().get(i), predictions.get(i)));
                }
                yield QualityScorer.scoreGold(set.root().toString(), cases);
            }
            case CWCE -> {
                List<CwceCase> cases = new ArrayList<>();
                for (int i = 0; i < set.pages().size(); i++) {
                    cases.add(new CwceCase((CwceGold) set.gold().get(i), set.pages().get(i).input(),
                            predictions.get(i)));
                }
                yield QualityScorer.scoreCwce(set.root().toString(), cases);
            }
        };
    }

    /** The extractor's output in the {@code yaowen analyze} article shape, or why it failed. */
    static Prediction predict(Extractor extractor, BenchPage page) {
        try {
            Extractor.Extracted x = extractor.extract(page);
            ObjectNode root = MAPPER.createObjectNode();
            ObjectNode article = root.putObject("article");
            article.put("text", x.text());
            x.title().ifPresentOrElse(t -> article.put("title", t), () -> article.putNull("title"));
            x.publishedAt().ifPresentOrElse(t -> article.put("publishedAt", t), () -> article.putNull("publishedAt"));
            return Prediction.of(root);
        } catch (Exception | StackOverflowError e) {
            return Prediction.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
