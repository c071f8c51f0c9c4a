package yaowen.bench.cleaning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import yaowen.bench.quality.QualityReport;
import yaowen.bench.quality.QualityReport.Aspect;
import yaowen.bench.quality.QualityReport.DocumentReport;
import yaowen.bench.quality.QualityReport.GroupScores;
import yaowen.bench.quality.QualityReport.Ratio;
import yaowen.bench.quality.QualityScorer;

/**
 * The results of one cleaning benchmark run, rendered as Markdown tables (readable on a terminal too).
 *
 * @param quality per set, per extractor, the scored report
 * @param speed   per set, the speed of every contestant (jsoup's parse first)
 * @param notes   sets skipped and why
 * @param machine what the run ran on
 */
record CleaningBenchReport(Map<String, Map<String, QualityReport>> quality,
                           Map<String, List<SpeedComparison.Speed>> speed, List<String> notes, String machine) {
    CleaningBenchReport {
        quality = Collections.unmodifiableMap(new LinkedHashMap<>(quality));
        speed = Collections.unmodifiableMap(new LinkedHashMap<>(speed));
        notes = List.copyOf(notes);
    }

    /** The report as Markdown; {@code details} adds Yaowen's misses per document. */
    String toMarkdown(boolean details) {
        StringBuilder sb = new StringBuilder();
        sb.append("### Quality (body: character-bigram P/R/F1, micro-averaged)\n\n");
        sb.append("| set | extractor | docs | failed | body P | body R | body F1 | docs F1<0.8 "
                + "| mustNotContain found | title | publishedAt |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        quality.forEach((set, byExtractor) -> {
            int groups = byExtractor.values().iterator().next().groups().size();
            for (int g = 0; g < groups; g++) {
                for (Map.Entry<String, QualityReport> e : byExtractor.entrySet()) {
                    GroupScores s = e.getValue().groups().get(g);
                    String label = groups == 1 ? set
                            : set + (s.name().equals(QualityScorer.CWCE_MULTI_POST_GROUP) ? " multi-post (apart)" : "");
                    sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.4f | %.4f | **%.4f** | %s | %s | %s | %s |%n",
                            label, e.getKey(), s.documents(), s.failed(), s.body().bigrams().precision(),
                            s.body().bigrams().recall(), s.body().bigrams().f1(), share(s.body().belowThreshold()),
                            found(s.body().mustNotContain()), ratio(s.fields().title()),
                            ratio(s.fields().publishedAt())));
                }
            }
        });
        if (!speed.isEmpty()) {
            sb.append("\n### Speed (pages per second on one thread)\n\n");
            sb.append("| set | contestant | pages | pages/s per core | cost × jsoup parse | failures |\n");
            sb.append("|---|---|---:|---:|---:|---:|\n");
            speed.forEach((set, speeds) -> {
                double jsoup = speeds.get(0).pagesPerSecond();
                for (SpeedComparison.Speed s : speeds) {
                    sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.2f | %d |%n", set, s.contestant(),
                            s.pages(), s.pagesPerSecond(), jsoup / s.pagesPerSecond(), s.failures()));
                }
            });
            sb.append(all());
        }
        sb.append("\nMachine: ").append(machine).append('\n');
        notes.forEach(n -> sb.append("\nNote: ").append(n).append('\n'));
        if (details) {
            sb.append("\n### Yaowen's misses\n\n");
            quality.forEach((set, byExtractor) -> {
                QualityReport r = byExtractor.values().iterator().next();
                for (DocumentReport d : r.documents()) {
                    List<QualityReport.Issue> issues = d.issues().stream()
                            .filter(i -> i.aspect() != Aspect.SOURCE && i.aspect() != Aspect.AUTHORS).toList();
                    if (!issues.isEmpty() || d.bodyF1() < 0.95) {
                        sb.append(String.format(Locale.ROOT, "- %s %s (F1 %.3f): %s%n", set, d.id(), d.bodyF1(),
                                issues.stream().map(i -> i.aspect() + " " + i.detail()).toList()));
                    }
                }
            });
        }
        return sb.toString();
    }

    /** All sets together: total pages over the total of the median pass times. */
    private String all() {
        if (speed.size() < 2) {
            return "";
        }
        List<SpeedComparison.Speed> first = speed.values().iterator().next();
        StringBuilder sb = new StringBuilder();
        double jsoup = Double.NaN;
        for (int c = 0; c < first.size(); c++) {
            int pages = 0;
            double seconds = 0;
            int failures = 0;
            for (List<SpeedComparison.Speed> speeds : speed.values()) {
                SpeedComparison.Speed s = speeds.get(c);
                pages += s.pages();
                seconds += s.pages() / s.pagesPerSecond();
                failures += s.failures();
            }
            double rate = pages / seconds;
            if (c == 0) {
                jsoup = rate;
            }
            sb.append(String.format(Locale.ROOT, "| **all** | %s | %d | **%.0f** | **%.2f** | %d |%n",
                    first.get(c).contestant(), pages, rate, jsoup / rate, failures));
        }
        return sb.toString();
    }

    private static String share(Ratio r) {
        return r.total() == 0 ? "—" : String.format(Locale.ROOT, "%.3f (%d)", r.value(), r.hits());
    }

    private static String found(Ratio r) {
        return r.total() == 0 ? "—" : r.hits() + " of " + r.total();
    }

    private static String ratio(Optional<Ratio> r) {
        return r.filter(x -> x.total() > 0)
                .map(x -> String.format(Locale.ROOT, "%.3f (%d/%d)", x.value(), x.hits(), x.total()))
                .orElse("—");
    }
}
