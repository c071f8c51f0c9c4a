package yaowen.cli.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import yaowen.alerts.channel.ChannelKeys;
import yaowen.alerts.channel.ChannelSpec;
import yaowen.alerts.channel.Channels;
import yaowen.alerts.channel.Secrets;
import yaowen.cli.config.ConfigException;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.NodeKeys;
import yaowen.cli.config.YaowenConfig;
import yaowen.cli.node.Role;
import yaowen.records.TopicNames;
import yaowen.records.Topics;
import yaowen.web.ops.OpsEndpoints;

/**
 * Checks the deployment files of {@code deploy/} against the code: images, ports, health paths, roles, config keys
 * (read by the node's own loader), environment variables, secrets, topics, the Kafka cluster's shape. Each check
 * adds lines naming the file and the place to {@link #problems}; none starts a container.
 */
final class DeployCheck {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** Host names the web server answers whatever web.allowedHosts says (WebServer#allowHosts). */
    static final Set<String> ALWAYS_ANSWERED = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    /** What a kubelet's probe sends as Host without a header: an address, which the server always answers. */
    static final String POD_IP = "<the pod's IP>";
    private static final Pattern TOPIC_LIKE = Pattern.compile("\\byaowen(?:\\.[a-z][a-z0-9_-]*)+");
    private static final Set<String> NOT_TOPIC_ENDINGS = Set.of("yaml", "yml", "lock", "log", "duckdb", "jar", "org",
            "com", "cn", "net", "io", "md", "dump", "wal");
    private static final Pattern ENV_INTERPOLATION = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?:[:?-][^}]*)?}");

    /** What the files must agree with, read from the code and the build. */
    record Code(Path repo, String kafkaVersion, int imageUid, int defaultWebPort) {
        static Code of(Path repo) {
            String pom = read(repo.resolve("pom.xml"));
            Matcher m = Pattern.compile("<kafka\\.version>([^<]+)</kafka\\.version>").matcher(pom);
            if (!m.find()) {
                throw new IllegalStateException("no kafka.version in the root pom.xml");
            }
            Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)").matcher(read(repo.resolve("deploy/Dockerfile")));
            return new Code(repo, m.group(1), user.find() ? Integer.parseInt(user.group(1)) : -1,
                    NodeKeys.WEB_PORT.defaultValue().orElseThrow());
        }

        String kafkaImage() {
            return "apache/kafka:" + kafkaVersion;
        }
    }

    /**
     * How long {@code run} may take to close its roles after SIGTERM: its shutdown hook waits up to 60 s
     * (yaowen.cli.commands.UntilStopped), so the platform must not kill it sooner.
     */
    static final int STOP_WAIT_SECONDS = 60;

    final List<String> problems = new ArrayList<>();
    private final Code code;

    DeployCheck(Code code) {
        this.code = code;
    }

    private void problem(String where, String what) {
        problems.add(where + ": " + what);
    }

    // ---------------------------------------------------------------- configs

    /**
     * Loads {@code text} with the node's loader; every key it does not define, every bad value, is a problem. Also
     * refuses secrets written into the file: a password in store.postgresUrl, an alert channel URL or secret not
     * read from the environment, and ${ENV:…} where nothing reads it.
     */
    Optional<YaowenConfig> config(String text, String name) {
        YaowenConfig config;
        try {
            config = ConfigLoader.parse(text, name);
        } catch (ConfigException e) {
            e.problems().forEach(p -> problems.add(p.startsWith(name) ? p : name + ": " + p));
            return Optional.empty();
        }
        config.store().postgresUrl().filter(url -> url.toLowerCase(Locale.ROOT).contains("password="))
                .ifPresent(url -> problem(name, "store.postgresUrl holds a password; give it through a pgpass secret"
                        + " (PGPASSFILE) instead"));
        Set<String> read = channelVariables(config);
        Matcher refs = Secrets.REFERENCE.matcher(text);
        while (refs.find()) {
            if (!read.contains(refs.group(1))) {
                problem(name, "${ENV:" + refs.group(1) + "} is not in an alert channel's url, secret or smtp.password,"
                        + " the only values the node reads from the environment");
            }
        }
        for (ChannelSpec channel : config.alerts().channels()) {
            channel.values().given(ChannelKeys.SECRET)
                    .filter(s -> Secrets.references(s).isEmpty())
                    .ifPresent(s -> problem(name, "alert channel " + channel.name() + ": its secret is written in the"
                            + " file; use ${ENV:NAME}"));
            channel.values().given(ChannelKeys.SMTP_PASSWORD)
                    .filter(s -> Secrets.references(s).isEmpty())
                    .ifPresent(s -> problem(name, "alert channel " + channel.name() + ": its SMTP password is written"
                            + " in the file; use ${ENV:NAME}"));
            channel.values().given(ChannelKeys.URL)
                    .filter(u -> Secrets.references(u).isEmpty())
                    .ifPresent(u -> problem(name, "alert channel " + channel.name() + ": its URL (which holds the"
                            + " robot's token) is written in the file; use ${ENV:NAME}"));
        }
        topics(text, name);
        return Optional.of(config);
    }

    /** The environment variables the config's alert channels read. */
    static Set<String> channelVariables(YaowenConfig config) {
        Set<String> names = new TreeSet<>();
        config.alerts().channels().forEach(c -> names.addAll(Channels.unsetVariables(c, n -> null)));
        return names;
    }

    // ---------------------------------------------------------------- topics

    /** Every Yaowen topic named in {@code text} (a manifest, a config, a document) is one the code creates. */
    void topics(String text, String name) {
        Set<String> known = new LinkedHashSet<>(Topics.ALL);
        TopicNames.MIRRORABLE.forEach(t -> {
            known.add(t + TopicNames.JSON_SUFFIX);
            known.add(t + TopicNames.AVRO_SUFFIX);
        });
        Matcher m = TOPIC_LIKE.matcher(text);
        while (m.find()) {
            String token = m.group();
            String last = token.substring(token.lastIndexOf('.') + 1);
            boolean className = m.end() + 1 < text.length() && text.charAt(m.end()) == '.'
                    && Character.isUpperCase(text.charAt(m.end() + 1));
            if (className || NOT_TOPIC_ENDINGS.contains(last)) {
                continue;
            }
            if (!known.contains(token)) {
                problem(name, "names topic " + token + ", which Yaowen does not have (yaowen.records.Topics: "
                        + String.join(", ", Topics.ALL) + ")");
            }
        }
    }

    // ---------------------------------------------------------------- documents

    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\n]+)`");
    private static final Pattern COMMAND = Pattern.compile("^\\s*(?:\\./)?yaowen ([^#|>)]*)");

    /**
     * Every {@code yaowen …} command line in the code of {@code markdown} (fenced blocks and inline spans) is one
     * the CLI parses: its subcommands and options exist.
     */
    void commands(String markdown, String name) {
        List<String> code = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (fenced) {
                code.add(line);
            } else {
                Matcher m = INLINE_CODE.matcher(line);
                while (m.find()) {
                    code.add(m.group(1));
                }
            }
        }
        for (String c : code) {
            Matcher m = COMMAND.matcher(c);
            while (m.find()) {
                String line = m.group(1).split("&&|\\s\\\\$")[0].strip();
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    yaowen.cli.Main.commandLine().parseArgs(line.split("\\s+"));
                } catch (picocli.CommandLine.MissingParameterException e) {
                    // a mention such as `yaowen run`, not the whole command line
                } catch (picocli.CommandLine.ParameterException e) {
                    problem(name, "'yaowen " + line + "' is not a command the CLI takes: " + e.getMessage());
                }
            }
        }
    }

    // ---------------------------------------------------------------- Yaowen containers, wherever they run

    /** A Yaowen container as both formats describe it. */
    record Container(String where, List<String> args, Map<String, JsonNode> env, String configText, String configName,
                     Set<String> writableDirs, Map<String, String> secretFiles) {
    }

    /**
     * Checks one Yaowen container: its command is {@code run --config FILE --roles ROLES} with real roles, its config
     * loads, its data dir is writable, its environment is read by the config and gives what the config reads,
     * PGPASSFILE names a mounted secret where the store is PostgreSQL. Returns the roles and the config.
     */
    Optional<Started> yaowen(Container c) {
        List<String> a = c.args();
        if (a.isEmpty() || !a.get(0).equals("run")) {
            problem(c.where(), "runs " + a + ", not 'run --config FILE --roles ROLES'");
            return Optional.empty();
        }
        String roles = option(a, "--roles").orElse("all");
        Set<Role> parsed;
        try {
            parsed = Role.parse(roles);
        } catch (IllegalArgumentException e) {
            problem(c.where(), e.getMessage());
            return Optional.empty();
        }
        if (option(a, "--config", "-c").isEmpty()) {
            problem(c.where(), "has no --config");
            return Optional.empty();
        }
        for (String arg : a.subList(1, a.size())) {
            if (arg.startsWith("-") && !Set.of("--config", "-c", "--roles", "--log-format", "--bootstrap-servers").contains(arg)) {
                problem(c.where(), "'run' has no option " + arg);
            }
        }
        if (c.configText() == null) {
            problem(c.where(), "its --config " + option(a, "--config", "-c").get() + " is not mounted from a file or"
                    + " ConfigMap here");
            return Optional.empty();
        }
        Optional<YaowenConfig> loaded = config(c.configText(), c.configName());
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        YaowenConfig config = loaded.get();
        String dataDir = config.dataDir().toString();
        if (c.writableDirs().stream().noneMatch(d -> dataDir.equals(d) || dataDir.startsWith(d + "/"))) {
            problem(c.where(), "dataDir " + dataDir + " is not on a writable volume (the lock, logs and the"
                    + " pipeline's state go there)");
        }
        if (config.kafka().bootstrapServers().isEmpty()) {
            problem(c.where(), "kafka.bootstrapServers is not set: each container would start its own embedded broker");
        }
        if (!config.web().enabled()) {
            problem(c.where(), "web.enabled is false: no /health or /metrics to probe");
        }
        Set<String> read = channelVariables(config);
        for (String name : c.env().keySet()) {
            if (name.startsWith("YAOWEN_") && !read.contains(name)) {
                problem(c.where(), "sets " + name + ", which nothing reads (the node reads only the variables its"
                        + " config names as ${ENV:…}: " + read + ")");
            }
        }
        if (parsed.contains(Role.ALERTS)) {
            for (String name : read) {
                if (!c.env().containsKey(name)) {
                    problem(c.where(), "runs the alerts role but does not set " + name + ", which an alert channel"
                            + " reads: the role would not start");
                }
            }
        }
        boolean usesStore = parsed.contains(Role.SINK) || parsed.contains(Role.WEB);
        if (usesStore && config.store().type() == YaowenConfig.StoreType.POSTGRES) {
            JsonNode passFile = c.env().get("PGPASSFILE");
            if (passFile == null) {
                problem(c.where(), "uses PostgreSQL without PGPASSFILE: store.postgresUrl holds no password");
            } else if (!c.secretFiles().containsKey(passFile.asText())) {
                problem(c.where(), "PGPASSFILE " + passFile.asText() + " is not a mounted secret file (mounted: "
                        + c.secretFiles().keySet() + ")");
            }
        }
        return Optional.of(new Started(parsed, config));
    }

    /** What a Yaowen container runs. */
    record Started(Set<Role> roles, YaowenConfig config) {
    }

    /** An HTTP health check of a Yaowen container: a served path, the configured port, a Host the server answers. */
    void probe(String where, String path, int port, String host, YaowenConfig config) {
        if (!OpsEndpoints.PATHS.contains(path) || !path.startsWith("/health/")) {
            problem(where, "probes " + path + ", which is not a health path the node serves ("
                    + new TreeSet<>(OpsEndpoints.PATHS) + ")");
        }
        if (port != config.web().port()) {
            problem(where, "probes port " + port + " but web.port is " + config.web().port());
        }
        Set<String> answered = new TreeSet<>(ALWAYS_ANSWERED);
        config.web().allowedHosts().forEach(h -> answered.add(h.toLowerCase(Locale.ROOT)));
        if (!answered.contains("*") && !answered.contains(host.toLowerCase(Locale.ROOT)) && !host.equals(POD_IP)) {
            problem(where, "probes with Host '" + host + "', which the web server refuses with 421 (answered: "
                    + answered + "; see web.allowedHosts)");
        }
    }

    /** Each role is run by exactly one service or workload. */
    void eachRoleOnce(String where, Map<String, Set<Role>> byUnit) {
        for (Role role : Role.values()) {
            List<String> units = byUnit.entrySet().stream().filter(e -> e.getValue().contains(role)).map(Map.Entry::getKey).toList();
            if (units.size() != 1) {
                problem(where, "role " + role.name().toLowerCase(Locale.ROOT) + " is run by " + units
                        + "; each role needs exactly one service or workload of its own");
            }
        }
        byUnit.forEach((unit, roles) -> {
            if (roles.size() > 1) {
                problem(where, unit + " runs several roles " + roles + "; give each its own");
            }
        });
    }

    /** The bootstrap servers of {@code config} are the given brokers' client addresses. */
    void bootstrap(String where, YaowenConfig config, Set<String> brokers) {
        Set<String> servers = new TreeSet<>();
        config.kafka().bootstrapServers().ifPresent(b -> List.of(b.split(",")).forEach(s -> servers.add(s.trim())));
        if (!servers.equals(new TreeSet<>(brokers))) {
            problem(where, "kafka.bootstrapServers " + servers + " are not the brokers here " + new TreeSet<>(brokers));
        }
        if (config.kafka().replication() != 3) {
            problem(where, "kafka.replication is " + config.kafka().replication() + "; the cluster has 3 brokers and"
                    + " min.insync.replicas 2, so topics need 3 replicas");
        }
    }

    /** The broker settings of a three-broker KRaft cluster with replication 3 and min.insync.replicas 2. */
    void brokerSettings(String where, Map<String, String> env) {
        Map<String, String> required = Map.of("KAFKA_MIN_INSYNC_REPLICAS", "2", "KAFKA_DEFAULT_REPLICATION_FACTOR", "3",
                "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3",
                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2", "KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false",
                "KAFKA_PROCESS_ROLES", "broker,controller");
        required.forEach((k, v) -> {
            if (!v.equals(env.get(k))) {
                problem(where, k + " is " + env.get(k) + ", needs " + v);
            }
        });
        for (String k : List.of("CLUSTER_ID", "KAFKA_CONTROLLER_QUORUM_VOTERS", "KAFKA_LISTENERS", "KAFKA_LOG_DIRS")) {
            if (!env.containsKey(k)) {
                problem(where, "sets no " + k);
            }
        }
    }

    /** An image is the Yaowen image, the Kafka of the build's kafka.version, or another one pinned to a version. */
    void image(String where, String image, boolean yaowen) {
        if (yaowen) {
            return;
        }
        int colon = image.lastIndexOf(':');
        String repository = colon < 0 ? image : image.substring(0, colon);
        String tag = colon < 0 ? "" : image.substring(colon + 1);
        if (repository.equals("apache/kafka") && !image.equals(code.kafkaImage())) {
            problem(where, "runs " + image + "; the build's Kafka clients are " + code.kafkaVersion() + ": use "
                    + code.kafkaImage());
        } else if (!tag.matches("\\d+(\\.\\d+)+(-[a-z0-9.]+)?")) {
            problem(where, "image " + image + " is not pinned to a version");
        }
    }

    // ---------------------------------------------------------------- compose

    /** Checks {@code file}, a compose file, and the configs it mounts. */
    void compose(Path file) {
        String name = code.repo().relativize(file.toAbsolutePath().normalize()).toString();
        JsonNode root = readOne(file);
        topics(read(file), name);
        Path dir = file.toAbsolutePath().getParent();
        JsonNode services = root.path("services");
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        Map<String, YaowenConfig> configs = new LinkedHashMap<>();
        List<String> kafkaServices = new ArrayList<>();
        Map<String, Map<String, String>> kafkaEnv = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = name + ": services." + e.getKey();
            JsonNode s = e.getValue();
            boolean yaowen = s.has("build") || s.path("image").asText().startsWith("yaowen:");
            image(where, s.path("image").asText(), yaowen);
            if (!s.has("restart")) {
                problem(where, "has no restart policy");
            }
            if (!s.has("healthcheck")) {
                problem(where, "has no healthcheck");
            }
            dependsOn(where, s, services);
            namedVolumes(where, s, root.path("volumes"));
            Set<String> secrets = new LinkedHashSet<>();
            for (JsonNode secret : s.path("secrets")) {
                String n = secret.isTextual() ? secret.asText() : secret.path("source").asText();
                secrets.add(n);
                if (!root.path("secrets").has(n)) {
                    problem(where, "uses secret " + n + ", which is not declared under secrets:");
                }
            }
            Map<String, JsonNode> env = env(s.path("environment"));
            for (Map.Entry<String, JsonNode> v : env.entrySet()) {
                if ((v.getKey().startsWith("YAOWEN_") || v.getKey().contains("PASSWORD") && !v.getKey().endsWith("_FILE"))
                        && !ENV_INTERPOLATION.matcher(v.getValue().asText()).matches()) {
                    problem(where, v.getKey() + " is written in the file; take it from the environment (${NAME}) or a"
                            + " secret");
                }
                if (v.getKey().endsWith("_FILE") || v.getKey().equals("PGPASSFILE")) {
                    String path = v.getValue().asText();
                    if (!path.startsWith("/run/secrets/") || !secrets.contains(path.substring("/run/secrets/".length()))) {
                        problem(where, v.getKey() + " " + path + " is not one of its secrets (/run/secrets/NAME)");
                    }
                }
            }
            if (s.path("image").asText().startsWith("apache/kafka:")) {
                kafkaServices.add(e.getKey());
                Map<String, String> text = new LinkedHashMap<>();
                env.forEach((k, v) -> text.put(k, v.asText()));
                kafkaEnv.put(e.getKey(), text);
                brokerSettings(where, text);
            }
            if (!yaowen) {
                continue;
            }
            JsonNode build = s.path("build");
            Path context = dir.resolve(build.path("context").asText(".")).normalize();
            Path dockerfile = context.resolve(build.path("dockerfile").asText("Dockerfile")).normalize();
            if (!dockerfile.equals(code.repo().resolve("deploy/Dockerfile").toAbsolutePath().normalize())
                    || !context.equals(code.repo().toAbsolutePath().normalize())) {
                problem(where, "is not built by deploy/Dockerfile from the repository root (context " + context
                        + ", dockerfile " + dockerfile + ")");
            }
            List<String> args = new ArrayList<>();
            s.path("command").forEach(x -> args.add(x.asText()));
            Set<String> writable = new LinkedHashSet<>();
            Map<String, Path> mounts = new LinkedHashMap<>();
            for (JsonNode v : s.path("volumes")) {
                String[] parts = v.asText().split(":");
                if (parts.length == 1) {
                    writable.add(parts[0]);
                } else if (parts[0].startsWith(".") || parts[0].startsWith("/")) {
                    mounts.put(parts[1], dir.resolve(parts[0]).normalize());
                    if (parts.length < 3 || !parts[2].contains("ro")) {
                        writable.add(parts[1]);
                    }
                } else {
                    writable.add(parts[1]);
                }
            }
            if (seconds(s.path("stop_grace_period").asText("10s")) < STOP_WAIT_SECONDS) {
                problem(where, "stop_grace_period " + s.path("stop_grace_period").asText("10s (the default)") + " is shorter"
                        + " than the " + STOP_WAIT_SECONDS + " s the node takes to close its roles on SIGTERM");
            }
            if (!s.path("read_only").asBoolean(false)) {
                problem(where, "has a writable root file system (read_only: true, with volumes for the data dir)");
            } else if (!tmpWithExec(s.path("tmpfs"))) {
                problem(where, "has no /tmp where native libraries can be loaded: with read_only, give it"
                        + " tmpfs /tmp:exec (RocksDB and DuckDB unpack their libraries to java.io.tmpdir; docker's tmpfs"
                        + " default is noexec)");
            }
            Map<String, String> secretFiles = new LinkedHashMap<>();
            secrets.forEach(n -> secretFiles.put("/run/secrets/" + n, n));
            String configPath = option(args, "--config", "-c").orElse("");
            Path configFile = mounts.get(configPath);
            String configText = configFile != null && Files.isRegularFile(configFile) ? read(configFile) : null;
            String configName = configFile == null ? configPath : code.repo().relativize(configFile).toString();
            Optional<Started> started = yaowen(new Container(where, args, env, configText, configName, writable, secretFiles));
            if (started.isEmpty()) {
                continue;
            }
            roles.put(e.getKey(), started.get().roles());
            YaowenConfig config = started.get().config();
            configs.put(e.getKey(), config);
            composeHealth(where, s.path("healthcheck"), config);
            for (JsonNode p : s.path("ports")) {
                String[] parts = p.asText().split(":");
                int container = Integer.parseInt(parts[parts.length - 1].replaceAll("/.*", ""));
                if (container != config.web().port()) {
                    problem(where, "publishes container port " + container + " but web.port is " + config.web().port());
                }
            }
            if (started.get().roles().contains(Role.WEB) && !s.has("ports")) {
                problem(where, "runs the dashboard but publishes no port");
            }
            boolean needsStore = started.get().roles().contains(Role.SINK) || started.get().roles().contains(Role.WEB);
            if (needsStore && config.store().type() == YaowenConfig.StoreType.POSTGRES
                    && !s.path("depends_on").has("postgres")) {
                problem(where, "uses PostgreSQL but does not depend on the postgres service");
            }
        }
        eachRoleOnce(name, roles);
        kafkaCluster(name, kafkaServices, kafkaEnv);
        Set<String> brokers = new TreeSet<>();
        kafkaEnv.forEach((service, env) -> brokers.add(advertised(env.getOrDefault("KAFKA_ADVERTISED_LISTENERS", ""))));
        configs.forEach((service, config) -> bootstrap(name + ": services." + service, config, brokers));
        configs.keySet().forEach(service -> kafkaServices.forEach(k -> {
            if (!services.path(service).path("depends_on").has(k)) {
                problem(name + ": services." + service, "does not wait for broker " + k);
            }
        }));
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("secrets").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().has("file") && !e.getValue().has("environment")) {
                problem(name + ": secrets." + e.getKey(), "has neither file nor environment");
            }
        }
    }

    private static boolean tmpWithExec(JsonNode tmpfs) {
        List<String> mounts = new ArrayList<>();
        if (tmpfs.isTextual()) {
            mounts.add(tmpfs.asText());
        }
        tmpfs.forEach(t -> mounts.add(t.asText()));
        return mounts.stream().anyMatch(m -> {
            String[] parts = m.split(":", 2);
            return parts[0].equals("/tmp") && parts.length == 2 && List.of(parts[1].split(",")).contains("exec");
        });
    }

    private void composeHealth(String where, JsonNode healthcheck, YaowenConfig config) {
        List<String> test = new ArrayList<>();
        healthcheck.path("test").forEach(x -> test.add(x.asText()));
        Optional<String> url = test.stream().flatMap(t -> Stream.of(t.split("\\s+"))).filter(t -> t.startsWith("http"))
                .findFirst();
        if (url.isEmpty()) {
            problem(where, "its healthcheck " + test + " asks no HTTP health endpoint");
            return;
        }
        URI uri = URI.create(url.get());
        probe(where + ".healthcheck", uri.getPath(), uri.getPort() < 0 ? 80 : uri.getPort(), uri.getHost(), config);
    }

    private void dependsOn(String where, JsonNode service, JsonNode services) {
        JsonNode depends = service.path("depends_on");
        if (depends.isArray()) {
            problem(where, "depends_on lists services without a condition; use {condition: service_healthy}");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = depends.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> d = it.next();
            JsonNode target = services.path(d.getKey());
            if (target.isMissingNode()) {
                problem(where, "depends on " + d.getKey() + ", which is not a service");
            } else if (d.getValue().path("condition").asText().equals("service_healthy") && !target.has("healthcheck")) {
                problem(where, "waits for " + d.getKey() + " to be healthy, but it has no healthcheck");
            } else if (d.getValue().path("condition").isMissingNode()) {
                problem(where, "depends on " + d.getKey() + " without a condition");
            }
        }
    }

    private void namedVolumes(String where, JsonNode service, JsonNode declared) {
        for (JsonNode v : service.path("volumes")) {
            String[] parts = v.asText().split(":");
            if (parts.length > 1 && !parts[0].startsWith(".") && !parts[0].startsWith("/") && !declared.has(parts[0])) {
                problem(where, "mounts volume " + parts[0] + ", which is not declared under volumes:");
            }
        }
    }

    private void kafkaCluster(String where, List<String> services, Map<String, Map<String, String>> env) {
        if (services.size() != 3) {
            problem(where, services.size() + " Kafka brokers; the cluster needs 3 (replication 3, min.insync.replicas 2)");
            return;
        }
        Set<String> voters = new TreeSet<>();
        Set<String> clusterIds = new TreeSet<>();
        Set<String> quorum = new TreeSet<>();
        env.forEach((service, e) -> {
            voters.add(e.getOrDefault("KAFKA_NODE_ID", "?") + "@" + service + ":9093");
            clusterIds.add(e.getOrDefault("CLUSTER_ID", ""));
            quorum.add(e.getOrDefault("KAFKA_CONTROLLER_QUORUM_VOTERS", ""));
        });
        if (clusterIds.size() != 1) {
            problem(where, "the brokers have different CLUSTER_IDs " + clusterIds);
        }
        for (String q : quorum) {
            if (!new TreeSet<>(List.of(q.split(","))).equals(voters)) {
                problem(where, "KAFKA_CONTROLLER_QUORUM_VOTERS " + q + " are not the brokers' node ids and names " + voters);
            }
        }
    }

    private static String advertised(String listeners) {
        for (String l : listeners.split(",")) {
            if (l.startsWith("PLAINTEXT://")) {
                return l.substring("PLAINTEXT://".length());
            }
        }
        return listeners;
    }

    static Map<String, JsonNode> env(JsonNode environment) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        if (environment.isArray()) {
            for (JsonNode x : environment) {
                String[] kv = x.asText().split("=", 2);
                env.put(kv[0], com.fasterxml.jackson.databind.node.TextNode.valueOf(kv.length > 1 ? kv[1] : ""));
            }
        } else {
            environment.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue()));
        }
        return env;
    }

    /** A compose duration like {@code 75s}, {@code 1m30s}, {@code 2m}, in seconds. */
    static long seconds(String duration) {
        Matcher m = Pattern.compile("(\\d+)(h|ms|m|s)").matcher(duration);
        long total = 0;
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total += switch (m.group(2)) {
                case "h" -> n * 3600;
                case "m" -> n * 60;
                case "ms" -> n / 1000;
                default -> n;
            };
        }
        return total;
    }

    static Optional<String> option(List<String> args, String... names) {
        for (int i = 0; i < args.size(); i++) {
            for (String n : names) {
                if (args.get(i).equals(n) && i + 1 < args.size()) {
                    return Optional.of(args.get(i + 1));
                }
                if (args.get(i).startsWith(n + "=")) {
                    return Optional.of(args.get(i).substring(n.length() + 1));
                }
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- Kubernetes

    private static final Map<String, Set<String>> KINDS = Map.of("v1", Set.of("Namespace", "Service", "ConfigMap", "Secret"),
            "apps/v1", Set.of("Deployment", "StatefulSet"), "policy/v1", Set.of("PodDisruptionBudget"));
    private static final String POD_INDEX = "metadata.labels['apps.kubernetes.io/pod-index']";

    /** One manifest: the file it is in and its tree. */
    record Manifest(String file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        String where() {
            return file + ": " + kind() + "/" + name();
        }
    }

    /** Checks the kustomization in {@code dir} and every manifest it lists. */
    void kubernetes(Path dir) {
        Path kustomization = dir.resolve("kustomization.yaml");
        String kName = code.repo().relativize(kustomization.toAbsolutePath().normalize()).toString();
        JsonNode k = readOne(kustomization);
        Set<String> listed = new TreeSet<>();
        k.path("resources").forEach(r -> listed.add(r.asText()));
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                    .forEach(present::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        listed.stream().filter(r -> !present.contains(r)).forEach(r -> problem(kName, "lists " + r + ", which is not there"));
        present.stream().filter(r -> !listed.contains(r)).forEach(r -> problem(kName, "does not list " + r));
        Set<String> imageNames = new TreeSet<>();
        k.path("images").forEach(i -> imageNames.add(i.path("name").asText()));
        List<Manifest> all = new ArrayList<>();
        for (String r : listed) {
            Path file = dir.resolve(r);
            if (Files.isRegularFile(file)) {
                String name = code.repo().relativize(file.toAbsolutePath().normalize()).toString();
                topics(read(file), name);
                readAll(file).forEach(n -> all.add(new Manifest(name, n)));
            }
        }
        Map<String, Manifest> byKindName = new LinkedHashMap<>();
        for (Manifest m : all) {
            if (!KINDS.getOrDefault(m.node().path("apiVersion").asText(), Set.of()).contains(m.kind())) {
                problem(m.where(), "apiVersion " + m.node().path("apiVersion").asText() + " kind " + m.kind()
                        + " is not one these manifests are checked for " + KINDS);
            }
            if (m.name().isEmpty()) {
                problem(m.file(), "a " + m.kind() + " without metadata.name");
            }
            if (byKindName.put(m.kind() + "/" + m.name(), m) != null) {
                problem(m.where(), "is defined twice");
            }
        }
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        Map<String, YaowenConfig> configs = new LinkedHashMap<>();
        Set<String> brokers = new TreeSet<>();
        List<Manifest> workloads = all.stream().filter(m -> Set.of("Deployment", "StatefulSet").contains(m.kind())).toList();
        for (Manifest w : workloads) {
            workload(w, byKindName, imageNames, roles, configs, brokers);
        }
        for (Manifest m : all) {
            if (m.kind().equals("Service")) {
                service(m, workloads);
            } else if (m.kind().equals("PodDisruptionBudget")) {
                JsonNode selector = m.node().path("spec").path("selector").path("matchLabels");
                if (workloads.stream().noneMatch(w -> selects(selector, w))) {
                    problem(m.where(), "selects no workload");
                }
            }
        }
        eachRoleOnce(kName, roles);
        configs.forEach((w, config) -> bootstrap(w, config, brokers));
        if (!imageNames.contains("yaowen")) {
            problem(kName, "has no images entry for yaowen, the image deploy/Dockerfile builds");
        }
    }

    private void workload(Manifest w, Map<String, Manifest> index, Set<String> imageNames, Map<String, Set<Role>> roles,
                          Map<String, YaowenConfig> configs, Set<String> brokers) {
        String where = w.where();
        JsonNode spec = w.node().path("spec");
        JsonNode pod = spec.path("template").path("spec");
        if (!selects(spec.path("selector").path("matchLabels"), w)) {
            problem(where, "its selector does not match its pod labels");
        }
        if (w.kind().equals("StatefulSet") && !index.containsKey("Service/" + spec.path("serviceName").asText())) {
            problem(where, "serviceName " + spec.path("serviceName").asText() + " is not a Service here");
        }
        Map<String, JsonNode> volumes = new LinkedHashMap<>();
        pod.path("volumes").forEach(v -> volumes.put(v.path("name").asText(), v));
        Set<String> claims = new TreeSet<>();
        spec.path("volumeClaimTemplates").forEach(c -> claims.add(c.path("metadata").path("name").asText()));
        volumes.values().forEach(v -> volumeSource(where, v, index));
        JsonNode podSecurity = pod.path("securityContext");
        if (!podSecurity.path("runAsNonRoot").asBoolean(false)) {
            problem(where, "does not set runAsNonRoot: true");
        }
        if (!podSecurity.path("seccompProfile").path("type").asText().equals("RuntimeDefault")) {
            problem(where, "has no RuntimeDefault seccomp profile");
        }
        for (JsonNode c : pod.path("containers")) {
            String cw = where + " container " + c.path("name").asText();
            String image = c.path("image").asText();
            String repository = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
            boolean yaowen = repository.equals("yaowen");
            if (yaowen && !imageNames.contains("yaowen")) {
                problem(cw, "runs " + image + " but kustomization.yaml does not set where that image comes from");
            }
            image(cw, image, yaowen);
            for (String kind : List.of("requests", "limits")) {
                for (String r : List.of("cpu", "memory")) {
                    if (c.path("resources").path(kind).path(r).isMissingNode()) {
                        problem(cw, "has no resources." + kind + "." + r);
                    }
                }
            }
            JsonNode sc = c.path("securityContext");
            if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                problem(cw, "allows privilege escalation");
            }
            if (!sc.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                problem(cw, "does not drop all capabilities");
            }
            Map<String, Integer> ports = new LinkedHashMap<>();
            c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            Map<String, JsonNode> env = new LinkedHashMap<>();
            for (JsonNode e : c.path("env")) {
                String name = e.path("name").asText();
                env.put(name, e.has("value") ? e.path("value") : e.path("valueFrom"));
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                if (!ref.isMissingNode()) {
                    secretKey(cw + " env " + name, ref.path("name").asText(), ref.path("key").asText(), index);
                }
                JsonNode cm = e.path("valueFrom").path("configMapKeyRef");
                if (!cm.isMissingNode() && !index.getOrDefault("ConfigMap/" + cm.path("name").asText(), NONE).node()
                        .path("data").has(cm.path("key").asText())) {
                    problem(cw + " env " + name, "ConfigMap " + cm.path("name").asText() + " has no key " + cm.path("key").asText());
                }
                boolean secretLike = name.startsWith("YAOWEN_") || name.matches(".*(PASSWORD|SECRET|TOKEN).*");
                if (secretLike && e.has("value")) {
                    problem(cw + " env " + name, "is written in the manifest; take it from a Secret (secretKeyRef)");
                }
            }
            Map<String, String> writable = new LinkedHashMap<>();
            Map<String, String> secretFiles = new LinkedHashMap<>();
            String configText = null;
            String configName = null;
            List<String> args = new ArrayList<>();
            c.path("command").forEach(x -> args.add(x.asText()));
            c.path("args").forEach(x -> args.add(x.asText()));
            String configPath = option(args, "--config", "-c").orElse("");
            for (JsonNode m : c.path("volumeMounts")) {
                String vName = m.path("name").asText();
                String path = m.path("mountPath").asText();
                JsonNode v = volumes.get(vName);
                if (v == null && !claims.contains(vName)) {
                    problem(cw, "mounts volume " + vName + ", which the pod does not have");
                    continue;
                }
                if (v == null || v.has("emptyDir") || v.has("persistentVolumeClaim")) {
                    if (!m.path("readOnly").asBoolean(false)) {
                        writable.put(path, v == null ? "claim" : v.has("emptyDir") ? "emptyDir" : "claim");
                    }
                } else if (v.has("configMap")) {
                    JsonNode data = index.getOrDefault("ConfigMap/" + v.path("configMap").path("name").asText(), NONE)
                            .node().path("data");
                    String key = m.has("subPath") ? m.path("subPath").asText()
                            : configPath.startsWith(path + "/") ? configPath.substring(path.length() + 1) : null;
                    boolean holdsConfig = m.has("subPath") ? path.equals(configPath) : key != null;
                    if (holdsConfig && data.has(key)) {
                        configText = data.path(key).asText();
                        configName = index.get("ConfigMap/" + v.path("configMap").path("name").asText()).where()
                                + " key " + key;
                    }
                } else if (v.has("secret")) {
                    JsonNode secret = v.path("secret");
                    if (m.has("subPath")) {
                        secretFiles.put(path, m.path("subPath").asText());
                    } else if (secret.has("items")) {
                        secret.path("items").forEach(i -> secretFiles.put(path + "/" + i.path("path").asText(),
                                i.path("key").asText()));
                    } else {
                        secretKeys(secret.path("secretName").asText(), index).forEach(key -> secretFiles.put(path + "/" + key, key));
                    }
                }
            }
            if (yaowen) {
                if (pod.path("terminationGracePeriodSeconds").asInt(30) < STOP_WAIT_SECONDS) {
                    problem(where, "terminationGracePeriodSeconds " + pod.path("terminationGracePeriodSeconds").asInt(30)
                            + " is shorter than the " + STOP_WAIT_SECONDS + " s the node takes to close its roles on SIGTERM");
                }
                if (podSecurity.path("runAsUser").asInt(-1) != code.imageUid()) {
                    problem(where, "runAsUser is " + podSecurity.path("runAsUser").asText() + " but deploy/Dockerfile's"
                            + " user is " + code.imageUid());
                }
                if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problem(cw, "has a writable root file system (readOnlyRootFilesystem: true, emptyDir for the data"
                            + " dir and /tmp)");
                }
                Optional<Started> started = yaowen(new Container(cw, args, env, configText,
                        configName == null ? configPath : configName, writable.keySet(), secretFiles));
                if (started.isEmpty()) {
                    continue;
                }
                roles.put(where, started.get().roles());
                configs.put(where, started.get().config());
                YaowenConfig config = started.get().config();
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    JsonNode http = c.path(probe).path("httpGet");
                    if (http.isMissingNode()) {
                        if (!probe.equals("startupProbe")) {
                            problem(cw, "has no HTTP " + probe);
                        }
                        continue;
                    }
                    JsonNode port = http.path("port");
                    int number = port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1);
                    if (number < 0) {
                        problem(cw + " " + probe, "port " + port.asText() + " is not a container port " + ports);
                    }
                    String host = POD_IP;
                    for (JsonNode h : http.path("httpHeaders")) {
                        if (h.path("name").asText().equalsIgnoreCase("Host")) {
                            host = h.path("value").asText();
                        }
                    }
                    probe(cw + " " + probe, http.path("path").asText(), number, host, config);
                }
                if (Set.of("127.0.0.1", "localhost", "::1").contains(config.web().bindAddress())) {
                    problem(cw, "web.bindAddress " + config.web().bindAddress() + " cannot be probed by the kubelet");
                }
                if (started.get().roles().contains(Role.PIPELINE)
                        && !"claim".equals(writable.get(config.dataDir().toString()))) {
                    problem(cw, "runs the pipeline with its data dir (its RocksDB state) not on a persistent volume claim");
                }
            } else if (repository.equals("apache/kafka")) {
                kafka(w, env, index, brokers);
            }
        }
    }

    private static final Manifest NONE = new Manifest("", com.fasterxml.jackson.databind.node.MissingNode.getInstance());

    private void kafka(Manifest w, Map<String, JsonNode> env, Map<String, Manifest> index, Set<String> brokers) {
        String where = w.where();
        JsonNode spec = w.node().path("spec");
        int replicas = spec.path("replicas").asInt(1);
        if (!w.kind().equals("StatefulSet") || replicas != 3) {
            problem(where, "Kafka must be a StatefulSet of 3 brokers (replication 3, min.insync.replicas 2)");
            return;
        }
        String service = spec.path("serviceName").asText();
        JsonNode svc = index.getOrDefault("Service/" + service, NONE).node().path("spec");
        if (!svc.path("clusterIP").asText().equals("None") || !svc.path("publishNotReadyAddresses").asBoolean(false)) {
            problem(where, "its Service " + service + " must be headless and publish not-ready addresses, or the"
                    + " controllers cannot find each other at start");
        }
        Map<String, String> text = new LinkedHashMap<>();
        env.forEach((k, v) -> text.put(k, v.isValueNode() ? v.asText() : v.toString()));
        brokerSettings(where, text);
        if (!env.getOrDefault("KAFKA_NODE_ID", NONE.node()).path("fieldRef").path("fieldPath").asText().equals(POD_INDEX)) {
            problem(where, "KAFKA_NODE_ID must come from the pod index (" + POD_INDEX + ")");
        }
        Set<String> voters = new TreeSet<>();
        String sts = w.name();
        for (int i = 0; i < replicas; i++) {
            voters.add(i + "@" + sts + "-" + i + "." + service + ":9093");
            brokers.add(sts + "-" + i + "." + service + ":9092");
        }
        String quorum = text.getOrDefault("KAFKA_CONTROLLER_QUORUM_VOTERS", "");
        if (!new TreeSet<>(List.of(quorum.split(","))).equals(voters)) {
            problem(where, "KAFKA_CONTROLLER_QUORUM_VOTERS " + quorum + " are not the pods " + voters);
        }
        if (!text.getOrDefault("KAFKA_ADVERTISED_LISTENERS", "").equals("PLAINTEXT://$(POD_NAME)." + service + ":9092")
                || !env.getOrDefault("POD_NAME", NONE.node()).path("fieldRef").path("fieldPath").asText().equals("metadata.name")) {
            problem(where, "KAFKA_ADVERTISED_LISTENERS must name each pod: PLAINTEXT://$(POD_NAME)." + service + ":9092");
        }
    }

    private void service(Manifest s, List<Manifest> workloads) {
        JsonNode selector = s.node().path("spec").path("selector");
        List<Manifest> selected = workloads.stream().filter(w -> selects(selector, w)).toList();
        if (selected.isEmpty()) {
            problem(s.where(), "selects no workload");
            return;
        }
        for (JsonNode port : s.node().path("spec").path("ports")) {
            JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
            for (Manifest w : selected) {
                boolean found = false;
                for (JsonNode c : w.node().path("spec").path("template").path("spec").path("containers")) {
                    for (JsonNode p : c.path("ports")) {
                        found |= target.isInt() ? p.path("containerPort").asInt() == target.asInt()
                                : p.path("name").asText().equals(target.asText());
                    }
                }
                if (!found) {
                    problem(s.where(), "targetPort " + target.asText() + " is not a port of " + w.where());
                }
            }
        }
    }

    private static boolean selects(JsonNode selector, Manifest w) {
        JsonNode labels = w.node().path("spec").path("template").path("metadata").path("labels");
        if (!selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!labels.path(e.getKey()).asText().equals(e.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private void volumeSource(String where, JsonNode v, Map<String, Manifest> index) {
        if (v.has("configMap") && !index.containsKey("ConfigMap/" + v.path("configMap").path("name").asText())) {
            problem(where, "volume " + v.path("name").asText() + ": no ConfigMap " + v.path("configMap").path("name").asText());
        }
        if (v.has("secret")) {
            String secret = v.path("secret").path("secretName").asText();
            if (!index.containsKey("Secret/" + secret)) {
                problem(where, "volume " + v.path("name").asText() + ": no Secret " + secret);
            }
            v.path("secret").path("items").forEach(i -> secretKey(where + " volume " + v.path("name").asText(), secret,
                    i.path("key").asText(), index));
        }
    }

    private void secretKey(String where, String secret, String key, Map<String, Manifest> index) {
        if (!index.containsKey("Secret/" + secret)) {
            problem(where, "refers to Secret " + secret + ", which is not in the manifests");
        } else if (!secretKeys(secret, index).contains(key)) {
            problem(where, "Secret " + secret + " has no key " + key);
        }
    }

    private static Set<String> secretKeys(String secret, Map<String, Manifest> index) {
        Set<String> keys = new TreeSet<>();
        JsonNode s = index.getOrDefault("Secret/" + secret, NONE).node();
        s.path("data").fieldNames().forEachRemaining(keys::add);
        s.path("stringData").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    // ---------------------------------------------------------------- image build

    /**
     * Checks deploy/Dockerfile: a numeric non-root user, the web port exposed, a health check on a served path, the
     * main class and the jar the cli module builds.
     */
    void dockerfile(Path file) {
        String name = code.repo().relativize(file.toAbsolutePath().normalize()).toString();
        String text = read(file).replace("\\\n", " ");
        String last = text.substring(text.lastIndexOf("\nFROM "));
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(last);
        if (!user.find() || !user.group(1).matches("\\d+(:\\d+)?") || user.group(1).startsWith("0")) {
            problem(name, "the image's USER must be a numeric uid other than 0 (Kubernetes verifies runAsNonRoot by it)");
        }
        YaowenConfig defaults = ConfigLoader.parse("", "defaults");
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(.+)$").matcher(last);
        if (!expose.find() || !List.of(expose.group(1).trim().split("\\s+")).contains(String.valueOf(defaults.web().port()))) {
            problem(name, "does not EXPOSE web.port's default " + defaults.web().port());
        }
        Matcher health = Pattern.compile("(?m)^HEALTHCHECK.*?(http://\\S+)").matcher(last);
        if (!health.find()) {
            problem(name, "has no HEALTHCHECK on a health endpoint");
        } else {
            URI uri = URI.create(health.group(1));
            probe(name + " HEALTHCHECK", uri.getPath(), uri.getPort(), uri.getHost(), defaults);
        }
        Matcher entry = Pattern.compile("(?m)^ENTRYPOINT\\s+(\\[.*])").matcher(last);
        if (!entry.find()) {
            problem(name, "has no ENTRYPOINT");
        } else {
            List<String> words = new ArrayList<>();
            try {
                YAML.readTree(entry.group(1)).forEach(x -> words.add(x.asText()));
                Class.forName(words.get(words.size() - 1)).getMethod("main", String[].class);
            } catch (IOException | ReflectiveOperationException e) {
                problem(name, "ENTRYPOINT " + words + " does not end in a class with main: " + e);
            }
        }
        Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(read(code.repo().resolve("modules/cli/pom.xml")));
        String jar = finalName.find() ? "/src/modules/cli/target/" + finalName.group(1) + ".jar" : "?";
        if (!last.contains("COPY --from=build " + jar + " ") || !last.contains("COPY --from=build /src/modules/cli/target/lib ")) {
            problem(name, "does not copy what the cli module builds: " + jar + " and target/lib");
        }
    }

    /**
     * Checks a .dockerignore: nothing the image's build reads (pom.xml files, modules/ outside target/, schemas/) is
     * left out of the context, and build output, git, local data and secrets are.
     */
    void dockerignore(Path file, List<String> mustExclude) {
        String name = code.repo().relativize(file.toAbsolutePath().normalize()).toString();
        List<String> patterns = read(file).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> needed = new ArrayList<>();
        Path repo = code.repo().toAbsolutePath().normalize();
        needed.add("pom.xml");
        for (String top : List.of("modules", "schemas")) {
            try (Stream<Path> walk = Files.walk(repo.resolve(top))) {
                walk.filter(Files::isRegularFile).map(p -> repo.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.contains("/target/")).forEach(needed::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> cut = needed.stream().filter(p -> excluded(p, patterns)).toList();
        if (!cut.isEmpty()) {
            problem(name, "leaves out " + cut.size() + " file(s) the image's build needs, e.g. " + cut.subList(0, Math.min(3, cut.size())));
        }
        mustExclude.stream().filter(p -> !excluded(p, patterns)).forEach(p -> problem(name, "does not leave out " + p));
    }

    /** Whether Docker leaves {@code path} out of the context: the last pattern matching it or a parent decides. */
    static boolean excluded(String path, List<String> patterns) {
        boolean out = false;
        for (String raw : patterns) {
            boolean negated = raw.startsWith("!");
            String pattern = (negated ? raw.substring(1) : raw).strip();
            while (pattern.startsWith("/")) {
                pattern = pattern.substring(1);
            }
            while (pattern.endsWith("/")) {
                pattern = pattern.substring(0, pattern.length() - 1);
            }
            Pattern regex = Pattern.compile(glob(pattern));
            String p = path;
            boolean matches = false;
            while (true) {
                if (regex.matcher(p).matches()) {
                    matches = true;
                    break;
                }
                int slash = p.lastIndexOf('/');
                if (slash < 0) {
                    break;
                }
                p = p.substring(0, slash);
            }
            if (matches) {
                out = !negated;
            }
        }
        return out;
    }

    private static String glob(String pattern) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                boolean slash = i + 2 < pattern.length() && pattern.charAt(i + 2) == '/';
                re.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (ch == '*') {
                re.append("[^/]*");
            } else if (ch == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return re.toString();
    }

    // ---------------------------------------------------------------- io

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readOne(Path file) {
        try {
            return YAML.readTree(read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("not valid YAML: " + file, e);
        }
    }

    static List<JsonNode> readAll(Path file) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(read(file))) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not valid YAML: " + file, e);
        }
        return docs;
    }
}
