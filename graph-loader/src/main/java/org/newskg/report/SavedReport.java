package org.newskg.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One saved Cypher query from {@code cypher/}, with the header tools read:
 *
 * <pre>
 * // name: who-criticised-whom
 * // description: Every criticism, with how many articles report it and one sentence of evidence
 * // params: $minArticles (integer, default 1), $limit (integer, default 50)
 * </pre>
 *
 * {@code // params: none} declares no parameters. Every declared parameter is passed to the query: the
 * value given, else the default, else null (which the query reads as "no filter").
 *
 * @param name        the report's name, as {@code kg report NAME} takes it
 * @param description one line for {@code kg report --list}
 * @param params      the declared parameters, in header order
 * @param query       the Cypher text, header included (comments are harmless)
 */
public record SavedReport(String name, String description, List<ReportParam> params, String query) {

    private static final Pattern HEADER = Pattern.compile("^//\\s*([a-z-]+)\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "\\$([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*([A-Za-z]+)\\s*(?:,\\s*default\\s+(.+?))?\\s*\\)");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public SavedReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        params = List.copyOf(params);
        Objects.requireNonNull(query, "query");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("report name '" + name + "' must be lower-case words joined by '-'");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("report '" + name + "' has an empty description");
        }
    }

    /**
     * Parses a saved query.
     *
     * @param source where the text came from, for messages (a file name)
     * @throws IllegalArgumentException when the header is missing or malformed; the message names {@code source}
     */
    public static SavedReport parse(String source, String text) {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher m = HEADER.matcher(s);
            if (!s.startsWith("//")) {
                break;
            }
            if (m.matches()) {
                header.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            }
        }
        try {
            String name = required(header, "name");
            String description = required(header, "description");
            List<ReportParam> params = parseParams(header.getOrDefault("params", "none"));
            String body = text.strip();
            return new SavedReport(name, description, params, body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> header, String key) {
        String v = header.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("the header has no '// " + key + ": ...' line");
        }
        return v;
    }

    static List<ReportParam> parseParams(String spec) {
        List<ReportParam> out = new ArrayList<>();
        String s = spec.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("none")) {
            return out;
        }
        Matcher m = PARAM.matcher(s);
        int at = 0;
        while (m.find()) {
            String between = s.substring(at, m.start()).strip();
            if (!between.isEmpty() && !between.equals(",")) {
                throw new IllegalArgumentException("cannot read '" + between + "' in the params line; write"
                        + " '$name (type, default value)' entries separated by commas");
            }
            ParamType type = ParamType.named(m.group(2));
            Object dflt = m.group(3) == null ? null : type.parse(m.group(3));
            String name = m.group(1);
            if (out.stream().anyMatch(p -> p.name().equals(name))) {
                throw new IllegalArgumentException("parameter $" + name + " is declared twice");
            }
            out.add(new ReportParam(name, type, dflt));
            at = m.end();
        }
        if (out.isEmpty() || !s.substring(at).strip().isEmpty()) {
            throw new IllegalArgumentException("cannot read the params line '" + spec + "'; write"
                    + " '$name (type, default value)' entries separated by commas, or 'none'");
        }
        return out;
    }

    /**
     * The parameters to run the query with: every declared parameter, from {@code given} (raw text,
     * converted to the declared type), else its default, else null.
     *
     * @throws IllegalArgumentException for an undeclared name or a value of the wrong type
     */
    public Map<String, Object> parameters(Map<String, String> given) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : given.keySet()) {
            if (params.stream().noneMatch(p -> p.name().equals(key))) {
                throw new IllegalArgumentException("report '" + name + "' has no parameter '" + key + "'; it takes "
                        + (params.isEmpty() ? "none" : String.join(", ", params.stream().map(ReportParam::describe).toList())));
            }
        }
        for (ReportParam p : params) {
            String raw = given.get(p.name());
            if (raw == null) {
                out.put(p.name(), p.defaultValue());
            } else {
                try {
                    out.put(p.name(), p.type().parse(raw));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("parameter '" + p.name() + "' of report '" + name + "': "
                            + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** The query without its leading header comment lines (for the Browser, where they would be noise). */
    public String body() {
        List<String> lines = new ArrayList<>(List.of(query.split("\\R")));
        while (!lines.isEmpty() && (lines.get(0).isBlank() || lines.get(0).strip().startsWith("//"))) {
            lines.remove(0);
        }
        return String.join("\n", lines).strip();
    }
}
