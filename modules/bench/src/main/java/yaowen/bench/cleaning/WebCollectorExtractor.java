package yaowen.bench.cleaning;

import cn.edu.hfut.dmic.contentextractor.ContentExtractor;
import cn.edu.hfut.dmic.contentextractor.News;

/** WebCollector's ContentExtractor (news title, time and content) on the decoded page. */
final class WebCollectorExtractor implements Extractor {
    @Override
    public String name() {
        return "WebCollector 2.73-alpha";
    }

    @Override
    public Extracted extract(BenchPage page) throws Exception {
        News n = page.url().isPresent()
                ? ContentExtractor.getNewsByHtml(page.decoded(), page.url().get())
                : ContentExtractor.getNewsByHtml(page.decoded());
        String text = n.getContent();
        return new Extracted(text == null ? "" : text, Extractor.nonBlank(n.getTitle()),
                Extractor.nonBlank(n.getTime()));
    }
}
