package yaowen.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import yaowen.cleaning.CleanedArticle.Script;
import yaowen.cleaning.boilerplate.MainContentFinder;
import yaowen.cleaning.boilerplate.TextBlock;
import yaowen.cleaning.charset.BinarySniffer;
import yaowen.cleaning.charset.CharsetDetector;
import yaowen.cleaning.charset.DetectedCharset;
import yaowen.cleaning.fields.FieldElements;
import yaowen.cleaning.fields.PublishTime;
import yaowen.cleaning.fields.PublishTimeParser;
import yaowen.cleaning.fields.TitleFinder;
import yaowen.cleaning.fingerprint.ContentHash;
import yaowen.cleaning.fingerprint.SimHash;
import yaowen.cleaning.script.ScriptNormaliser;

/**
 * The front door of the cleaning core: raw page bytes to a {@link CleanedArticle}.
 *
 * <p>Steps: size and binary checks; charset ({@link CharsetDetector}); for HTML, jsoup parse and
 * main-content selection ({@link MainContentFinder}); for plain text, line by line; script
 * normalisation (traditional → simplified, pinyin glosses, full-width folding); fields (title, publish
 * time, source, authors) read from meta lines, which leave the body with the rest of the page chrome;
 * fingerprints.
 *
 * <p>Instances are immutable, thread-safe and meant to be shared. {@link #clean} never modifies its
 * input, does no I/O, reads no clock and logs nothing. Work is bounded: bodies over the size cap are
 * rejected, at most {@value #MAX_PARSE_CHARS} decoded characters are parsed (for longer HTML, counted after
 * {@link InlineData} has removed {@code data:} payloads, scripts and styles), and all tree walks are
 * iterative, so deeply nested or huge pages cannot exhaust the stack or hang.
 */
public final class ArticleCleaner {
    /** Default cap on body size: 20 MiB. */
    public static final int DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
    /** Decoded characters beyond this are not parsed (no article is this long). */
    static final int MAX_PARSE_CHARS = 4_000_000;
    private static final int HEADER_WINDOW = 40;
    private static final int TRAILER_WINDOW = 20;
    private static final int SCRIPT_SAMPLE = 20_000;
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:!doctype|html|head|body|div|p|table|meta|title|br|span|a|script|style|text|font|center|td|tr|ul|li|h[1-6]|"
            + "article|section|form|img|link|iframe|frameset)[\\s>/]", Pattern.CASE_INSENSITIVE);

    private final int maxBytes;

    private ArticleCleaner(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A cleaner with the default 20 MiB size cap. */
    public static ArticleCleaner create() {
        return new ArticleCleaner(DEFAULT_MAX_BYTES);
    }

    /**
     * A cleaner with a custom size cap.
     *
     * @param maxBytes bodies longer than this are rejected with {@link CleaningException.Reason#TOO_LARGE}; at least 1
     */
    public static ArticleCleaner withMaxBytes(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        }
        return new ArticleCleaner(maxBytes);
    }

    /** The size cap in bytes. */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Cleans one page.
     *
     * @param page the fetched page; not modified
     * @return the article: body in simplified script, paragraphs joined by {@code \n}, with its fields
     * @throws CleaningException when the body is empty ({@code EMPTY}), not text ({@code BINARY}), over the
     *                           cap ({@code TOO_LARGE}) or holds no body text ({@code NO_TEXT})
     */
    public CleanedArticle clean(FetchedPage page) {
        Objects.requireNonNull(page, "page");
        byte[] bytes = page.body();
        if (bytes.length == 0) {
            throw new CleaningException(CleaningException.Reason.EMPTY, "empty body");
        }
        if (bytes.length > maxBytes) {
            throw new CleaningException(CleaningException.Reason.TOO_LARGE,
                    "body of " + bytes.length + " bytes is over the cap of " + maxBytes);
        }
        CharsetDetector.Detection detection = CharsetDetector.detectForDecoding(bytes, page.contentType());
        DetectedCharset cs = detection.charset();
        if (!cs.charset().name().startsWith("UTF-16")) {
            Optional<String> kind = BinarySniffer.binaryKind(bytes, cs.bomLength());
            if (kind.isPresent()) {
                throw new CleaningException(CleaningException.Reason.BINARY, "not text: " + kind.get());
            }
        }
        String text = detection.text();
        if (text.isBlank()) {
            throw new CleaningException(CleaningException.Reason.EMPTY, "only whitespace");
        }
        if (undecodable(text)) {
            throw new CleaningException(CleaningException.Reason.BINARY, "bytes do not decode as " + cs.charset().name());
        }
        if (text.indexOf('\u0000') >= 0) {
            text = text.replace("\u0000", ""); // NUL carries nothing; the HTML parser would make it a break inside a word
        }
        boolean html = looksLikeHtml(text);
        if (html && text.length() > MAX_PARSE_CHARS) {
            text = InlineData.strip(text); // inline images and scripts do not count against the budget
        }
        if (text.length() > MAX_PARSE_CHARS) {
            text = text.substring(0, MAX_PARSE_CHARS);
        }
        Page p = html ? fromHtml(text, page) : fromPlainText(text);
        Script script = p.script().orElseGet(() -> ScriptNormaliser.detect(p.sample()));
        // plain-text lines come normalised already (their layout is read on simplified lines)
        boolean normalised = p.script().isPresent();
        Optional<String> title = normalised ? p.title()
                : p.title().map(t -> ScriptNormaliser.normalise(t, script)).filter(t -> !t.isEmpty());

        ArticleLines lines = new ArticleLines(title, page.fetchedAt(), normalised);
        lines.header(normalised ? p.header() : normalise(p.header(), script));
        lines.underHeadline(p.underTitle());
        lines.content(normalised ? p.content() : normalise(p.content(), script));
        lines.trailer(normalised ? p.trailer() : normalise(p.trailer(), script));
        List<String> body = lines.body();
        if (body.isEmpty()) {
            throw new CleaningException(CleaningException.Reason.NO_TEXT, "no body text found");
        }
        String bodyText = String.join("\n", body);
        Optional<PublishTime> fromUrl = page.url().flatMap(u -> PublishTimeParser.fromUrl(u, page.fetchedAt()));
        Optional<PublishTime> time = lines.publishTime(p.metaTime(), fromUrl);
        return new CleanedArticle(
                title,
                time.map(PublishTime::iso),
                lines.source(),
                lines.authors(),
                bodyText,
                script,
                cs.charset().name(),
                cs.source(),
                SimHash.of(bodyText),
                ContentHash.sha256Hex(bodyText));
    }

    /** What a page offers before normalisation: lines around and in the content, and DOM-level fields. */
    private record Page(List<String> header, List<String> underTitle, List<String> content, List<String> trailer,
                        Optional<String> title, Optional<PublishTime> metaTime, Optional<Script> script) {
        CharSequence sample() {
            StringBuilder sb = new StringBuilder();
            for (String s : content) {
                sb.append(s);
                if (sb.length() > 20_000) {
                    break;
                }
            }
            return sb;
        }
    }

    private static Page fromHtml(String html, FetchedPage page) {
        Document doc = Jsoup.parse(html, page.url().orElse(""), Parser.htmlParser());
        Element root = doc.body() != null ? doc.body() : doc;
        MainContentFinder.Extraction ex = MainContentFinder.find(root);
        List<TextBlock> all = ex.blocks();
        List<String> header = texts(all.subList(Math.max(0, ex.start() - HEADER_WINDOW), ex.start()));
        List<String> trailer = texts(all.subList(ex.end(), Math.min(all.size(), ex.end() + TRAILER_WINDOW)));
        FieldElements fields = FieldElements.of(doc);
        return new Page(header, List.of(), texts(ex.content()), trailer, TitleFinder.find(doc, fields),
                PublishTimeParser.fromMetaTags(fields, page.fetchedAt()), Optional.empty());
    }

    /**
     * Plain text: lines normalised first (so that traditional-script chrome and labels are recognised), then a
     * header (chrome, title, meta lines) above the first prose line, then the content.
     */
    private static Page fromPlainText(String text) {
        Script script = ScriptNormaliser.detect(text.length() > SCRIPT_SAMPLE ? text.subSequence(0, SCRIPT_SAMPLE) : text);
        PlainTextLayout.Layout layout = PlainTextLayout.of(normalise(PlainTextLayout.lines(text), script));
        return new Page(layout.header(), layout.underTitle(), layout.content(), List.of(), layout.title(), Optional.empty(),
                Optional.of(script));
    }

    private static List<String> normalise(List<String> lines, Script script) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            String s = ScriptNormaliser.normalise(l, script);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> texts(List<TextBlock> blocks) {
        List<String> out = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks) {
            out.add(b.text());
        }
        return out;
    }

    /** More than a third of the non-ASCII characters are replacement characters. */
    private static boolean undecodable(String text) {
        if (text.indexOf('\uFFFD') < 0) {
            return false;
        }
        int nonAscii = 0;
        int bad = 0;
        int end = Math.min(text.length(), 200_000);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if (c == '\uFFFD') {
                    bad++;
                }
            }
        }
        return nonAscii > 20 && bad * 3 > nonAscii;
    }

    private static boolean looksLikeHtml(String text) {
        int end = Math.min(text.length(), 65_536);
        Matcher m = HTML_TAG.matcher(text).region(0, end);
        for (int i = text.indexOf('<'); i >= 0 && i < end; i = text.indexOf('<', i + 1)) {
            if (m.region(i, end).lookingAt()) { // a tag can only start at '<'
                return true;
            }
        }
        return false;
    }
}
