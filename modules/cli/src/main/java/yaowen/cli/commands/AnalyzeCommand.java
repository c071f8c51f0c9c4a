package yaowen.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import yaowen.cleaning.CleaningException;
import yaowen.cleaning.FetchedPage;
import yaowen.cli.analysis.Analysis;
import yaowen.cli.analysis.AnalysisJson;
import yaowen.cli.analysis.Analyzer;
import yaowen.cli.analysis.PageDownload;
import yaowen.crawler.Crawler;
import yaowen.crawler.CrawlerKeys;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.fetch.PageFetcher;
import yaowen.settings.Redaction;
import yaowen.settings.Setting;
import yaowen.settings.Values;

/** {@code yaowen analyze}: the cleaning and insight cores on files, folders, URLs or stdin; no Kafka. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses pages (files, folders, URLs, stdin) and prints JSON; needs no Kafka.",
                "The JSON is docs/analysis.md's shape: one object for one input,",
                "one line per file for a folder. Inputs: a file (HTML or plain text, any charset), a folder,",
                "an http(s) URL (fetched as the crawler fetches: address guard, body cap, deadline),",
                "or - for stdin. Exit status 0 when every input was analysed."})
public final class AnalyzeCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "File, folder, URL or - (stdin).")
    List<String> inputs;

    @Option(names = "--url", description = "The page's URL (for a file or stdin): helps dates and links.")
    String url;

    @Option(names = "--fetched-at", description = "When the page was fetched (ISO-8601, e.g. 2023-03-01T20:00:00 or …Z); no publish date may be later.")
    String fetchedAt;

    @Option(names = "--site-region", description = "GB/T 2260 code of the publishing site's region, a hint for region resolution.")
    String siteRegion;

    @Option(names = {"--allow-private", "--allow-private-addresses"}, description = "Fetch loopback, private and"
            + " link-local addresses too (refused by default, as the crawler's allowPrivateAddresses; as sites check's flag).")
    boolean allowPrivateAddresses;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Whole-response limit per request, e.g. 20s"
            + " (default: the crawler's timeout).")
    String timeout;

    @Option(names = "--max-page-bytes", paramLabel = "BYTES", description = "Largest page accepted; a longer one is"
            + " refused (default: the crawler's maxPageBytes).")
    String maxPageBytes;

    @Override
    public Integer call() throws Exception {
        Optional<Instant> fetched = fetchedAt == null ? Optional.empty() : Optional.of(instant(fetchedAt));
        if (siteRegion != null && !siteRegion.matches("\\d{6}")) {
            throw new IllegalArgumentException("--site-region: '" + siteRegion + "' is not a six-digit GB/T 2260 code");
        }
        CrawlerSettings fetch = fetchSettings();
        Analyzer analyzer = Analyzer.create();
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.io.PrintWriter err = spec.commandLine().getErr();
        boolean lines = inputs.size() > 1 || inputs.stream().anyMatch(i -> Files.isDirectory(Path.of(i)));
        int failed = 0;
        for (String input : inputs) {
            for (Source source : sources(input, fetch)) {
                try {
                    FetchedPage page = source.load(url, fetched);
                    Analysis analysis = analyzer.analyze(source.name(), page, Optional.ofNullable(siteRegion));
                    out.println(lines ? AnalysisJson.toJsonLine(analysis) : AnalysisJson.toPrettyJson(analysis));
                } catch (CleaningException e) {
                    failed++;
                    err.println(Redaction.text("yaowen: analyze: " + source.name() + ": " + e.reason() + ": " + e.getMessage()));
                } catch (IOException | RuntimeException e) {
                    failed++;
                    err.println(Redaction.text("yaowen: analyze: " + source.name() + ": " + e.getMessage()));
                }
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    static Instant instant(String text) {
        try {
            return text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? java.time.OffsetDateTime.parse(text).toInstant()
                    : LocalDateTime.parse(text).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--fetched-at: '" + text + "' is not an ISO-8601 date-time");
        }
    }

    /** One input to analyse. */
    interface Source {
        String name();

        FetchedPage load(String url, Optional<Instant> fetchedAt) throws IOException;
    }

    /**
     * The crawler's settings with this command's overrides: the fetch of a URL is the crawler's, limits included.
     *
     * @throws IllegalArgumentException naming a bad option value
     */
    CrawlerSettings fetchSettings() {
        Values v = Values.none().with(CrawlerKeys.ALLOW_PRIVATE_ADDRESSES, allowPrivateAddresses);
        if (timeout != null) {
            v = v.with(CrawlerKeys.TIMEOUT, option("--timeout", CrawlerKeys.TIMEOUT, timeout));
        }
        if (maxPageBytes != null) {
            v = v.with(CrawlerKeys.MAX_PAGE_BYTES, option("--max-page-bytes", CrawlerKeys.MAX_PAGE_BYTES, maxPageBytes));
        }
        return CrawlerSettings.from(v);
    }

    private static <T> T option(String name, Setting<T> setting, String text) {
        T value;
        try {
            value = setting.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not " + setting.type().describe());
        }
        List<String> problems = setting.problems(value);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
        }
        return value;
    }

    static List<Source> sources(String input) throws IOException {
        return sources(input, CrawlerSettings.defaults());
    }

    static List<Source> sources(String input, CrawlerSettings fetch) throws IOException {
        if (input.equals("-")) {
            return List.of(new Stdin());
        }
        Optional<String> url = webAddress(input);
        if (url.isPresent()) {
            return List.of(new Web(url.get(), fetch));
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            List<Source> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(p -> files.add(new FileSource(p)));
            }
            return files;
        }
        return List.of(new FileSource(path));
    }

    /**
     * {@code input} as an http(s) URL with its scheme in lower case, when it starts with one in any case
     * ({@code HTTP://…} is a URL, not a file name); empty otherwise.
     */
    static Optional<String> webAddress(String input) {
        for (String scheme : List.of("http://", "https://")) {
            if (input.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return Optional.of(scheme + input.substring(scheme.length()));
            }
        }
        return Optional.empty();
    }

    record FileSource(Path path) implements Source {
        public String name() {
            return path.toString();
        }

        public FetchedPage load(String url, Optional<Instant> fetchedAt) throws IOException {
            if (!Files.exists(path)) {
                throw new IOException("no such file");
            }
            return new FetchedPage(Files.readAllBytes(path), Optional.ofNullable(url), Optional.empty(), fetchedAt);
        }
    }

    record Stdin() implements Source {
        public String name() {
            return "-";
        }

        public FetchedPage load(String url, Optional<Instant> fetchedAt) throws IOException {
            return new FetchedPage(System.in.readAllBytes(), Optional.ofNullable(url), Optional.empty(), fetchedAt);
        }
    }

    /** A URL, fetched through the crawler's fetcher under the crawler's limits ({@link PageDownload}). */
    record Web(String address, CrawlerSettings settings) implements Source {
        public String name() {
            return address;
        }

        public FetchedPage load(String url, Optional<Instant> fetchedAt) throws IOException {
            try (PageFetcher fetcher = Crawler.fetcher(settings, Clock.systemUTC())) {
                return new PageDownload(fetcher, settings).fetch(address);
            }
        }
    }
}
