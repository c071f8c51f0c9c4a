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

    @Test
    void aConfigKeyNoSettingDefinesIsFound() throws IOException {
        assertThat(checkAfter("deploy/compose/yaowen.yaml", "  partitions: 3", "  partitions: 3\n  partitionz: 4"))
                .anyMatch(p -> p.contains("unknown key 'partitionz'"));
        assertThat(checkAfter("deploy/k8s/config.yaml", "      port: 8080", "      port: 8080\n      portt: 9"))
                .anyMatch(p -> p.contains("config.yaml") && p.contains("unknown key 'portt'"));
    }

    @Test
    void aRoleTheCliDoesNotKnowIsFound() throws IOException {
        assertThat(checkAfter("deploy/compose/docker-compose.yml", "--roles, crawl]", "--roles, crawler]"))
                .anyMatch(p -> p.contains("unknown role 'crawler'"))
                .anyMatch(p -> p.contains("role crawl is run by []"));
        assertThat(checkAfter("deploy/k8s/sink.yaml", "--roles, sink]", "--roles, \"sink,alerts\"]"))
                .anyMatch(p -> p.contains("role alerts is run by") && p.contains("yaowen-sink") && p.contains("yaowen-alerts"));
    }

    @Test
    void aProbeOnAPathOrPortTheNodeDoesNotServeIsFound() throws IOException {
        assertThat(checkAfter("deploy/compose/docker-compose.yml", "8080/health/ready\"]", "8080/healthz\"]"))
                .anyMatch(p -> p.contains("probes /healthz, which is not a health path"));
        assertThat(checkAfter("deploy/k8s/web.yaml", "{name: http, containerPort: 8080}", "{name: http, containerPort: 9090}"))
                .anyMatch(p -> p.contains("probes port 9090 but web.port is 8080"));
        assertThat(checkAfter("deploy/compose/yaowen.yaml", "port: 8080", "port: 8081"))
                .anyMatch(p -> p.contains("probes port 8080 but web.port is 8081"))
                .anyMatch(p -> p.contains("publishes container port 8080 but web.port is 8081"));
    }

    @Test
    void aProbeWhoseHostTheAllowListRefusesIsFound() throws IOException {
        assertThat(checkAfter("deploy/k8s/crawl.yaml", "httpGet: {path: /health/ready, port: http, httpHeaders: [{name: Host, value: localhost}]}",
                "httpGet: {path: /health/ready, port: http}"))
                .anyMatch(p -> p.contains("readinessProbe") && p.contains("Host '<the pod's IP>'") && p.contains("421"));
    }

    @Test
    void anImageNotPinnedOrNotTheBuildsKafkaIsFound() throws IOException {
        assertThat(checkAfter("deploy/compose/docker-compose.yml", "image: apache/kafka:4.3.1", "image: apache/kafka:latest"))
                .anyMatch(p -> p.contains("apache/kafka:latest") && p.contains("use apache/kafka:" + DeployCheck.Code.of(REPO).kafkaVersion()));
        assertThat(checkAfter("deploy/k8s/postgres.yaml", "image: postgres:15.18", "image: postgres"))
                .anyMatch(p -> p.contains("image postgres is not pinned"));
    }

    @Test
    void aSecretWrittenIntoTheFilesOrAMissingOneIsFound() throws IOException {
        assertThat(checkAfter("deploy/compose/yaowen.yaml", "?user=yaowen\"", "?user=yaowen&password=hunter2\""))
                .anyMatch(p -> p.contains("store.postgresUrl holds a password"));
        assertThat(checkAfter("deploy/k8s/config.yaml", "url: \"${ENV:YAOWEN_WEBHOOK_URL}\"", "url: https://hooks.example.com/t0ken"))
                .anyMatch(p -> p.contains("its URL (which holds the robot's token) is written in the file"))
                .anyMatch(p -> p.contains("sets YAOWEN_WEBHOOK_URL, which nothing reads"));
        assertThat(checkAfter("deploy/k8s/alerts.yaml", "key: webhook-secret}", "key: webhook-token}"))
                .anyMatch(p -> p.contains("Secret yaowen-secrets has no key webhook-token"));
        assertThat(checkAfter("deploy/k8s/web.yaml", "items: [{key: pgpass, path: pgpass}]", "items: [{key: pgpass, path: pass}]"))
                .anyMatch(p -> p.contains("PGPASSFILE /etc/yaowen/secrets/pgpass is not a mounted secret file"));
        assertThat(checkAfter("deploy/compose/docker-compose.yml",
                "      YAOWEN_WEBHOOK_SECRET: ${YAOWEN_WEBHOOK_SECRET:?set YAOWEN_WEBHOOK_SECRET in deploy/compose/.env}\n", ""))
                .anyMatch(p -> p.contains("runs the alerts role but does not set YAOWEN_WEBHOOK_SECRET"));
    }

    @Test
    void anEnvironmentVariableNothingReadsIsFound() throws IOException {
        assertThat(checkAfter("deploy/compose/docker-compose.yml", "      PGPASSFILE: /run/secrets/pgpass\n    secrets: [pgpass]",
                "      PGPASSFILE: /run/secrets/pgpass\n      YAOWEN_WEB_PORT: ${PORT}\n    secrets: [pgpass]"))
                .anyMatch(p -> p.contains("services.sink") && p.contains("sets YAOWEN_WEB_PORT, which nothing reads"));
    }

    @Test
    void aTopicYaowenDoesNotHaveIsFound() throws IOException {
        assertThat(checkAfter("deploy/k8s/crawl.yaml", "yaowen.crawler.state", "yaowen.crawl.state"))
                .anyMatch(p -> p.contains("names topic yaowen.crawl.state, which Yaowen does not have"));
    }

    @Test
    void aBrokenClusterOrReferenceIsFound() throws IOException {
        assertThat(checkAfter("deploy/compose/docker-compose.yml", "KAFKA_MIN_INSYNC_REPLICAS: 2", "KAFKA_MIN_INSYNC_REPLICAS: 1"))
                .anyMatch(p -> p.contains("KAFKA_MIN_INSYNC_REPLICAS is 1, needs 2"));
        assertThat(checkAfter("deploy/compose/yaowen.yaml", "  replication: 3", "  replication: 1"))
                .anyMatch(p -> p.contains("kafka.replication is 1"));
        assertThat(checkAfter("deploy/k8s/kafka.yaml", "replicas: 3", "replicas: 2"))
                .anyMatch(p -> p.contains("Kafka must be a StatefulSet of 3 brokers"));
        assertThat(checkAfter("deploy/k8s/kustomization.yaml", "  - sink.yaml\n", ""))
                .anyMatch(p -> p.contains("does not list sink.yaml"))
                .anyMatch(p -> p.contains("role sink is run by []"));
        assertThat(checkAfter("deploy/k8s/web.yaml", "targetPort: http}", "targetPort: web}"))
                .anyMatch(p -> p.contains("targetPort web is not a port of"));
        assertThat(checkAfter("deploy/compose/docker-compose.yml", "      postgres: {condition: service_healthy}\n", ""))
                .anyMatch(p -> p.contains("uses PostgreSQL but does not depend on the postgres service"));
    }

    @Test
    void anImageBuiltOrRunWronglyIsFound() throws IOException {
        assertThat(checkAfter("deploy/Dockerfile", "USER 10001:10001", "USER yaowen"))
                .anyMatch(p -> p.contains("USER must be a numeric uid"));
        assertThat(checkAfter("deploy/Dockerfile", "\"yaowen.cli.Main\"]", "\"yaowen.cli.Mian\"]"))
                .anyMatch(p -> p.contains("does not end in a class with main"));
        assertThat(checkAfter(".dockerignore", "**/target/\n", "**/target/\nmodules/cli/\n"))
                .anyMatch(p -> p.contains("leaves out") && p.contains("modules/cli/pom.xml"));
        assertThat(checkAfter(".dockerignore", "deploy/compose/secrets/\n", ""))
                .anyMatch(p -> p.contains("does not leave out deploy/compose/secrets/pgpass"));
        assertThat(checkAfter("deploy/k8s/pipeline.yaml", "runAsUser: 10001", "runAsUser: 1000"))
                .anyMatch(p -> p.contains("runAsUser is 1000 but deploy/Dockerfile's user is 10001"));
    }

    @Test
    void aStopTimeShorterThanTheNodesCloseIsFound() throws IOException {
        assertThat(checkAfter("deploy/compose/docker-compose.yml", "    stop_grace_period: 75s\n", ""))
                .anyMatch(p -> p.contains("services.crawl") && p.contains("stop_grace_period 10s (the default) is shorter"));
        assertThat(checkAfter("deploy/k8s/alerts.yaml", "terminationGracePeriodSeconds: 75", "terminationGracePeriodSeconds: 30"))
                .anyMatch(p -> p.contains("yaowen-alerts") && p.contains("terminationGracePeriodSeconds 30 is shorter"));
        assertThat(DeployCheck.seconds("1m30s")).isEqualTo(90);
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

    /** The problems of a copy of the real files in which {@code from} (which must be there) became {@code to}. */
    private List<String> checkAfter(String file, String from, String to) throws IOException {
        Path repo = tmp.resolve("repo" + System.nanoTime());
        for (String f : List.of("pom.xml", "modules/cli/pom.xml", "schemas", ".dockerignore", "deploy/Dockerfile",
                "deploy/compose/docker-compose.yml", "deploy/compose/yaowen.yaml", "deploy/k8s")) {
            copy(REPO.resolve(f), repo.resolve(f));
        }
        assertThat(check(repo)).as("the unchanged copy").isEmpty();
        Path changed = repo.resolve(file);
        String text = Files.readString(changed);
        assertThat(text).as(file).contains(from);
        Files.writeString(changed, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return check(repo);
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
