package yaowen.insight.metric;

import yaowen.insight.metric.IndicatorTaxonomy.Match;

import java.util.ArrayList;
import java.util.List;

/**
 * Indicator labels enumerated in a clause: labels joined by 、/和/及/与 ("人均GDP、全员劳动生产率") share the
 * figure after the last of them, or take the figures after 分别 one by one. Stateless and thread-safe.
 */
final class LabelEnumeration {
    private LabelEnumeration() {
    }

    /** The index of the last of {@code labels} (in clause order) ending at or before {@code pos}; -1 if none. */
    static int lastLabelBefore(List<Match> labels, int pos) {
        int found = -1;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).end() <= pos) {
                found = i;
            }
        }
        return found;
    }

    /** The labels joined to labels[i] by 、/和/及/与 ("人均GDP、全员劳动生产率"), in order, ending with labels[i]. */
    static List<Match> chain(List<Match> labels, int i, String clause) {
        List<Match> chain = new ArrayList<>();
        chain.add(labels.get(i));
        for (int j = i - 1; j >= 0; j--) {
            String gap = clause.substring(labels.get(j).end(), labels.get(j + 1).start());
            if (gap.equals("、") || gap.equals("和") || gap.equals("及") || gap.equals("与")) {
                chain.add(0, labels.get(j));
            } else {
                break;
            }
        }
        return chain;
    }
}
