package yaowen.insight.nlp;

import java.util.Objects;

/**
 * One sentence of an article.
 *
 * @param paragraph index of its paragraph (0-based, after joining lines that end with a semicolon)
 * @param index     index of the sentence within its paragraph
 * @param text      the sentence, with its closing punctuation
 */
public record Sentence(int paragraph, int index, String text) {
    public Sentence {
        Objects.requireNonNull(text, "text");
    }
}
