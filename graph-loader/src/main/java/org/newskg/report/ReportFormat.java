package org.newskg.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How a report's rows are written: an aligned table for people, CSV or JSON Lines for programs. */
public enum ReportFormat {
    /** Aligned columns; lists joined with "; "; long cells cut to a maximum width. */
    TABLE,
    /** RFC 4180 with a header row; lists joined with "; "; nothing cut. */
    CSV,
    /** One JSON object per row, keys in column order; lists and maps as JSON. */
    JSON;

    /** Parses "table", "csv", "json" (also "jsonl") in any case. */
    public static ReportFormat named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "table" -> TABLE;
            case "csv" -> CSV;
            case "json", "jsonl" -> JSON;
            default -> throw new IllegalArgumentException("--format must be table, csv or json, not '" + name + "'");
        };
    }

    /**
     * Writes {@code result} to {@code out} (flushed, not closed).
     *
     * @param maxWidth for {@link #TABLE}: the widest a cell may be before it is cut with "…" (0: never cut)
     */
    public void write(ReportResult result, PrintWriter out, int maxWidth) throws IOException {
        switch (this) {
            case TABLE -> table(result, out, maxWidth);
            case CSV -> csv(result, out);
            case JSON -> json(result, out);
        }
        out.flush();
    }

    private static void table(ReportResult result, PrintWriter out, int maxWidth) {
        List<String> columns = result.columns();
        List<String[]> cells = new ArrayList<>();
        int[] width = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            width[c] = columns.get(c).length();
            numeric[c] = !result.rows().isEmpty();
        }
        for (List<Object> row : result.rows()) {
            String[] line = new String[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                Object v = row.get(c);
                numeric[c] &= v == null || v instanceof Number;
                line[c] = cut(text(v).replaceAll("\\s+", " "), maxWidth);
                width[c] = Math.max(width[c], line[c].codePointCount(0, line[c].length()));
            }
            cells.add(line);
        }
        out.println(row(columns.toArray(String[]::new), width, numeric));
        String[] rule = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            rule[c] = "-".repeat(width[c]);
        }
        out.println(row(rule, width, new boolean[columns.size()]));
        for (String[] line : cells) {
            out.println(row(line, width, numeric));
        }
        out.println("(" + result.rows().size() + (result.rows().size() == 1 ? " row)" : " rows)"));
    }

    private static String row(String[] cells, int[] width, boolean[] rightAligned) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(width[c] - cells[c].codePointCount(0, cells[c].length()));
            if (c > 0) {
                sb.append("  ");
            }
            if (rightAligned[c]) {
                sb.append(pad).append(cells[c]);
            } else {
                sb.append(cells[c]);
                if (c < cells.length - 1) {
                    sb.append(pad);
                }
            }
        }
        return sb.toString();
    }

    private static String cut(String s, int maxWidth) {
        if (maxWidth <= 0 || s.codePointCount(0, s.length()) <= maxWidth) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(1, maxWidth - 1))) + "…";
    }

    /**
     * A cell as text: null empty, lists joined with "; ", a node by its name (or quote text), a relationship by
     * its type, other maps as {k: v}.
     */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            return list.stream().map(ReportFormat::text).collect(Collectors.joining("; "));
        }
        if (v instanceof Map<?, ?> map) {
            Object name = map.containsKey("name") ? map.get("name") : map.containsKey("text") ? map.get("text")
                    : map.get("type");
            if (name != null) {
                return text(name);
            }
            return map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return v.toString();
    }

    private static void csv(ReportResult result, PrintWriter out) throws IOException {
        // not closed: closing the printer would close the command line's output
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(result.columns().toArray(String[]::new)).setRecordSeparator("\n").get());
        for (List<Object> row : result.rows()) {
            List<String> values = new ArrayList<>(row.size());
            for (Object v : row) {
                values.add(v instanceof Double d ? d.toString() : text(v));
            }
            csv.printRecord(values);
        }
        csv.flush();
    }

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private static void json(ReportResult result, PrintWriter out) throws IOException {
        for (List<Object> row : result.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int c = 0; c < result.columns().size(); c++) {
                object.put(result.columns().get(c), row.get(c));
            }
            out.println(JSON_MAPPER.writeValueAsString(object));
        }
    }
}
