package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.loader.SharedNeo4j;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesWriter;

/** The loader commands end to end, against the shared in-process Neo4j (reached through its store directory). */
@ExtendWith(SharedNeo4j.class)
class LoaderCommandsIT {

    private final SharedNeo4j.Server neo4j;

    @TempDir
    Path tmp;

    LoaderCommandsIT(SharedNeo4j.Server neo4j) {
        this.neo4j = neo4j;
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.target().driver().executableQuery("MATCH (n) DETACH DELETE n")
                .withConfig(neo4j.target().queryConfig()).execute();
    }

    @Test
    void loadingATriplesFileTwiceGivesIdenticalStats() throws IOException {
        Path file = triplesFile(List.of(
                triple("t1", "Ada Quill", Relation.MEMBER_OF, "Green Party"),
                triple("t1", "Ada Quill", Relation.SAID, "We will plant a million trees by spring."),
                triple("t2", "Mr Bram Tolley", Relation.CRITICISED, "Ada Quill")));

        Result first = kg("load", file.toString());
        Result stats1 = kg("stats", "--format", "csv");
        Result second = kg("load", file.toString());
        Result stats2 = kg("stats", "--format", "csv");

        assertThat(first.exit).isZero();
        assertThat(first.out).isEmpty();
        assertThat(first.err).contains("Loading triples COMPLETED in").contains("3 rows");
        assertThat(second.err).contains("0 nodes, 0 relationships created").contains("2 unchanged");
        assertThat(stats2.out).isEqualTo(stats1.out);
        assertThat(stats1.out).isEqualTo("""
                kind,name,count
                node,Article,2
                node,Party,1
                node,Person,2
                node,Quote,1
                relationship,CRITICISED,1
                relationship,MEMBER_OF,1
                relationship,MENTIONS,4
                relationship,SAID,1
                """);
    }

    @Test
    void variantsOfAPersonAreOneNodeWhateverTheOrderOfTheFiles() throws IOException {
        Path a = triplesFile(List.of(
                triple("v1", "Vincent Orla", Relation.MEMBER_OF, "Green Party"),
                triple("v2", "Rhea Orla", Relation.SAID, "Nobody told us about the plan.")));
        Path b = triplesFile(List.of(
                triple("v3", "Vince Orla", Relation.SAID, "We will plant a million trees by spring."),
                triple("v4", "Vince K. Orla", Relation.CRITICISED, "Rhea Orla"),
                triple("v5", "Mrs Orla", Relation.SAID, "It is a scandal.")));
        kg("load", a.toString());
        kg("load", b.toString());
        Result forwards = kg("stats", "--format", "csv");
        Result people = kg("report", "person-profile", "--format", "csv");
        emptyGraph();
        kg("load", b.toString());
        kg("load", a.toString());
        assertThat(kg("stats", "--format", "csv").out).isEqualTo(forwards.out);
        assertThat(kg("report", "person-profile", "--format", "csv").out).isEqualTo(people.out);
        // Vince, Vincent and Vince K. are one person; "Mrs Orla" could be either Orla: apart, and reported
        assertThat(forwards.out).contains("node,Person,3");
        assertThat(kg("report", "undecided-persons", "--format", "csv").out).contains("Orla");

        // the user decides: Mrs Orla is Rhea, and Vince K. Orla is someone else
        Path aliases = tmp.resolve("aliases.csv");
        Files.writeString(aliases, "# decisions\nmerge,Mrs Orla,Rhea Orla\n"
                + "split,Vince K. Orla,Vince Orla\nsplit,Vince K. Orla,Vincent Orla\n");
        Result decided = kg("load", "--aliases", aliases.toString(), a.toString());
        assertThat(decided.exit).isZero();
        assertThat(kg("report", "undecided-persons", "--format", "csv").out).doesNotContain("Orla");
        String profiles = kg("report", "person-profile", "--format", "csv").out;
        assertThat(profiles).contains("Rhea Orla,Mrs Orla").contains("Vince K. Orla");
        Result badAliases = kg("load", "--aliases", a.toString(), a.toString());
        assertThat(badAliases.exit).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void badRowsAreListedTheRestLoadsAndTheExitCodeIsOne() throws IOException {
        Path file = triplesFile(List.of(triple("b1", "Ada Quill", Relation.MEMBER_OF, "Green Party")));
        Files.writeString(file, "b1,Bram Tolley,PERSON,INVENTED,Ada Quill,PERSON,0.5,e,0,1,r\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        Result r = kg("load", file.toString(), tmp.resolve("missing.csv").toString());

        assertThat(r.exit).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(r.err).contains(file + ":2").contains("unknown predicate 'INVENTED'")
                .contains("missing.csv: no such file").contains("COMPLETED WITH PROBLEMS");
        assertThat(kg("stats", "--format", "csv").out).contains("relationship,MEMBER_OF,1");
    }

    @Test
    void retractRemovesTheArticleAndSaysWhenThereIsNone() throws IOException {
        kg("load", triplesFile(List.of(
                triple("r1", "Ada Quill", Relation.MEMBER_OF, "Green Party"),
                triple("r2", "Ada Quill", Relation.SAID, "Trees do not pay the rent at all."))).toString());

        Result r = kg("retract", "r1");
        Result missing = kg("retract", "no-such-article");

        assertThat(r.exit).isZero();
        assertThat(kg("stats", "--format", "csv").out).isEqualTo("""
                kind,name,count
                node,Article,1
                node,Person,1
                node,Quote,1
                relationship,MENTIONS,1
                relationship,SAID,1
                """);
        assertThat(missing.exit).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(missing.err).contains("no article 'no-such-article'");
    }

    @Test
    void statsTableIsAlignedForPeople() throws IOException {
        kg("load", triplesFile(List.of(triple("s1", "Ada Quill", Relation.MEMBER_OF, "Green Party"))).toString());
        Result r = kg("stats");
        assertThat(r.exit).isZero();
        assertThat(r.out.lines()).first().asString().startsWith("kind").contains("name").endsWith("count");
        assertThat(r.out).containsPattern("node\\s+Person\\s+1\\n");
    }

    @Test
    void unknownStatsFormatIsAUsageError() {
        assertThat(kg("stats", "--format", "xml").exit).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void unreachableUriIsAConfigurationErrorWithExitCodeTwo() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Result r = run(List.of("stats", "--uri", "bolt://127.0.0.1:" + port));
        assertThat(r.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err).contains("cannot reach Neo4j at bolt://127.0.0.1:" + port).contains("check --uri");
    }

    @Test
    void databaseOptionIsRejectedForTheEmbeddedNeo4j() {
        Result r = kg("stats", "--database", "other");
        assertThat(r.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err).contains("--database is for --uri");
    }

    // --- helpers

    private Path triplesFile(List<Triple> triples) throws IOException {
        Path file = Files.createTempFile(tmp, "triples", ".csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                TriplesWriter tw = new TriplesWriter(w, TriplesFormat.CSV)) {
            tw.writeAll(triples);
        }
        return file;
    }

    private static Triple triple(String article, String subject, Relation predicate, String object) {
        return new Triple(article, subject, predicate.subjectType(), predicate, object, predicate.objectType(), 0.8,
                subject + " " + object, 0, 10, "test");
    }

    record Result(int exit, String out, String err) {
    }

    private Result kg(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--db-dir");
        all.add(neo4j.dir().toString());
        return run(all);
    }

    static Result run(List<String> args) {
        if (args.contains("--db-dir") && !args.contains("--bolt-port")) {
            // any free port: the default (7687) clashes with any other Neo4j on the machine
            args = new java.util.ArrayList<>(args);
            args.addAll(List.of("--bolt-port", "0"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Kg.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

}
