package yaowen.crawler;

/** A {@link PageSink} could not publish a page. Carries the page's URL. */
public class PageSinkException extends RuntimeException {
    private final String url;

    public PageSinkException(String url, String message, Throwable cause) {
        super(message + " (" + url + ")", cause);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
