package org.newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.persons.Offices;
import org.newskg.model.Article;
import org.newskg.model.ArticleSources;
import org.newskg.model.Triple;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesReader;
import org.newskg.model.TriplesWriter;
import org.newskg.model.graph.NodeKeys;
import org.newskg.model.graph.PreparedArticle;

/**
 * {@code kg import} of what the real ExtractJob (local[2], the example articles) writes: its output directory
 * (Parquet triples with the articles' metadata) and its {@code triples.csv} directory of parts give the graph
 * {@code kg load} makes of the same triples as one CSV file, by {@code kg stats} and by every saved report; the
 * directory's articles get kg run's text hash and content hash; a broken part is named. The cli runs in processes
 * of its own (the cli jar: its Neo4j cannot share a JVM with Spark), each graph served by a {@code kg browse}.
 */
class ImportSparkOutputIT {

    private static final Path EXAMPLES = Path.of("..", "examples", "articles");

    @TempDir
    static Path tmp;
    private static SparkSession spark;
    private static KgProcesses kg;
    private static Path out;

    @BeforeAll
    static void extract() {
        assumeTrue(Files.isRegularFile(KgProcesses.KG_JAR),
                "the cli jar (cli/target/kg.jar) is built before this module in the reactor build; build it first");
        try {
            spark = SparkMain.session("local[2]", "ImportSparkOutputIT");
        } catch (RuntimeException | LinkageError e) {
            assumeTrue(false, "Spark cannot start here: " + e);
        }
        spark.conf().set("spark.sql.shuffle.partitions", "4");
        kg = new KgProcesses(tmp, KgProcesses.KG_JAR, "-Xmx1g", 5);
        out = tmp.resolve("extracted");
        // three extraction partitions; Spark may still write one part file for so few triples
        ExtractJob.Result r = new ExtractJob(spark, 3).run(List.of(EXAMPLES.toString()), out.toString(), null);
        assertThat(r.problems()).isZero();
        assertThat(r.articles()).isEqualTo(6);
    }

    @AfterAll
    static void stop() {
        if (kg != null) {
            kg.close();
        }
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void importOfTheJobsOutputIsTheGraphKgLoadMakesOfItsTriplesWithKgRunsArticleHashes() throws IOException {
        assertThat(parts(out.resolve("triples.parquet"))).isNotEmpty(); // one on so little input (Spark joins small partitions)
        Path triplesCsv = tmp.resolve("triples.csv"); // the same triples as one file, as kg extract writes it
        try (Writer w = Files.newBufferedWriter(triplesCsv, StandardCharsets.UTF_8);
                TriplesWriter t = new TriplesWriter(w, TriplesFormat.CSV)) {
            t.writeAll(csvTriples(out.resolve("triples.csv")));
        }

        kg.run("load", triplesCsv.toString(), "--db-dir", store("load"), "--bolt-port", "0");
        kg.run("import", out.toString(), "--db-dir", store("dir"), "--bolt-port", "0");
        kg.run("import", out.resolve("triples.csv").toString(), "--db-dir", store("csv-parts"), "--bolt-port", "0");
        KgProcesses.Server load = kg.browse("load", "-Xmx768m", "64m");
        KgProcesses.Server dir = kg.browse("dir", "-Xmx768m", "64m");
        KgProcesses.Server csvParts = kg.browse("csv-parts", "-Xmx768m", "64m");

        String stats = stats(load);
        assertThat(stats).contains("node,Article,6").contains("node,Person,").contains("relationship,SAID,");
        assertThat(stats(dir)).isEqualTo(stats);
        assertThat(stats(csvParts)).isEqualTo(stats);
        Map<String, String> reports = reports(load);
        assertThat(reports(dir)).isEqualTo(reports);
        assertThat(reports(csvParts)).isEqualTo(reports);

        assertThat(articles(dir)).as("each article with kg run's text hash and content hash")
                .isEqualTo(kgRunHashes());
        assertThat(articles(load)).as("kg load of a triples file knows no text").hasSize(6)
                .allSatisfy(line -> assertThat(line.split(",", -1)[2]).isEmpty());
        assertThat(kg.runForStderr(0, "load", out.toString(), "--uri", dir.uri()))
                .as("kg load of the same directory reads the same metadata: nothing to write").contains("6 unchanged");
    }

    @Test
    void aBrokenPartIsNamedAndTheOtherPartsAreImported() throws IOException {
        Path broken = Files.createDirectories(tmp.resolve("broken").resolve("triples.parquet"));
        List<Path> parts = parts(out.resolve("triples.parquet"));
        for (Path p : parts) {
            Files.copy(p, broken.resolve(p.getFileName()));
        }
        Path bad = broken.resolve(parts.get(0).getFileName());
        byte[] bytes = Files.readAllBytes(bad);
        Files.write(bad, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut short, as a failed copy leaves it

        String err = kg.runForStderr(1, "import", broken.toString(), "--db-dir", store("broken"), "--bolt-port", "0");

        assertThat(err).contains("kg import: " + bad + ": cannot read").contains("Importing triples COMPLETED");
    }

    private static String store(String name) {
        return tmp.resolve(name).resolve("kg-data").toString();
    }

    private static String stats(KgProcesses.Server s) throws IOException {
        return kg.run("stats", "--format", "csv", "--uri", s.uri());
    }

    /** Every saved report's CSV output, by name. */
    private static Map<String, String> reports(KgProcesses.Server s) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        for (String line : kg.run("report", "--list", "--uri", s.uri()).split("\n")) {
            String name = line.strip().split("\\s+")[0];
            if (!name.isEmpty()) {
                all.put(name, kg.run("report", name, "--format", "csv", "--uri", s.uri()));
            }
        }
        assertThat(all).hasSizeGreaterThan(10);
        return all;
    }

    /** Each Article node's id, title, text hash and content hash, by a report of this test's own. */
    private static List<String> articles(KgProcesses.Server s) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(dir.resolve("articles.cypher"), String.join("\n",
                "// name: test-articles",
                "// description: every article with its hashes",
                "// params: none",
                "MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.sha256 AS sha256, a.triplesHash AS hash"
                        + " ORDER BY id", ""));
        String csv = kg.run("report", "test-articles", "--dir", dir.toString(), "--format", "csv", "--uri", s.uri());
        return csv.lines().skip(1).toList();
    }

    /** What kg run writes on each Article node: its text hash and the content hash of its metadata and triples. */
    private static List<String> kgRunHashes() {
        List<Article> articles = new ArrayList<>();
        ArticleSources.read(List.of(EXAMPLES), articles::add, p -> {
            throw new AssertionError(p.toString());
        });
        // as kg run: the run's office holders, read before any article is extracted
        Extractor extractor = Extractor.create().knowing(Offices.learned(articles.stream().map(Article::text).toList()));
        articles.sort(Comparator.comparing(Article::id));
        List<String> lines = new ArrayList<>();
        for (Article a : articles) {
            String sha = NodeKeys.sha256(a.text());
            lines.add(a.id() + ",," + sha + "," + PreparedArticle.contentHash(a.title(), a.source(), a.url(),
                    a.published(), sha, extractor.extract(a)));
        }
        return lines;
    }

    private static List<Triple> csvTriples(Path dir) throws IOException {
        List<Triple> all = new ArrayList<>();
        for (Path part : parts(dir)) {
            TriplesReader.read(part, all::add, p -> {
                throw new AssertionError(p.toString());
            });
        }
        return all;
    }

    private static List<Path> parts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }
}
