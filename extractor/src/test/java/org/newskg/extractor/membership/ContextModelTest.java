package org.newskg.extractor.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.parties.Party;

/** How member.context-model turns scores into findings: one party a person at most, never against a contrast. */
class ContextModelTest {

    private static final Party LABOUR = new Party("Labour Party", "GB");
    private static final Party TORIES = new Party("Conservative Party", "GB");
    private static final Sentence S = new Sentence(0, 0, 1, List.of());
    private static final Map<String, Double> W = Map.of("bias", -1.0, "tie-same", 3.0, "party-race", 1.0);

    private static ContextModel.Candidate pair(String person, Party party, String... features) {
        Map<String, Double> f = new java.util.TreeMap<>();
        f.put("bias", 1.0);
        for (String x : features) {
            f.put(x, 1.0);
        }
        return new ContextModel.Candidate(person, party, S, f);
    }

    @Test
    void probabilityIsTheLogisticOfTheWeightedSum() {
        assertThat(ContextModel.probability(W, Map.of("bias", 1.0))).isCloseTo(1 / (1 + Math.exp(1)),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ContextModel.probability(W, Map.of("bias", 1.0, "tie-same", 1.0, "unknown", 1.0)))
                .isCloseTo(1 / (1 + Math.exp(-2)), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aPersonGetsTheOnePartyThatReachesTheThreshold() {
        List<ContextModel.Candidate> chosen = ContextModel.decide(List.of(pair("Ann Holt", LABOUR, "tie-same"),
                pair("Ann Holt", TORIES)), W, 0.8);
        assertThat(chosen).extracting(c -> c.party().canonical()).containsExactly("Labour Party");
    }

    @Test
    void nothingWhenTwoPartiesReachTheThreshold() {
        assertThat(ContextModel.decide(List.of(pair("Ann Holt", LABOUR, "tie-same"),
                pair("Ann Holt", TORIES, "tie-same", "party-race")), W, 0.8)).isEmpty();
    }

    @Test
    void nothingAgainstAContrastOrAnAttackByTheParty() {
        assertThat(ContextModel.decide(List.of(pair("Ann Holt", LABOUR, "tie-same", "contrast")), W, 0.8)).isEmpty();
        assertThat(ContextModel.decide(List.of(pair("Ann Holt", LABOUR, "tie-same", "attacked-by-member")), W, 0.8))
                .isEmpty();
    }

    @Test
    void theNeverFiringModelFindsNothing() {
        List<Found> found = new java.util.ArrayList<>();
        ContextModel.NONE.apply(List.of(pair("Ann Holt", LABOUR, "tie-same", "party-race")), found);
        assertThat(found).isEmpty();
    }
}
