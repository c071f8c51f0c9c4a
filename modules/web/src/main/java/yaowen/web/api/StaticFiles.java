package yaowen.web.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The dashboard's files from the classpath: {@code /} is {@code <root>/index.html}, {@code /assets/<file>} is
 * {@code <root>/<file>}; {@code /assets/echarts.min.js} and {@code /assets/echarts-LICENSE.txt} come from the
 * ECharts webjar. Only known file types, only plain names (no {@code ..}, no hidden files); anything else is a
 * 404. Thread-safe.
 */
public final class StaticFiles {
    /** The dashboard's files in the product. */
    public static final String DASHBOARD = "yaowen/web/static";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json; charset=utf-8",
            "txt", "text/plain; charset=utf-8");
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
    /** What the dashboard's page may load and run: its own files only, and nothing may frame it. */
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final String root;
    private final Map<String, String> webjar;

    /** Files under the classpath folder {@code root} ({@link #DASHBOARD} in the product). */
    public StaticFiles(String root) {
        this.root = Objects.requireNonNull(root, "root").replaceAll("/+$", "");
        String echarts = "META-INF/resources/webjars/echarts/" + webjarVersion() + "/";
        this.webjar = Map.of("echarts.min.js", echarts + "dist/echarts.min.js", "echarts-LICENSE.txt", echarts + "LICENSE");
    }

    private static String webjarVersion() {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts webjar is not on the classpath (" + WEBJAR_POM + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code rawPath} is one of the paths served here ({@code /} or under {@code /assets/}). */
    public static boolean serves(String rawPath) {
        return rawPath.equals("/") || rawPath.startsWith("/assets/");
    }

    /** Answers a GET of {@code rawPath}; 404 JSON for a file that is not there or not allowed. */
    public void handle(HttpExchange exchange, String rawPath) throws IOException {
        Http.requireGetOrHead(exchange);
        Optional<String> resource = resource(rawPath);
        byte[] body = null;
        if (resource.isPresent()) {
            try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource.get())) {
                body = in == null ? null : in.readAllBytes();
            }
        }
        if (body == null) {
            throw ApiError.notFound("没有这个文件：" + Http.shown(rawPath), "no such file: " + Http.shown(rawPath));
        }
        String type = TYPES.get(extension(rawPath.equals("/") ? "index.html" : rawPath));
        if (type.startsWith("text/html")) {
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        }
        boolean webjarFile = resource.get().startsWith("META-INF/");
        // the page and the app change with a deploy and are small: revalidate; the versioned library may stay a day
        Http.send(exchange, 200, type, body, webjarFile ? "public, max-age=86400" : "no-cache");
    }

    /** The classpath resource for {@code rawPath}, empty when none may be served. */
    Optional<String> resource(String rawPath) {
        if (rawPath.equals("/")) {
            return Optional.of(root + "/index.html");
        }
        if (!rawPath.startsWith("/assets/")) {
            return Optional.empty();
        }
        String file = rawPath.substring("/assets/".length());
        if (webjar.containsKey(file)) {
            return Optional.of(webjar.get(file));
        }
        if (!NAME.matcher(file).matches() || file.contains("..") || !TYPES.containsKey(extension(file))) {
            return Optional.empty();
        }
        return Optional.of(root + "/" + file);
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1);
    }
}
