package yaowen.crawler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import yaowen.records.RawPage;

/** A sink that keeps every page, optionally failing the first N publications. */
final class CollectingSink implements PageSink {
    final List<RawPage> pages = new CopyOnWriteArrayList<>();
    private int failuresLeft;

    CollectingSink failing(int times) {
        failuresLeft = times;
        return this;
    }

    @Override
    public synchronized void publish(RawPage page) {
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new PageSinkException(page.getUrl(), "broker unavailable", null);
        }
        pages.add(page);
    }

    List<String> urls() {
        return pages.stream().map(RawPage::getUrl).toList();
    }

    RawPage page(String url) {
        return pages.stream().filter(p -> p.getUrl().equals(url)).findFirst().orElseThrow();
    }

    static byte[] body(RawPage page) {
        java.nio.ByteBuffer b = page.getBody().duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
