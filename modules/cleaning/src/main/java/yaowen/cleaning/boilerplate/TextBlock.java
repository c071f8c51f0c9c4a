package yaowen.cleaning.boilerplate;

/**
 * One run of text between block boundaries, in document order.
 *
 * @param text      the text as in the page, whitespace not yet normalised
 * @param han       Han characters outside links
 * @param punct     Chinese (and ASCII sentence) punctuation outside links
 * @param other     letters and digits outside links
 * @param linkChars letters, digits and Han characters inside links
 * @param heading   whether the block sits in an {@code h1}–{@code h3}
 */
public record TextBlock(String text, int han, int punct, int other, int linkChars, boolean heading) {

    /** Letters, digits and Han characters, in or out of links. */
    public int significant() {
        return han + other + linkChars;
    }

    /** Share of the significant characters that sit in links (0 for an empty block). */
    public double linkDensity() {
        int s = significant();
        return s == 0 ? 0 : (double) linkChars / s;
    }
}
