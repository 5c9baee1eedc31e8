package org.newskg.extractor.criticism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.model.Relation;

class CueTest {

    private static final Map<String, List<Cue>> LEXICON = Cue.lexicon();

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            criticise, CRITICISED, VERB
            criticize, CRITICISED, VERB
            slam,      CRITICISED, VERB
            accuse,    CRITICISED, VERB
            lash,      CRITICISED, PHRASAL
            critical,  CRITICISED, ADJ
            fault,     CRITICISED, VERB
            harangue,  CRITICISED, VERB
            call,      CRITICISED, PARTICLE
            critique,  CRITICISED, NOUN
            critic,    CRITICISED, NOUN
            fire,      CRITICISED, UNDER
            trade,     CRITICISED, RECIPROCAL
            turn,      CRITICISED, CONTINUATION
            describe,  CRITICISED, LABEL
            question,  CRITICISED, QUALITY
            knock,     CRITICISED, VERB
            praise,    PRAISED,    VERB
            appall,    CRITICISED, FEELING
            urge,      CRITICISED, DEMAND
            derogatory, CRITICISED, REMARK
            """)
    void theLexiconKnowsEachCueAndWhatItMeans(String lemma, Relation relation, Cue.Kind kind) {
        assertThat(LEXICON.get(lemma)).anySatisfy(c -> {
            assertThat(c.relation()).isEqualTo(relation);
            assertThat(c.kind()).isEqualTo(kind);
        });
    }

    @Test
    void theSievesRunInTheirDocumentedOrderUnderDistinctNames() {
        assertThat(CriticismRules.SIEVES).extracting(Sieve::name).containsExactly("reciprocal", "verb-passive",
                "verb-active", "verb-label", "noun-label", "said-label", "said-wrong", "told-quote", "phrasal", "noun-possessive",
                "noun-from", "noun-that", "noun-relative", "noun-aimed",
                "noun-at", "adjective", "noun-about", "feeling", "resignation-call", "noun-critic", "singled-out", "harsh-words", "act-author", "headline", "retort", "continuation");
    }

    private static Sentence tagged(String text) {
        List<Token> tokens = new java.util.ArrayList<>();
        int at = 0;
        for (String wt : text.split(" ")) {
            String[] f = wt.split("/");
            tokens.add(new Token(tokens.size(), f[0], at, at + f[0].length(), f[1], f[2], "O", 0));
            at += f[0].length() + 1;
        }
        return new Sentence(0, 0, at - 1, tokens);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Smith/NNP/Smith slammed/VBD/slam Jones/NNP/Jones                     => true
            Smith/NNP/Smith hit/VBD/hit out/RP/out at/IN/at Jones/NNP/Jones       => true
            Smith/NNP/Smith hit/VBD/hit the/DT/the ball/NN/ball                    => false
            the/DT/the attack/NN/attack on/IN/on Jones/NNP/Jones                  => true
            the/DT/the attack/NN/attack was/VBD/be bad/JJ/bad                      => false
            Smith/NNP/Smith praised/VBD/praise Jones/NNP/Jones                     => true
            Smith/NNP/Smith called/VBD/call out/RP/out Jones/NNP/Jones             => true
            Smith/NNP/Smith called/VBD/call Jones/NNP/Jones                        => false
            Smith/NNP/Smith came/VBD/come under/IN/under fire/NN/fire from/IN/from Jones/NNP/Jones => true
            the/DT/the house/NN/house caught/VBD/catch fire/NN/fire                 => false
            Smith/NNP/Smith turned/VBD/turn to/TO/to Jones/NNP/Jones               => false
            Smith/NNP/Smith called/VBD/call Jones/NNP/Jones a/DT/a liar/NN/liar     => true
            Smith/NNP/Smith called/VBD/call Jones/NNP/Jones a/DT/a friend/NN/friend => false
            Smith/NNP/Smith said/VBD/say Jones/NNP/Jones was/VBD/be unfit/JJ/unfit  => true
            Smith/NNP/Smith said/VBD/say Jones/NNP/Jones was/VBD/be right/JJ/right  => false
            Smith/NNP/Smith said/VBD/say it/PRP/it was/VBD/be wrong/JJ/wrong        => false
            Smith/NNP/Smith said/VBD/say the/DT/the tweet/NN/tweet was/VBD/be a/DT/a joke/NN/joke => false
            Smith/NNP/Smith said/VBD/say her/PRP$/her remarks/NNS/remark were/VBD/be wrong/JJ/wrong => true
            Smith/NNP/Smith said/VBD/say the/DT/the president/NN/president was/VBD/be wrong/JJ/wrong => true
            the/DT/the liar/NN/liar ,/,/, Smith/NNP/Smith called/VBD/call Jones/NNP/Jones => false
            Smith/NNP/Smith urged/VBD/urge Jones/NNP/Jones to/TO/to resign/VB/resign => true
            Smith/NNP/Smith urged/VBD/urge Jones/NNP/Jones to/TO/to vote/VB/vote => false
            Smith/NNP/Smith said/VBD/say Jones/NNP/Jones should/MD/should resign/VB/resign => true
            Smith/NNP/Smith said/VBD/say Jones/NNP/Jones had/VBD/have resigned/VBN/resign => false
            """)
    void parsesOnlySentencesWhereACueCanHaveATarget(String tagged, boolean expected) {
        assertThat(CriticismRules.hasCue(tagged(tagged))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Smith/NNP/Smith went/VBD/go to/IN/to slam/NN/slam Jones/NNP/Jones           => Smith/NNP went/VBD to/TO slam/VB Jones/NNP
            Smith/NNP/Smith urged/VBD/urge them/PRP/them to/IN/to sack/NN/sack her/PRP/her => Smith/NNP urged/VBD them/PRP to/TO sack/VB her/PRP
            Smith/NNP/Smith took/VBD/take to/IN/to fire/NN/fire back/RB/back            => Smith/NNP took/VBD to/TO fire/VB back/RB
            Smith/NNP/Smith was/VBD/be open/JJ/open to/IN/to attack/NN/attack from/IN/from Jones/NNP/Jones => Smith/NNP was/VBD open/JJ to/IN attack/NN from/IN Jones/NNP
            Smith/NNP/Smith went/VBD/go to/IN/to church/NN/church Sunday/NNP/Sunday     => Smith/NNP went/VBD to/IN church/NN Sunday/NNP
            Smith/NNP/Smith said/VBD/say after/IN/after the/DT/the debate/NN/debate that/WDT/that Jones/NNP/Jones lied/VBD/lie => Smith/NNP said/VBD after/IN the/DT debate/NN that/IN Jones/NNP lied/VBD
            Smith/NNP/Smith saw/VBD/see the/DT/the debate/NN/debate that/WDT/that Jones/NNP/Jones won/VBD/win => Smith/NNP saw/VBD the/DT debate/NN that/WDT Jones/NNP won/VBD
            Smith/NNP/Smith said/VBD/say the/DT/the report/NN/report that/WDT/that Jones/NNP/Jones wrote/VBD/write => Smith/NNP said/VBD the/DT report/NN that/WDT Jones/NNP wrote/VBD
            """)
    void aCueVerbTheTaggerTookForANounAfterToIsReadAsAnInfinitiveAndTheThatOfAReportAsAConjunction(String tagged, String expected) {
        assertThat(CriticismRules.retagged(tagged(tagged)).tokens()).extracting(t -> t.word() + "/" + t.pos())
                .containsExactly(expected.split(" "));
    }
}
