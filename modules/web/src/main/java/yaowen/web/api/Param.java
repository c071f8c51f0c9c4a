package yaowen.web.api;

import java.util.List;
import java.util.Objects;

/**
 * One query parameter of an endpoint, declared once: the server validates requests with it and
 * {@code /openapi.json} is written from it. Immutable; the {@code with…} methods return copies.
 *
 * @param values  the allowed codes of a {@link Type#CODE} or {@link Type#CODES}; empty for other types
 * @param min     the least value of an {@link Type#INT}, null for none
 * @param max     the greatest value of an {@link Type#INT}, null for none
 * @param pattern a regular expression a {@link Type#STRING} must match whole, null for any
 */
public record Param(String name, Type type, boolean required, String defaultValue, List<String> values,
                    Integer min, Integer max, String pattern, String zh, String en) {
    /** What a parameter's values are. */
    public enum Type {
        /** Free text. */
        STRING,
        /** One code of {@link #values}. */
        CODE,
        /** Codes of {@link #values}: repeatable and comma-separated. */
        CODES,
        /** A whole number. */
        INT,
        /** An ISO date, {@code 2025-01-27}. */
        DATE,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** The opaque {@code next} of a previous page. */
        CURSOR
    }

    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        values = List.copyOf(values);
        if ((type == Type.CODE || type == Type.CODES) == values.isEmpty()) {
            throw new IllegalArgumentException(name + ": codes are given for CODE and CODES parameters only");
        }
    }

    public static Param string(String name, String zh, String en) {
        return new Param(name, Type.STRING, false, null, List.of(), null, null, null, zh, en);
    }

    public static Param code(String name, List<String> values, String zh, String en) {
        return new Param(name, Type.CODE, false, null, values, null, null, null, zh, en);
    }

    public static Param codes(String name, List<String> values, String zh, String en) {
        return new Param(name, Type.CODES, false, null, values, null, null, null, zh, en);
    }

    public static Param integer(String name, Integer min, Integer max, String zh, String en) {
        return new Param(name, Type.INT, false, null, List.of(), min, max, null, zh, en);
    }

    public static Param date(String name, String zh, String en) {
        return new Param(name, Type.DATE, false, null, List.of(), null, null, null, zh, en);
    }

    public static Param bool(String name, String zh, String en) {
        return new Param(name, Type.BOOLEAN, false, null, List.of(), null, null, null, zh, en);
    }

    public static Param cursor(String name, String zh, String en) {
        return new Param(name, Type.CURSOR, false, null, List.of(), null, null, null, zh, en);
    }

    /** This parameter, required. */
    public Param asRequired() {
        return new Param(name, type, true, defaultValue, values, min, max, pattern, zh, en);
    }

    /** This parameter, {@code value} when not given. */
    public Param withDefault(String value) {
        return new Param(name, type, required, value, values, min, max, pattern, zh, en);
    }

    /** This parameter, its text matching {@code regex}. */
    public Param matching(String regex) {
        return new Param(name, type, required, defaultValue, values, min, max, regex, zh, en);
    }

    /** This parameter, described otherwise (the same name means something narrower on some endpoint). */
    public Param withDescription(String zh, String en) {
        return new Param(name, type, required, defaultValue, values, min, max, pattern, zh, en);
    }

    /** Characters of a {@link Type#STRING} value at most: names, places and words to find are short. */
    public static final int MAX_TEXT = 200;
    /** Characters of a {@link Type#CURSOR} value at most: a cursor carries a sort key and a row's key. */
    public static final int MAX_CURSOR = 1_000;

    /** The longest value accepted, null when the type bounds it already (codes, numbers, dates). */
    public Integer maxLength() {
        return switch (type) {
            case STRING -> MAX_TEXT;
            case CURSOR -> MAX_CURSOR;
            default -> null;
        };
    }

    /** Whether it may be given more than once. */
    public boolean repeatable() {
        return type == Type.CODES;
    }
}
