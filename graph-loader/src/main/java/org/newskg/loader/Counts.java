package org.newskg.loader;

import java.time.Duration;
import org.neo4j.driver.summary.SummaryCounters;

/** Counters of one transaction, summed from its results; turned into a {@link LoadReport} once it committed. */
final class Counts {
    long rows;
    long articles;
    long unchanged;
    long replaced;
    long nodesCreated;
    long relationshipsCreated;
    long nodesDeleted;
    long relationshipsDeleted;
    long propertiesSet;
    long membershipsWithdrawn;

    void add(SummaryCounters c) {
        nodesCreated += c.nodesCreated();
        relationshipsCreated += c.relationshipsCreated();
        nodesDeleted += c.nodesDeleted();
        relationshipsDeleted += c.relationshipsDeleted();
        propertiesSet += c.propertiesSet();
    }

    LoadReport toReport() {
        return new LoadReport(rows, articles, unchanged, replaced, nodesCreated, relationshipsCreated, nodesDeleted,
                relationshipsDeleted, propertiesSet, membershipsWithdrawn, 0, Duration.ZERO);
    }
}
