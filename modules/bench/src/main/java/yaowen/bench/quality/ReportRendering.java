package yaowen.bench.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import yaowen.bench.quality.QualityReport.DocumentReport;
import yaowen.bench.quality.QualityReport.FieldScores;
import yaowen.bench.quality.QualityReport.GroupScores;
import yaowen.bench.quality.QualityReport.Issue;
import yaowen.bench.quality.QualityReport.Prf;
import yaowen.bench.quality.QualityReport.Ratio;
import yaowen.bench.quality.QualityReport.Throughput;

/** Renders a {@link QualityReport} as a plain-text table or as Markdown: one row per figure, one column per group. */
final class ReportRendering {
    private ReportRendering() {
    }

    /** A figure: its label and how to print it for one group (empty when the group lacks it). */
    private record Row(String label, Function<GroupScores, Optional<String>> cell) {
    }

    static String text(QualityReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Quality of ").append(report.corpus()).append(" (").append(report.mode()).append(", ")
                .append(summary(report)).append(")\n\n");
        List<String[]> table = table(report);
        int columns = table.get(0).length;
        int[] widths = new int[columns];
        for (String[] line : table) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (int r = 0; r < table.size(); r++) {
            appendLine(out, table.get(r), widths);
            if (r == 0) {
                String[] rule = new String[columns];
                for (int i = 0; i < columns; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                appendLine(out, rule, widths);
            }
        }
        out.append("\nMisses per document\n");
        boolean grouped = report.groups().size() > 1;
        for (DocumentReport d : report.documents()) {
            out.append(d.id()).append("  ").append(d.input()).append(grouped ? "  [" + d.group() + "]" : "")
                    .append("  body F1 ")
                    .append(number(d.bodyF1())).append(d.issues().isEmpty() ? "  ok" : "").append('\n');
            for (Issue issue : d.issues()) {
                out.append("    ").append(String.format("%-21s", issue.aspect())).append(' ').append(issue.detail())
                        .append('\n');
            }
        }
        return out.toString();
    }

    static String markdown(QualityReport report) {
        StringBuilder out = new StringBuilder();
        out.append("### Quality of `").append(report.corpus()).append("` (").append(report.mode()).append(")\n\n");
        out.append(summary(report)).append(".\n\n");
        List<String[]> table = table(report);
        for (int r = 0; r < table.size(); r++) {
            out.append('|');
            for (String cell : table.get(r)) {
                out.append(' ').append(cell.replace("|", "\\|")).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|').append("---|".repeat(table.get(0).length)).append('\n');
            }
        }
        out.append("\n#### Misses per document\n\n");
        boolean grouped = report.groups().size() > 1;
        for (DocumentReport d : report.documents()) {
            out.append("- **").append(d.id()).append("** (`").append(d.input()).append('`')
                    .append(grouped ? ", " + d.group() : "").append("), body F1 ").append(number(d.bodyF1()))
                    .append(d.issues().isEmpty() ? ": ok" : "")
                    .append('\n');
            for (Issue issue : d.issues()) {
                out.append("  - `").append(issue.aspect()).append("` ").append(issue.detail()).append('\n');
            }
        }
        return out.toString();
    }

    private static String summary(QualityReport report) {
        int failed = report.groups().stream().mapToInt(GroupScores::failed).sum();
        String s = report.documents().size() + " documents, " + failed + " failed";
        if (report.throughput().isPresent()) {
            Throughput t = report.throughput().get();
            s += String.format(Locale.ROOT, "; %.1f documents/s (%d in %.2f s)", t.documentsPerSecond(),
                    t.documents(), t.elapsed().toNanos() / 1e9);
        }
        return s;
    }

    private static List<String[]> table(QualityReport report) {
        List<GroupScores> groups = report.groups();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("documents (failed)", g -> Optional.of(g.documents() + " (" + g.failed() + ")")));
        rows.add(new Row("body bigram P / R / F1", g -> Optional.of(prf(g.body().bigrams()))));
        rows.add(new Row("body F1 < 0.8", g -> Optional.of(ratio(g.body().belowThreshold()))));
        if (groups.stream().anyMatch(g -> g.body().mustNotContain().total() > 0)) {
            rows.add(new Row("mustNotContain found / checked", g -> Optional.of(count(g.body().mustNotContain()))));
        }
        addField(rows, groups, "title", FieldScores::title);
        addField(rows, groups, "publishedAt (to the day)", FieldScores::publishedAt);
        addField(rows, groups, "source", FieldScores::source);
        addField(rows, groups, "authors", FieldScores::authors);
        if (groups.stream().anyMatch(g -> g.meeting().isPresent())) {
            rows.add(new Row("isMeeting accuracy", g -> g.meeting().map(m -> ratio(m.isMeeting()))));
            rows.add(new Row("types P / R / F1", g -> g.meeting().map(m -> prf(m.types()))));
            rows.add(new Row("meeting date (gold meetings)", g -> g.meeting().map(m -> ratio(m.date()))));
            rows.add(new Row("region", g -> g.meeting().map(m -> ratio(m.region()))));
            rows.add(new Row("people P / R / F1", g -> g.meeting().map(m -> prf(m.people()))));
            rows.add(new Row("people part accuracy (matched)", g -> g.meeting().map(m -> ratio(m.part()))));
        }
        if (groups.stream().anyMatch(g -> g.metrics().isPresent())) {
            rows.add(new Row("metrics P / R / F1", g -> g.metrics().map(m -> prf(m.tuples()))));
            rows.add(new Row("qualifier accuracy (matched)", g -> g.metrics().map(m -> ratio(m.qualifier()))));
        }
        List<String[]> table = new ArrayList<>();
        String[] header = new String[groups.size() + 1];
        header[0] = "figure";
        for (int i = 0; i < groups.size(); i++) {
            header[i + 1] = groups.get(i).name();
        }
        table.add(header);
        for (Row row : rows) {
            String[] line = new String[groups.size() + 1];
            line[0] = row.label();
            for (int i = 0; i < groups.size(); i++) {
                line[i + 1] = row.cell().apply(groups.get(i)).orElse("—");
            }
            table.add(line);
        }
        return table;
    }

    private static void addField(List<Row> rows, List<GroupScores> groups, String label,
                                 Function<FieldScores, Optional<Ratio>> field) {
        if (groups.stream().anyMatch(g -> field.apply(g.fields()).isPresent())) {
            rows.add(new Row(label, g -> field.apply(g.fields()).map(ReportRendering::ratio)));
        }
    }

    private static void appendLine(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == 0 ? "" : "  ").append(cells[i]).append(" ".repeat(widths[i] - cells[i].length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** {@code 0.951 / 0.972 / 0.961 (12 of 13; 14 expected)}. */
    static String prf(Prf prf) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f (%d of %d; %d expected)", prf.precision(), prf.recall(),
                prf.f1(), prf.matched(), prf.predicted(), prf.expected());
    }

    /** {@code 3/5 = 0.600}, or {@code — (0 stated)} when nothing was counted. */
    static String ratio(Ratio ratio) {
        return ratio.total() == 0 ? "— (0 stated)"
                : String.format(Locale.ROOT, "%d/%d = %.3f", ratio.hits(), ratio.total(), ratio.value());
    }

    private static String count(Ratio ratio) {
        return ratio.hits() + " / " + ratio.total();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }
}
