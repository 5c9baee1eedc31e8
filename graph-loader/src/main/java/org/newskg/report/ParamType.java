package org.newskg.report;

import java.util.Locale;

/** The type of a saved report's parameter, as its header names it. */
public enum ParamType {
    INTEGER,
    FLOAT,
    STRING,
    BOOLEAN;

    /** Parses a type name from a header ("integer", "float", "string", "boolean"; "int", "number" too). */
    static ParamType named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "integer", "int", "long" -> INTEGER;
            case "float", "double", "number" -> FLOAT;
            case "string", "text" -> STRING;
            case "boolean", "bool" -> BOOLEAN;
            default -> throw new IllegalArgumentException("unknown parameter type '" + name
                    + "'; use integer, float, string or boolean");
        };
    }

    /**
     * The value of {@code raw} as this type (Long, Double, String or Boolean).
     *
     * @throws IllegalArgumentException when {@code raw} is not a value of this type
     */
    public Object parse(String raw) {
        String s = raw.strip();
        try {
            return switch (this) {
                case INTEGER -> Long.parseLong(s.replace("_", ""));
                case FLOAT -> Double.parseDouble(s);
                case STRING -> stripQuotes(raw);
                case BOOLEAN -> switch (s.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1" -> Boolean.TRUE;
                    case "false", "no", "0" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException();
                };
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw + "' is not " + article() + " " + label(), e);
        }
    }

    /** The name used in headers and messages. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    private String article() {
        return this == INTEGER ? "an" : "a";
    }

    private static String stripQuotes(String raw) {
        String s = raw.strip();
        if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            return s.substring(1, s.length() - 1);
        }
        return raw;
    }
}
