package yaowen.bench.cleaning;

import java.util.Objects;
import java.util.Optional;

/**
 * One page of a benchmark set: its raw bytes (what Yaowen cleans) and the same page decoded once (what jsoup
 * and the peers get), so every extractor sees the same document.
 *
 * @param id      the gold id or CWCE page id
 * @param input   the input file relative to the set's root
 * @param bytes   the raw bytes as stored
 * @param decoded the bytes decoded with the charset Yaowen detected (UTF-8 when Yaowen could not clean them)
 * @param url     the page's URL when the gold states one
 */
record BenchPage(String id, String input, byte[] bytes, String decoded, Optional<String> url) {
    BenchPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(decoded, "decoded");
        Objects.requireNonNull(url, "url");
    }
}
