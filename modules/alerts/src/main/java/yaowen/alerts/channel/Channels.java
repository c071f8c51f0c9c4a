package yaowen.alerts.channel;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import yaowen.alerts.AlertDispatcher;
import yaowen.alerts.ConsoleDispatcher;
import yaowen.settings.InvalidSettingsException;
import yaowen.settings.Setting;
import yaowen.settings.Types;
import yaowen.settings.Values;

/**
 * Builds a channel's {@link AlertDispatcher} from its settings ({@link ChannelKeys}), and says which keys
 * each type needs ({@link #problems}). Environment references ({@code ${ENV:NAME}}) are resolved when the
 * channel is built, so a missing variable stops the start with its name, never a value.
 */
public final class Channels {
    private static final Set<Setting<?>> ALWAYS = Set.of(ChannelKeys.NAME, ChannelKeys.TYPE);
    private static final List<Setting<?>> SMTP = List.of(ChannelKeys.SMTP_HOST, ChannelKeys.SMTP_PORT,
            ChannelKeys.SMTP_USER, ChannelKeys.SMTP_PASSWORD, ChannelKeys.SMTP_FROM, ChannelKeys.SMTP_TO,
            ChannelKeys.SMTP_STARTTLS, ChannelKeys.SMTP_TRUST, ChannelKeys.TIMEOUT);
    private static final List<Setting<?>> ROBOT = List.of(ChannelKeys.URL, ChannelKeys.TIMEOUT);
    private static final List<Setting<?>> SIGNED = List.of(ChannelKeys.URL, ChannelKeys.SECRET, ChannelKeys.TIMEOUT);
    /** The keys each type may be given besides name and type. */
    private static final Map<ChannelType, List<Setting<?>>> ALLOWED = Map.of(
            ChannelType.CONSOLE, List.of(),
            ChannelType.WEBHOOK, SIGNED,
            ChannelType.WECOM, ROBOT,
            ChannelType.DINGTALK, SIGNED,
            ChannelType.FEISHU, SIGNED,
            ChannelType.EMAIL, SMTP);
    private static final Set<ChannelType> NEED_URL = EnumSet.of(ChannelType.WEBHOOK, ChannelType.WECOM,
            ChannelType.DINGTALK, ChannelType.FEISHU);

    private Channels() {
    }

    /**
     * What is wrong with {@code values} for a channel of {@code type}: a missing key it needs, or a key it
     * does not use (named with the keys it does). Empty when fine. Pure: environment references are not looked up.
     */
    public static List<InvalidSettingsException.Problem> problems(ChannelType type, Values values) {
        List<InvalidSettingsException.Problem> problems = new ArrayList<>();
        List<Setting<?>> allowed = ALLOWED.get(type);
        for (Setting<?> s : ChannelKeys.ALL) {
            if (!ALWAYS.contains(s) && !allowed.contains(s) && values.given(s).isPresent()) {
                problems.add(new InvalidSettingsException.Problem(s.name(), "is not used by a " + lower(type)
                        + " channel" + (allowed.isEmpty() ? "" : " (it uses " + String.join(", ",
                        allowed.stream().map(Setting::name).toList()) + ")")));
            }
        }
        List<Setting<?>> needed = NEED_URL.contains(type) ? List.of(ChannelKeys.URL)
                : type == ChannelType.EMAIL ? List.of(ChannelKeys.SMTP_HOST, ChannelKeys.SMTP_FROM, ChannelKeys.SMTP_TO)
                : List.of();
        for (Setting<?> s : needed) {
            if (values.given(s).isEmpty()) {
                problems.add(new InvalidSettingsException.Problem(s.name(), "is needed by a " + lower(type) + " channel"));
            }
        }
        if (type == ChannelType.EMAIL && values.given(ChannelKeys.SMTP_TO).map(List::isEmpty).orElse(false)) {
            problems.add(new InvalidSettingsException.Problem(ChannelKeys.SMTP_TO.name(), "names no recipient"));
        }
        if (type == ChannelType.EMAIL && values.given(ChannelKeys.SMTP_PASSWORD).isPresent()
                && values.given(ChannelKeys.SMTP_USER).isEmpty()) {
            problems.add(new InvalidSettingsException.Problem(ChannelKeys.SMTP_PASSWORD.name(),
                    "is given without smtp.user", List.of(ChannelKeys.SMTP_USER.name())));
        }
        return problems;
    }

    /**
     * The environment variables {@code spec}'s values refer to ({@code ${ENV:NAME}}) that {@code env} does not
     * set, in order: building the channel would fail on the first. Pure, given the lookup.
     */
    public static List<String> unsetVariables(ChannelSpec spec, UnaryOperator<String> env) {
        List<String> unset = new ArrayList<>();
        for (Setting<String> key : List.of(ChannelKeys.URL, ChannelKeys.SECRET, ChannelKeys.SMTP_PASSWORD)) {
            spec.values().given(key).ifPresent(v -> Secrets.references(v).stream()
                    .filter(n -> env.apply(n) == null || env.apply(n).isEmpty()).filter(n -> !unset.contains(n))
                    .forEach(unset::add));
        }
        return unset;
    }

    /** The dispatcher for {@code spec}, reading environment variables and the system clock; a console prints to {@code console}. */
    public static AlertDispatcher create(ChannelSpec spec, PrintStream console) {
        return create(spec.name(), spec.type(), spec.values(), System::getenv, Clock.systemUTC(), console);
    }

    /** The dispatcher of channel {@code name}, reading environment variables and the system clock. */
    public static AlertDispatcher create(String name, ChannelType type, Values values) {
        return create(name, type, values, System::getenv, Clock.systemUTC());
    }

    /**
     * The dispatcher of channel {@code name}.
     *
     * @param env   looks up an environment variable (null when not set)
     * @param clock the time robots sign with
     * @throws IllegalArgumentException naming the channel and key (never a secret) when the values do not
     *                                  make a channel of {@code type}, or a referenced variable is not set
     */
    public static AlertDispatcher create(String name, ChannelType type, Values values, UnaryOperator<String> env, Clock clock) {
        return create(name, type, values, env, clock, System.out);
    }

    /** As {@link #create(String, ChannelType, Values, UnaryOperator, Clock)}; a console channel prints to {@code console}. */
    public static AlertDispatcher create(String name, ChannelType type, Values values, UnaryOperator<String> env, Clock clock,
                                         PrintStream console) {
        List<InvalidSettingsException.Problem> problems = problems(type, values);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException("channel " + name, problems);
        }
        Duration timeout = values.get(ChannelKeys.TIMEOUT);
        return switch (type) {
            case CONSOLE -> new NamedConsole(name, new ConsoleDispatcher(console));
            case WEBHOOK -> new WebhookDispatcher(name, new ChannelHttp(timeout), url(name, values, env),
                    secret(name, ChannelKeys.SECRET, values, env), clock);
            case WECOM -> new WeComDispatcher(name, new ChannelHttp(timeout), url(name, values, env), clock);
            case DINGTALK -> new DingTalkDispatcher(name, new ChannelHttp(timeout), url(name, values, env),
                    secret(name, ChannelKeys.SECRET, values, env), clock);
            case FEISHU -> new FeishuDispatcher(name, new ChannelHttp(timeout), url(name, values, env),
                    secret(name, ChannelKeys.SECRET, values, env), clock);
            case EMAIL -> new EmailDispatcher(name, new EmailDispatcher.Smtp(values.get(ChannelKeys.SMTP_HOST).trim(),
                    values.get(ChannelKeys.SMTP_PORT), values.given(ChannelKeys.SMTP_USER).map(String::trim),
                    secret(name, ChannelKeys.SMTP_PASSWORD, values, env), values.get(ChannelKeys.SMTP_FROM).trim(),
                    values.get(ChannelKeys.SMTP_TO), values.get(ChannelKeys.SMTP_STARTTLS),
                    values.given(ChannelKeys.SMTP_TRUST), timeout), clock);
        };
    }

    private static URI url(String name, Values values, UnaryOperator<String> env) {
        String text = resolved(name, ChannelKeys.URL, values.get(ChannelKeys.URL).trim(), env);
        try {
            URI uri = new URI(text);
            if (Types.isHttpUrl(uri)) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, without the text: it may hold a key
        }
        throw new IllegalArgumentException("channel " + name + ": url is not an http(s) URL once its ${ENV:…} parts"
                + " are filled in");
    }

    private static Optional<String> secret(String name, Setting<String> key, Values values, UnaryOperator<String> env) {
        return values.given(key).map(v -> resolved(name, key, v, env));
    }

    private static String resolved(String name, Setting<String> key, String value, UnaryOperator<String> env) {
        try {
            return Secrets.resolve(value, env);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("channel " + name + ": " + key.name() + ": " + e.getMessage(), e);
        }
    }

    private static String lower(ChannelType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The console, under the channel's own name. */
    private static final class NamedConsole implements AlertDispatcher {
        private final String name;
        private final ConsoleDispatcher console;

        NamedConsole(String name, ConsoleDispatcher console) {
            this.name = name;
            this.console = console;
        }

        @Override
        public void dispatch(yaowen.records.MeetingAlert alert) {
            console.dispatch(alert);
        }

        @Override
        public String name() {
            return name;
        }
    }
}
