package org.newskg.loader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.model.graph.GraphQueries;

/** Node count per label and relationship count per type. */
public final class GraphStats {

    /** One count: {@code kind} is "node" or "relationship". */
    public record Count(String kind, String name, long count) {
    }

    private GraphStats() {
    }

    /** All counts, sorted by kind (nodes first), then name. */
    public static List<Count> of(Neo4jTarget target) {
        List<Count> out = new ArrayList<>();
        var driver = target.driver();
        driver.executableQuery(GraphQueries.NODE_COUNTS).withConfig(target.queryConfig()).execute().records()
                .forEach(r -> out.add(new Count("node", r.get("name").asString(), r.get("count").asLong())));
        driver.executableQuery(GraphQueries.RELATIONSHIP_COUNTS).withConfig(target.queryConfig()).execute().records()
                .forEach(r -> out.add(new Count("relationship", r.get("name").asString(), r.get("count").asLong())));
        out.sort(Comparator.comparing(Count::kind).thenComparing(Count::name));
        return out;
    }
}
