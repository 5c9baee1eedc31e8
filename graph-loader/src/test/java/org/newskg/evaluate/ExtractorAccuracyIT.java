package org.newskg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.Extractor;
import org.newskg.model.Article;
import org.newskg.model.ArticleSources;
import org.newskg.model.InputProblem;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesWriter;

/**
 * The extractor's accuracy on the development set (the seed article plus ../shared/corpus/dev, gold in
 * ../shared/gold) and on the project's own examples (examples/gold), scored by {@link Scorer} with the
 * default confidence threshold of {@code kg evaluate}, and checked against tools/score.py.
 */
class ExtractorAccuracyIT {

    // ---- Thresholds: they only ever go up. -------------------------------------------------------
    // Issue 2's goal on the development set is micro F1 >= 0.80 and every predicate's F1 >= 0.70.
    // The asserted values are the figures measured when this test was last raised, rounded down
    // (ACCURACY.md has the measurement); raise them whenever the extractor improves, never lower them.
    static final double GOAL_MICRO_F1 = 0.80;
    static final double GOAL_PREDICATE_F1 = 0.70;

    // Measured 2026-11-26 on main ef2c1b1: micro 0.944, MEMBER_OF 0.879, SAID 0.983, CRITICISED 0.811.
    static final double DEV_MIN_MICRO_F1 = 0.94;
    static final double DEV_MIN_MEMBER_OF_F1 = 0.87;
    static final double DEV_MIN_SAID_F1 = 0.98;
    static final double DEV_MIN_CRITICISED_F1 = 0.81;

    // examples/gold (3 articles, 19 required rows), measured 2026-11-26 on main ef2c1b1: micro 0.947,
    // MEMBER_OF 1.000, SAID 0.889, CRITICISED 1.000; each predicate is held to the goal.
    static final double EXAMPLES_MIN_MICRO_F1 = 0.94;
    // ------------------------------------------------------------------------------------------------

    static final double MIN_CONFIDENCE = 0.5;
    static final String SEED = "examples/articles/livingstone-quits-labour.txt";

    static Extractor extractor;
    static Path root;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadExtractor() {
        root = projectRoot();
        extractor = Extractor.create();
    }

    @Test
    void developmentSetMeetsTheThresholds() throws Exception {
        Path shared = root.resolve("../shared").normalize();
        assumeTrue(Files.isDirectory(shared.resolve("gold")) && Files.isDirectory(shared.resolve("corpus/dev")),
                "no ../shared/gold and ../shared/corpus/dev here");
        Evaluation e = evaluate(List.of(root.resolve(SEED), shared.resolve("corpus/dev")), List.of(shared.resolve("gold")));

        assertThat(e.articlesScored()).isEqualTo(10);
        // the goals are met on the development set, so they are asserted along with the measured floors
        assertThat(e.micro().f1()).as("micro F1").isGreaterThanOrEqualTo(Math.max(GOAL_MICRO_F1, DEV_MIN_MICRO_F1));
        assertThat(e.score(Relation.MEMBER_OF).f1()).as("MEMBER_OF F1")
                .isGreaterThanOrEqualTo(Math.max(GOAL_PREDICATE_F1, DEV_MIN_MEMBER_OF_F1));
        assertThat(e.score(Relation.SAID).f1()).as("SAID F1")
                .isGreaterThanOrEqualTo(Math.max(GOAL_PREDICATE_F1, DEV_MIN_SAID_F1));
        assertThat(e.score(Relation.CRITICISED).f1()).as("CRITICISED F1")
                .isGreaterThanOrEqualTo(Math.max(GOAL_PREDICATE_F1, DEV_MIN_CRITICISED_F1));
    }

    @Test
    void projectExamplesMeetTheThresholds() throws Exception {
        Path gold = root.resolve("examples/gold");
        assumeTrue(Files.isDirectory(gold), "no examples/gold yet");
        Evaluation e = evaluate(List.of(root.resolve("examples/articles")), List.of(gold));
        assertThat(e.articlesScored()).isPositive();
        assertThat(e.micro().f1()).as("micro F1 on examples/gold").isGreaterThanOrEqualTo(EXAMPLES_MIN_MICRO_F1);
        for (Relation r : Scorer.PREDICATES) {
            assertThat(e.score(r).f1()).as("%s F1 on examples/gold", r).isGreaterThanOrEqualTo(GOAL_PREDICATE_F1);
        }
    }

    /** Extracts {@code articles}, scores against {@code gold}, prints the table, and checks tools/score.py agrees. */
    private Evaluation evaluate(List<Path> articles, List<Path> gold) throws Exception {
        List<Article> input = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        ArticleSources.read(articles, input::add, problems::add);
        assertThat(problems).isEmpty();
        List<Triple> triples = new ArrayList<>();
        for (Article a : input) {
            triples.addAll(extractor.extract(a));
        }
        List<GoldRow> rows = GoldReader.read(gold, problems::add);
        assertThat(problems).isEmpty();
        Evaluation e = Scorer.score(rows, triples, MIN_CONFIDENCE);
        System.err.println("Accuracy on " + gold + ":\n" + EvaluationFormat.TABLE.render(e, false));

        Path file = tmp.resolve("triples.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                TriplesWriter out = new TriplesWriter(w, TriplesFormat.CSV)) {
            out.writeAll(triples);
        }
        JsonNode python = runPython(gold, file);
        if (python != null) {
            for (String label : List.of("MEMBER_OF", "SAID", "CRITICISED", "micro")) {
                Score s = label.equals("micro") ? e.micro() : e.score(Relation.valueOf(label));
                assertThat(python.path("scores").path(label).path("f1").asDouble()).as("tools/score.py %s F1", label)
                        .isCloseTo(s.f1(), within(1e-9));
                assertThat(python.path("scores").path(label).path("precision").asDouble())
                        .isCloseTo(s.precision(), within(1e-9));
                assertThat(python.path("scores").path(label).path("recall").asDouble()).isCloseTo(s.recall(), within(1e-9));
            }
        }
        return e;
    }

    /** tools/score.py's JSON, or null when python3 is not installed. */
    private static JsonNode runPython(List<Path> gold, Path triples) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", root.resolve("tools/score.py").toString(), "--format",
                "json", "--min-confidence", Double.toString(MIN_CONFIDENCE), "--gold"));
        gold.forEach(g -> cmd.add(g.toString()));
        cmd.add("--");
        cmd.add(triples.toString());
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            return null;
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("tools/score.py: %s", err).isZero();
        return new ObjectMapper().readTree(out);
    }

    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("tools/score.py"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("project root (with tools/score.py)").isNotNull();
        return dir;
    }
}
