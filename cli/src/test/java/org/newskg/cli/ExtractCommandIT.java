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
}
