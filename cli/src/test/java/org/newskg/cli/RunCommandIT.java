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
        emptyGraph();
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

    @Test
    void aRunDecidesMembershipsAcrossItsArticlesAndLoadsThemOnce(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        emptyGraph();
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        writeStatedAndUnstated(dir, dir);
        String db = neo4j.dir().toString();

        LoaderCommandsIT.Result first = LoaderCommandsIT.run(List.of("run", dir.toString(), "--db-dir", db));
        LoaderCommandsIT.Result second = LoaderCommandsIT.run(List.of("run", dir.toString(), "--db-dir", db));

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.err()).contains("2 articles (2 unchanged, 0 replaced)");
        assertThat(memberships()).containsExactly("a1 member.title-before-name Labour Party",
                "c1 member.corpus Labour Party");
    }

    @Test
    void aLaterRunDecidesMembershipsByWhatTheGraphsArticlesStateAsOneRunWould(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        emptyGraph();
        Path monday = Files.createDirectories(tmp.resolve("monday"));
        Path tuesday = Files.createDirectories(tmp.resolve("tuesday"));
        writeStatedAndUnstated(monday, tuesday);
        String db = neo4j.dir().toString();

        LoaderCommandsIT.Result first = LoaderCommandsIT.run(List.of("run", monday.toString(), "--db-dir", db));
        LoaderCommandsIT.Result second = LoaderCommandsIT.run(List.of("run", tuesday.toString(), "--db-dir", db));

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(memberships()).containsExactly("a1 member.title-before-name Labour Party",
                "c1 member.corpus Labour Party");

        // once the article that stated it is retracted, tuesday's membership goes with it, and a run of tuesday's
        // article again has nothing to decide by
        LoaderCommandsIT.Result retracted = LoaderCommandsIT.run(List.of("retract", "a1", "--db-dir", db));
        assertThat(retracted.exit()).as(retracted.err()).isZero();
        assertThat(retracted.err()).contains("withdrew 1 membership of other articles that only it supported");
        assertThat(memberships()).isEmpty();
        LoaderCommandsIT.Result third = LoaderCommandsIT.run(List.of("run", tuesday.toString(), "--db-dir", db));
        assertThat(third.exit()).as(third.err()).isZero();
        assertThat(third.err()).contains("1 articles (0 unchanged, 1 replaced)");
        assertThat(memberships()).isEmpty();
    }

    @Test
    void aCorpusMembershipStandsWhileAnotherArticleSupportsItAndGoesWhenNoneDoes(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        emptyGraph();
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        writeStatedAndUnstated(dir, dir);
        Files.writeString(dir.resolve("a2.txt"), "Ann Holt, the Labour MP for Leeds North, spoke on Monday.");
        String db = neo4j.dir().toString();
        assertThat(LoaderCommandsIT.run(List.of("run", dir.toString(), "--db-dir", db)).exit()).isZero();
        assertThat(memberships()).contains("c1 member.corpus Labour Party");

        assertThat(LoaderCommandsIT.run(List.of("retract", "a1", "--db-dir", db)).err()).doesNotContain("withdrew");
        assertThat(memberships()).contains("c1 member.corpus Labour Party");
        assertThat(LoaderCommandsIT.run(List.of("retract", "a2", "--db-dir", db)).err()).contains("withdrew 1 membership");
        assertThat(memberships()).isEmpty();
        assertThat(neo4j.target().driver().executableQuery("MATCH (:Article {id: 'c1'})-[:MENTIONS]->(p:Party) RETURN p")
                .withConfig(neo4j.target().queryConfig()).execute().records()).isEmpty();
    }

    @Test
    void aLaterArticleStatingAnotherPartyWithdrawsAnEarlierCorpusMembership(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        emptyGraph();
        Path monday = Files.createDirectories(tmp.resolve("monday"));
        Path tuesday = Files.createDirectories(tmp.resolve("tuesday"));
        writeStatedAndUnstated(monday, monday);
        Files.writeString(tuesday.resolve("b1.txt"), "Conservative MP Ann Holt opened a school in York on Friday.");
        String db = neo4j.dir().toString();
        assertThat(LoaderCommandsIT.run(List.of("run", monday.toString(), "--db-dir", db)).exit()).isZero();
        assertThat(memberships()).contains("c1 member.corpus Labour Party");

        LoaderCommandsIT.Result second = LoaderCommandsIT.run(List.of("run", tuesday.toString(), "--db-dir", db));
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).contains("1 corpus membership the other articles no longer support withdrawn");
        assertThat(memberships()).containsExactly("a1 member.title-before-name Labour Party",
                "b1 member.title-before-name Conservative Party");
    }

    private void emptyGraph() {
        neo4j.target().driver().executableQuery("MATCH (n) DETACH DELETE n")
                .withConfig(neo4j.target().queryConfig()).execute();
    }

    /** a1 states Ann Holt's party; c1 names her beside two parties and states none. */
    private static void writeStatedAndUnstated(Path a1Dir, Path c1Dir) throws java.io.IOException {
        Files.writeString(a1Dir.resolve("a1.txt"), "Labour MP Ann Holt opened the new clinic in Leeds on Friday.");
        Files.writeString(c1Dir.resolve("c1.txt"), "Ann Holt and Tom Reid clashed over the clinic. The Labour and"
                + " Conservative conferences open next week.");
    }

    private List<String> memberships() {
        return neo4j.target().driver().executableQuery(
                "MATCH (:Person)-[r:MEMBER_OF]->(p:Party) RETURN r.article AS article, r.rule AS rule, p.name AS party"
                        + " ORDER BY article").withConfig(neo4j.target().queryConfig()).execute().records().stream()
                .map(r -> r.get("article").asString() + " " + r.get("rule").asString() + " "
                        + r.get("party").asString()).toList();
    }
}
