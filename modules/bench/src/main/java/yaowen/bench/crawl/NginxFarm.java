package yaowen.bench.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A generated farm of government-like sites on disk, served by a real nginx (Debian's package) on
 * 127.0.0.1, one port per site. Each site has {@code /robots.txt}, {@code listPages} list pages
 * ({@code /news/index.html}, {@code /news/index_N.html}) and {@code articles} article pages of
 * about 8 KB in TRS WCM shape ({@code /news/202401/t20240105_N.html}). nginx answers conditional
 * GETs (ETag, If-Modified-Since) with 304 on its own.
 */
final class NginxFarm implements AutoCloseable {
    private static final String FILLER = "会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动高质量发展取得新成效。";

    final Path dir;
    final int sites;
    final int articles;
    final int listPages;
    final int basePort;
    private Process nginx;
    private int nextId;
    private final java.util.Map<Integer, List<Integer>> published = new java.util.HashMap<>();

    NginxFarm(Path dir, int sites, int articles, int listPages, int basePort) {
        this.dir = dir;
        this.sites = sites;
        this.articles = articles;
        this.listPages = listPages;
        this.basePort = basePort;
        this.nextId = articles;
    }

    URI listUrl(int site, int page) {
        return URI.create("http://127.0.0.1:" + (basePort + site) + "/news/" + (page == 0 ? "index.html" : "index_" + page + ".html"));
    }

    void generate() throws IOException {
        for (int s = 0; s < sites; s++) {
            Path root = dir.resolve("www/s" + s);
            Files.createDirectories(root.resolve("news/202401"));
            Files.writeString(root.resolve("robots.txt"), "User-agent: *\nDisallow: /search/\n");
            List<Integer> ids = new ArrayList<>();
            for (int a = 0; a < articles; a++) {
                ids.add(a);
                writeArticle(root, a, s);
            }
            writeList(root, 0, ids);
            for (int p = 1; p < listPages; p++) {
                Files.writeString(root.resolve("news/index_" + p + ".html"), listHtml(s, ids.subList(0, Math.min(20, ids.size())), p));
            }
        }
        Files.createDirectories(dir.resolve("tmp"));
        StringBuilder conf = new StringBuilder()
                .append("user root;\nworker_processes 2;\ndaemon off;\npid ").append(dir.resolve("nginx.pid")).append(";\n")
                .append("error_log ").append(dir.resolve("error.log")).append(" warn;\n")
                .append("events { worker_connections 8192; }\n")
                .append("http {\n  access_log off;\n  types { text/html html; text/plain txt; }\n  default_type text/plain;\n")
                .append("  charset utf-8;\n  sendfile on;\n  keepalive_requests 1000000;\n  keepalive_timeout 120s;\n")
                .append("  client_body_temp_path ").append(dir.resolve("tmp/body")).append(";\n")
                .append("  proxy_temp_path ").append(dir.resolve("tmp/proxy")).append(";\n")
                .append("  fastcgi_temp_path ").append(dir.resolve("tmp/fastcgi")).append(";\n")
                .append("  uwsgi_temp_path ").append(dir.resolve("tmp/uwsgi")).append(";\n")
                .append("  scgi_temp_path ").append(dir.resolve("tmp/scgi")).append(";\n");
        for (int s = 0; s < sites; s++) {
            conf.append("  server { listen 127.0.0.1:").append(basePort + s).append("; root ")
                    .append(dir.resolve("www/s" + s)).append("; }\n");
        }
        conf.append("}\n");
        Files.writeString(dir.resolve("nginx.conf"), conf.toString());
    }

    /** Publishes a new article at the top of a site's first list page (atomic rename); returns its URL. */
    synchronized URI publish(int site) throws IOException {
        Path root = dir.resolve("www/s" + site);
        int id = nextId++;
        writeArticle(root, id, site);
        // the site's own articles, newest first (ids are unique across sites, lists are per site)
        List<Integer> ids = published.computeIfAbsent(site, s -> {
            List<Integer> initial = new ArrayList<>();
            for (int a = articles - 1; a >= 0; a--) {
                initial.add(a);
            }
            return initial;
        });
        ids.add(0, id);
        if (ids.size() > articles) {
            ids.remove(ids.size() - 1);
        }
        writeList(root, 0, ids);
        return URI.create("http://127.0.0.1:" + (basePort + site) + "/news/202401/t20240105_" + id + ".html");
    }

    private void writeArticle(Path root, int id, int site) throws IOException {
        StringBuilder body = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>第").append(site)
                .append("区召开工作会议").append(id).append("</title></head><body><div class=\"article\"><h1>第")
                .append(site).append("区召开工作会议").append(id).append("</h1><p>发布时间：2024-01-05</p>");
        while (body.length() < 2800) {
            body.append("<p>").append(FILLER).append("</p>");
        }
        body.append("</div></body></html>");
        Files.writeString(root.resolve("news/202401/t20240105_" + id + ".html"), body, StandardCharsets.UTF_8);
    }

    private void writeList(Path root, int page, List<Integer> ids) throws IOException {
        Path tmp = root.resolve("news/.index.tmp");
        Files.writeString(tmp, listHtml(0, ids, page), StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve("news/index.html"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String listHtml(int site, List<Integer> ids, int page) {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>工作动态</title></head><body><ul class=\"list\">");
        for (int id : ids) {
            html.append("<li><a href=\"/news/202401/t20240105_").append(id).append(".html\">召开工作会议")
                    .append(id).append("</a><span>2024-01-05</span></li>");
        }
        html.append("</ul>");
        if (page + 1 < listPages) {
            html.append("<a href=\"index_").append(page + 1).append(".html\">下一页</a>");
        }
        return html.append("</body></html>").toString();
    }

    void start() throws IOException, InterruptedException {
        for (int port : new int[] {basePort, basePort + sites - 1}) {
            if (answers(port)) {
                throw new IOException("port " + port + " is in use already (an nginx left over by an earlier run?):"
                        + " stop it, or choose other ports with --port");
            }
        }
        nginx = new ProcessBuilder("nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IOException("nginx exited: " + Files.readString(dir.resolve("nginx.out")));
            }
            if (answers(basePort) && answers(basePort + sites - 1)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("nginx did not answer in 20 s");
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops nginx: its master and its workers (a master killed alone leaves the workers serving). */
    @Override
    public void close() {
        if (nginx != null) {
            List<ProcessHandle> workers = nginx.descendants().toList();
            nginx.destroy();
            try {
                if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                    nginx.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

    static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
