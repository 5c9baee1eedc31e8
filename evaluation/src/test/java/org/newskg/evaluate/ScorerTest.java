package org.newskg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.model.EntityType;
import org.newskg.model.InputProblem;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

class ScorerTest {

    private static final String HEADER = "article_id,subject,predicate,object,status\n";

    static List<GoldRow> gold(String rows) {
        List<GoldRow> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        try {
            GoldReader.readOne(Path.of("test.gold.csv"), new StringReader(HEADER + rows), out, problems::add);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(problems).isEmpty();
        return out;
    }

    static Triple triple(String article, String subject, Relation predicate, String object, double confidence) {
        return new Triple(article, subject, EntityType.PERSON, predicate, object, predicate.objectType(), confidence,
                "", 0, 0, "test");
    }

    static Triple triple(String subject, Relation predicate, String object) {
        return triple("a", subject, predicate, object, 0.9);
    }

    private static Evaluation score(String goldRows, Triple... predicted) {
        return Scorer.score(gold(goldRows), List.of(predicted), 0.5);
    }

    @Test
    void membershipMatchingARequiredRowIsCorrectAndFound() {
        Evaluation e = score("""
                a,Stella Creasy,MEMBER_OF,Labour Party,required
                a,Wes Streeting,MEMBER_OF,Labour Party,required
                """, triple("Stella Creasy", Relation.MEMBER_OF, "Labour Party"));
        assertThat(e.score(Relation.MEMBER_OF)).isEqualTo(new Score("MEMBER_OF", 1, 0, 0, 1, 2));
        assertThat(e.score(Relation.MEMBER_OF).precision()).isEqualTo(1.0);
        assertThat(e.score(Relation.MEMBER_OF).recall()).isEqualTo(0.5);
        assertThat(e.score(Relation.MEMBER_OF).f1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ms Stella Creasy's   | the Labour party | 1 | 0
            MS. STELLA CREASY    | Labour           | 1 | 0
            Stella Creasy        | Tories           | 0 | 1
            Mr Creasy            | Labour Party     | 0 | 1
            """)
    void membershipComparesNormalisedNamesAndPartyAliases(String subject, String party, int correct, int fp) {
        Evaluation e = score("""
                a,Stella Creasy,MEMBER_OF,Labour Party,required
                """, triple(subject, Relation.MEMBER_OF, party));
        assertThat(e.score(Relation.MEMBER_OF).correct()).isEqualTo(correct);
        assertThat(e.score(Relation.MEMBER_OF).falsePositives()).isEqualTo(fp);
    }

    @Test
    void partyAliasesMatchTheCanonicalGoldName() {
        Evaluation e = score("""
                a,Michael Howard,MEMBER_OF,Conservative Party,required
                a,Ted Cruz,MEMBER_OF,Republican Party,required
                a,Hillary Clinton,MEMBER_OF,Democratic Party,required
                a,Nick Clegg,MEMBER_OF,Liberal Democrats,required
                """, triple("Michael Howard", Relation.MEMBER_OF, "the Tories"),
                triple("Ted Cruz", Relation.MEMBER_OF, "GOP"),
                triple("Hillary Clinton", Relation.MEMBER_OF, "Democrats"),
                triple("Nick Clegg", Relation.MEMBER_OF, "Lib Dems"));
        assertThat(e.score(Relation.MEMBER_OF)).isEqualTo(new Score("MEMBER_OF", 4, 0, 0, 4, 4));
    }

    @Test
    void optionalRowsAreNeutralAndNotCountedInRecall() {
        Evaluation e = score("""
                a,Jeremy Corbyn,MEMBER_OF,Labour Party,optional
                a,Ken Livingstone,CRITICISED,Shami Chakrabarti,optional
                a,Stella Creasy,CRITICISED,Ken Livingstone,required
                """, triple("Jeremy Corbyn", Relation.MEMBER_OF, "Labour Party"),
                triple("Ken Livingstone", Relation.CRITICISED, "Shami Chakrabarti"));
        assertThat(e.score(Relation.MEMBER_OF)).isEqualTo(new Score("MEMBER_OF", 0, 0, 1, 0, 0));
        assertThat(e.score(Relation.CRITICISED)).isEqualTo(new Score("CRITICISED", 0, 0, 1, 0, 1));
        assertThat(e.findings()).extracting(Finding::kind)
                .containsExactlyInAnyOrder(Finding.Kind.NEUTRAL, Finding.Kind.NEUTRAL, Finding.Kind.MISSED);
    }

    @Test
    void criticismDirectionMatters() {
        Evaluation e = score("a,Stella Creasy,CRITICISED,Ken Livingstone,required\n",
                triple("Ken Livingstone", Relation.CRITICISED, "Stella Creasy"));
        assertThat(e.score(Relation.CRITICISED)).isEqualTo(new Score("CRITICISED", 0, 1, 0, 0, 1));
    }

    @Test
    void duplicatePredictionsCountOnce() {
        Evaluation e = score("a,Stella Creasy,MEMBER_OF,Labour Party,required\n",
                triple("Stella Creasy", Relation.MEMBER_OF, "Labour Party"),
                triple("Ms Creasy", Relation.MEMBER_OF, "Labour Party"),
                triple("Stella Creasy", Relation.MEMBER_OF, "Labour"));
        assertThat(e.score(Relation.MEMBER_OF)).isEqualTo(new Score("MEMBER_OF", 1, 1, 0, 1, 1));
    }

    @Test
    void onlyArticlesWithGoldAreScoredAndLowConfidenceIsIgnored() {
        Evaluation e = Scorer.score(gold("a,Stella Creasy,MEMBER_OF,Labour Party,required\n"), List.of(
                triple("b", "Wes Streeting", Relation.MEMBER_OF, "Labour Party", 0.9),
                triple("a", "Wes Streeting", Relation.MEMBER_OF, "Labour Party", 0.49),
                triple("a", "Stella Creasy", Relation.MEMBER_OF, "Labour Party", 0.5)), 0.5);
        assertThat(e.articlesScored()).isEqualTo(1);
        assertThat(e.ignoredNoGold()).isEqualTo(1);
        assertThat(e.ignoredLowConfidence()).isEqualTo(1);
        assertThat(e.score(Relation.MEMBER_OF)).isEqualTo(new Score("MEMBER_OF", 1, 0, 0, 1, 1));
    }

    @Test
    void predictionsForAnArticleWithoutRowsOfAPredicateAreFalsePositives() {
        Evaluation e = score("a,Stella Creasy,MEMBER_OF,Labour Party,required\n",
                triple("Stella Creasy", Relation.CRITICISED, "Ken Livingstone"));
        assertThat(e.score(Relation.CRITICISED)).isEqualTo(new Score("CRITICISED", 0, 1, 0, 0, 0));
        assertThat(e.score(Relation.CRITICISED).f1()).isZero();
    }

    // SAID: gold quote "one two three four five six seven eight nine ten" (10 tokens)
    private static final String TEN = "a,Ken Livingstone,SAID,\"One two three four five, six seven eight nine ten.\",required\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            one two three four five six                      | 1 | 1
            one two three four five                          | 0 | 1
            one two three four five six x y z                | 1 | 1
            one two three four five six x y z w              | 1 | 1
            one two three four five six x y z w v            | 1 | 0
            seven eight nine ten a b                         | 0 | 1
            seven eight nine ten a b c                       | 0 | 0
            """)
    void sixtyPercentBoundariesForFoundAndCorrect(String predicted, int found, int correct) {
        Evaluation e = score(TEN, triple("Ken Livingstone", Relation.SAID, predicted));
        Score s = e.score(Relation.SAID);
        assertThat(s.found()).as("found").isEqualTo(found);
        assertThat(s.correct()).as("correct").isEqualTo(correct);
        assertThat(s.falsePositives()).as("false positives").isEqualTo(1 - correct);
        assertThat(s.required()).isEqualTo(1);
    }

    @Test
    void quoteTokensAreAMultiset() {
        // "no" appears once in gold; a prediction repeating it five times holds only one of them
        Evaluation e = score("a,X Y,SAID,no way,required\n", triple("X Y", Relation.SAID, "no no no no no way"));
        assertThat(e.score(Relation.SAID)).isEqualTo(new Score("SAID", 0, 1, 0, 1, 1));
    }

    @Test
    void aQuoteWithTheWrongSpeakerIsAFalsePositiveAndTheGoldQuoteMissed() {
        Evaluation e = score(TEN, triple("Jeremy Corbyn", Relation.SAID, "one two three four five six seven eight nine ten"));
        assertThat(e.score(Relation.SAID)).isEqualTo(new Score("SAID", 0, 1, 0, 0, 1));
    }

    @Test
    void mergingTwoParagraphQuotesIsCorrectAndFindsBoth() {
        Evaluation e = score("""
                a,Ken Livingstone,SAID,alpha beta gamma delta,required
                a,Ken Livingstone,SAID,epsilon zeta eta theta,required
                """, triple("Ken Livingstone", Relation.SAID, "Alpha beta gamma delta. Epsilon zeta eta theta."));
        assertThat(e.score(Relation.SAID)).isEqualTo(new Score("SAID", 1, 0, 0, 2, 2));
    }

    @Test
    void splittingAQuoteIsCorrectForEachPartButFindsItOnlyWhenOnePartHoldsSixtyPercent() {
        Evaluation e = score("a,Ken Livingstone,SAID,one two three four five six seven eight nine ten,required\n",
                triple("Ken Livingstone", Relation.SAID, "one two three four five"),
                triple("Ken Livingstone", Relation.SAID, "six seven eight nine ten"));
        assertThat(e.score(Relation.SAID)).isEqualTo(new Score("SAID", 2, 0, 0, 0, 1));
    }

    @Test
    void aQuoteInsideOnlyOptionalRowsIsNeutral() {
        Evaluation e = score("""
                a,Ken Livingstone,SAID,went mad,optional
                a,Ken Livingstone,SAID,alpha beta gamma delta,required
                """, triple("Ken Livingstone", Relation.SAID, "went mad"));
        assertThat(e.score(Relation.SAID)).isEqualTo(new Score("SAID", 0, 0, 1, 0, 1));
    }

    @Test
    void aQuoteMostlyInRequiredRowsIsCorrectEvenIfItAlsoCoversAnOptionalOne() {
        Evaluation e = score("""
                a,Ken Livingstone,SAID,distraction,optional
                a,Ken Livingstone,SAID,alpha beta gamma delta,required
                """, triple("Ken Livingstone", Relation.SAID, "alpha beta gamma delta distraction"));
        assertThat(e.score(Relation.SAID)).isEqualTo(new Score("SAID", 1, 0, 0, 1, 1));
    }

    @Test
    void aQuoteWithNoNamedSpeakerInGoldIsNeutralWhoeverItIsAttributedTo() {
        Evaluation e = score("a,*,SAID,vote now pay later,optional\n",
                triple("Gordon Brown", Relation.SAID, "Vote now, pay later"),
                triple("Michael Howard", Relation.SAID, "vote now pay later"));
        assertThat(e.score(Relation.SAID)).isEqualTo(new Score("SAID", 0, 0, 2, 0, 0));
    }

    @Test
    void aRequiredRowWithNoNamedSpeakerNeverCountsTowardsRecall() {
        Evaluation e = score("a,*,SAID,alpha beta gamma delta,required\n");
        assertThat(e.score(Relation.SAID).required()).isZero();
    }

    @Test
    void microAveragingSumsCorrectForPrecisionAndFoundForRecall() {
        Evaluation e = score("""
                a,Ken Livingstone,MEMBER_OF,Labour Party,required
                a,Stella Creasy,MEMBER_OF,Labour Party,required
                a,Ken Livingstone,SAID,alpha beta gamma delta,required
                a,Ken Livingstone,SAID,epsilon zeta eta theta,required
                a,Stella Creasy,CRITICISED,Ken Livingstone,required
                """, triple("Ken Livingstone", Relation.MEMBER_OF, "Labour"),
                triple("Ken Livingstone", Relation.MEMBER_OF, "Tories"),
                triple("Ken Livingstone", Relation.SAID, "alpha beta gamma delta epsilon zeta eta theta"),
                triple("Stella Creasy", Relation.SAID, "something else entirely"));
        Score micro = e.micro();
        assertThat(micro).isEqualTo(new Score("micro", 2, 2, 0, 3, 5));
        assertThat(micro.precision()).isEqualTo(0.5);
        assertThat(micro.recall()).isEqualTo(0.6);
        assertThat(micro.f1()).isCloseTo(2 * 0.5 * 0.6 / 1.1, within(1e-12));
    }

    @Test
    void goldRowsOfOtherPredicatesAreIgnoredAndBadStatusIsReported() throws IOException {
        List<GoldRow> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        GoldReader.readOne(Path.of("g.csv"), new StringReader(HEADER + """
                a,X,PRAISED,Y,required
                a,X,WORKS_FOR,BBC,required
                a,X,MEMBER_OF,Labour,maybe
                a,X,MEMBER_OF,Labour,Required
                """), out, problems::add);
        assertThat(out).singleElement().satisfies(g -> assertThat(g.required()).isTrue());
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo("g.csv:4"));
    }
}
