package yaowen.pipeline.clean;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import yaowen.cleaning.CleanedArticle;
import yaowen.cleaning.FetchedPage;
import yaowen.records.Article;
import yaowen.records.RawPage;

/** Maps between the Avro records of the raw and article topics and the cleaning core's values. */
public final class RawPageMapping {
    private RawPageMapping() {
    }

    /** The page as the cleaning core takes it. */
    public static FetchedPage toFetchedPage(RawPage raw) {
        return new FetchedPage(bytes(raw.getBody()), Optional.of(raw.getUrl()),
                Optional.ofNullable(raw.getContentType()), Optional.of(raw.getFetchedAt()));
    }

    /** The article record for {@code raw}'s cleaned content. */
    public static Article toArticle(RawPage raw, CleanedArticle cleaned) {
        return Article.newBuilder()
                .setId(articleId(raw.getUrl()))
                .setUrl(raw.getUrl())
                .setSiteId(raw.getSiteId())
                .setTitle(cleaned.title().orElse(null))
                .setPublishedAt(cleaned.publishedAt().orElse(null))
                .setSource(cleaned.source().orElse(null))
                .setAuthors(cleaned.authors())
                .setText(cleaned.text())
                .setScript(cleaned.script().tag())
                .setCharset(cleaned.charset())
                .setCharsetSource(cleaned.charsetSource().name())
                .setSimhash(cleaned.simhashHex())
                .setContentHash(cleaned.contentHash())
                .setFetchedAt(raw.getFetchedAt())
                .setSiteRegionCode(raw.getSiteRegionCode())
                .build();
    }

    /** A stable id for the article at {@code canonicalUrl}: the first 24 hex digits of its SHA-256. */
    public static String articleId(String canonicalUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
