package yaowen.bench.cleaning;

import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Readability4J (a port of Mozilla's readability.js) on the decoded page; it states no publish date. */
final class Readability4jExtractor implements Extractor {
    @Override
    public String name() {
        return "Readability4J 1.0.8";
    }

    @Override
    public Extracted extract(BenchPage page) {
        Article a = new Readability4J(page.url().orElse("http://localhost/"), page.decoded()).parse();
        String text = a.getTextContent();
        return new Extracted(text == null ? "" : text, Extractor.nonBlank(a.getTitle()), Optional.empty());
    }
}
