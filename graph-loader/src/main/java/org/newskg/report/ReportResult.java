package org.newskg.report;

import java.util.List;

/**
 * What a report returned, in plain Java values: String, Long, Double, Boolean, null, List and Map
 * (a node or relationship becomes the map of its properties).
 *
 * @param columns the column names, in the query's order
 * @param rows    one list of values per row, aligned with {@code columns}
 */
public record ReportResult(List<String> columns, List<List<Object>> rows) {

    public ReportResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
