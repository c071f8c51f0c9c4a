package yaowen.analytics;

/**
 * Where quote number {@code quote} (its index in the list given to {@link Highlights#locate}) sits in a text:
 * {@code [start, end)} in UTF-16 units, as JavaScript indexes a string.
 */
public record Span(int start, int end, int quote) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
