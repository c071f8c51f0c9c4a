package yaowen.cleaning.charset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yaowen.cleaning.CleanedArticle.CharsetSource;

/**
 * Chooses the charset of a page body.
 *
 * <p>Policy, in order:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE/BE) wins outright;</li>
 *   <li>the charset of the HTTP {@code Content-Type} header, then the HTML {@code <meta charset>} /
 *       {@code http-equiv} declaration (or an XML declaration), each trusted only when the bytes fit it:
 *       Chinese sites often declare {@code gb2312} on UTF-8 pages or the reverse, so a declaration
 *       that leaves decoding errors, or a GB/Big5 label on bytes that are valid multi-byte UTF-8, is
 *       ignored;</li>
 *   <li>detection: valid UTF-8 is UTF-8; otherwise GB18030 and Big5 are both tried and the one with
 *       fewer decoding errors and more frequent Han characters wins;</li>
 *   <li>pure ASCII is reported as UTF-8 from {@link CharsetSource#DEFAULT}.</li>
 * </ol>
 * Labels {@code gb2312}, {@code gbk}, {@code cp936} … are read as GB18030 (their superset), and
 * {@code big5} as Big5-HKSCS's base Big5. Stateless and thread-safe.
 */
public final class CharsetDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int META_SCAN = 8 * 1024;
    private static final int DETECT_SAMPLE = 64 * 1024;
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([-\\w.:]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([-\\w.:]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([-\\w.:]+)", Pattern.CASE_INSENSITIVE);

    private CharsetDetector() {
    }

    /**
     * Chooses the charset for {@code body}.
     *
     * @param body        raw bytes; not modified
     * @param contentType the HTTP Content-Type header, if any
     */
    public static DetectedCharset detect(byte[] body, Optional<String> contentType) {
        return detectForDecoding(body, contentType).charset();
    }

    /**
     * {@link #detect}, keeping what detection already decoded: when a trial decoding covered the whole body
     * with the charset chosen, {@link Detection#text()} returns it instead of decoding the body again.
     *
     * @param body        raw bytes; not modified
     * @param contentType the HTTP Content-Type header, if any
     */
    public static Detection detectForDecoding(byte[] body, Optional<String> contentType) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        DetectedCharset bom = bom(body);
        if (bom != null) {
            return new Detection(bom, body, null);
        }
        Optional<Charset> header = contentType.flatMap(CharsetDetector::headerCharset);
        Optional<Charset> meta = metaCharset(body);
        Utf8Check utf8 = Utf8Check.of(body, DETECT_SAMPLE);
        if (header.isPresent()) {
            Decoding d = fit(body, header.get(), utf8);
            if (d != null) {
                return new Detection(new DetectedCharset(header.get(), CharsetSource.HEADER, 0), body, d.whole);
            }
        }
        if (meta.isPresent()) {
            Decoding d = fit(body, meta.get(), utf8);
            if (d != null) {
                return new Detection(new DetectedCharset(meta.get(), CharsetSource.META, 0), body, d.whole);
            }
        }
        return detectFromBytes(body, utf8, header.or(() -> meta));
    }

    /** A charset decision for one body, able to decode it (at most once). Not thread-safe; one per body. */
    public static final class Detection {
        private final DetectedCharset charset;
        private final byte[] body;
        private String text;

        private Detection(DetectedCharset charset, byte[] body, String text) {
            this.charset = charset;
            this.body = body;
            this.text = text;
        }

        /** The charset chosen. */
        public DetectedCharset charset() {
            return charset;
        }

        /** The body decoded with {@link #charset()}, byte-order mark skipped, malformed input replaced by U+FFFD. */
        public String text() {
            if (text == null) {
                int bom = charset.bomLength();
                text = new String(body, bom, body.length - bom, charset.charset());
            }
            return text;
        }
    }

    /** The charset a label names, with the Chinese aliases folded (GBK → GB18030); empty if unknown. */
    public static Optional<Charset> forLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
        switch (l) {
            case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb_2312-80", "csgb2312", "euc-cn",
                    "gb18030", "x-euc-cn", "chinese", "iso-ir-58", "csiso58gb231280", "gb" -> {
                return Optional.of(GB18030);
            }
            case "big5", "big-5", "x-big5", "cp950", "ms950", "csbig5", "big5-hkscs", "x-x-big5" -> {
                return Optional.of(BIG5);
            }
            case "utf8", "utf-8", "unicode-1-1-utf-8", "x-utf-8" -> {
                return Optional.of(StandardCharsets.UTF_8);
            }
            case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "windows-1252", "cp1252" -> {
                return Optional.of(WINDOWS_1252);
            }
            default -> {
                try {
                    return Optional.of(Charset.forName(l));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
    }

    private static Optional<Charset> headerCharset(String contentType) {
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? forLabel(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_SCAN), StandardCharsets.ISO_8859_1);
        if (head.indexOf('<') < 0) {
            return Optional.empty(); // no tag at all
        }
        Matcher m = META_CHARSET.matcher(head);
        for (int i = head.indexOf('<'); i >= 0; i = head.indexOf('<', i + 1)) {
            if (head.regionMatches(true, i + 1, "meta", 0, 4) && m.region(i, head.length()).lookingAt()) {
                return forLabel(m.group(1)); // a meta tag can only start at '<meta'
            }
        }
        Matcher x = XML_ENCODING.matcher(head);
        return x.find() ? forLabel(x.group(1)) : Optional.empty();
    }

    private static DetectedCharset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new DetectedCharset(StandardCharsets.UTF_8, CharsetSource.BOM, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new DetectedCharset(StandardCharsets.UTF_16LE, CharsetSource.BOM, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new DetectedCharset(StandardCharsets.UTF_16BE, CharsetSource.BOM, 2);
        }
        return null;
    }

    /**
     * Whether the declared charset fits the bytes well enough to be believed: null when it does not,
     * otherwise the trial decoding made to decide ({@link Decoding#NONE} when none was needed).
     */
    private static Decoding fit(byte[] body, Charset declared, Utf8Check utf8) {
        if (utf8.highBytes == 0) {
            return Decoding.NONE;
        }
        if (declared.equals(StandardCharsets.UTF_8)) {
            return utf8.isUtf8() ? Decoding.NONE : null;
        }
        if (utf8.isUtf8() && utf8.multiByte >= 4) {
            return null; // valid multi-byte UTF-8 is almost never an accident
        }
        if (declared.equals(WINDOWS_1252)) {
            return null; // a Chinese page with high bytes is not Latin-1: detect instead
        }
        Decoding d = Decoding.of(body, declared, DETECT_SAMPLE);
        return d.errors * 100L <= Math.max(1, d.nonAscii) ? d : null;
    }

    private static Detection detectFromBytes(byte[] body, Utf8Check utf8, Optional<Charset> declared) {
        if (utf8.highBytes == 0) {
            return new Detection(new DetectedCharset(StandardCharsets.UTF_8, CharsetSource.DEFAULT, 0), body, null);
        }
        if (utf8.isUtf8()) {
            return new Detection(new DetectedCharset(StandardCharsets.UTF_8, CharsetSource.DETECTED, 0), body, null);
        }
        Decoding gb = Decoding.of(body, GB18030, DETECT_SAMPLE);
        Decoding big5 = Decoding.of(body, BIG5, DETECT_SAMPLE);
        if (big5.score() > gb.score()) {
            return new Detection(new DetectedCharset(BIG5, CharsetSource.DETECTED, 0), body, big5.whole);
        }
        if (declared.isPresent() && !declared.get().equals(WINDOWS_1252) && gb.errors * 10L > Math.max(1, gb.nonAscii)) {
            // neither fits well: fall back on what the page said
            return new Detection(new DetectedCharset(declared.get(), CharsetSource.DEFAULT, 0), body, null);
        }
        return new Detection(new DetectedCharset(GB18030, CharsetSource.DETECTED, 0), body, gb.whole);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * A strict UTF-8 validity scan of a prefix of the bytes. It stops early once there are more errors than
     * {@link #isUtf8} forgives; {@code highBytes} is then a lower bound (still non-zero).
     */
    private record Utf8Check(int highBytes, int multiByte, int errors) {
        boolean isUtf8() {
            return errors == 0 || errors * 1000L <= multiByte && errors <= 3;
        }

        static Utf8Check of(byte[] b, int limit) {
            int end = Math.min(b.length, limit);
            int high = 0;
            int multi = 0;
            int errors = 0;
            int i = 0;
            while (i < end) {
                if (i + 8 <= end && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                    i += 8; // eight ASCII bytes at once: HTML is mostly markup
                    continue;
                }
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                if (errors > 3) {
                    break; // already not UTF-8: the counts no longer change any decision
                }
                high++;
                int need;
                int min;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                    min = 0x80;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    min = 0x800;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    min = 0x10000;
                } else {
                    errors++;
                    i++;
                    continue;
                }
                if (i + need >= end && end < b.length) {
                    break; // cut at the sample edge: not an error
                }
                int cp = c & (0x3F >> need);
                boolean ok = i + need < b.length;
                for (int k = 1; ok && k <= need; k++) {
                    int t = b[i + k] & 0xFF;
                    if ((t & 0xC0) != 0x80) {
                        ok = false;
                    } else {
                        cp = (cp << 6) | (t & 0x3F);
                    }
                }
                if (ok && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                    multi++;
                    i += need + 1;
                } else {
                    errors++;
                    i++;
                }
            }
            return new Utf8Check(high, multi, errors);
        }
    }

    /**
     * Decoding statistics: replacement characters, non-ASCII characters, frequent Han characters; and the
     * decoded text when the sample was the whole body (else null).
     */
    private record Decoding(int errors, int nonAscii, int common, String whole) {
        static final Decoding NONE = new Decoding(0, 0, 0, null);

        double score() {
            return common - 8.0 * errors;
        }

        static Decoding of(byte[] b, Charset cs, int limit) {
            CharsetDecoder dec = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith("\uFFFD");
            CharBuffer out;
            try {
                out = dec.decode(ByteBuffer.wrap(b, 0, Math.min(b.length, limit)));
            } catch (CharacterCodingException e) {
                return new Decoding(Integer.MAX_VALUE / 16, 1, 0, null);
            }
            int errors = 0;
            int nonAscii = 0;
            int common = 0;
            char[] chars = out.array();
            for (int i = out.arrayOffset() + out.position(), end = out.arrayOffset() + out.limit(); i < end; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    continue;
                }
                nonAscii++;
                if (c == '\uFFFD' || c >= '\uE000' && c <= '\uF8FF') {
                    errors++;
                } else if (CommonHan.isCommon(c)) {
                    common++;
                }
            }
            return new Decoding(errors, nonAscii, common, b.length <= limit ? out.toString() : null);
        }
    }
}
