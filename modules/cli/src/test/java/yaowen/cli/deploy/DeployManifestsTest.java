package yaowen.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployment files (deploy/compose, deploy/k8s, deploy/Dockerfile, .dockerignore, docs/operations.md) agree with
 * the code: no container is started (CI has no Docker engine nor cluster), each file is parsed and checked by
 * {@link DeployCheck}. The second half changes one thing in a copy of the real files and expects the check to say so.
 */
@Timeout(60)
class DeployManifestsTest {
    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    /** What the build context must never hold. */
    private static final List<String> MUST_EXCLUDE = List.of(".git/HEAD", "target/x.jar", "modules/cli/target/yaowen-cli.jar",
            "modules/web/target/classes/x.class", "data/yaowen.lock", "data/kafka/meta.properties", "data/yaowen.duckdb",
            "deploy/compose/secrets/pgpass", "deploy/compose/.env", "node_modules/a/index.js",
            "modules/web/node_modules/a/index.js", ".idea/workspace.xml", "corpus/gov/x.html");

    @TempDir
    Path tmp;

    private static List<String> check(Path repo) {
        DeployCheck check = new DeployCheck(DeployCheck.Code.of(repo));
        check.compose(repo.resolve("deploy/compose/docker-compose.yml"));
        check.kubernetes(repo.resolve("deploy/k8s"));
        check.dockerfile(repo.resolve("deploy/Dockerfile"));
        check.dockerignore(repo.resolve(".dockerignore"), MUST_EXCLUDE);
        return check.problems;
    }

    @Test
    void theComposeFileAgreesWithTheCode() {
        DeployCheck check = new DeployCheck(DeployCheck.Code.of(REPO));
        check.compose(REPO.resolve("deploy/compose/docker-compose.yml"));
        assertThat(check.problems).isEmpty();
    }

    @Test
    void theKubernetesManifestsAgreeWithTheCode() {
        DeployCheck check = new DeployCheck(DeployCheck.Code.of(REPO));
        check.kubernetes(REPO.resolve("deploy/k8s"));
        assertThat(check.problems).isEmpty();
    }

    @Test
    void theImageIsBuiltAsTheManifestsExpect() {
        DeployCheck check = new DeployCheck(DeployCheck.Code.of(REPO));
        check.dockerfile(REPO.resolve("deploy/Dockerfile"));
        check.dockerignore(REPO.resolve(".dockerignore"), MUST_EXCLUDE);
        assertThat(check.problems).isEmpty();
        assertThat(DeployCheck.Code.of(REPO).imageUid()).isPositive();
    }

    @Test
    void theOperationsGuideNamesOnlyRealTopics() {
        DeployCheck check = new DeployCheck(DeployCheck.Code.of(REPO));
        check.topics(DeployCheck.read(REPO.resolve("docs/operations.md")), "docs/operations.md");
        check.commands(DeployCheck.read(REPO.resolve("docs/operations.md")), "docs/operations.md");
        assertThat(check.problems).isEmpty();
    }

    @Test
    void aCommandOrOptionTheCliDoesNotTakeIsFoundInADocument() {
        DeployCheck check = new DeployCheck(DeployCheck.Code.of(REPO));
        check.commands("Run `yaowen dlq purge 1:2`, then\n```sh\nyaowen dlq list --stages insight   # by stage\n"
                + "./yaowen config check FILE\n```\nand `yaowen.yaml` is a file.", "doc.md");
        assertThat(check.problems).hasSize(2)
                .anyMatch(p -> p.contains("'yaowen dlq purge 1:2'"))
                .anyMatch(p -> p.contains("'yaowen dlq list --stages insight'") && p.contains("--stages"));
    }

    // ---- the check finds what is wrong: one change to a copy of the real files each

    static Stream<Arguments> wrongChanges() {
        return Stream.of(
                change("a config key no setting defines (compose)", "deploy/compose/yaowen.yaml",
                        "  partitions: 3",
                        "  partitions: 3\n  partitionz: 4", "unknown key 'partitionz'"),
                change("a config key no setting defines (ConfigMap)", "deploy/k8s/config.yaml",
                        "      port: 8080",
                        "      port: 8080\n      portt: 9", "config.yaml", "unknown key 'portt'"),
                change("a role the CLI does not know", "deploy/compose/docker-compose.yml",
                        "--roles, crawl]",
                        "--roles, crawler]", "unknown role 'crawler'"),
                change("a role left without a service", "deploy/compose/docker-compose.yml",
                        "--roles, crawl]",
                        "--roles, crawler]", "role crawl is run by []"),
                change("a role run twice", "deploy/k8s/sink.yaml",
                        "--roles, sink]",
                        "--roles, \"sink,alerts\"]", "role alerts is run by", "yaowen-sink", "yaowen-alerts"),
                change("a health path the node does not serve", "deploy/compose/docker-compose.yml",
                        "8080/health/ready\"]",
                        "8080/healthz\"]", "probes /healthz, which is not a health path"),
                change("a probe on another port than web.port", "deploy/k8s/web.yaml",
                        "{name: http, containerPort: 8080}",
                        "{name: http, containerPort: 9090}", "probes port 9090 but web.port is 8080"),
                change("web.port changed without the health checks", "deploy/compose/yaowen.yaml",
                        "port: 8080",
                        "port: 8081", "probes port 8080 but web.port is 8081"),
                change("web.port changed without the published port", "deploy/compose/yaowen.yaml",
                        "port: 8080",
                        "port: 8081", "publishes container port 8080 but web.port is 8081"),
                change("a probe whose Host the allow-list refuses", "deploy/k8s/crawl.yaml",
                        "httpGet: {path: /health/ready, port: http}",
                        "httpGet: {path: /health/ready, port: http, httpHeaders: [{name: Host, value: evil.example}]}",
                        "readinessProbe", "Host 'evil.example'", "421"),
                change("Kafka not the build's version", "deploy/compose/docker-compose.yml",
                        "image: apache/kafka:4.3.1",
                        "image: apache/kafka:latest", "apache/kafka:latest", "use apache/kafka:"),
                change("an image without a version", "deploy/k8s/postgres.yaml",
                        "image: postgres:15.18",
                        "image: postgres", "image postgres is not pinned"),
                change("a password in the JDBC URL", "deploy/compose/yaowen.yaml",
                        "?user=yaowen\"",
                        "?user=yaowen&password=hunter2\"", "store.postgresUrl holds a password"),
                change("a webhook token written in the config", "deploy/k8s/config.yaml",
                        "url: \"${ENV:YAOWEN_WEBHOOK_URL}\"",
                        "url: https://hooks.example.com/t0ken", "its URL (which holds the robot's token) is written in the file"),
                change("an environment variable the config no longer reads", "deploy/k8s/config.yaml",
                        "url: \"${ENV:YAOWEN_WEBHOOK_URL}\"",
                        "url: https://hooks.example.com/t0ken", "sets YAOWEN_WEBHOOK_URL, which nothing reads"),
                change("an environment variable nothing reads", "deploy/compose/docker-compose.yml",
                        "      PGPASSFILE: /run/secrets/pgpass\n    secrets: [pgpass]",
                        "      PGPASSFILE: /run/secrets/pgpass\n      YAOWEN_WEB_PORT: ${PORT}\n    secrets: [pgpass]", "services.sink", "sets YAOWEN_WEB_PORT, which nothing reads"),
                change("a database password written into compose", "deploy/compose/docker-compose.yml",
                        "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
                        "      POSTGRES_PASSWORD: yaowen", "services.postgres", "POSTGRES_PASSWORD is written in the file"),
                change("a webhook URL written into a pod's environment", "deploy/k8s/alerts.yaml",
                        "            - name: YAOWEN_WEBHOOK_URL\n              valueFrom: {secretKeyRef: {name: yaowen-secrets, key: webhook-url}}",
                        "            - {name: YAOWEN_WEBHOOK_URL, value: https://hooks.example.com/t0ken}",
                        "env YAOWEN_WEBHOOK_URL", "is written in the manifest"),
                change("a Secret key that does not exist", "deploy/k8s/alerts.yaml",
                        "key: webhook-secret}",
                        "key: webhook-token}", "Secret yaowen-secrets has no key webhook-token"),
                change("PGPASSFILE not mounted", "deploy/k8s/web.yaml",
                        "items: [{key: pgpass, path: pgpass}]",
                        "items: [{key: pgpass, path: pass}]", "PGPASSFILE /etc/yaowen/secrets/pgpass is not a mounted secret file"),
                change("a variable an alert channel reads not given", "deploy/compose/docker-compose.yml",
                        "      YAOWEN_WEBHOOK_SECRET: ${YAOWEN_WEBHOOK_SECRET:?set YAOWEN_WEBHOOK_SECRET in deploy/compose/.env}\n",
                        "", "runs the alerts role but does not set YAOWEN_WEBHOOK_SECRET"),
                change("a topic Yaowen does not have", "deploy/k8s/crawl.yaml",
                        "yaowen.crawler.state",
                        "yaowen.crawl.state", "names topic yaowen.crawl.state, which Yaowen does not have"),
                change("min.insync.replicas 1", "deploy/compose/docker-compose.yml",
                        "KAFKA_MIN_INSYNC_REPLICAS: 2",
                        "KAFKA_MIN_INSYNC_REPLICAS: 1", "KAFKA_MIN_INSYNC_REPLICAS is 1, needs 2"),
                change("replication 1 on three brokers", "deploy/compose/yaowen.yaml",
                        "  replication: 3",
                        "  replication: 1", "kafka.replication is 1"),
                change("two brokers", "deploy/k8s/kafka.yaml",
                        "replicas: 3",
                        "replicas: 2", "Kafka must be a StatefulSet of 3 brokers"),
                change("a manifest kustomize does not list", "deploy/k8s/kustomization.yaml",
                        "  - sink.yaml\n",
                        "", "does not list sink.yaml"),
                change("a role whose manifest is not applied", "deploy/k8s/kustomization.yaml",
                        "  - sink.yaml\n",
                        "", "role sink is run by []"),
                change("a Service port no container has", "deploy/k8s/web.yaml",
                        "targetPort: http}",
                        "targetPort: web}", "targetPort web is not a port of"),
                change("a store user not waiting for PostgreSQL", "deploy/compose/docker-compose.yml",
                        "      postgres: {condition: service_healthy}\n",
                        "", "uses PostgreSQL but does not depend on the postgres service"),
                change("a user name instead of a uid", "deploy/Dockerfile",
                        "USER 10001:10001",
                        "USER yaowen", "USER must be a numeric uid"),
                change("a main class that does not exist", "deploy/Dockerfile",
                        "\"yaowen.cli.Main\"]",
                        "\"yaowen.cli.Mian\"]", "does not end in a class with main"),
                change("sources left out of the build context", ".dockerignore",
                        "**/target/\n",
                        "**/target/\nmodules/cli/\n", "leaves out", "modules/cli/pom.xml"),
                change("secrets sent to the build", ".dockerignore",
                        "deploy/compose/secrets/\n",
                        "", "does not leave out deploy/compose/secrets/pgpass"),
                change("a pod user other than the image's", "deploy/k8s/pipeline.yaml",
                        "runAsUser: 10001",
                        "runAsUser: 1000", "runAsUser is 1000 but deploy/Dockerfile's user is 10001"),
                change("a /tmp where native libraries cannot load", "deploy/compose/docker-compose.yml",
                        "    tmpfs: [\"/tmp:exec,mode=1777\"]",
                        "    tmpfs: [/tmp]", "services.crawl", "tmpfs /tmp:exec"),
                change("compose's 10 s to stop", "deploy/compose/docker-compose.yml",
                        "    stop_grace_period: 75s\n",
                        "", "services.crawl", "stop_grace_period 10s (the default) is shorter"),
                change("30 s to stop a pod", "deploy/k8s/alerts.yaml",
                        "terminationGracePeriodSeconds: 75",
                        "terminationGracePeriodSeconds: 30", "yaowen-alerts", "terminationGracePeriodSeconds 30 is shorter")
        );
    }

    private static Arguments change(String what, String file, String from, String to, String... fragments) {
        return Arguments.of(what, file, from, to, List.of(fragments));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongChanges")
    void aWrongChangeIsFound(String what, String file, String from, String to, List<String> fragments) throws IOException {
        assertThat(checkAfter(file, from, to)).as(what).anyMatch(p -> fragments.stream().allMatch(p::contains));
    }

    @Test
    void composeDurationsReadAsSeconds() {
        assertThat(DeployCheck.seconds("1m30s")).isEqualTo(90);
        assertThat(DeployCheck.seconds("75s")).isEqualTo(75);
    }

    @Test
    void dockerignorePatternsMatchAsDockerDoes() {
        List<String> patterns = List.of("**/target/", "/data/", "*.log", "docs/", "!docs/keep.md");
        assertThat(DeployCheck.excluded("modules/a/target/x.jar", patterns)).isTrue();
        assertThat(DeployCheck.excluded("target/x.jar", patterns)).isTrue();
        assertThat(DeployCheck.excluded("data/yaowen.lock", patterns)).isTrue();
        assertThat(DeployCheck.excluded("modules/data/x.java", patterns)).isFalse();
        assertThat(DeployCheck.excluded("yaowen.log", patterns)).isTrue();
        assertThat(DeployCheck.excluded("modules/a/yaowen.log", patterns)).isFalse();
        assertThat(DeployCheck.excluded("docs/x.md", patterns)).isTrue();
        assertThat(DeployCheck.excluded("docs/keep.md", patterns)).isFalse();
        assertThat(DeployCheck.excluded("modules/a/src/Main.java", patterns)).isFalse();
    }

    @Test
    void theCopyTheChangesAreMadeToHasNoProblemOfItsOwn() throws IOException {
        assertThat(check(copyOfTheRealFiles())).isEmpty();
    }

    /** The problems of a copy of the real files in which {@code from} (which must be there) became {@code to}. */
    private List<String> checkAfter(String file, String from, String to) throws IOException {
        Path repo = copyOfTheRealFiles();
        Path changed = repo.resolve(file);
        String text = Files.readString(changed);
        assertThat(text).as(file).contains(from);
        Files.writeString(changed, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return check(repo);
    }

    /** The deployment files and what the check reads besides them, copied to a directory of their own. */
    private Path copyOfTheRealFiles() throws IOException {
        Path repo = tmp.resolve("repo" + System.nanoTime());
        for (String f : List.of("pom.xml", "modules/cli/pom.xml", "schemas", ".dockerignore", "deploy/Dockerfile",
                "deploy/compose/docker-compose.yml", "deploy/compose/yaowen.yaml", "deploy/k8s")) {
            copy(REPO.resolve(f), repo.resolve(f));
        }
        return repo;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.toList()) {
                    copy(f, to.resolve(f.getFileName().toString()));
                }
            }
        } else {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        }
    }
}
