package yaowen.farm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** The bytes of a small binary PDF that a broken portal serves as {@code text/html}. */
final class PoisonPage {
    private PoisonPage() {
    }

    static byte[] pdfBytes(long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%");
        out.write(0xE2);
        out.write(0xE3);
        out.write(0xCF);
        out.write(0xD3);
        write(out, "\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
                + "4 0 obj\n<< /Length 2048 /Filter /FlateDecode >>\nstream\n");
        byte[] noise = new byte[2048];
        new Random(seed).nextBytes(noise);
        out.write(noise, 0, noise.length);
        write(out, "\nendstream\nendobj\nxref\n0 5\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R >>\n"
                + "startxref\n2400\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.ISO_8859_1);
        out.write(b, 0, b.length);
    }
}
