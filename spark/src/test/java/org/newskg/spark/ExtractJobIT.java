package org.newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.CorpusPass;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.persons.Offices;
import org.newskg.model.ArticleSources;
import org.newskg.model.Triple;
import org.newskg.model.TriplesReader;
import org.newskg.model.TriplesWriter;
import org.newskg.model.graph.NodeKeys;

/** ExtractJob on local[2] against the extractor as kg extract runs it, on the project's example articles. */
class ExtractJobIT {

    private static final Path EXAMPLES = Path.of("..", "examples", "articles");
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkMain.session("local[2]", "ExtractJobIT");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void extractJobOnTextFilesGivesTheTriplesOfKgExtractInTheirOrder(@TempDir Path tmp) throws IOException {
        ExtractJob.Result r = new ExtractJob(spark, 3).run(List.of(EXAMPLES.toString()), tmp.toString(), null);

        List<String> expected = kgExtract(List.of(EXAMPLES));
        List<String> fromCsv = csvRows(tmp.resolve("triples.csv"));
        assertThat(r.problems()).isZero();
        assertThat(r.articles()).isEqualTo(Files.list(EXAMPLES).filter(p -> p.toString().endsWith(".txt")).count());
        assertThat(r.triples()).isEqualTo(expected.size());
        assertThat(new TreeSet<>(fromCsv)).isEqualTo(new TreeSet<>(expected));
        assertThat(fromCsv).as("ordered by article id, then as kg extract orders an article").isEqualTo(expected);

        List<String> fromParquet = new ArrayList<>();
        for (Row row : spark.read().parquet(tmp.resolve("triples.parquet").toString()).collectAsList()) {
            fromParquet.add(row.getString(0) + "|" + row.getString(3) + "|" + row.getString(1) + "|" + row.getString(4));
        }
        assertThat(spark.read().parquet(tmp.resolve("triples.parquet").toString()).columns())
                .containsExactlyElementsOf(TriplesWriter.COLUMNS);
        assertThat(fromParquet).hasSize(expected.size());

        List<String> articles = new ArrayList<>();
        for (Row row : spark.read().parquet(tmp.resolve("articles.parquet").toString()).collectAsList()) {
            articles.add(row.getString(0) + "|" + row.getString(1) + "|" + row.getString(5));
        }
        List<String> expectedArticles = new ArrayList<>();
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                expectedArticles.add(p.getFileName().toString().replaceFirst("\\.txt$", "") + "|null|"
                        + NodeKeys.sha256(Files.readString(p)));
            }
        }
        assertThat(spark.read().parquet(tmp.resolve("articles.parquet").toString()).columns())
                .containsExactlyElementsOf(ExtractJob.ARTICLE_COLUMNS);
        assertThat(articles).as("each article's id, title (none in a .txt) and text hash, as kg run has them")
                .isEqualTo(expectedArticles);
    }

    @Test
    void theCorpusSieveDecidesAndOverrulesAcrossPartitionsAsKgExtractDoes(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("txt");
        writeTxt(tmp, "a1", "Labour MP Ann Holt opened the new clinic in Leeds on Friday.");
        writeTxt(tmp, "b1", "Conservative MP Tom Reid spoke in the debate on Monday.");
        writeTxt(tmp, "c1", "Ann Holt and Tom Reid clashed over the clinic. The Labour and Conservative conferences"
                + " open next week. \"It is a disgrace and a scandal,\" Ann Holt said.");
        writeTxt(tmp, "d1", "Reform UK's Tom Reid spoke at a rally. Ann Holt was not there.");
        writeTxt(tmp, "e1", "Labour MP Priya Patel visited the school in Leeds on Monday.");
        writeTxt(tmp, "e2", "Labour MP Priya Patel opened the new library in Derby.");
        writeTxt(tmp, "f1", "The Greens met in Leeds. Priya Patel said she would never turn against her party.");
        ExtractJob.Result r = new ExtractJob(spark, 3).run(List.of(dir.toString()), tmp.resolve("out").toString(), null);

        List<String> expected = kgExtract(List.of(dir));
        List<String> fromCsv = csvRows(tmp.resolve("out/triples.csv"));
        assertThat(expected).as("the set makes the corpus sieve fire")
                .anyMatch(s -> s.startsWith("c1|MEMBER_OF|Ann Holt|") && s.endsWith("|member.corpus"));
        assertThat(expected).as("and overrule a membership read from context")
                .noneMatch(s -> s.startsWith("f1|MEMBER_OF|Priya Patel|"));
        assertThat(r.problems()).isZero();
        assertThat(fromCsv).as("ordered by article id, then as kg extract orders an article").isEqualTo(expected);
    }

    @Test
    void badArticlesBecomeProblemRowsAndTheRestIsExtracted(@TempDir Path tmp) throws IOException {
        String good = Files.readString(EXAMPLES.resolve("ferry-link-opens.txt"));
        Path jsonl = tmp.resolve("in.jsonl");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Files.writeString(jsonl, String.join("\n",
                json.writeValueAsString(java.util.Map.of("id", 7, "text", good)),
                "{\"id\": \"broken\", \"text\": \"no closing brace\"",
                json.writeValueAsString(java.util.Map.of("id", "no-text")),
                json.writeValueAsString(java.util.Map.of("id", "7", "text", "A second article with the same id."))) + "\n",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        ExtractJob.Result r = new ExtractJob(spark, 2).run(List.of(jsonl.toString(), tmp.resolve("missing.jsonl").toString()),
                out.toString(), null);

        List<String> problems = problems(out.resolve("problems.csv"));
        assertThat(r.articles()).isEqualTo(1);
        assertThat(r.problems()).isEqualTo(4);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("not a JSON object"))
                .anySatisfy(p -> assertThat(p).contains("(id no-text)").contains("empty text"))
                .anySatisfy(p -> assertThat(p).contains("duplicate article id '7'"))
                .anySatisfy(p -> assertThat(p).contains("missing.jsonl"));
        List<String> triples = csvRows(out.resolve("triples.csv"));
        assertThat(triples).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("7|"));
        assertThat(triples).isEqualTo(kgExtract(List.of(writeTxt(tmp, "7", good))));
    }

    @Test
    void csvInputWithQuotesAndLineBreaksInTheTextIsReadLikeKgExtractReadsIt(@TempDir Path tmp) throws IOException {
        String text = Files.readString(EXAMPLES.resolve("council-budget-vote.txt"));
        Path csv = tmp.resolve("in.csv");
        try (var w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                var p = new org.apache.commons.csv.CSVPrinter(w, org.apache.commons.csv.CSVFormat.RFC4180)) {
            p.printRecord("id", "title", "text");
            p.printRecord("council", "A \"quoted\" title", text);
        }
        Path out = tmp.resolve("out");

        ExtractJob.Result r = new ExtractJob(spark, 2).run(List.of(csv.toString()), out.toString(), null);

        assertThat(r.problems()).isZero();
        assertThat(csvRows(out.resolve("triples.csv"))).isEqualTo(kgExtract(List.of(csv)));
        List<String> articles = new ArrayList<>();
        for (Path part : partFiles(out.resolve("articles.csv"))) {
            try (var parser = org.apache.commons.csv.CSVParser.parse(part, StandardCharsets.UTF_8,
                    org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                assertThat(parser.getHeaderNames()).containsExactlyElementsOf(ExtractJob.ARTICLE_COLUMNS);
                parser.forEach(rec -> articles.add(rec.get("id") + "|" + rec.get("title") + "|" + rec.get("sha256")));
            }
        }
        assertThat(articles).containsExactly("council|A \"quoted\" title|" + NodeKeys.sha256(text));
    }

    private static Path writeTxt(Path dir, String id, String text) throws IOException {
        Path d = Files.createDirectories(dir.resolve("txt"));
        return Files.writeString(d.resolve(id + ".txt"), text);
    }

    /** kg extract's triples of these inputs, in its order, as comparable strings. */
    private static List<String> kgExtract(List<Path> inputs) {
        List<org.newskg.model.Article> articles = new ArrayList<>();
        ArticleSources.read(inputs, articles::add, p -> {
            throw new AssertionError(p.toString());
        });
        // as kg extract: the run's office holders, read before any article is extracted
        Extractor extractor = Extractor.create()
                .knowing(Offices.learned(articles.stream().map(org.newskg.model.Article::text).toList()));
        articles.sort(java.util.Comparator.comparing(org.newskg.model.Article::id));
        List<String> rows = new ArrayList<>();
        CorpusPass corpus = new CorpusPass(r -> r.triples().forEach(t -> rows.add(show(t))));
        for (var a : articles) {
            corpus.accept(extractor.extractArticle(a));
        }
        corpus.finish();
        return rows;
    }

    private static String show(Triple t) {
        return String.join("|", t.articleId(), t.predicate().name(), t.subject(), t.subjectType().name(), t.object(),
                t.objectType().name(), TriplesWriter.formatConfidence(t.confidence()), t.evidence(),
                Integer.toString(t.start()), Integer.toString(t.end()), t.rule());
    }

    /** The triples of a Spark CSV directory, read by the project's own reader, part files in order. */
    private static List<String> csvRows(Path dir) throws IOException {
        List<String> rows = new ArrayList<>();
        for (Path part : partFiles(dir)) {
            TriplesReader.read(part, t -> rows.add(show(t)), p -> {
                throw new AssertionError(p.toString());
            });
        }
        return rows;
    }

    private static List<String> problems(Path dir) throws IOException {
        List<String> rows = new ArrayList<>();
        for (Path part : partFiles(dir)) {
            rows.addAll(Files.readAllLines(part, StandardCharsets.UTF_8).stream().skip(1).toList());
        }
        return rows;
    }

    private static List<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }
}
