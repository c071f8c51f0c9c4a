package yaowen.cli.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import yaowen.settings.Redaction;

/**
 * An encoder that masks secrets in everything another encoder writes ({@link Redaction#text}): the message,
 * its arguments and the stack trace with every cause's message, as text or as JSON. Working on the written
 * line rather than on the event's parts means nothing an encoder adds can slip past it.
 *
 * <p>For JSON the escaped slashes ({@code \/}, which logback writes) are written plain first, so a URL in a
 * JSON line has the shape {@link Redaction} knows; the line stays valid JSON.
 */
public final class RedactingEncoder extends EncoderBase<ILoggingEvent> {
    private final Encoder<ILoggingEvent> inner;
    private final boolean json;

    /** Masks what {@code inner} writes; {@code json} when it writes JSON. */
    public RedactingEncoder(Encoder<ILoggingEvent> inner, boolean json) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.json = json;
    }

    @Override
    public byte[] headerBytes() {
        return inner.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return redact(inner.encode(event), json);
    }

    @Override
    public byte[] footerBytes() {
        return inner.footerBytes();
    }

    @Override
    public void start() {
        if (!inner.isStarted()) {
            inner.start();
        }
        super.start();
    }

    @Override
    public void stop() {
        inner.stop();
        super.stop();
    }

    /** {@code line} (UTF-8) with its secrets masked; {@code json} to read {@code \/} as {@code /} first. */
    static byte[] redact(byte[] line, boolean json) {
        if (line == null || line.length == 0) {
            return line;
        }
        String text = new String(line, StandardCharsets.UTF_8);
        String masked = Redaction.text(json ? plainSlashes(text) : text);
        return masked.equals(text) ? line : masked.getBytes(StandardCharsets.UTF_8);
    }

    /** JSON text with {@code \/} written {@code /} (same meaning); other escapes, {@code \\} included, kept. */
    static String plainSlashes(String json) {
        if (json.indexOf("\\/") < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                char next = json.charAt(++i);
                if (next != '/') {
                    out.append(c);
                }
                out.append(next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** For logback.xml: a pattern encoder whose lines are masked (the start-up console). */
    public static final class Pattern extends PatternLayoutEncoder {
        @Override
        public byte[] encode(ILoggingEvent event) {
            return redact(super.encode(event), false);
        }
    }
}
