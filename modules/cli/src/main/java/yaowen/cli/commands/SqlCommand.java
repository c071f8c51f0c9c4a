package yaowen.cli.commands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.YaowenConfig;

/** {@code yaowen sql}: SQL against the store of a running node, through its web port. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        header = "Runs a reading SQL statement on a running node's store.",
        description = {"Runs a reading SQL statement (SELECT, WITH … SELECT) on the store of a running Yaowen node,",
                "through its web port (POST /api/sql; loopback only unless web.sqlFromAnyHost). The node holds",
                "the DuckDB file open, so this is how to read it while Yaowen runs. Without SQL, reads statements",
                "ending in ';' from standard input, one after another (an interactive session on a terminal).",
                "Tables: article, meeting, meeting_person, metric, sink_offsets. Exit 1 when a statement is refused."})
public final class SqlCommand implements Callable<Integer> {
    private static final Duration CONNECT = Duration.ofSeconds(5);

    /** How the rows are printed. */
    enum Format { table, csv, jsonl }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SQL", description = "The statement; none: read statements from standard input.")
    String sql;

    @Option(names = {"-c", "--config"}, description = "The running node's config: its web.port and web.bindAddress are used.")
    Path configFile;

    @Option(names = "--url", description = "The node's web address (default http://127.0.0.1:8080/, or from --config).")
    URI url;

    @Option(names = "--format", defaultValue = "table",
            description = "table (aligned), csv (RFC 4180, header line) or jsonl (the node's JSON lines). Default ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws IOException, InterruptedException {
        URI endpoint = base().resolve("api/sql");
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT).build();
        if (sql != null) {
            return run(client, endpoint, sql) ? 0 : 1;
        }
        boolean allAnswered = true;
        boolean prompt = System.console() != null;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder statement = new StringBuilder();
        prompt(prompt, statement);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            statement.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                allAnswered &= run(client, endpoint, statement.toString());
                statement.setLength(0);
            }
            prompt(prompt, statement);
        }
        if (!statement.toString().isBlank()) {
            allAnswered &= run(client, endpoint, statement.toString());
        }
        return allAnswered ? 0 : 1;
    }

    private void prompt(boolean prompt, StringBuilder statement) {
        if (prompt) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(statement.isEmpty() ? "yaowen> " : "   ...> ");
            out.flush();
        }
    }

    /** Sends one statement and prints the answer; false when it was refused or failed. */
    private boolean run(HttpClient client, URI endpoint, String statement) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(statement, StandardCharsets.UTF_8)).build();
        HttpResponse<Stream<String>> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (ConnectException e) {
            throw new IllegalArgumentException("cannot reach a Yaowen node at " + endpoint.resolve("/")
                    + ": is `yaowen run` running with the web role there? (--url, or --config for its web.port)");
        } catch (IOException e) {
            throw new IllegalArgumentException("the node at " + endpoint.resolve("/") + " broke off: " + e.getMessage());
        }
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() == 404) {
                err.println("the node at " + endpoint.resolve("/") + " does not answer SQL (web.sqlEnabled is false there)");
                err.flush();
                return false;
            }
            if (response.statusCode() != 200) {
                String body = String.join("\n", lines.toList());
                String why = body.startsWith("{") ? SqlResult.tree(body).path("error").asText(body) : body;
                err.println("refused: " + why);
                err.flush();
                return false;
            }
            if (format == Format.jsonl) {
                lines.forEach(out::println);
                out.flush();
                return true;
            }
            SqlResult result = SqlResult.parse(lines.toList());
            out.print(format == Format.csv ? result.csv() : result.table());
            out.flush();
            result.error().ifPresent(e -> {
                err.println("failed after " + result.rows().size() + " rows: " + e);
                err.flush();
            });
            return result.error().isEmpty();
        }
    }

    private URI base() {
        if (url != null) {
            return url.toString().endsWith("/") ? url : URI.create(url + "/");
        }
        if (configFile == null) {
            return URI.create("http://127.0.0.1:8080/");
        }
        YaowenConfig.Web web = ConfigLoader.load(configFile).web();
        String host = web.bindAddress().equals("0.0.0.0") || web.bindAddress().equals("::") ? "127.0.0.1" : web.bindAddress();
        if (web.port() == 0) {
            throw new IllegalArgumentException(configFile + " has web.port 0 (any free port): give the port the node"
                    + " printed at start with --url http://127.0.0.1:PORT/");
        }
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + web.port() + "/");
    }
}
