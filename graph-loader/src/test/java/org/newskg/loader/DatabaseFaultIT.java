package org.newskg.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Relation;

/**
 * A real fault: the Neo4j server goes away in the middle of a load. Committed batches must stay intact, and
 * loading the same input again must give exactly the graph of an uninterrupted load.
 */
class DatabaseFaultIT {

    private static final int ARTICLES = 30;
    private static final int STOP_AFTER = 12;

    @TempDir
    Path faultyStore;

    @TempDir
    Path referenceStore;

    private static List<ArticleContribution> articles() {
        List<ArticleContribution> all = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String id = "fault-" + i;
            all.add(ArticleContribution.ofTriples(id, List.of(
                    GraphLoaderIT.triple(id, "Person " + (i % 5), Relation.MEMBER_OF, "Party " + (i % 3), 0),
                    GraphLoaderIT.triple(id, "Person " + (i % 5), Relation.SAID, "Words of article " + i + " here.", 10),
                    GraphLoaderIT.triple(id, "Person " + (i % 5), Relation.CRITICISED, "Person " + ((i + 1) % 5), 20)),
                    false));
        }
        return all;
    }

    private static Neo4jTarget embedded(Path dir) {
        return Neo4jTarget.open(new TargetSettings(null, null, null, null, dir, 0, null, "32m"), note -> { });
    }

    private static LoadReport loadAll(Neo4jTarget target) {
        try (GraphLoader loader = new GraphLoader(target, 3, p -> { })) {
            articles().forEach(loader::accept);
            loader.flush();
            return loader.report();
        }
    }

    @Test
    void serverStoppedMidLoadKeepsCommittedBatchesAndARerunCompletesTheGraph() {
        List<GraphStats.Count> uninterrupted;
        try (Neo4jTarget reference = embedded(referenceStore)) {
            loadAll(reference);
            uninterrupted = GraphStats.of(reference);
        }

        Neo4jTarget server = embedded(faultyStore);
        // the driver gives up on the stopped server after a second rather than the default 30 s
        TargetSettings remote = TargetSettings.remote(server.boltUri(), null, null, null)
                .withMaxRetryTime(Duration.ofSeconds(1));
        try (Neo4jTarget client = Neo4jTarget.open(remote, note -> { })) {
            GraphLoader loader = new GraphLoader(client, 3, p -> { });
            List<ArticleContribution> all = articles();
            all.subList(0, STOP_AFTER).forEach(loader::accept);
            loader.flush();
            server.close();
            assertThatThrownBy(() -> {
                all.subList(STOP_AFTER, all.size()).forEach(loader::accept);
                loader.flush();
            }).isInstanceOf(RuntimeException.class);
        }

        try (Neo4jTarget restarted = embedded(faultyStore)) {
            long articlesKept = GraphStats.of(restarted).stream()
                    .filter(c -> c.kind().equals("node") && c.name().equals("Article"))
                    .mapToLong(GraphStats.Count::count).sum();
            assertThat(articlesKept).isEqualTo(STOP_AFTER);

            LoadReport rerun = loadAll(restarted);

            assertThat(rerun.articlesUnchanged()).isEqualTo(STOP_AFTER);
            assertThat(GraphStats.of(restarted)).isEqualTo(uninterrupted);
        }
    }
}
