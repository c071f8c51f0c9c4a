package yaowen.bench.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import yaowen.bench.quality.QualityReport.Aspect;
import yaowen.bench.quality.QualityReport.Issue;
import yaowen.bench.quality.QualityReport.Prf;
import yaowen.bench.quality.QualityReport.Ratio;

/** The article checks shared by gold and CWCE scoring; each adds an {@link Issue} for what fails. */
final class ArticleScoring {
    private ArticleScoring() {
    }

    /** Bigram overlap of the body; a document below the threshold gets an issue. */
    static Prf body(String predicted, String gold, List<Issue> issues) {
        Prf overlap = BodyBigrams.overlap(predicted, gold);
        if (overlap.f1() < QualityScorer.BODY_F1_THRESHOLD) {
            issues.add(new Issue(Aspect.BODY_BELOW_THRESHOLD, String.format(
                    "bigram P %.3f R %.3f F1 %.3f (%d predicted, %d gold)",
                    overlap.precision(), overlap.recall(), overlap.f1(), overlap.predicted(), overlap.expected())));
        }
        return overlap;
    }

    /** Each banned string found in the (folded) predicted text is a failure: failures / strings checked. */
    static Ratio mustNotContain(String predicted, List<String> banned, List<Issue> issues) {
        String text = Folding.fold(predicted);
        int found = 0;
        for (String s : banned) {
            String needle = Folding.fold(s);
            if (!needle.isEmpty() && text.contains(needle)) {
                found++;
                issues.add(new Issue(Aspect.MUST_NOT_CONTAIN, "text contains «" + s + "»"));
            }
        }
        return new Ratio(found, banned.size());
    }

    /**
     * Exact match of a folded field over documents whose gold states it: nothing counted when
     * {@code gold} is empty.
     */
    static Ratio exact(Aspect aspect, Optional<String> gold, Optional<String> predicted, List<Issue> issues) {
        if (gold.isEmpty()) {
            return Ratio.EMPTY;
        }
        boolean hit = gold.equals(predicted);
        if (!hit) {
            issues.add(new Issue(aspect, mismatch(gold.get(), predicted.orElse(null))));
        }
        return Ratio.of(hit);
    }

    /** publishedAt to the day (the parts the gold states); nothing counted when the gold states no date. */
    static Ratio publishedAt(Optional<String> gold, Optional<String> predicted, List<Issue> issues) {
        Optional<int[]> goldDay = gold.flatMap(Folding::dateParts);
        if (goldDay.isEmpty()) {
            return Ratio.EMPTY;
        }
        boolean hit = Folding.sameDay(goldDay.get(), predicted.flatMap(Folding::dateParts));
        if (!hit) {
            issues.add(new Issue(Aspect.PUBLISHED_AT,
                    mismatch(Folding.formatDate(goldDay.get()), predicted.orElse(null))));
        }
        return Ratio.of(hit);
    }

    /**
     * Authors as a multiset of folded names (order ignored); nothing counted when the gold does not state
     * them. An empty gold list states that the article names no author; a prediction without an author
     * list (a failed analysis) matches nothing.
     */
    static Ratio authors(Optional<List<String>> gold, Optional<List<String>> predicted, List<Issue> issues) {
        if (gold.isEmpty()) {
            return Ratio.EMPTY;
        }
        boolean hit = predicted.isPresent() && sorted(gold.get()).equals(sorted(predicted.get()));
        if (!hit) {
            issues.add(new Issue(Aspect.AUTHORS, mismatch(String.join("、", gold.get()),
                    predicted.filter(p -> !p.isEmpty()).map(p -> String.join("、", p)).orElse(null))));
        }
        return Ratio.of(hit);
    }

    static String mismatch(String expected, String actual) {
        return "expected «" + expected + "», got " + (actual == null ? "nothing" : "«" + actual + "»");
    }

    private static List<String> sorted(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String f = Folding.fold(n);
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        out.sort(null);
        return out;
    }
}
