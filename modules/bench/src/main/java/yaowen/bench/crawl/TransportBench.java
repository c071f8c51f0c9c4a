package yaowen.bench.crawl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yaowen bench crawl transport}: the crawler's transport at realistic settings — politeness
 * on, thousands of HTTPS hosts — with the hand-written client and with library clients, each in a
 * child JVM of its own against an HTTPS farm in another ({@link TlsFarm}). Method and results in
 * docs/benchmarks-crawl.md. Loopback only; needs no nginx; the certificate is made with the JDK's
 * keytool; every child is killed after {@code --limit} seconds.
 */
@Command(name = "transport", mixinStandardHelpOptions = true,
        description = {"Compares the crawler's transports over HTTPS at realistic settings (politeness on).",
                "An HTTPS farm (child JVM) answers for --hosts host names (SNI, one wildcard certificate);",
                "each transport crawls them in a child JVM: round 1 cold (TLS handshake, robots.txt, list",
                "page, articles, host delay between requests), round 2 re-checks the list pages (304).",
                "Prints requests/s, process CPU per request, threads and heap per round."})
public final class TransportBench implements Callable<Integer> {
    static final String DOMAIN = "bench.test";

    @Option(names = "--hosts", defaultValue = "3000") int hosts;
    @Option(names = "--articles", defaultValue = "3", description = "Articles per host.") int articles;
    @Option(names = "--delay", defaultValue = "250", description = "Per-host delay (ms).") int delayMs;
    @Option(names = "--threads", defaultValue = "128", description = "Sites crawled at once.") int threads;
    @Option(names = "--port", defaultValue = "18443") int port;
    @Option(names = "--transports", defaultValue = "http1,jdk,okhttp", split = ",",
            description = "http1 (the crawler's own client), jdk (java.net.http), okhttp.") List<String> transports;
    @Option(names = "--repeat", defaultValue = "1", description = "Runs per transport, in rotating order.") int repeat;
    @Option(names = "--limit", defaultValue = "300", description = "Seconds before a child JVM is killed.") int limitSeconds;

    static String hostName(int i) {
        return String.format("h%04d.%s", i, DOMAIN);
    }

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("yaowen-bench-transport-");
        Process farm = null;
        try {
            keytool(dir, "-genkeypair", "-alias", "farm", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=" + DOMAIN, "-ext", "san=dns:*." + DOMAIN, "-validity", "2",
                    "-keystore", "farm.p12", "-storetype", "PKCS12", "-storepass", "benchpass");
            keytool(dir, "-exportcert", "-rfc", "-alias", "farm", "-keystore", "farm.p12", "-storepass", "benchpass",
                    "-file", "farm.pem");
            keytool(dir, "-importcert", "-noprompt", "-alias", "farm", "-file", "farm.pem", "-keystore", "trust.p12",
                    "-storetype", "PKCS12", "-storepass", "benchpass");
            StringBuilder hostsFile = new StringBuilder();
            for (int i = 0; i < hosts; i++) {
                hostsFile.append("127.0.0.1 ").append(hostName(i)).append('\n');
            }
            Files.writeString(dir.resolve("hosts"), hostsFile);
            farm = java(List.of("-Xmx512m", "-Dsun.net.httpserver.maxIdleConnections=" + (hosts * 2)), TlsFarm.class,
                    String.valueOf(port), String.valueOf(articles), dir.resolve("farm.p12").toString(), "benchpass")
                    .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
            BufferedReader ready = new BufferedReader(new InputStreamReader(farm.getInputStream(), StandardCharsets.UTF_8));
            if (!"ready".equals(ready.readLine())) {
                throw new IllegalStateException("the HTTPS farm did not start");
            }
            System.err.printf("HTTPS farm: %d hosts x (robots.txt, list, %d articles) on 127.0.0.1:%d; %d sites at once,"
                    + " per-host delay %d ms%n", hosts, articles, port, threads, delayMs);
            for (int r = 0; r < repeat; r++) {
                for (int t = 0; t < transports.size(); t++) {
                    String transport = transports.get((t + r) % transports.size());
                    Process run = java(List.of("-Xmx512m", "-Djdk.net.hosts.file=" + dir.resolve("hosts"),
                                    "-Djavax.net.ssl.trustStore=" + dir.resolve("trust.p12"),
                                    "-Djavax.net.ssl.trustStorePassword=benchpass",
                                    "-Djavax.net.ssl.trustStoreType=PKCS12"), TransportRun.class, transport,
                            String.valueOf(hosts), String.valueOf(delayMs), String.valueOf(threads), String.valueOf(port))
                            .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
                    if (!run.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                        run.destroyForcibly();
                        System.out.println(transport + " killed after " + limitSeconds + " s");
                    }
                }
            }
            return 0;
        } finally {
            if (farm != null) {
                farm.getOutputStream().close();
                if (!farm.waitFor(10, TimeUnit.SECONDS)) {
                    farm.destroyForcibly();
                }
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static ProcessBuilder java(List<String> options, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    private static void keytool(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + out);
        }
    }
}
