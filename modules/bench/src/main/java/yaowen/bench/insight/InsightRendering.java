package yaowen.bench.insight;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import yaowen.bench.insight.InsightBench.SetResult;
import yaowen.bench.insight.InsightBench.Speed;
import yaowen.bench.quality.QualityReport.Aspect;
import yaowen.bench.quality.QualityReport.DocumentReport;
import yaowen.bench.quality.QualityReport.GroupScores;
import yaowen.bench.quality.QualityReport.Issue;
import yaowen.bench.quality.QualityReport.MeetingScores;
import yaowen.bench.quality.QualityReport.MetricScores;
import yaowen.bench.quality.QualityReport.Prf;
import yaowen.bench.quality.QualityReport.Ratio;

/**
 * Renders insight results: one column per set with every insight figure of {@code docs/analysis.md} and its
 * target, the speed, then the misses per document (insight aspects only). Plain text or Markdown.
 */
final class InsightRendering {
    /** The aspects insight is scored on; article-field aspects are out of scope here. */
    static final Set<Aspect> INSIGHT_ASPECTS = EnumSet.of(Aspect.ANALYSIS_FAILED, Aspect.IS_MEETING,
            Aspect.MISSED_TYPE, Aspect.WRONG_TYPE, Aspect.MEETING_DATE, Aspect.REGION, Aspect.MISSED_PERSON,
            Aspect.WRONG_PERSON, Aspect.WRONG_PART, Aspect.MISSED_METRIC, Aspect.FALSE_ALARM_METRIC,
            Aspect.WRONG_QUALIFIER);

    private InsightRendering() {
    }

    /** A figure row: label, target (or empty) and the value per set. */
    record Row(String label, String target, List<String> cells) {
    }

    static List<Row> rows(List<SetResult> sets) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(sets, "documents", "", s -> String.valueOf(s.report().main().documents())));
        rows.add(row(sets, "isMeeting accuracy", "≥ 0.97", s -> meeting(s).map(m -> ratio(m.isMeeting())).orElse("—")));
        rows.add(row(sets, "type P / R / F1 (micro)", "F1 ≥ 0.93", s -> meeting(s).map(m -> prf(m.types())).orElse("—")));
        rows.add(row(sets, "meeting date (gold meetings)", "", s -> meeting(s).map(m -> ratio(m.date())).orElse("—")));
        rows.add(row(sets, "region accuracy", "≥ 0.95", s -> meeting(s).map(m -> ratio(m.region())).orElse("—")));
        rows.add(row(sets, "people P / R / F1", "F1 ≥ 0.90", s -> meeting(s).map(m -> prf(m.people())).orElse("—")));
        rows.add(row(sets, "people part accuracy (matched)", "", s -> meeting(s).map(m -> ratio(m.part())).orElse("—")));
        rows.add(row(sets, "metric P / R / F1", "F1 ≥ 0.92", s -> metrics(s).map(m -> prf(m.tuples())).orElse("—")));
        rows.add(row(sets, "qualifier accuracy (matched)", "≥ 0.95", s -> metrics(s).map(m -> ratio(m.qualifier())).orElse("—")));
        rows.add(row(sets, "articles/s, one core (wall)", "≥ 300", s -> s.speed().map(sp -> number(sp.articlesPerSecond(), 0)).orElse("—")));
        rows.add(row(sets, "articles/s, one core (thread CPU)", "", s -> s.speed().map(sp -> number(sp.articlesPerCpuSecond(), 0)).orElse("—")));
        return rows;
    }

    static String text(List<SetResult> sets) {
        StringBuilder out = new StringBuilder("Insight quality and speed (gold text fed straight to InsightExtractor)\n\n");
        List<String[]> table = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("figure", "target"));
        sets.forEach(s -> head.add(s.name()));
        table.add(head.toArray(String[]::new));
        for (Row r : rows(sets)) {
            List<String> line = new ArrayList<>(List.of(r.label(), r.target()));
            line.addAll(r.cells());
            table.add(line.toArray(String[]::new));
        }
        int[] widths = new int[head.size()];
        table.forEach(l -> {
            for (int i = 0; i < l.length; i++) {
                widths[i] = Math.max(widths[i], l[i].length());
            }
        });
        for (String[] l : table) {
            for (int i = 0; i < l.length; i++) {
                out.append(String.format("%-" + (widths[i] + 2) + "s", l[i]));
            }
            out.append('\n');
        }
        for (SetResult s : sets) {
            out.append("\nMisses in ").append(s.name()).append(" (").append(s.root()).append(")\n");
            out.append(summary(s)).append('\n');
            for (DocumentReport d : s.report().documents()) {
                List<Issue> issues = insightIssues(d);
                if (issues.isEmpty()) {
                    continue;
                }
                out.append(d.id()).append("  ").append(d.input()).append('\n');
                for (Issue i : issues) {
                    out.append("    ").append(String.format("%-19s", i.aspect())).append(' ').append(i.detail()).append('\n');
                }
            }
        }
        return out.toString();
    }

    static String markdown(List<SetResult> sets) {
        StringBuilder out = new StringBuilder();
        out.append("| figure | target |");
        sets.forEach(s -> out.append(' ').append(s.name()).append(" |"));
        out.append("\n|---|---|");
        sets.forEach(s -> out.append("---|"));
        out.append('\n');
        for (Row r : rows(sets)) {
            out.append("| ").append(r.label()).append(" | ").append(r.target()).append(" |");
            r.cells().forEach(c -> out.append(' ').append(c).append(" |"));
            out.append('\n');
        }
        for (SetResult s : sets) {
            out.append("\n**Misses in ").append(s.name()).append("** — ").append(summary(s)).append("\n\n");
            for (DocumentReport d : s.report().documents()) {
                List<Issue> issues = insightIssues(d);
                if (issues.isEmpty()) {
                    continue;
                }
                out.append("- `").append(d.id()).append("` ").append(d.input()).append('\n');
                for (Issue i : issues) {
                    out.append("  - ").append(i.aspect()).append(": ").append(i.detail().replace("|", "\\|")).append('\n');
                }
            }
        }
        return out.toString();
    }

    static List<Issue> insightIssues(DocumentReport d) {
        return d.issues().stream().filter(i -> INSIGHT_ASPECTS.contains(i.aspect())).toList();
    }

    private static String summary(SetResult s) {
        long[] counts = new long[Aspect.values().length];
        int docs = 0;
        for (DocumentReport d : s.report().documents()) {
            List<Issue> issues = insightIssues(d);
            if (!issues.isEmpty()) {
                docs++;
            }
            issues.forEach(i -> counts[i.aspect().ordinal()]++);
        }
        StringBuilder b = new StringBuilder().append(docs).append(" of ").append(s.report().documents().size())
                .append(" documents with misses");
        for (Aspect a : INSIGHT_ASPECTS) {
            if (counts[a.ordinal()] > 0) {
                b.append("; ").append(a.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ').append(counts[a.ordinal()]);
            }
        }
        return b.toString();
    }

    private static Row row(List<SetResult> sets, String label, String target, java.util.function.Function<SetResult, String> cell) {
        return new Row(label, target, sets.stream().map(cell).toList());
    }

    private static Optional<MeetingScores> meeting(SetResult s) {
        GroupScores g = s.report().main();
        return g.meeting();
    }

    private static Optional<MetricScores> metrics(SetResult s) {
        return s.report().main().metrics();
    }

    static String prf(Prf p) {
        return number(p.precision(), 3) + " / " + number(p.recall(), 3) + " / " + number(p.f1(), 3)
                + " (" + p.matched() + "/" + p.predicted() + "/" + p.expected() + ")";
    }

    static String ratio(Ratio r) {
        return number(r.value(), 3) + " (" + r.hits() + "/" + r.total() + ")";
    }

    static String number(double v, int decimals) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String speedNote(Speed s) {
        return s.documents() + " documents × " + s.repetitions() + " timed passes";
    }
}
