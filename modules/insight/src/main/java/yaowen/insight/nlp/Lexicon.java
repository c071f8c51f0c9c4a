package yaowen.insight.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.util.ArrayList;
import java.util.List;

/**
 * Word knowledge from HanLP's bundled dictionaries that callers outside this package need without calling HanLP:
 * whether a string is an ordinary word, and its pinyin. Stateless and thread-safe (HanLP's dictionaries load once).
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** Corpus frequency from which a word is common; place names the dictionary lists as plain nouns occur once. */
    private static final int COMMON = 5;

    /**
     * Whether {@code word} is a common ordinary word in HanLP's core dictionary, never tagged as a place (宏伟 a/vn,
     * 资源 n, 振兴 v/vn): such a string names a place only with its level suffix (宏伟区). Place names that the
     * dictionary lists as rare nouns (鹤壁) are not ordinary words.
     */
    public static boolean isOrdinaryWord(String word) {
        return frequencyAsWord(word) >= COMMON;
    }

    /** Whether the core dictionary lists {@code word} at all, and never as a place (安居 vn/n, 鹤壁 n). */
    public static boolean isDictionaryWord(String word) {
        return frequencyAsWord(word) > 0;
    }

    /** The word's corpus frequency when the core dictionary lists it without a place tag, else 0. */
    private static int frequencyAsWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null || a.nature == null) {
            return 0;
        }
        int frequency = 0;
        for (int i = 0; i < a.nature.length; i++) {
            Nature n = a.nature[i];
            if (n != null && n.toString().startsWith("ns")) {
                return 0;
            }
            frequency += a.frequency != null && i < a.frequency.length ? a.frequency[i] : 0;
        }
        return Math.max(frequency, 1);
    }

    /** The toneless pinyin of each character of {@code text} ("綦江" → [qi, jiang]); "" for a character without. */
    public static List<String> pinyin(String text) {
        List<String> out = new ArrayList<>(text.length());
        for (Pinyin p : HanLP.convertToPinyinList(text)) {
            String s = p.getPinyinWithoutTone();
            out.add(s == null || s.equals("none") ? "" : s);
        }
        return out;
    }
}
