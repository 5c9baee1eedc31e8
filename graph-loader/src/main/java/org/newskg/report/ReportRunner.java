package org.newskg.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.newskg.loader.Neo4jTarget;

/** Runs saved reports as read queries; driver types stay in here. */
public final class ReportRunner {

    private ReportRunner() {
    }

    /**
     * Runs {@code report} with the given raw parameters (converted and defaulted by the report's header).
     *
     * @throws IllegalArgumentException for an undeclared parameter or a value of the wrong type
     * @throws ReportFailedException    when Neo4j rejects the query
     */
    public static ReportResult run(Neo4jTarget target, SavedReport report, Map<String, String> given) {
        Map<String, Object> params = report.parameters(given);
        EagerResult result;
        try {
            result = target.driver().executableQuery(report.query())
                    .withParameters(params)
                    .withConfig(target.queryConfig())
                    .execute();
        } catch (ClientException e) {
            throw new ReportFailedException("report '" + report.name() + "' failed: " + e.getMessage(), e);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Record r : result.records()) {
            List<Object> row = new ArrayList<>(r.size());
            for (Value v : r.values()) {
                row.add(plain(v.asObject()));
            }
            rows.add(row);
        }
        return new ReportResult(result.keys(), rows);
    }

    /** Driver values as plain Java values: entities become their property maps, paths their node lists. */
    static Object plain(Object o) {
        if (o instanceof Node n) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("labels", toList(n.labels()));
            m.putAll(properties(n));
            return m;
        }
        if (o instanceof Relationship rel) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", rel.type());
            m.putAll(properties(rel));
            return m;
        }
        if (o instanceof Path p) {
            List<Object> nodes = new ArrayList<>();
            p.nodes().forEach(n -> nodes.add(plain(n)));
            return nodes;
        }
        if (o instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(x -> out.add(plain(x)));
            return out;
        }
        if (o instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (o instanceof java.time.temporal.TemporalAccessor || o instanceof org.neo4j.driver.types.IsoDuration
                || o instanceof org.neo4j.driver.types.Point) {
            return o.toString();
        }
        return o;
    }

    private static Map<String, Object> properties(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        e.asMap().forEach((k, v) -> m.put(k, plain(v)));
        return m;
    }

    private static List<String> toList(Iterable<String> it) {
        List<String> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }
}
