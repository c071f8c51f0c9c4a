package yaowen.insight.metric;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a sentence sits in its article, as far as its metrics depend on it.
 *
 * @param sentence        the sentence, normalised by {@link MetricText} and cut to 2000 characters
 * @param paragraphYear   the year its paragraph before it last states ({@link TemporalCues#lastYear} of that text
 *                        with the article's anchor and {@code contextYear}), read once as the walk goes
 * @param targetSection   whether it sits under a heading of targets (目标, 预期, 计划)
 * @param ctx             what is known about the article
 * @param contextYear     outside meetings, the year last stated in the article before it: what 全年/当年 refer to;
 *                        always empty in a meeting
 * @param leadPeriod      the period the article's lead states with its first figures (一季度,全县实现…): a
 *                        statistics release states it once and its later sections inherit it
 * @param lastStatedYear  the year last written out in the article before it, also in a meeting: the year of a
 *                        figure when nothing else dates it (a meeting whose own years are unknown)
 * @param paragraph       what the paragraph before it states, read once as the walk goes
 * @param upToFigure      the cues of the sentence up to each of its figures, read once as its figures come
 */
record SentenceSetting(String sentence, Optional<Integer> paragraphYear, boolean targetSection, MetricContext ctx,
                       Optional<Integer> contextYear, Optional<String> leadPeriod, Optional<Integer> lastStatedYear,
                       ParagraphCues paragraph, PrefixCues upToFigure) {
    /**
     * The cues of a paragraph's text so far, kept up to date sentence by sentence so that no figure rescans it.
     *
     * @param period      its last period cue: a code, "" for 全年, empty when none
     * @param statesYear  whether it writes out a year (2022年)
     * @param estimate    whether it marks an estimate (预计, 初步核算)
     * @param otherTime   whether it names another year by a word (去年) or a span (2021年以来)
     */
    record ParagraphCues(Optional<String> period, boolean statesYear, boolean estimate, boolean otherTime) {
        static final ParagraphCues NONE = new ParagraphCues(Optional.empty(), false, false, false);

        /** These cues after the paragraph goes on with {@code sentence}. */
        ParagraphCues then(String sentence) {
            Optional<String> p = TemporalCues.periodCue(sentence);
            return new ParagraphCues(p.isPresent() ? p : period,
                    statesYear || TemporalCues.explicitYear(sentence).isPresent(),
                    estimate || TemporalCues.estimateCue(sentence),
                    otherTime || sentence.contains("以来") || TemporalCues.otherYearCue(sentence));
        }
    }

    SentenceSetting {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(paragraphYear, "paragraphYear");
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(contextYear, "contextYear");
        Objects.requireNonNull(leadPeriod, "leadPeriod");
        Objects.requireNonNull(lastStatedYear, "lastStatedYear");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(upToFigure, "upToFigure");
    }
}
