package org.newskg.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.InputProblem;

/**
 * The triples input of kg load and kg import: part directories read in the order of the part names, Parquet as
 * Spark writes it (resources: what ExtractJob wrote for the example articles), ExtractJob's output directory with the articles' metadata, bad rows and
 * broken parts reported by their file.
 */
class TriplesInputTest {

    private static final String HEADER = "article_id,subject,subject_type,predicate,object,object_type,confidence,"
            + "evidence,start,end,rule";
    @TempDir
    Path tmp;

    private final List<ArticleContribution> read = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Test
    void csvPartsAreReadInTheOrderOfTheirNamesAndAnArticleSpanningTwoPartsIsOneArticle() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("triples.csv"));
        // written in reverse order: the file system's order must not matter
        csv(dir.resolve("part-00002-x-c000.csv"), row("c", "Ann Lee", "1"));
        csv(dir.resolve("part-00001-x-c000.csv"), row("b", "Bo Ray", "1"), row("c", "Cy Dee", "2"));
        csv(dir.resolve("part-00000-x-c000.csv"), row("a", "Ann Lee", "1"), row("b", "Ann Lee", "2"));
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve(".part-00000-x-c000.csv.crc"), "crc");
        Files.writeString(dir.resolve("part-00003-x-c000.csv"), ""); // an empty partition

        readAll(dir);

        assertThat(problems).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(read).extracting(ArticleContribution::articleId).containsExactly("a", "b", "c");
        assertThat(read.get(2).triples()).extracting(t -> t.subject()).containsExactly("Cy Dee", "Ann Lee");
        assertThat(read.get(1).triples()).extracting(t -> t.subject()).containsExactly("Ann Lee", "Bo Ray");
        assertThat(read).allSatisfy(c -> assertThat(c.textSha256()).isNull());
    }

    @Test
    void parquetAsSparkWritesItGivesTheTriplesOfTheSameCsv() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("triples.parquet"));
        Files.copy(resource("triples.snappy.parquet"), dir.resolve("part-00000-x-c000.snappy.parquet"));

        readAll(dir);
        List<ArticleContribution> fromParquet = List.copyOf(read);
        read.clear();
        readAll(resource("triples.csv"));

        assertThat(problems).isEmpty();
        assertThat(fromParquet).hasSize(6).isEqualTo(read);
    }

    @Test
    void extractJobsOutputDirectoryGivesEachArticleItsMetadataAndWritesArticlesWithoutTriples() throws IOException {
        Path out = tmp.resolve("out");
        Files.copy(resource("triples.snappy.parquet"), Files.createDirectories(out.resolve("triples.parquet"))
                .resolve("part-00000.snappy.parquet"));
        Files.createDirectories(out.resolve("triples.csv")); // Parquet first where both are
        Files.copy(resource("articles.snappy.parquet"), Files.createDirectories(out.resolve("articles.parquet"))
                .resolve("part-00000.snappy.parquet"));

        readAll(out);

        assertThat(problems).isEmpty();
        assertThat(read).hasSize(6).allSatisfy(c -> {
            assertThat(c.textSha256()).hasSize(64);
            assertThat(c.title()).isNull(); // .txt articles have none
            assertThat(c.triples()).isNotEmpty();
        });

        // metadata as CSV, with an article that has no triples
        read.clear();
        Path csvMeta = Files.createDirectories(tmp.resolve("out2").resolve("articles.csv"));
        Files.copy(out.resolve("triples.parquet"), tmp.resolve("out2").resolve("triples.parquet"));
        Files.copy(out.resolve("triples.parquet").resolve("part-00000.snappy.parquet"),
                tmp.resolve("out2").resolve("triples.parquet").resolve("part-00000.snappy.parquet"));
        Files.write(csvMeta.resolve("part-00000-x-c000.csv"), List.of("id,title,source,url,published,sha256",
                "council-budget-vote,A \"quoted\" title,Gazette,,,aaa", "quiet,Nothing said,,,,qqq"));

        readAll(tmp.resolve("out2"));

        assertThat(read).hasSize(7);
        assertThat(read).filteredOn(c -> c.articleId().equals("council-budget-vote")).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("A \"quoted\" title");
            assertThat(c.source()).isEqualTo("Gazette");
            assertThat(c.url()).isNull();
            assertThat(c.textSha256()).isEqualTo("aaa");
        });
        assertThat(read.get(6).articleId()).isEqualTo("quiet");
        assertThat(read.get(6).triples()).isEmpty();
        assertThat(read.get(6).title()).isEqualTo("Nothing said");
        assertThat(problems).as("the articles with triples but no metadata row").hasSize(5)
                .allSatisfy(p -> assertThat(p.message()).contains("no row in its articles file"));
    }

    @Test
    void aBrokenPartIsNamedAndTheOtherPartsAreRead() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("triples.parquet"));
        Files.copy(resource("triples.snappy.parquet"), dir.resolve("part-00000.snappy.parquet"));
        byte[] bytes = Files.readAllBytes(resource("triples.snappy.parquet"));
        Files.write(dir.resolve("part-00001.snappy.parquet"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        readAll(dir);

        assertThat(read).hasSize(6);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(dir.resolve("part-00001.snappy.parquet").toString());
            assertThat(p.message()).startsWith("cannot read");
        });
    }

    @Test
    void aDirectoryWithoutPartsOrAMissingPathIsAProblem() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        readAll(empty, tmp.resolve("missing"));

        assertThat(read).isEmpty();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).message()).contains("no part files");
        assertThat(problems.get(1).message()).contains("no such file");
    }

    private void readAll(Path... inputs) {
        TriplesInput.read(List.of(inputs), read::add, warnings::add, problems::add);
    }

    private static String row(String article, String person, String start) {
        return article + "," + person + ",PERSON,MEMBER_OF,Labour Party,PARTY,0.850,\"" + person + ", Labour, said so.\","
                + start + ",40,member.appositive";
    }

    private static void csv(Path file, String... rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(List.of(rows));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static Path resource(String name) {
        try {
            return Path.of(TriplesInputTest.class.getResource("spark/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
