package org.newskg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus sieve decides an article's candidate (a person named with no party, beside a party the article
 * names) from what the run's other articles say of that person, and only when they agree and say it firmly.
 */
class CorpusPartiesTest {

    /**
     * What other articles say of Ann Holt ({@code article:party:rule:confidence}, or LEFT for a departure), and
     * what article "x", naming her beside the Labour Party and the Conservative Party, gets.
     */
    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            a:Labour Party:member.title-before-name:0.9                                   => Labour Party
            a:Labour Party:member.appositive:0.85                                         => Labour Party
            a:Labour Party:member.race-group:0.6, b:Labour Party:member.party-leader:0.6   => Labour Party
            a:Labour Party:member.race-group:0.6                                          => Labour Party
            a:Labour Party:member.race-group:0.6, a:Labour Party:member.his-party:0.65     => Labour Party
            a:Labour Party:member.description:0.55                                        => none
            a:Labour Party:member.description:0.55, b:Labour Party:member.description:0.55 => Labour Party
            a:Labour Party:member.title-before-name:0.9, b:Conservative Party:member.appositive:0.85 => none
            a:Labour Party:member.title-before-name:0.9, b:Green Party:member.race-group:0.6 => none
            a:Labour Party:member.appositive:0.85, b:Labour Party:member.appositive:0.85, c:Labour Party:member.appositive:0.85, d:Green Party:member.race-group:0.6 => Labour Party
            a:Labour Party:member.appositive:0.85, b:Labour Party:member.appositive:0.85, d:Green Party:member.race-group:0.6 => none
            a:Labour Party:member.appositive:0.85, b:Labour Party:member.appositive:0.85, c:Labour Party:member.appositive:0.85, d:Green Party:member.race-group:0.6, e:Green Party:member.race-group:0.6 => none
            a:Labour Party:member.left-party:0.85:LEFT, c:Conservative Party:member.title-before-name:0.9 => none
            a:Green Party:member.title-before-name:0.9                                    => none
            a:Labour Party:member.corpus:0.6, b:Labour Party:member.corpus:0.6             => none
            x:Labour Party:member.title-before-name:0.9                                   => none
            """)
    void decidesFromTheRunsOtherArticles(String elsewhere, String expected) {
        CorpusParties corpus = new CorpusParties();
        List<Triple> known = new ArrayList<>();
        for (String fact : elsewhere.split(", ")) {
            String[] f = fact.split(":");
            Relation r = f.length > 4 ? Relation.LEFT : Relation.MEMBER_OF;
            known.add(triple(f[0], "Ann Holt", r, f[1], Double.parseDouble(f[3]), f[2]));
            if (r == Relation.LEFT) {
                known.add(triple(f[0], "Ann Holt", Relation.MEMBER_OF, f[1], Double.parseDouble(f[3]), f[2]));
            }
        }
        corpus.learn(known);
        List<PartyCandidate> candidates = List.of(
                new PartyCandidate("Ann Holt", "Labour Party", "Ann Holt spoke.", 0, 15),
                new PartyCandidate("Ann Holt", "Conservative Party", "Ann Holt spoke.", 0, 15));
        String got = corpus.complete("x", candidates).stream().map(Triple::object).collect(Collectors.joining("; "));
        assertThat(got.isEmpty() ? "none" : got).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Tom Walsh   => none
            Ann Holt    => Ann Holt > Labour Party @ member.corpus 0.6 [Ann Holt met Labour members.]
            """)
    void givesTheCandidatesOwnEvidenceAndOnlyToTheKnownPerson(String person, String expected) {
        CorpusParties corpus = new CorpusParties();
        corpus.learn(List.of(triple("a", "Ann Holt", Relation.MEMBER_OF, "Labour Party", 0.9, "member.appositive")));
        List<Triple> got = corpus.complete("x",
                List.of(new PartyCandidate(person, "Labour Party", "Ann Holt met Labour members.", 10, 38)));
        assertThat(got.isEmpty() ? "none" : got.stream().map(t -> t.subject() + " > " + t.object() + " @ " + t.rule()
                + " " + t.confidence() + " [" + t.evidence() + "]").collect(Collectors.joining("; ")))
                .isEqualTo(expected);
        got.forEach(t -> assertThat(t.articleId() + t.start() + "-" + t.end()).isEqualTo("x10-38"));
    }

    @ParameterizedTest(name = "{0} known, {1} named => {2}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ann B. Holt, Ann Holt             => Labour Party
            Ann Holt, Ann Rosemary Holt       => Labour Party
            Ann Holt, Ann Holt-Reid           => none
            Ann Holt, Holt                    => none
            Ann Holt, Tom Holt                => none
            Holt, Holt                        => Labour Party
            """)
    void matchesANameAcrossArticlesWithMiddleNamesAsideButNotASurnameAlone(String knownAndNamed, String expected) {
        String[] names = knownAndNamed.split(", ");
        CorpusParties corpus = new CorpusParties();
        corpus.learn(List.of(triple("a", names[0], Relation.MEMBER_OF, "Labour Party", 0.9, "member.appositive")));
        List<Triple> got = corpus.complete("x", List.of(new PartyCandidate(names[1], "Labour Party", "", 0, 0)));
        assertThat(got.isEmpty() ? "none" : got.get(0).object()).isEqualTo(expected);
        got.forEach(t -> assertThat(t.subject()).isEqualTo(names[1]));
    }

    /**
     * Article "x" reads Ann Holt as a Green from its context; what other articles say of her
     * ({@code article:party:rule:confidence}, or LEFT for a departure) overrules that, or not.
     */
    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            a:Labour Party:member.title-before-name:0.9, b:Labour Party:member.appositive:0.85     => overruled
            a:Labour Party:member.description:0.55, b:Labour Party:member.description:0.55         => overruled
            a:Labour Party:member.title-before-name:0.9                                            => kept
            a:Labour Party:member.title-before-name:0.9, x:Labour Party:member.appositive:0.85     => kept
            a:Labour Party:member.appositive:0.85, b:Labour Party:member.appositive:0.85, c:Green Party:member.appositive:0.85 => kept
            a:Labour Party:member.appositive:0.85, b:Labour Party:member.appositive:0.85, c:Labour Party:member.appositive:0.85, d:Labour Party:member.appositive:0.85, e:Labour Party:member.appositive:0.85, f:Labour Party:member.appositive:0.85, g:Green Party:member.appositive:0.85 => overruled
            a:Labour Party:member.appositive:0.85, b:Labour Party:member.appositive:0.85, c:Labour Party:member.left-party:0.85:LEFT => kept
            a:Labour Party:member.corpus:0.6, b:Labour Party:member.corpus:0.6                     => kept
            """)
    void overrulesAMembershipOnlyWhenTheOtherArticlesFirmlyPlaceThePersonInAnotherParty(String elsewhere,
            String expected) {
        CorpusParties corpus = new CorpusParties();
        List<Triple> known = new ArrayList<>();
        for (String fact : elsewhere.split(", ")) {
            String[] f = fact.split(":");
            known.add(triple(f[0], "Ann Holt", f.length > 4 ? Relation.LEFT : Relation.MEMBER_OF, f[1],
                    Double.parseDouble(f[3]), f[2]));
        }
        Triple context = triple("x", "Ann Holt", Relation.MEMBER_OF, "Green Party", 0.65, "member.his-party");
        known.add(context);
        corpus.learn(known);
        assertThat(corpus.overruled(context) ? "overruled" : "kept").isEqualTo(expected);
        assertThat(corpus.overruled(triple("x", "Tom Reid", Relation.MEMBER_OF, "Green Party", 0.65, "member.his-party")))
                .isFalse();
    }

    private static Triple triple(String article, String person, Relation r, String party, double confidence,
            String rule) {
        return new Triple(article, person, EntityType.PERSON, r, party, EntityType.PARTY, confidence, "", 0, 0, rule);
    }
}
