package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

    private static final String TRIPLES_HEADER = "article_id,subject,subject_type,predicate,object,object_type,confidence,"
            + "evidence,start,end,rule\n";

    @TempDir
    Path tmp;

    Path goldDir;
    Path triples;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void files() throws IOException {
        goldDir = Files.createDirectories(tmp.resolve("gold"));
        Files.writeString(goldDir.resolve("a.gold.csv"), """
                article_id,subject,predicate,object,status
                a,Stella Creasy,MEMBER_OF,Labour Party,required
                a,Wes Streeting,MEMBER_OF,Labour Party,required
                a,Stella Creasy,SAID,No they were completely unacceptable and need to be recognised,required
                """, StandardCharsets.UTF_8);
        Files.writeString(goldDir.resolve("README.md"), "not gold", StandardCharsets.UTF_8);
        triples = tmp.resolve("triples.csv");
        Files.writeString(triples, TRIPLES_HEADER + """
                a,Ms Creasy,PERSON,MEMBER_OF,Labour,PARTY,0.9,,0,0,t
                a,Stella Creasy,PERSON,MEMBER_OF,Labour,PARTY,0.9,,0,0,t
                a,Stella Creasy,PERSON,SAID,"No they were completely unacceptable",QUOTE,0.2,,0,0,t
                """, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        CommandLine cmd = Kg.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void printsATablePerPredicateAndMicro() {
        int code = run("evaluate", "--gold", goldDir.toString(), triples.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("MEMBER_OF\\s+1\\s+1\\s+0\\s+1\\s+2\\s+0\\.500\\s+0\\.500\\s+0\\.500")
                .containsPattern("SAID\\s+0\\s+0\\s+0\\s+0\\s+1")
                .containsPattern("micro\\s+1\\s+1\\s+0\\s+1\\s+3");
        assertThat(err.toString()).contains("1 articles with gold scored").contains("1 under confidence 0.50");
    }

    @Test
    void minConfidenceZeroKeepsLowConfidenceTriples() {
        run("evaluate", "--min-confidence", "0", "--format", "csv", "--gold", goldDir.resolve("a.gold.csv").toString(),
                triples.toString());
        // 4 of the quote's 9 tokens: not found, but all of its tokens lie in the gold quote
        assertThat(out.toString()).contains("SAID,1,0,0,0,1,1.0,0.0,0.0");
    }

    @Test
    void jsonHasEveryScoreAndVerboseListsFindings() throws IOException {
        run("evaluate", "-v", "--format", "json", "--gold", goldDir.toString(), triples.toString());
        var json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("scores").path("micro").path("required").asInt()).isEqualTo(3);
        assertThat(json.path("findings")).extracting(n -> n.path("finding").asText())
                .contains("missed", "false_positive");
    }

    @Test
    void verboseTableNamesMissesAndFalsePositivesByArticle() {
        run("evaluate", "-v", "--gold", goldDir.toString(), triples.toString());
        assertThat(out.toString()).contains("== a")
                .containsPattern("missed\\s+MEMBER_OF\\s+Wes Streeting -> Labour Party")
                .containsPattern("false positive\\s+MEMBER_OF\\s+Ms Creasy -> Labour");
    }

    @Test
    void severalGoldFilesThenTheTriplesFile() throws IOException {
        Path second = tmp.resolve("b.gold.csv");
        Files.writeString(second, "article_id,subject,predicate,object,status\nb,X Y,MEMBER_OF,Labour,required\n",
                StandardCharsets.UTF_8);
        int code = run("evaluate", "--gold", goldDir.resolve("a.gold.csv").toString(), second.toString(),
                triples.toString());
        assertThat(code).isZero();
        assertThat(err.toString()).contains("2 articles with gold scored");
    }

    @Test
    void partScoresOnlyTheArticlesOfThatPartOfTheSplit() throws IOException {
        // by the split's rule, article 017 is in the checking part and 001 in the tuning part
        Path split = Files.createDirectories(tmp.resolve("split"));
        Files.writeString(split.resolve("g.csv"), """
                article_id,subject,predicate,object,status
                017,Ann Holt,MEMBER_OF,Green Party,required
                001,Tom Reid,MEMBER_OF,Labour Party,required
                """, StandardCharsets.UTF_8);
        Files.writeString(triples, TRIPLES_HEADER + "017,Ann Holt,PERSON,MEMBER_OF,Green Party,PARTY,0.9,,0,0,t\n",
                StandardCharsets.UTF_8);
        run("evaluate", "--part", "checking", "--gold", split.toString(), triples.toString());
        assertThat(out.toString()).containsPattern("MEMBER_OF\\s+1\\s+0\\s+0\\s+1\\s+1\\s+1\\.000");
        assertThat(err.toString()).contains("(checking part): 1 articles with gold scored");
        out.getBuffer().setLength(0);
        run("evaluate", "--part", "tuning", "--gold", split.toString(), triples.toString());
        assertThat(out.toString()).containsPattern("MEMBER_OF\\s+0\\s+0\\s+0\\s+0\\s+1");
        assertThat(run("evaluate", "--part", "held-out", "--gold", split.toString(), triples.toString()))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void missingGoldIsAUsageError() {
        assertThat(run("evaluate", "--gold", tmp.resolve("nope").toString(), triples.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("gold file or directory not found");
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertThat(run("evaluate", "--format", "xml", "--gold", goldDir.toString(), triples.toString()))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aBadTriplesRowIsReportedAndTheRestScored() throws IOException {
        Files.writeString(triples, TRIPLES_HEADER + """
                a,Stella Creasy,PERSON,MEMBER_OF,Labour,PARTY,not-a-number,,0,0,t
                a,Wes Streeting,PERSON,MEMBER_OF,Labour,PARTY,0.9,,0,0,t
                """, StandardCharsets.UTF_8);
        assertThat(run("evaluate", "--gold", goldDir.toString(), triples.toString())).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(err.toString()).contains("triples.csv:1");
        assertThat(out.toString()).containsPattern("MEMBER_OF\\s+1\\s+0\\s+0\\s+1\\s+2");
    }
}
