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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
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
import org.newskg.model.Triple;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesReader;
import org.newskg.model.TriplesWriter;

/**
 * LoadJob on local[2] into a real Neo4j: two embedded servers, each a {@code kg browse} in its own JVM (the cli
 * jar), one loaded by {@code kg run}, the other by LoadJob from ExtractJob's output on the same articles and then
 * {@code kg resolve}. The articles are the examples with a title, source, url and date (one article without
 * them) and one article without any triple, as JSON Lines. The tests run in order on the same two graphs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadJobIT {

    private static final Path EXAMPLES = Path.of("..", "examples", "articles");
    private static final String CHANGED = "council-budget-vote";
    private static final String NO_METADATA = "ferry-link-opens";
    private static final String NO_TRIPLES = "weather-outlook";

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
        kg = new KgProcesses(tmp, KgProcesses.KG_JAR, "-Xmx2g", 5);
        Path articles = writeArticles(tmp.resolve("articles.jsonl"), false);
        CompletableFuture<KgProcesses.Server> a = CompletableFuture.supplyAsync(() -> kg.browse("loadjob", "-Xmx768m", "64m"));
        // kg run loads CoreNLP in its own JVM: started first, it runs while this JVM extracts
        kgRun = CompletableFuture.supplyAsync(() -> kg.browse("kgrun", "-Xmx768m", "64m")).thenApply(server -> {
            kg.runUnchecked("run", articles.toString(), "--uri", server.uri());
            return server;
        });
        spark = SparkMain.session("local[2]", "LoadJobIT");
        spark.conf().set("spark.sql.shuffle.partitions", "4"); // a few articles: 200 tasks a stage would be all overhead
        extracted = extract(articles, "extracted");
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
    void loadJobAndKgResolveGiveTheGraphOfKgRunOnTheSameArticlesArticlePropertiesIncluded() throws IOException {
        LoadJob.Result r = load(extracted);
        kg.run("resolve", "--uri", loadJobGraph.uri());

        assertThat(r.metadata()).isTrue();
        assertThat(r.articles()).isEqualTo(7);
        assertThat(r.written()).isEqualTo(7);
        assertThat(r.problems()).isZero();
        String stats = kg.run("stats", "--format", "csv", "--uri", loadJobGraph.uri());
        assertThat(stats).contains("node,Person,").contains("relationship,SAID,").contains("node,Article,7");
        assertThat(stats).isEqualTo(kg.run("stats", "--format", "csv", "--uri", kgRun.join().uri()));
        List<String> graph = dump(loadJobGraph, false);
        assertThat(graph).as("the Article nodes carry kg run's metadata")
                .anyMatch(line -> line.startsWith("Article|" + CHANGED + "|")
                        && line.contains("|Council budget vote|Example Gazette|https://news.example/" + CHANGED
                                + "|2026-11-01|"));
        assertThat(graph).as("every node and relationship with every property, Articles' included")
                .isEqualTo(dump(kgRun.join(), false));
    }

    @Test
    @Order(2)
    void aSecondLoadJobChangesNothing() throws IOException {
        List<String> before = dump(loadJobGraph, false);

        LoadJob.Result r = load(extracted);
        kg.run("resolve", "--uri", loadJobGraph.uri());

        assertThat(r.unchanged()).isEqualTo(7);
        assertThat(r.written()).isZero();
        assertThat(dump(loadJobGraph, false)).isEqualTo(before);
    }

    @Test
    @Order(3)
    void loadJobOverTheGraphKgRunBuiltWritesNothing() {
        List<String> before = dump(kgRun.join(), false);

        LoadJob.Result r = load(kgRun.join(), extracted);

        assertThat(r.unchanged()).as("every article's content hash is kg run's").isEqualTo(7);
        assertThat(r.written()).isZero();
        assertThat(dump(kgRun.join(), false)).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aChangedArticleReplacesTheOldOnesTriplesAsKgRunDoes() throws IOException {
        Path changedArticles = writeArticles(tmp.resolve("changed.jsonl"), true);
        // kg run loads CoreNLP in its own JVM: it runs while this JVM extracts and loads
        CompletableFuture<String> kgRunAgain = CompletableFuture.supplyAsync(
                () -> kg.runUnchecked("run", changedArticles.toString(), "--uri", kgRun.join().uri()));
        String changed = extract(changedArticles, "changed");
        List<String> before = dump(loadJobGraph, true);

        LoadJob.Result r = load(changed);
        kg.run("resolve", "--uri", loadJobGraph.uri());
        kgRunAgain.join();

        assertThat(r.replaced()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(6);
        List<String> after = dump(loadJobGraph, true);
        assertThat(after).isNotEqualTo(before);
        assertThat(after).as("the dropped sentence's criticism is gone")
                .noneMatch(line -> line.startsWith("CRITICISED|") && line.contains("|" + CHANGED + "|")
                        && line.contains("condemned"));
        assertThat(after).as("aliases compared as sets: kg load, too, sorts a node's names when it replaces an article")
                .isEqualTo(dump(kgRun.join(), true));
    }

    @Test
    @Order(5)
    void triplesWithoutArticlesParquetAreLoadedAsKgLoadLoadsATriplesFile() throws IOException {
        String changed = tmp.resolve("changed").toString();
        Path csv = tmp.resolve("changed-triples.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                TriplesWriter out = new TriplesWriter(w, TriplesFormat.CSV)) {
            out.writeAll(triples(Path.of(changed, "triples.csv")));
        }

        LoadJob.Result r = load(changed + "/triples.parquet");
        kg.run("resolve", "--uri", loadJobGraph.uri());
        kg.run("load", csv.toString(), "--uri", kgRun.join().uri());

        assertThat(r.metadata()).isFalse();
        assertThat(r.replaced()).as("the content hash of triples alone differs from kg run's").isEqualTo(6);
        List<String> after = dump(loadJobGraph, true);
        assertThat(after).as("the metadata stays, as kg load leaves it")
                .anyMatch(line -> line.startsWith("Article|" + CHANGED + "|") && line.contains("|Council budget vote|"));
        assertThat(after).isEqualTo(dump(kgRun.join(), true));
    }

    private static LoadJob.Result load(String input) {
        return load(loadJobGraph, input);
    }

    private static LoadJob.Result load(KgProcesses.Server server, String input) {
        List<String> problems = new ArrayList<>();
        LoadJob.Result r;
        try {
            r = new LoadJob(spark, new LoadJob.Target(server.uri(), null, null, null), 2).run(input, problems::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(problems).isEmpty();
        return r;
    }

    private static String extract(Path articles, String name) {
        String out = tmp.resolve(name).toString();
        ExtractJob.Result r = new ExtractJob(spark, 2).run(List.of(articles.toString()), out, null);
        assertThat(r.problems()).isZero();
        assertThat(r.articles()).isEqualTo(7);
        return out;
    }

    /**
     * The example articles as JSON Lines in id order, each with a title, source, url and date but one, and an
     * article without triples; {@code changed}: the last sentence of {@link #CHANGED} (a criticism) left out.
     */
    private static Path writeArticles(Path file, boolean changed) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Path> txt;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            txt = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        int day = 1;
        for (Path p : txt) {
            String id = p.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(p);
            if (changed && id.equals(CHANGED)) {
                assertThat(text.strip()).endsWith("Mr Ferris condemned Ms Nandra for backing the cuts.");
                text = text.strip().substring(0, text.strip().lastIndexOf('\n') + 1);
            }
            Map<String, Object> article = new java.util.LinkedHashMap<>();
            article.put("id", id);
            article.put("text", text);
            if (!id.equals(NO_METADATA)) {
                String title = id.replace('-', ' ');
                article.put("title", Character.toUpperCase(title.charAt(0)) + title.substring(1));
                article.put("source", "Example Gazette");
                article.put("url", "https://news.example/" + id);
                article.put("published", String.format(java.util.Locale.ROOT, "2026-11-%02d", day++));
            }
            lines.add(json.writeValueAsString(article));
        }
        lines.add(json.writeValueAsString(Map.of("id", NO_TRIPLES, "title", "Weather outlook",
                "text", "Rain is expected across the region on Saturday, with sunshine returning on Sunday.\n")));
        lines.sort(null); // ids in order, as ExtractJob writes them: the order kg run meets names in
        return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static List<Triple> triples(Path csvDir) throws IOException {
        List<Triple> all = new ArrayList<>();
        try (var parts = Files.list(csvDir)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                TriplesReader.read(part, all::add, p -> {
                    throw new AssertionError(p.toString());
                });
            }
        }
        return all;
    }

    /**
     * Every node and relationship with every property, one sorted line each, read through the connector (with
     * the number of properties, so that one nobody listed here shows too); {@code aliasesAsSets} sorts each
     * node's aliases.
     */
    private static List<String> dump(KgProcesses.Server server, boolean aliasesAsSets) {
        List<String> lines = new ArrayList<>();
        for (String line : read(server, """
                MATCH (n)
                RETURN head(labels(n)) + '|' + coalesce(n.key, n.id) + '|' + coalesce(n.name, '') + '|'
                  + reduce(s = '', x IN coalesce(n.aliases, []) | s + x + ';') + '|'
                  + reduce(s = '', x IN coalesce(n.undecided, []) | s + x + ';') + '|'
                  + coalesce(toString(n.nameScore), '') + '|' + coalesce(n.text, '') + '|'
                  + coalesce(n.title, '') + '|' + coalesce(n.source, '') + '|' + coalesce(n.url, '') + '|'
                  + coalesce(n.published, '') + '|' + coalesce(n.sha256, '') + '|' + coalesce(n.triplesHash, '')
                  + '|' + toString(size(keys(n))) AS line""")) {
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
                  + reduce(s = '', x IN coalesce(r.names, []) | s + x + ';') + '|' + toString(size(keys(r))) AS line"""));
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
