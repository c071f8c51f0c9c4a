package yaowen.cleaning.boilerplate;

/**
 * How much a block looks like article prose: Han characters and Chinese punctuation count for it, link
 * text counts against it, and every block pays a fixed toll so that short labels ("首页", "打印") come out
 * negative. A subtree's total is then a good "is this the article" signal.
 */
final class BlockScorer {
    static final double BLOCK_TOLL = 10;

    private BlockScorer() {
    }

    /** The weight of one block; positive for prose, negative for navigation and labels. */
    public static double weight(TextBlock b) {
        return b.han() + 2.5 * b.punct() + 0.4 * b.other() - 1.5 * b.linkChars() - BLOCK_TOLL;
    }

    /** Whether a block is mostly links with no sentence punctuation (a menu or a list of headlines). */
    public static boolean isLinkList(TextBlock b) {
        return b.linkChars() > 0 && b.linkDensity() > 0.5 && b.punct() < 3;
    }

    /** Whether {@code c} is sentence or clause punctuation as used in Chinese text. */
    public static boolean isPunct(char c) {
        return switch (c) {
            case '，', '。', '；', '：', '！', '？', '、', '“', '”', '‘', '’', '（', '）', '《', '》', '…', '—',
                    ',', ';', '!', '?' -> true;
            default -> false;
        };
    }
}
