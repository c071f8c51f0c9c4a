package yaowen.bench.cleaning;

import java.util.Objects;
import java.util.Optional;

/** One article extractor under measurement. Implementations are stateless and may throw on bad input. */
interface Extractor {
    /** The name printed in reports. */
    String name();

    /** The article {@code page} carries. */
    Extracted extract(BenchPage page) throws Exception;

    /**
     * What an extractor found.
     *
     * @param text        the body text
     * @param title       the title, when the extractor finds titles
     * @param publishedAt the publish date as the extractor states it, when it finds dates
     */
    record Extracted(String text, Optional<String> title, Optional<String> publishedAt) {
        public Extracted {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(publishedAt, "publishedAt");
        }
    }

    /** {@code s} when it holds text, else empty. */
    static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
