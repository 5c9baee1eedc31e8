package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import org.newskg.model.TriplesReader;
import picocli.CommandLine;

/** {@code kg extract} over a folder of good and bad inputs: the good ones are extracted, the bad ones named. */
class ExtractCommandIT {

    private static final String GOOD = "Labour MP Jane Doe spoke after the vote.\n"
            + "Ms Doe said: \u201cWe will win this argument in the spring, whatever happens.\u201d\n";

    @TempDir
    Path dir;

    @Test
    void badInputsAreNamedOnStderrTheRestIsExtractedAndTheExitCodeIsOne() throws IOException {
        Files.writeString(dir.resolve("good.txt"), GOOD, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("empty.txt"), "  \n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": 7, \"text\": \"" + GOOD.replace("\n", "\\n")
                .replace("\u201c", "\\u201c").replace("\u201d", "\\u201d") + "\"}\n{\"id\": 8, \"text\": \n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out").resolve("triples.csv");
        Files.createDirectories(out.getParent());

        StringWriter err = new StringWriter();
        CommandLine cmd = Kg.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute("extract", dir.toString(), "-o", out.toString(), "--threads", "2");

        assertThat(exit).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(err.toString())
                .contains("empty.txt").contains("picture.txt").contains("binary")
                .contains("latin1.txt").contains("not UTF-8")
                .contains("feed.jsonl:2").contains("not valid JSON")
                .contains("2 articles").contains("4 problems");
        List<Triple> triples = new java.util.ArrayList<>();
        Consumer<org.newskg.model.InputProblem> noProblems = p -> {
            throw new AssertionError(p.toString());
        };
        TriplesReader.read(out, triples::add, noProblems);
        assertThat(triples).extracting(Triple::articleId).contains("good", "7");
        assertThat(triples).filteredOn(t -> t.predicate() == Relation.SAID)
                .extracting(Triple::subject).containsOnly("Jane Doe");
    }

    @Test
    void priorTriplesFilesDecideMembershipsAsTheRunsOwnArticlesWouldExceptForTheArticlesReadAgain() throws IOException {
        Path monday = Files.createDirectories(dir.resolve("monday"));
        Path tuesday = Files.createDirectories(dir.resolve("tuesday"));
        Files.writeString(monday.resolve("a1.txt"), "Labour MP Ann Holt opened the new clinic in Leeds on Friday.");
        Files.writeString(tuesday.resolve("c1.txt"), "Ann Holt and Tom Reid clashed over the clinic. The Labour and"
                + " Conservative conferences open next week.");
        Path mon = dir.resolve("monday.csv");
        Path tue = dir.resolve("tuesday.csv");
        Path again = dir.resolve("again.csv");

        assertThat(extract("extract", monday.toString(), "-o", mon.toString())).isZero();
        assertThat(extract("extract", tuesday.toString(), "--prior", mon.toString(), "-o", tue.toString())).isZero();
        // monday read again beside its own earlier triples: they do not count twice, nor for itself
        assertThat(extract("extract", monday.toString(), tuesday.toString(), "--prior", mon.toString(),
                "-o", again.toString())).isZero();

        assertThat(memberships(tue)).containsExactly("c1 Ann Holt Labour Party member.corpus");
        assertThat(memberships(again)).containsExactly("a1 Ann Holt Labour Party member.title-before-name",
                "c1 Ann Holt Labour Party member.corpus");
        assertThat(extract("extract", tuesday.toString(), "--prior", dir.resolve("missing.csv").toString(),
                "-o", tue.toString())).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
    }

    private static int extract(String... args) {
        CommandLine cmd = Kg.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        return cmd.execute(args);
    }

    private static List<String> memberships(Path file) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        TriplesReader.read(file, t -> {
            if (t.predicate() == Relation.MEMBER_OF) {
                out.add(t.articleId() + " " + t.subject() + " " + t.object() + " " + t.rule());
            }
        }, p -> {
            throw new AssertionError(p.toString());
        });
        return out;
    }
}
