package yaowen.alerts.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signatures the channels send, each after its vendor's documented algorithm. Pure. */
public final class Signatures {
    private Signatures() {
    }

    /**
     * DingTalk's {@code sign}: Base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)), the
     * timestamp in milliseconds; the caller URL-encodes it into the query.
     */
    public static String dingTalk(long timestampMillis, String secret) {
        return Base64.getEncoder().encodeToString(hmac(utf8(secret), utf8(timestampMillis + "\n" + secret)));
    }

    /**
     * Feishu's {@code sign}: Base64(HmacSHA256(key = timestamp + "\n" + secret, data = nothing)), the
     * timestamp in seconds.
     */
    public static String feishu(long timestampSeconds, String secret) {
        return Base64.getEncoder().encodeToString(hmac(utf8(timestampSeconds + "\n" + secret), new byte[0]));
    }

    /** The generic webhook's {@code X-Yaowen-Signature}: {@code sha256=} hex HmacSHA256(secret, timestamp + "." + body). */
    public static String webhook(String secret, long timestampSeconds, String body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(utf8(secret), utf8(timestampSeconds + "." + body)));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
