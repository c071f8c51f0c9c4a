package yaowen.insight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/** Reads a test article from {@code src/test/resources/articles/} (header lines, blank line, body). */
final class TestArticles {
    private TestArticles() {
    }

    static ArticleText load(String file) {
        try (InputStream in = TestArticles.class.getResourceAsStream("/articles/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + file);
            }
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] parts = raw.split("\n\n", 2);
            Optional<String> title = Optional.empty();
            Optional<LocalDate> published = Optional.empty();
            Optional<String> site = Optional.empty();
            for (String line : parts[0].split("\n")) {
                if (line.startsWith("title: ")) {
                    title = Optional.of(line.substring(7));
                } else if (line.startsWith("published: ")) {
                    published = Optional.of(LocalDate.parse(line.substring(11)));
                } else if (line.startsWith("site: ")) {
                    site = Optional.of(line.substring(6));
                }
            }
            return new ArticleText(title, parts.length > 1 ? parts[1] : "", published, site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
