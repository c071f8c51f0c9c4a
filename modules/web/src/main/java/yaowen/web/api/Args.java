package yaowen.web.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request's query parameters, validated against an endpoint's {@link Param}s: {@link #parse} refuses an
 * unknown parameter, a single-valued one given twice, a malformed value, an unknown code or a missing required
 * one, or a value longer than {@link Param#maxLength()}, with an {@link ApiError} naming it; a message repeats at
 * most {@value Http#SHOWN} characters of what the client sent. An empty value ({@code from=}) counts as not given.
 * Immutable.
 */
public final class Args {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Codes listed in a message before it says "…". */
    private static final int LISTED = 12;
    private final Map<String, Object> values;

    private Args(Map<String, Object> values) {
        this.values = values;
    }

    /** {@code rawQuery} (as sent, percent-encoded; null for none) checked against {@code params}. */
    public static Args parse(List<Param> params, String rawQuery) {
        Map<String, Param> byName = new LinkedHashMap<>();
        params.forEach(p -> byName.put(p.name(), p));
        Map<String, List<String>> given = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq), null);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
                if (!byName.containsKey(name)) {
                    String allowed = String.join(", ", byName.keySet());
                    throw ApiError.badParameter(Http.shown(name), "未知参数 " + Http.shown(name) + "（可用："
                            + (allowed.isEmpty() ? "无" : allowed) + "）", "unknown parameter " + Http.shown(name)
                            + " (allowed: " + (allowed.isEmpty() ? "none" : allowed) + ")");
                }
                given.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Param p : params) {
            List<String> raw = given.getOrDefault(p.name(), List.of()).stream().filter(v -> !v.isEmpty()).toList();
            if (raw.size() > 1 && !p.repeatable()) {
                throw ApiError.badParameter(p.name(), "参数 " + p.name() + " 只能给一次",
                        "parameter " + p.name() + " may be given once only");
            }
            if (raw.isEmpty() && p.defaultValue() != null) {
                raw = List.of(p.defaultValue());
            }
            if (raw.isEmpty()) {
                if (p.required()) {
                    throw ApiError.badParameter(p.name(), "缺少参数 " + p.name() + "（" + p.zh() + "）",
                            "missing parameter " + p.name() + " (" + p.en() + ")");
                }
                continue;
            }
            values.put(p.name(), value(p, raw));
        }
        return new Args(values);
    }

    private static Object value(Param p, List<String> raw) {
        String given = raw.get(0);
        if (p.maxLength() != null && given.length() > p.maxLength()) {
            throw ApiError.badParameter(p.name(), "参数 " + p.name() + " 太长（最多 " + p.maxLength() + " 个字符）",
                    "parameter " + p.name() + " is too long (" + p.maxLength() + " characters at most)");
        }
        String shown = Http.shown(given); // as a message repeats it
        return switch (p.type()) {
            case STRING -> {
                if (p.pattern() != null && !given.matches(p.pattern())) {
                    throw ApiError.badParameter(p.name(), "参数 " + p.name() + " 的值 " + shown + " 格式不对（" + p.zh() + "）",
                            "parameter " + p.name() + ": malformed value " + shown + " (" + p.en() + ")");
                }
                yield given;
            }
            case CURSOR -> given;
            case CODE -> code(p, given);
            case CODES -> {
                LinkedHashSet<String> codes = new LinkedHashSet<>();
                for (String each : raw) {
                    for (String c : each.split(",")) {
                        if (!c.isBlank()) {
                            codes.add(code(p, c.strip()));
                        }
                    }
                }
                yield List.copyOf(codes);
            }
            case INT -> {
                int n;
                try {
                    n = Integer.parseInt(given);
                } catch (NumberFormatException e) {
                    throw ApiError.badParameter(p.name(), "参数 " + p.name() + " 应为整数，而不是 " + shown,
                            "parameter " + p.name() + " must be a whole number, not " + shown);
                }
                if (p.min() != null && n < p.min() || p.max() != null && n > p.max()) {
                    String range = (p.min() == null ? "" : p.min()) + "–" + (p.max() == null ? "" : p.max());
                    throw ApiError.badParameter(p.name(), "参数 " + p.name() + " 应在 " + range + " 之间：" + shown,
                            "parameter " + p.name() + " must be within " + range + ": " + shown);
                }
                yield n;
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(given, ISO_DATE);
                } catch (DateTimeParseException e) {
                    throw ApiError.badParameter(p.name(), "参数 " + p.name() + " 应为日期（如 2025-01-27），而不是 " + shown,
                            "parameter " + p.name() + " must be an ISO date (e.g. 2025-01-27), not " + shown);
                }
            }
            case BOOLEAN -> switch (given) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw ApiError.badParameter(p.name(), "参数 " + p.name() + " 应为 true 或 false，而不是 " + shown,
                        "parameter " + p.name() + " must be true or false, not " + shown);
            };
        };
    }

    private static String code(Param p, String v) {
        if (!p.values().contains(v)) {
            String allowed = p.values().stream().limit(LISTED).collect(Collectors.joining(", "))
                    + (p.values().size() > LISTED ? ", …" : "");
            throw ApiError.badParameter(p.name(), "参数 " + p.name() + " 的值 " + Http.shown(v) + " 未知（可用：" + allowed + "）",
                    "parameter " + p.name() + ": unknown value " + Http.shown(v) + " (allowed: " + allowed + ")");
        }
        return v;
    }

    /** Decodes {@code %XX} as UTF-8 and {@code +} as a space, as a form or URLSearchParams encodes. */
    static String decode(String raw, String parameter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    String which = parameter == null ? "" : Http.shown(parameter) + " ";
                    throw ApiError.badParameter(Http.shown(parameter), (parameter == null ? "参数" : "参数 " + which)
                            + "编码有误：" + Http.shown(raw), "parameter " + which + "malformed percent-encoding: " + Http.shown(raw));
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Whether {@code name} was given (or has a default). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A STRING, CODE or CURSOR value; null when not given. */
    public String string(String name) {
        return (String) values.get(name);
    }

    /** A CODES value; empty when not given. */
    @SuppressWarnings("unchecked")
    public List<String> codes(String name) {
        return (List<String>) values.getOrDefault(name, List.of());
    }

    /** An INT value; null when not given. */
    public Integer integer(String name) {
        return (Integer) values.get(name);
    }

    /** A DATE value; null when not given. */
    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    /** A BOOLEAN value; null when not given. */
    public Boolean bool(String name) {
        return (Boolean) values.get(name);
    }
}
