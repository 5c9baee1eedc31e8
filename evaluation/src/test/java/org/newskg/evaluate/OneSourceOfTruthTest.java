package org.newskg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newskg.model.Honorifics;
import org.newskg.model.Relation;

/**
 * The lists the scoring rules depend on have one source each, in model: which predicates are scored
 * ({@link Relation#scored()}) and which honorifics a name drops (honorifics.txt). The Java scorer reads them;
 * tools/score.py, an independent implementation in Python, keeps copies, and this test keeps the copies equal.
 */
class OneSourceOfTruthTest {

    private static final Pattern PY_PREDICATES = Pattern.compile("(?m)^PREDICATES = \\(([^)]*)\\)");
    private static final Pattern PY_HONORIFICS = Pattern.compile("(?m)^HONORIFICS = \\{([^}]*)\\}");
    private static final Pattern PY_STRING = Pattern.compile("\"([^\"]*)\"");

    @Test
    void scorerScoresExactlyTheRelationsMarkedScoredInVocabularyOrder() {
        assertThat(Scorer.PREDICATES).containsExactlyElementsOf(
                Arrays.stream(Relation.values()).filter(Relation::scored).toList());
        assertThat(Scorer.PREDICATES).containsExactly(Relation.MEMBER_OF, Relation.SAID, Relation.CRITICISED);
    }

    @Test
    void scorePyScoresTheSamePredicatesInTheSameOrder() throws IOException {
        List<String> scored = Arrays.stream(Relation.values()).filter(Relation::scored).map(Relation::name).toList();
        assertThat(strings(PY_PREDICATES, scorePy())).as("PREDICATES in tools/score.py").containsExactlyElementsOf(scored);
    }

    @Test
    void nameKeysAndScorePyDropTheScoringRulesHonorifics() throws IOException {
        assertThat(NameKeys.HONORIFICS).isEqualTo(Honorifics.SCORED);
        assertThat(strings(PY_HONORIFICS, scorePy())).as("HONORIFICS in tools/score.py")
                .containsExactlyInAnyOrderElementsOf(Honorifics.SCORED);
        assertThat(Honorifics.SCORED).containsExactlyInAnyOrder("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady",
                "dame", "rev", "prof");
    }

    private static List<String> strings(Pattern assignment, String source) {
        Matcher m = assignment.matcher(source);
        assertThat(m.find()).as("assignment " + assignment.pattern() + " in tools/score.py").isTrue();
        List<String> out = new ArrayList<>();
        Matcher s = PY_STRING.matcher(m.group(1));
        while (s.find()) {
            out.add(s.group(1));
        }
        return out;
    }

    private static String scorePy() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("tools/score.py"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("project root with tools/score.py").isNotNull();
        return Files.readString(dir.resolve("tools/score.py"), StandardCharsets.UTF_8);
    }
}
