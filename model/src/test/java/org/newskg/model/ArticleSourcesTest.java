package org.newskg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private void read(Path... paths) {
        ArticleSources.read(List.of(paths), articles::add, problems::add);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<String> ids() {
        return articles.stream().map(Article::id).toList();
    }

    @Test
    void readsTxtCsvAndJsonlWithIdsAndOptionalFields() throws IOException {
        write("a-story.txt", "Text of a.\n");
        write("b.csv", "id,text,title,source\n1,\"Text, with a comma\",T1,S1\n2,Second,,\n");
        write("c.jsonl", "{\"id\": 7, \"text\": \"Seven\", \"url\": \"http://x\"}\n\n{\"id\": \"eight\", \"text\": \"Eight\"}\n");
        read(dir);
        assertThat(ids()).containsExactly("a-story", "1", "2", "7", "eight");
        assertThat(articles.get(1).text()).isEqualTo("Text, with a comma");
        assertThat(articles.get(1).title()).isEqualTo("T1");
        assertThat(articles.get(2).title()).isNull();
        assertThat(articles.get(3).url()).isEqualTo("http://x");
        assertThat(problems).isEmpty();
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreReportedAndSkipped() throws IOException {
        write("empty.txt", "");
        write("blank.txt", " \n\t\n");
        write("good.txt", "Good.");
        read(dir);
        assertThat(ids()).containsExactly("good");
        assertThat(problems).extracting(InputProblem::where)
                .containsExactlyInAnyOrder(dir.resolve("empty.txt").toString(), dir.resolve("blank.txt").toString());
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("empty"));
    }

    @Test
    void binaryFileIsRejectedWithItsName() throws IOException {
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        write("good.txt", "Good.");
        read(dir);
        assertThat(ids()).containsExactly("good");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).endsWith("image.txt");
            assertThat(p.message()).contains("binary");
        });
    }

    @Test
    void latin1AndWindows1252FilesAreRejectedNotDecodedIntoMojibake() throws IOException {
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owner said".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("cp1252.jsonl"), ("{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"text\":\"\u201cquoted\u201d\"}\n")
                .getBytes(Charset.forName("windows-1252")));
        read(dir);
        assertThat(ids()).containsExactly("1");
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("not UTF-8").contains("iconv"));
        assertThat(problems).extracting(InputProblem::where).contains(dir.resolve("cp1252.jsonl") + ":2");
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
        Files.write(dir.resolve("bom.csv"), ("\uFEFFid,text\n1,Hello\n").getBytes(StandardCharsets.UTF_8));
        read(dir);
        assertThat(ids()).containsExactly("1");
        assertThat(problems).isEmpty();
    }

    @Test
    void fiveMegabyteArticleIsReadWhole() throws IOException {
        String big = "The minister said the plan would work. ".repeat(130_000);
        write("big.txt", big);
        read(dir);
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.text()).hasSize(big.length()));
    }

    @Test
    void csvWithoutTextColumnNamesTheColumnsNeeded() throws IOException {
        Path csv = write("no-text.csv", "id,body\n1,Hello\n");
        read(csv);
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(csv.toString());
            assertThat(p.message()).contains("id,text").contains("found id,body");
        });
    }

    @Test
    void csvWithUnbalancedQuoteKeepsEarlierRowsAndNamesTheLine() throws IOException {
        Path csv = write("broken.csv", "id,text\n1,First\n2,Second\n3,\"Unclosed quote\n4,Fourth\n");
        read(csv);
        assertThat(ids()).containsExactly("1", "2");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(csv + ":4");
            assertThat(p.message()).contains("quote");
        });
    }

    @Test
    void jsonlWithBrokenLineSkipsOnlyThatLine() throws IOException {
        Path jsonl = write("b.jsonl", "{\"id\":1,\"text\":\"One\"}\n{\"id\":2,\"text\":\"Tw\n{\"id\":3,\"text\":\"Three\"}\n[1,2]\n");
        read(jsonl);
        assertThat(ids()).containsExactly("1", "3");
        assertThat(problems).extracting(InputProblem::where).containsExactly(jsonl + ":2", jsonl + ":4");
        assertThat(problems.get(0).message()).contains("not valid JSON");
    }

    @Test
    void duplicateArticleIdsKeepTheFirstAndReportTheRest() throws IOException {
        write("a.jsonl", "{\"id\":1,\"text\":\"One\"}\n{\"id\":1,\"text\":\"One again\"}\n");
        read(dir);
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("One"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).endsWith("a.jsonl:2");
            assertThat(p.message()).contains("duplicate article id '1'");
        });
    }

    @Test
    void missingPathIsReportedAndTheOtherPathsAreRead() throws IOException {
        Path good = write("good.txt", "Good.");
        read(dir.resolve("nope"), good);
        assertThat(ids()).containsExactly("good");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("no such file"));
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        Path secret = write("secret.txt", "Hidden.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as a user who can read anything (root)");
        read(secret);
        assertThat(articles).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("cannot read"));
    }

    @Test
    void filesOfOtherKindsInsideDirectoriesAreIgnoredButNamedOnesAreReported() throws IOException {
        write("notes.md", "# not an article");
        Path pdf = write("paper.pdf", "%PDF");
        write("good.txt", "Good.");
        read(dir);
        assertThat(ids()).containsExactly("good");
        assertThat(problems).isEmpty();
        read(pdf);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains(".txt, .csv or .jsonl"));
    }
}
