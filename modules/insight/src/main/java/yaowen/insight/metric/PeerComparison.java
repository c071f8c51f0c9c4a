package yaowen.insight.metric;

import yaowen.insight.Metric;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a metric stands among its peers, read from the clause that states it or the short clause after it: its
 * rank ("全市第3位", "位居全省第二") and its distance from a peer average in percentage points ("高于全省平均2.1个百分点"
 * → +2.1, "比全市低0.5个百分点" → -0.5). Stateless and thread-safe.
 */
final class PeerComparison {
    /** A rank among peers, also within a peer group named after the scope ("全国地级城市第四", "全省县区第7位"). */
    private static final Pattern RANK = Pattern.compile(
            "(全市|全省|全国|全州|全盟|中心城区|同类县区|县区)(?:\\p{IsHan}{0,6}?(?:县区|县市区|县\\(市、区\\)|城市|地市|市州|盟市|旗县))?"
            + "(?:排名|排|位居|位列|居)?第([0-9一二三四五六七八九十]+)(?:位|名)?(?!方阵|梯队|批|方队)");
    private static final Pattern VERSUS = Pattern.compile(
            "(高于|低于|快于|慢于|超过|超出)(全市|全省|全国|全州)(?:平均水平|平均|水平)?(\\d+(?:\\.\\d+)?)个?百分点"
            + "|比(全市|全省|全国|全州)(?:平均水平|平均|水平)?(高|低|快|慢)(\\d+(?:\\.\\d+)?)个?百分点");

    private PeerComparison() {
    }

    /** The first rank stated in {@code clause}, when its ordinal is 1 to 999; empty otherwise. */
    static Optional<Metric.Rank> rank(String clause) {
        Matcher r = RANK.matcher(clause);
        if (r.find()) {
            OptionalDouble n = ChineseNumerals.parse(r.group(2));
            if (n.isPresent() && n.getAsDouble() >= 1 && n.getAsDouble() < 1000) {
                return Optional.of(new Metric.Rank(r.group(1), (int) n.getAsDouble()));
            }
        }
        return Optional.empty();
    }

    /** The first comparison with a peer average stated in {@code clause}, negative when lower or slower. */
    static Optional<Metric.Versus> versus(String clause) {
        Matcher v = VERSUS.matcher(clause);
        if (!v.find()) {
            return Optional.empty();
        }
        String scopeName;
        double delta;
        if (v.group(1) != null) {
            scopeName = v.group(2);
            delta = Double.parseDouble(v.group(3)) * (v.group(1).startsWith("低") || v.group(1).startsWith("慢") ? -1 : 1);
        } else {
            scopeName = v.group(4);
            delta = Double.parseDouble(v.group(6)) * (v.group(5).equals("低") || v.group(5).equals("慢") ? -1 : 1);
        }
        return Optional.of(new Metric.Versus(scopeName, delta));
    }

    /** {@code m} with {@code rank} and {@code versus} in place of its own; every other field unchanged. */
    static Metric with(Metric m, Optional<Metric.Rank> rank, Optional<Metric.Versus> versus) {
        return new Metric(m.indicator(), m.label(), m.kind(), m.year(), m.period(), m.measure(), m.value(), m.unit(),
                m.qualifier(), m.range(), m.scope(), m.preliminary(), rank, versus, m.raw(), m.evidence());
    }
}
