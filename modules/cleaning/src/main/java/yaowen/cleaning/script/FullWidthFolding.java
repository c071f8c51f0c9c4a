package yaowen.cleaning.script;

/**
 * Folds full-width digits and Latin letters to ASCII and every Unicode space (ideographic space,
 * no-break space, zero-width characters) to a plain space or nothing. Chinese punctuation is kept:
 * {@code ，} and {@code ,} are different characters on purpose.
 */
final class FullWidthFolding {
    private FullWidthFolding() {
    }

    /** Folds {@code s}; returns the same instance when nothing changes. */
    public static String fold(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = foldChar(c);
            if (f != c && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null && f != 0) {
                sb.append(f);
            } else if (sb != null) {
                continue;
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The folded character, or 0 to drop it. */
    static char foldChar(char c) {
        if (c > ' ' && c < '\u00A0' || c > '\u3000' && c < '\uFEFF') {
            return c; // printable ASCII, CJK and most scripts: nothing to fold
        }
        if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u205F', '\u1680', '\u2000', '\u2001',
                    '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u200A', '\t', '\r', '\f', '\u000B' -> {
                return ' ';
            }
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                return 0;
            }
            default -> {
                return c;
            }
        }
    }
}
