package yaowen.insight.metric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cues of a sentence up to each figure, read once as the figures come, are what rescanning each prefix reads. */
class PrefixCuesTest {
    /** Pieces that make, break and straddle cues of every kind the timing of a figure reads. */
    private static final List<String> PIECES = List.of("2022年", "2015年", "1958年", "20", "22年", "年", "以来", "以",
            "来", "同期", "从", "由", "比", "较", "于", "建于", "全年", "当年", "今年", "去年", "明年", "十四五末",
            "一季度", "前三季度", "上半年", "下半年", "二季度", "季度", "末", "底", "前", "3月", "6月末", "6月底前", "截至",
            "1-9月", "1", "-", "9月", "5月份", "前5个月", "前两个月", "余额", "贷款", "集中签约", "活动", "目标", "目",
            "标", "预期", "力争", "确保", "确保了", "要", "主要", "要求", "任务:", "完成目标", "完成", "超额完成",
            "目标任务", "好于预期", "实现了", "预计", "初步核算", "初步", "核算", "同比", "比上年", "已完成", "累计完成",
            "生产总值", "增长", "6.5%", "30.2亿元", ",", "。", ";", "全区", "百分之", "五亿元");

    @Test
    @Timeout(30)
    void readsWhatRescanningEachPrefixReads() {
        Random random = new Random(13);
        List<Optional<Integer>> years = List.of(Optional.empty(), Optional.of(2021), Optional.of(2023));
        for (int round = 0; round < 1500; round++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(24);
            for (int i = 0; i < pieces; i++) {
                b.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String sentence = b.toString();
            Optional<Integer> anchor = years.get(random.nextInt(years.size()));
            PrefixCues cues = new PrefixCues(sentence, anchor, 0); // read on, whatever the length
            int p = 0;
            for (int step = 0; step < 12; step++) {
                // mostly forward, as figures come, now and then back
                p = random.nextInt(5) == 0 ? random.nextInt(sentence.length() + 1)
                        : Math.min(sentence.length(), p + random.nextInt(8));
                String prefix = sentence.substring(0, p);
                Optional<Integer> context = years.get(random.nextInt(years.size()));
                String as = "«" + prefix + "» anchor " + anchor + " context " + context;
                assertThat(cues.lastYear(p, context)).as(as).isEqualTo(TemporalCues.lastYear(prefix, anchor, context));
                assertThat(cues.periodCue(p)).as(as).isEqualTo(TemporalCues.periodCue(prefix));
                assertThat(cues.targetCue(p)).as(as).isEqualTo(TemporalCues.targetCue(prefix));
                assertThat(cues.explicitYear(p)).as(as).isEqualTo(TemporalCues.explicitYear(prefix));
                assertThat(cues.otherYearCue(p)).as(as).isEqualTo(TemporalCues.otherYearCue(prefix));
                assertThat(cues.since(p)).as(as).isEqualTo(prefix.contains("以来"));
                assertThat(cues.estimateCue(p)).as(as).isEqualTo(TemporalCues.estimateCue(prefix));
                assertThat(cues.actualCue(p)).as(as).isEqualTo(TemporalCues.actualCue(prefix));
            }
        }
    }
}
