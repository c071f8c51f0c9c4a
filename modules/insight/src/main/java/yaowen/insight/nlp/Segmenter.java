package yaowen.insight.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The HanLP boundary: word segmentation with person-name recognition (HMM/Viterbi, bundled with the portable
 * jar; nothing is downloaded) and the custom dictionary into which place names are loaded once.
 * Thread-safe: HanLP's viterbi segment keeps no per-call state; dictionary loading is synchronised.
 */
public final class Segmenter {
    private static final Object LOCK = new Object();
    private static volatile boolean placesLoaded;

    private final Segment segment;

    private Segmenter(Segment segment) {
        this.segment = segment;
    }

    /** A segmenter that recognises person names (nature {@code nr}). */
    public static Segmenter withNameRecognition() {
        Segment s = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableCustomDictionary(true);
        return new Segmenter(s);
    }

    /** Adds place names to HanLP's custom dictionary (nature {@code ns}) once per JVM, so places segment whole. */
    public static void loadPlaceNames(Collection<String> names) {
        if (placesLoaded) {
            return;
        }
        synchronized (LOCK) {
            if (placesLoaded) {
                return;
            }
            for (String name : names) {
                if (name.length() >= 2) {
                    CustomDictionary.add(name, "ns 1000");
                }
            }
            placesLoaded = true;
        }
    }

    /** A word and its part of speech. */
    public record Token(String word, String nature) {
        public boolean isPersonName() {
            return nature.startsWith("nr");
        }
    }

    /** Tokens of {@code text}; empty for empty text. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (Term t : segment.seg(text)) {
            out.add(new Token(t.word, t.nature == null ? "" : t.nature.toString()));
        }
        return out;
    }
}
