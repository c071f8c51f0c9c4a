package yaowen.cli.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import yaowen.settings.Setting;
import yaowen.settings.Types;

/**
 * Writes {@code deploy/yaowen.reference.yaml} from the setting definitions: each key with its reason, what a
 * valid value is, and its default (or, for a key without one, a commented example). The site list holds one
 * example site. A test keeps the committed file equal to {@link #render()}.
 */
public final class ReferenceYaml {
    private static final int WIDTH = 110;
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_./@-][\\p{L}\\p{N}_./@:-]*");
    private static final Pattern LOOKS_TYPED = Pattern.compile("[-+]?[0-9][0-9._:]*|true|false|null|yes|no|on|off|~",
            Pattern.CASE_INSENSITIVE);

    private ReferenceYaml() {
    }

    /** The reference file's text. */
    public static String render() {
        StringBuilder out = new StringBuilder();
        comment(out, "", "Yaowen node configuration: every key, its default and why. Written from the definitions in"
                + " the code (yaowen.cli.config.NodeKeys, yaowen.crawler.CrawlerKeys and SiteKeys,"
                + " yaowen.pipeline.PipelineKeys) by `./yaowen config reference`; a test fails when this file and"
                + " the definitions differ, so edit the definitions, not this file.");
        comment(out, "", "Copy what you change into your own file, check it with `./yaowen config check your.yaml`"
                + " and run `./yaowen run --config your.yaml`. Unknown keys and malformed values stop the start with"
                + " one line per problem naming the key. Durations are written 500ms, 1s, 5m or 1h.");
        for (ConfigLayout.Section section : ConfigLayout.ALL) {
            out.append('\n');
            String indent = "  ".repeat(section.depth());
            if (!section.doc().isEmpty()) {
                comment(out, indent, section.doc());
            }
            switch (section.kind()) {
                case TOP -> settings(out, "", section.settings(), false);
                case MAP -> {
                    out.append(indent).append(section.leaf()).append(":\n");
                    settings(out, indent + "  ", section.settings(), false);
                }
                case LIST -> {
                    StringBuilder item = new StringBuilder();
                    settings(item, "    ", section.settings(), true);
                    String list = section.leaf() + ":\n" + firstKeyAsListItem(item.toString());
                    if (section.depth() == 0) {
                        out.append(list);
                    } else { // a nested list (alerts.rules) is an example to copy: giving one changes the default
                        list.lines().forEach(line -> out.append(indent).append("# ").append(line).append('\n'));
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Every key as a Markdown table (key, default, value, where defined) for the architecture notes; a key
     * of a site is written {@code sites[].id}.
     */
    public static String table() {
        StringBuilder out = new StringBuilder("| key | default | value | defined in |\n|---|---|---|---|\n");
        for (ConfigLayout.Section section : ConfigLayout.ALL) {
            String prefix = section.name().isEmpty() ? ""
                    : section.name() + (section.kind() == ConfigLayout.Kind.LIST ? "[]." : ".");
            for (Setting<?> s : section.settings()) {
                out.append("| `").append(prefix).append(s.name()).append("` | ").append(defaultText(s)).append(" | ")
                        .append(s.describe().replace("|", "\\|")).append(" | `")
                        .append(section.definedIn().getSimpleName()).append('.').append(constantName(section, s))
                        .append("` |\n");
            }
        }
        return out.toString();
    }

    private static <T> String defaultText(Setting<T> s) {
        return s.defaultValue().map(v -> "`" + s.format(v) + "`").orElse(s.isRequired() ? "required" : "not set");
    }

    /** The name of the constant holding {@code s} in the section's defining class. */
    private static String constantName(ConfigLayout.Section section, Setting<?> s) {
        for (java.lang.reflect.Field f : section.definedIn().getFields()) {
            try {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.get(null) == s) {
                    return f.getName();
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(s.name() + " is not a constant of " + section.definedIn().getName());
    }

    /** Turns the first key line of an item ({@code "    id: x"}) into a list entry ({@code "  - id: x"}). */
    private static String firstKeyAsListItem(String item) {
        List<String> lines = new ArrayList<>(item.lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.stripLeading().startsWith("#")) {
                lines.set(i, "  - " + line.substring(4));
                break;
            }
            lines.set(i, line.substring(2));
        }
        return String.join("\n", lines) + "\n";
    }

    /** Settings at {@code indent}; consecutive dotted names sharing their first part become one nested mapping. */
    private static void settings(StringBuilder out, String indent, List<Setting<?>> settings, boolean examplesLive) {
        String open = null;
        for (Setting<?> s : settings) {
            String[] parts = s.name().split("\\.", 2);
            String inner = indent;
            if (parts.length == 2) {
                if (!parts[0].equals(open)) {
                    out.append(indent).append(parts[0]).append(":\n");
                    open = parts[0];
                }
                inner = indent + "  ";
            } else {
                open = null;
            }
            setting(out, inner, parts[parts.length - 1], s, examplesLive);
        }
    }

    private static <T> void setting(StringBuilder out, String indent, String key, Setting<T> s, boolean examplesLive) {
        comment(out, indent, s.doc());
        comment(out, indent, "Value: " + s.describe() + ".");
        if (s.defaultValue().isPresent()) {
            value(out, indent, key, s, s.format(s.defaultValue().get()));
            return;
        }
        String example = s.example().orElseThrow(() -> new IllegalStateException(
                "setting " + s.name() + " has neither a default nor an example for the reference file"));
        value(out, examplesLive ? indent : indent + "# ", key, s, example);
    }

    private static void value(StringBuilder out, String indent, String key, Setting<?> s, String text) {
        if (s.type() instanceof Types.ListType<?> && text.startsWith("[")) { // a default list, e.g. [] (none)
            out.append(indent).append(key).append(": ").append(text).append('\n');
            return;
        }
        if (s.type() instanceof Types.MapType) { // its default, e.g. {} (none)
            out.append(indent).append(key).append(": ").append(text).append('\n');
            return;
        }
        if (s.type() instanceof Types.ListType<?>) { // an example: one item
            out.append(indent).append(key).append(":\n").append(indent).append("  - ").append(scalar(text, true)).append('\n');
            return;
        }
        boolean textual = s.type() != Types.INTEGER && s.type() != Types.BOOLEAN && s.type() != Types.DURATION_TYPE;
        out.append(indent).append(key).append(": ").append(scalar(text, textual)).append('\n');
    }

    /** {@code text} as a YAML scalar: plain when that reads back as the same text, else double-quoted. */
    static String scalar(String text, boolean textual) {
        boolean plain = PLAIN.matcher(text).matches() && !text.endsWith(":") && !(textual && LOOKS_TYPED.matcher(text).matches());
        return plain ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code text} as comment lines at {@code indent}, wrapped at {@value #WIDTH} columns. */
    private static void comment(StringBuilder out, String indent, String text) {
        StringBuilder line = new StringBuilder(indent).append('#');
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > WIDTH && line.length() > indent.length() + 1) {
                out.append(line).append('\n');
                line = new StringBuilder(indent).append('#');
            }
            line.append(' ').append(word);
        }
        out.append(line).append('\n');
    }
}
