package yaowen.cli.analysis;

import java.util.Objects;
import java.util.Optional;
import yaowen.cleaning.CleanedArticle;
import yaowen.insight.Insight;

/**
 * The analysis of one input: the clean article and what insight found in it.
 *
 * @param input   the name the input is reported under (a file name, a URL, {@code -} for stdin)
 * @param article the clean article
 * @param insight the meeting facts and metrics of the article
 * @param url     the page's URL, when known
 */
public record Analysis(String input, CleanedArticle article, Insight insight, Optional<String> url) {
    public Analysis {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(insight, "insight");
        Objects.requireNonNull(url, "url");
    }
}
