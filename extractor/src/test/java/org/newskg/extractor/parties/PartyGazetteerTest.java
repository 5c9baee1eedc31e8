package org.newskg.extractor.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;

class PartyGazetteerTest {

    private static final PartyGazetteer GAZETTEER = PartyGazetteer.DEFAULT;

    /** A sentence tokenised on spaces, enough for alias matching (no tags needed). */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(tokens.size(), w, at, at + w.length(), "NN", w, "O", 0));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, at - 1, tokens);
    }

    private static String found(String text) {
        Sentence s = sentence(text);
        Doc doc = new Doc("t", text, List.of(s));
        Map<String, Integer> cues = GAZETTEER.countryCues(doc);
        return GAZETTEER.find(s).stream().map(m -> m.surface() + "=" + GAZETTEER.choose(m, cues).canonical())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Labour MP Stella Creasy                       => Labour=Labour Party
            the Tories said                               => Tories=Conservative Party
            Tory leader Michael Howard                     => Tory=Conservative Party
            Lib Dem leader Charles Kennedy                 => Lib Dem=Liberal Democrats
            the Lib Dems branded it                       => Lib Dems=Liberal Democrats
            Liberal Democrat leader Charles Kennedy        => Liberal Democrat=Liberal Democrats
            SNP leader Alex Salmond                        => SNP=Scottish National Party
            UK Independence Party leader Roger Knapman     => UK Independence Party=UK Independence Party
            ex-UKIP MEP Robert Kilroy-Silk                 => UKIP=UK Independence Party
            Simon Thomas of Plaid Cymru                    => Plaid Cymru=Plaid Cymru
            a GOP primary in Iowa                          => GOP=Republican Party
            Democratic Sen. Bernie Sanders                 => Democratic=Democratic Party
            Conservative Party chairman Grant Shapps       => Conservative Party=Conservative Party
            Sinn Fein president Gerry Adams                => Sinn Fein=Sinn Féin
            Fianna Fail and Fine Gael                      => Fianna Fail=Fianna Fáil; Fine Gael=Fine Gael
            the CDU and the SPD in Berlin                  => CDU=Christian Democratic Union; SPD=Social Democratic Party
            Likud leader in Jerusalem                      => Likud=Likud
            Syriza and New Democracy in Athens             => Syriza=Syriza; New Democracy=New Democracy
            APC and PDP candidates in Nigeria              => APC=All Progressives Congress; PDP=Peoples Democratic Party
            Front National leader                          => Front National=Front National
            Ex-Labour minister Tom Walsh                   => Labour=Labour Party
            defected to Tom Walsh's Veritas Party          => Veritas Party=Veritas
            the Democrat Party platform                    => Democrat Party=Democratic Party
            Labor leader Tom Walsh in Sydney               => Labor=Australian Labor Party
            """)
    void findsPartiesByAliasAndGivesTheirCanonicalName(String text, String expected) {
        assertThat(found(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            the labour market is tight
            conservative donors gave money
            democratic values matter
            a republican form of government
            with help from Labor Secretary Tom Walsh
            the Labor Department said
            """)
    void lowerCaseWordsAreNotParties(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void countryCuesChooseBetweenPartiesSharingAnAlias() {
        assertThat(found("Liberal leader in Ottawa said Canada must act"))
                .isEqualTo("Liberal=Liberal Party of Canada");
        assertThat(found("Liberal leader in Canberra said Australia must act"))
                .isEqualTo("Liberal=Liberal Party of Australia");
        assertThat(found("Labour TD in Dublin said Ireland must act")).isEqualTo("Labour=Irish Labour Party");
        assertThat(found("Labour MP said")).isEqualTo("Labour=Labour Party");
        // the US's own parties and states are cues too: no other word here says which Green Party
        assertThat(found("Backers of the Vermont senator may turn to the Green Party candidate"))
                .isEqualTo("Green Party=Green Party of the United States");
    }

    @Test
    void knowsWhichNamesAreParties() {
        assertThat(GAZETTEER.isPartyName("Lib Dem")).isTrue();
        assertThat(GAZETTEER.isPartyName("Labour")).isTrue();
        assertThat(GAZETTEER.isPartyName("Stella Creasy")).isFalse();
        assertThat(GAZETTEER.canonicalNames()).contains("Labour Party", "Conservative Party", "Democratic Party",
                "Republican Party", "Liberal Democrats", "Scottish National Party", "UK Independence Party");
    }
}
