package org.newskg.loader;

import java.time.Duration;
import java.util.Locale;

/**
 * What a load did, summed from the driver's result counters.
 *
 * @param rows                 triples read
 * @param articles             articles seen
 * @param articlesUnchanged    articles skipped because the graph already held exactly their contribution
 * @param articlesReplaced     articles whose earlier contribution was replaced
 * @param nodesCreated         nodes created
 * @param relationshipsCreated relationships created (facts and the article's MENTIONS)
 * @param nodesDeleted         nodes deleted while replacing changed articles
 * @param relationshipsDeleted relationships deleted while replacing changed articles
 * @param propertiesSet        properties written
 * @param membershipsWithdrawn memberships of the corpus sieve ({@code member.corpus}) removed because the graph's
 *                             other articles no longer support them (an article retracted or replaced, or another
 *                             party stated as often)
 * @param problems             triples or inputs that could not be loaded
 * @param elapsed              wall-clock time
 */
public record LoadReport(long rows, long articles, long articlesUnchanged, long articlesReplaced, long nodesCreated,
        long relationshipsCreated, long nodesDeleted, long relationshipsDeleted, long propertiesSet,
        long membershipsWithdrawn, long problems, Duration elapsed) {

    public static final LoadReport EMPTY = new LoadReport(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO);

    public LoadReport {
        if (rows < 0 || articles < 0 || articlesUnchanged < 0 || articlesReplaced < 0 || nodesCreated < 0
                || relationshipsCreated < 0 || nodesDeleted < 0 || relationshipsDeleted < 0 || propertiesSet < 0
                || membershipsWithdrawn < 0 || problems < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }

    LoadReport plus(LoadReport o) {
        return new LoadReport(rows + o.rows, articles + o.articles, articlesUnchanged + o.articlesUnchanged,
                articlesReplaced + o.articlesReplaced, nodesCreated + o.nodesCreated,
                relationshipsCreated + o.relationshipsCreated, nodesDeleted + o.nodesDeleted,
                relationshipsDeleted + o.relationshipsDeleted, propertiesSet + o.propertiesSet,
                membershipsWithdrawn + o.membershipsWithdrawn, problems + o.problems, elapsed.plus(o.elapsed));
    }

    LoadReport withElapsed(Duration d) {
        return new LoadReport(rows, articles, articlesUnchanged, articlesReplaced, nodesCreated, relationshipsCreated,
                nodesDeleted, relationshipsDeleted, propertiesSet, membershipsWithdrawn, problems, d);
    }

    /** The same report counting {@code n} problems (the caller's count of every input problem). */
    public LoadReport withProblems(long n) {
        return new LoadReport(rows, articles, articlesUnchanged, articlesReplaced, nodesCreated, relationshipsCreated,
                nodesDeleted, relationshipsDeleted, propertiesSet, membershipsWithdrawn, n, elapsed);
    }

    /** Triples per second over the elapsed time (0 when no time passed). */
    public double rowsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : rows / s;
    }

    /**
     * The summary line, in the style of neo4j-admin import:
     * {@code Loading triples COMPLETED in 4.2s: 1,234 rows, 321 nodes, 987 relationships (...)}.
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Loading triples %s in %.1fs: %,d rows, %,d nodes, %,d relationships",
                problems == 0 ? "COMPLETED" : "COMPLETED WITH PROBLEMS", elapsed.toMillis() / 1000.0, rows,
                nodesCreated, relationshipsCreated));
        sb.append(String.format(Locale.ROOT, " created; %,d articles (%,d unchanged, %,d replaced)", articles,
                articlesUnchanged, articlesReplaced));
        if (nodesDeleted > 0 || relationshipsDeleted > 0) {
            sb.append(String.format(Locale.ROOT, "; %,d nodes, %,d relationships deleted", nodesDeleted,
                    relationshipsDeleted));
        }
        if (membershipsWithdrawn > 0) {
            sb.append(String.format(Locale.ROOT, "; %,d corpus membership%s the other articles no longer support withdrawn",
                    membershipsWithdrawn, membershipsWithdrawn == 1 ? "" : "s"));
        }
        if (problems > 0) {
            sb.append(String.format(Locale.ROOT, "; %,d problems", problems));
        }
        return sb.toString();
    }
}
