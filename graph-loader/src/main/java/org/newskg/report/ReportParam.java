package org.newskg.report;

import java.util.Objects;

/**
 * A parameter of a saved report.
 *
 * @param name         the Cypher parameter name, without the {@code $}
 * @param type         its type
 * @param defaultValue the value used when none is given (null: the report treats it as "no filter")
 */
public record ReportParam(String name, ParamType type, Object defaultValue) {

    public ReportParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("'" + name + "' is not a Cypher parameter name");
        }
    }

    /** For --list and the Browser guide: {@code $limit (integer, default 20)}. */
    public String describe() {
        return "$" + name + " (" + type.label() + (defaultValue == null ? "" : ", default " + defaultValue) + ")";
    }
}
