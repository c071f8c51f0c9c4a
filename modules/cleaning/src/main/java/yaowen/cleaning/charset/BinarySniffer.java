package yaowen.cleaning.charset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Says whether bytes are something other than text: a PDF, an image, an archive, an office file or
 * NUL-heavy data. Looks at magic numbers and at most the first 64 KiB, so it costs nothing on big bodies.
 */
public final class BinarySniffer {
    private static final int SAMPLE = 64 * 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private BinarySniffer() {
    }

    /**
     * What kind of binary the bytes are, or empty when they may be text.
     *
     * @param bytes the body; not modified
     * @param start index of the first byte to look at (after a BOM)
     */
    public static Optional<String> binaryKind(byte[] bytes, int start) {
        int n = bytes.length - start;
        if (startsWith(bytes, start, "%PDF")) {
            return Optional.of("PDF");
        }
        if (startsWith(bytes, start, "\u0089PNG")) {
            return Optional.of("PNG image");
        }
        if (n >= 3 && (bytes[start] & 0xFF) == 0xFF && (bytes[start + 1] & 0xFF) == 0xD8 && (bytes[start + 2] & 0xFF) == 0xFF) {
            return Optional.of("JPEG image");
        }
        if (startsWith(bytes, start, "GIF87a") || startsWith(bytes, start, "GIF89a")) {
            return Optional.of("GIF image");
        }
        if (startsWith(bytes, start, "PK\u0003\u0004") || startsWith(bytes, start, "PK\u0005\u0006")) {
            return Optional.of("ZIP archive (or office document)");
        }
        if (n >= 2 && (bytes[start] & 0xFF) == 0x1F && (bytes[start + 1] & 0xFF) == 0x8B) {
            return Optional.of("gzip data");
        }
        if (startsWith(bytes, start, "\u00D0\u00CF\u0011\u00E0")) {
            return Optional.of("OLE office document");
        }
        if (startsWith(bytes, start, "Rar!") || startsWith(bytes, start, "7z\u00BC\u00AF")) {
            return Optional.of("archive");
        }
        if (startsWith(bytes, start, "RIFF") || startsWith(bytes, start, "BM") && n > 14 && bytes[start + 14] == 40) {
            return Optional.of("media file");
        }
        if (startsWith(bytes, start, "\u0000\u0000\u0001\u0000") || startsWith(bytes, start, "\u007FELF")) {
            return Optional.of("binary file");
        }
        int end = start + Math.min(n, SAMPLE);
        int nul = 0;
        int control = 0;
        for (int i = start; i < end; i++) {
            if (i + 8 <= end && !hasByteBelowSpace((long) LONGS.get(bytes, i))) {
                i += 7; // eight bytes with neither NUL nor control characters
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
            } else if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                control++;
            }
        }
        int sample = end - start;
        if (sample > 0 && (nul * 100L > sample || (nul + control) * 20L > sample)) {
            return Optional.of("NUL-heavy or control-heavy data");
        }
        return Optional.empty();
    }

    /** Whether any of the eight bytes in {@code x} is below 0x20 (exact for the "any" answer). */
    private static boolean hasByteBelowSpace(long x) {
        return ((x - 0x2020202020202020L) & ~x & 0x8080808080808080L) != 0;
    }

    private static boolean startsWith(byte[] bytes, int start, String magic) {
        if (bytes.length - start < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[start + i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
