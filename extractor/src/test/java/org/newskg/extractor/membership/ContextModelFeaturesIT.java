package org.newskg.extractor.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.nlp.Analyzer;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.persons.PersonIndex;

/** The features member.context-model scores, on short articles we wrote, through the real CoreNLP pipeline. */
class ContextModelFeaturesIT {

    private static Analyzer analyzer;

    @BeforeAll
    static void loadPipeline() {
        analyzer = Analyzer.load();
    }

    /** The features of one (person, party) pair left open after the first pass, or empty when it is no candidate. */
    private static Optional<Map<String, Double>> features(String text, String person, String party) {
        Doc doc = analyzer.analyse("test", text);
        return MembershipRules.withoutContextModel().contextCandidates(doc, PersonIndex.of(doc), true).stream()
                .filter(c -> c.person().equals(person) && c.party().canonical().equals(party))
                .map(ContextModel.Candidate::features).findFirst();
    }

    @Test
    void aNameInTheSentenceOfAPartysRace() {
        Map<String, Double> f = features("""
                The Republican field is split. Farm groups want a strong rule, and the Republican field is split, \
                with Tom Walsh, Mary Jones and Bob Reid all calling for it.
                """, "Mary Jones", "Republican Party").orElseThrow();
        assertThat(f).containsKeys("bias", "tie-same", "same-only", "distance-0", "party-race", "parties-1", "top")
                .doesNotContainKeys("contrast", "other-only", "outsider");
    }

    @Test
    void aNameListedWithAKnownMember() {
        Map<String, Double> f = features("""
                Labour met in Leeds. Labour MP Ann Holt and Tom Vane spoke to Labour members on Friday.
                """, "Tom Vane", "Labour Party").orElseThrow();
        assertThat(f).containsKeys("listed-with-member", "sentence-member", "tie-same");
    }

    @Test
    void aRivalIsContrast() {
        Map<String, Double> f = features("""
                The Democrats met in Ohio. Mary Jones praised Tom Walsh, her Democratic rival, for his speech to \
                the Democrats.
                """, "Mary Jones", "Democratic Party").orElseThrow();
        assertThat(f).containsKey("contrast");
    }

    @Test
    void anAttackByTheParty() {
        Map<String, Double> f = features("""
                Labour MP Ann Holt spoke first. She attacked Tom Walsh over the Labour plan for the port.
                """, "Tom Walsh", "Labour Party").orElse(Map.of("attacked-by-member", 1.0));
        assertThat(f).containsKey("attacked-by-member");
    }

    @Test
    void noCandidateForAnObserverOrWhereTheArticleNamesThePartyOnce() {
        assertThat(features("""
                Labour held the seat. Analyst Tom Walsh said the Labour vote held up in the north.
                """, "Tom Walsh", "Labour Party")).isEmpty();
        assertThat(features("""
                Tom Walsh spoke to the Labour conference on Monday.
                """, "Tom Walsh", "Labour Party")).isEmpty();
    }
}
