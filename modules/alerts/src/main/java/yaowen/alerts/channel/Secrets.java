package yaowen.alerts.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets in channel settings come from the config file or from environment variables: anywhere in a
 * value, {@code ${ENV:NAME}} stands for the environment variable {@code NAME}, e.g.
 * {@code url: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${ENV:YAOWEN_WECOM_KEY}} or
 * {@code secret: ${ENV:YAOWEN_DINGTALK_SECRET}}. Nothing else is substituted. Pure, given the lookup.
 */
public final class Secrets {
    /** {@code ${ENV:NAME}}: NAME is letters, digits and underscores. */
    public static final Pattern REFERENCE = Pattern.compile("\\$\\{ENV:([A-Za-z_][A-Za-z0-9_]*)}");

    private Secrets() {
    }

    /**
     * {@code value} with every {@code ${ENV:NAME}} replaced by {@code env.apply(NAME)}.
     *
     * @throws IllegalArgumentException naming the variable (never a value) when one is not set or empty
     */
    public static String resolve(String value, UnaryOperator<String> env) {
        Objects.requireNonNull(value, "value");
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = env.apply(m.group(1));
            if (found == null || found.isEmpty()) {
                throw new IllegalArgumentException("environment variable " + m.group(1) + " is not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(found));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The variable names {@code value} refers to. */
    public static List<String> references(String value) {
        List<String> names = new ArrayList<>();
        Matcher m = REFERENCE.matcher(value);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** {@code value} with each reference replaced by {@code stand}: for checking a value's shape at load time. */
    static String withPlaceholders(String value, String stand) {
        return REFERENCE.matcher(value).replaceAll(Matcher.quoteReplacement(stand));
    }
}
