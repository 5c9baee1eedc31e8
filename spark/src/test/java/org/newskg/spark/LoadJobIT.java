package org.newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesReader;
import org.newskg.model.TriplesWriter;

/**
 * LoadJob on local[2] into a real Neo4j: two embedded servers, each a {@code kg browse} in its own JVM (the cli
 * jar), one loaded by {@code kg run} on the example articles, the other by LoadJob from ExtractJob's output on
 * the same articles and then {@code kg resolve}. The tests run in order on the same two graphs: the first load,
 * a second load, then a changed article.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadJobIT {

    private static final Path EXAMPLES = Path.of("..", "examples", "articles");
    private static final String CHANGED = "council-budget-vote";

    @TempDir
    static Path tmp;
    private static SparkSession spark;
    private static KgProcesses kg;
    private static KgProcesses.Server loadJobGraph;
    private static CompletableFuture<KgProcesses.Server> kgRun;
    private static String extracted;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isRegularFile(KgProcesses.KG_JAR),
                "the cli jar (cli/target/kg.jar) is built before this module in the reactor build; build it first");
        kg = new KgProcesses(tmp);
        CompletableFuture<KgProcesses.Server> a = CompletableFuture.supplyAsync(() -> kg.browse("loadjob"));
        // kg run loads CoreNLP in its own JVM: started first, it runs while this JVM extracts
        kgRun = CompletableFuture.supplyAsync(() -> kg.browse("kgrun")).thenApply(server -> {
            kg.runUnchecked("run", EXAMPLES.toString(), "--uri", server.uri());
            return server;
        });
        spark = SparkMain.session("local[2]", "LoadJobIT");
        spark.conf().set("spark.sql.shuffle.partitions", "4"); // six articles: 200 tasks a stage would be all overhead
        extracted = tmp.resolve("extracted").toString();
        ExtractJob.Result r = new ExtractJob(spark, 2).run(List.of(EXAMPLES.toString()), extracted, null);
        assertThat(r.problems()).isZero();
        loadJobGraph = a.get();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
        if (kg != null) {
            kg.close();
        }
    }

    @Test
    @Order(1)
    void loadJobAndKgResolveGiveTheGraphOfKgRunOnTheSameArticles() throws IOException {
        LoadJob.Result r = load(extracted);
        kg.run("resolve", "--uri", loadJobGraph.uri());

        assertThat(r.articles()).isEqualTo(6);
        assertThat(r.written()).isEqualTo(6);
        assertThat(r.problems()).isZero();
        String stats = kg.run("stats", "--format", "csv", "--uri", loadJobGraph.uri());
        assertThat(stats).contains("node,Person,").contains("relationship,SAID,");
        assertThat(stats).isEqualTo(kg.run("stats", "--format", "csv", "--uri", kgRun.join().uri()));
        assertThat(dump(loadJobGraph, false)).as("every node and relationship with its properties (but the Article's)")
                .isEqualTo(dump(kgRun.join(), false));
    }

    @Test
    @Order(2)
    void aSecondLoadJobChangesNothing() throws IOException {
        List<String> before = dump(loadJobGraph, false);

        LoadJob.Result r = load(extracted);
        kg.run("resolve", "--uri", loadJobGraph.uri());

        assertThat(r.unchanged()).isEqualTo(6);
        assertThat(r.written()).isZero();
        assertThat(dump(loadJobGraph, false)).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aChangedArticleReplacesTheOldOnesTriplesAsKgLoadDoes() throws IOException {
        List<Triple> changed = changedTriples();
        Path csv = tmp.resolve("changed.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                TriplesWriter out = new TriplesWriter(w, TriplesFormat.CSV)) {
            out.writeAll(changed);
        }
        String parquet = tmp.resolve("changed.parquet").toString();
        spark.createDataFrame(changed.stream().map(LoadJobIT::row).toList(),
                        spark.read().parquet(extracted + "/triples.parquet").schema())
                .coalesce(1).write().parquet(parquet);
        List<String> before = dump(loadJobGraph, true);

        LoadJob.Result r = load(parquet);
        kg.run("resolve", "--uri", loadJobGraph.uri());
        kg.run("load", csv.toString(), "--uri", kgRun.join().uri());

        assertThat(r.replaced()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(5);
        List<String> after = dump(loadJobGraph, true);
        assertThat(after).isNotEqualTo(before);
        assertThat(after).as("the dropped triple's relationship is gone")
                .noneMatch(line -> line.startsWith("CRITICISED|") && line.contains("|" + CHANGED + "|")
                        && line.contains("condemned"));
        assertThat(after).as("aliases compared as sets: kg load, too, sorts a node's names when it replaces an article")
                .isEqualTo(dump(kgRun.join(), true));
    }

    private static LoadJob.Result load(String input) throws IOException {
        List<String> problems = new ArrayList<>();
        LoadJob.Result r = new LoadJob(spark, new LoadJob.Target(loadJobGraph.uri(), null, null, null), 2)
                .run(input, problems::add);
        assertThat(problems).isEmpty();
        return r;
    }

    /** The extracted triples with one article changed: its last triple (a criticism) and its first quote dropped. */
    private static List<Triple> changedTriples() throws IOException {
        List<Triple> all = new ArrayList<>();
        try (var parts = Files.list(Path.of(extracted, "triples.csv"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                TriplesReader.read(part, all::add, p -> {
                    throw new AssertionError(p.toString());
                });
            }
        }
        List<Triple> ofChanged = all.stream().filter(t -> t.articleId().equals(CHANGED)).toList();
        assertThat(ofChanged.get(ofChanged.size() - 1).evidence()).contains("condemned");
        Triple firstQuote = ofChanged.stream().filter(t -> t.predicate() == Relation.SAID).findFirst().orElseThrow();
        List<Triple> out = new ArrayList<>(all);
        out.remove(ofChanged.get(ofChanged.size() - 1));
        out.remove(firstQuote);
        return out;
    }

    private static Row row(Triple t) {
        return org.apache.spark.sql.RowFactory.create(t.articleId(), t.subject(), t.subjectType().name(),
                t.predicate().name(), t.object(), t.objectType().name(), t.confidence(), t.evidence(), t.start(),
                t.end(), t.rule());
    }

    /**
     * Every node (but articles' properties) and relationship with its properties, one sorted line each, read
     * through the connector; {@code aliasesAsSets} sorts each node's aliases.
     */
    private static List<String> dump(KgProcesses.Server server, boolean aliasesAsSets) {
        List<String> lines = new ArrayList<>();
        for (String line : read(server, """
                MATCH (n)
                RETURN head(labels(n)) + '|' + coalesce(n.key, n.id) + '|' + coalesce(n.name, '') + '|'
                  + reduce(s = '', x IN coalesce(n.aliases, []) | s + x + ';') + '|'
                  + reduce(s = '', x IN coalesce(n.undecided, []) | s + x + ';') + '|'
                  + coalesce(toString(n.nameScore), '') + '|' + coalesce(n.text, '') AS line""")) {
            String[] f = line.split("\\|", -1);
            if (aliasesAsSets) {
                String[] aliases = f[3].split(";");
                Arrays.sort(aliases);
                f[3] = String.join(";", aliases);
            }
            lines.add(String.join("|", f));
        }
        lines.addAll(read(server, """
                MATCH (s)-[r]->(o)
                RETURN type(r) + '|' + coalesce(s.key, s.id) + '|' + coalesce(o.key, o.id) + '|'
                  + coalesce(r.article, '') + '|' + coalesce(r.evidence, '') + '|' + coalesce(toString(r.start), '')
                  + '|' + coalesce(toString(r.end), '') + '|' + coalesce(toString(round(r.confidence, 3)), '') + '|'
                  + coalesce(r.rule, '') + '|' + coalesce(r.subjectName, '') + '|' + coalesce(r.objectName, '') + '|'
                  + coalesce(toString(r.contested), '') + '|'
                  + reduce(s = '', x IN coalesce(r.names, []) | s + x + ';') AS line"""));
        lines.sort(null);
        return lines;
    }

    private static List<String> read(KgProcesses.Server server, String query) {
        Dataset<Row> rows = spark.read().format("org.neo4j.spark.DataSource").option("url", server.uri())
                .option("authentication.type", "none").option("query", query).load();
        if (!Arrays.asList(rows.columns()).contains("line")) {
            return List.of();
        }
        return rows.select("line").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    }
}
