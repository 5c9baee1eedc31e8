package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newskg.loader.SharedNeo4j;

/**
 * {@code kg run} end to end on the example articles (the real extractor, the shared in-process Neo4j):
 * the plumbing and its idempotence, not the extractor's accuracy.
 */
@ExtendWith(SharedNeo4j.class)
class RunCommandIT {

    private static final Path EXAMPLES = Path.of("..", "examples", "articles");

    private final SharedNeo4j.Server neo4j;

    RunCommandIT(SharedNeo4j.Server neo4j) {
        this.neo4j = neo4j;
    }

    @Test
    void runningTheExamplesTwiceGivesIdenticalStats() throws Exception {
        neo4j.target().driver().executableQuery("MATCH (n) DETACH DELETE n")
                .withConfig(neo4j.target().queryConfig()).execute();
        long articles;
        try (var files = Files.list(EXAMPLES)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        String db = neo4j.dir().toString();

        LoaderCommandsIT.Result first = LoaderCommandsIT.run(List.of("run", EXAMPLES.toString(), "--db-dir", db));
        String stats1 = LoaderCommandsIT.run(List.of("stats", "--format", "csv", "--db-dir", db)).out();
        LoaderCommandsIT.Result second = LoaderCommandsIT.run(List.of("run", EXAMPLES.toString(), "--db-dir", db));
        String stats2 = LoaderCommandsIT.run(List.of("stats", "--format", "csv", "--db-dir", db)).out();

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("Extraction COMPLETED: " + articles + " articles")
                .contains("Loading triples COMPLETED");
        assertThat(second.err()).contains(articles + " articles (" + articles + " unchanged, 0 replaced)");
        assertThat(stats2).isEqualTo(stats1).contains("node,Article," + articles + "\n");
    }
}
