package org.newskg.extractor.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.extractor.nlp.Analyzer;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/** MEMBER_OF rules on sentences we wrote, through the real CoreNLP pipeline (loaded once). */
class MembershipRulesIT {

    private static Analyzer analyzer;

    @BeforeAll
    static void loadPipeline() {
        analyzer = Analyzer.load();
    }

    private static List<Triple> triples(String text) {
        Doc doc = analyzer.analyse("test", text);
        return new MembershipRules().extract(doc, PersonIndex.of(doc));
    }

    private static String members(String text) {
        return triples(text).stream().filter(t -> t.predicate() == Relation.MEMBER_OF)
                .map(t -> t.subject() + " > " + t.object()).sorted().collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Labour MP Stella Creasy slammed the decision.                         => Stella Creasy > Labour Party
            Tory leader Michael Howard predicted defeat.                          => Michael Howard > Conservative Party
            Liberal Democrat leader Charles Kennedy spoke first.                  => Charles Kennedy > Liberal Democrats
            Republican candidate Donald Trump held a rally.                       => Donald Trump > Republican Party
            Democratic Sen. Amy Klobuchar spoke on Monday.                        => Amy Klobuchar > Democratic Party
            Conservative Party chairman Grant Shapps said no.                     => Grant Shapps > Conservative Party
            London UKIP MEP Gerard Batten said no.                                => Gerard Batten > UK Independence Party
            The film was about ex-UKIP MEP Robert Kilroy-Silk and his plans.      => Robert Kilroy-Silk > UK Independence Party
            Democratic presidential front-runner and former secretary of state Hillary Clinton spoke. => Hillary Clinton > Democratic Party
            The Lib Dem Business Secretary Vince Cable said the letter was odd.   => Vince Cable > Liberal Democrats
            The two other Republican candidates - Sen. Ted Cruz of Texas and Gov. John Kasich of Ohio - spoke. => John Kasich > Republican Party; Ted Cruz > Republican Party
            After the victories of Republicans Cory Gardner in Colorado and Joni Ernst in Iowa, donors were happy. => Cory Gardner > Republican Party; Joni Ernst > Republican Party
            """)
    void extractsMembershipFromTitleBeforeName(String text, String expected) {
        assertThat(members(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Stella Creasy, the Labour MP, slammed the decision.                   => Stella Creasy > Labour Party
            Mike Nattrass, UKIP's deputy leader, made the comments.               => Mike Nattrass > UK Independence Party
            He praised Rep. Joseph Heck, a Republican seeking a Senate seat.      => Joseph Heck > Republican Party
            Sen. Harry Reid, the chamber's Democratic leader, spoke.              => Harry Reid > Democratic Party
            Alex Salmond, leader of the SNP, spoke in Edinburgh.                  => Alex Salmond > Scottish National Party
            Simon Thomas, of Plaid Cymru, called it a budget for Middle England.  => Simon Thomas > Plaid Cymru
            Clinton's chief Democratic rival, Sen. Bernie Sanders of Vermont, skipped the meeting. => Bernie Sanders > Democratic Party
            """)
    void extractsMembershipFromAppositivesAndOfPhrases(String text, String expected) {
        assertThat(members(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Two senators face trouble: Sens. Mark Kirk (R-Ill.) and Ron Johnson (R-Wis.).  => Mark Kirk > Republican Party; Ron Johnson > Republican Party
            Rep. Ann Lowe (D-N.Y.) voted against the bill.                        => Ann Lowe > Democratic Party
            The ad praised Sen. Kelly Ayotte (R) for her work.                    => Kelly Ayotte > Republican Party
            """)
    void extractsMembershipFromUsPartyLetters(String text, String expected) {
        assertThat(members(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Ken Livingstone finally quit Labour tonight.                          => Ken Livingstone > Labour Party
            Douglas Carswell, who quit the Conservatives last year, spoke.        => Douglas Carswell > Conservative Party
            Tom Walsh was expelled from the SNP in May.                           => Tom Walsh > Scottish National Party
            Tom Walsh joined the Liberal Democrats in 2010.                       => Tom Walsh > Liberal Democrats
            Tom Walsh is a Republican, his aides said.                            => Tom Walsh > Republican Party
            David Cameron's Conservative Party won the vote.                      => David Cameron > Conservative Party
            In the Democratic race, Sen. Bernie Sanders kept his lead over Hillary Clinton. => Bernie Sanders > Democratic Party; Hillary Clinton > Democratic Party
            Donald Trump won back control of the Republican race, while the Democratic race went on. => Donald Trump > Republican Party
            Former minister Lord Mandelson dismissed the plan. The Labour peer said it would fail. => Mandelson > Labour Party
            """)
    void extractsMembershipFromVerbsPossessivesRacesAndDescriptions(String text, String expected) {
        assertThat(members(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Ex-Labour minister Tom Walsh told the programme there was a danger.   => Tom Walsh > Labour Party
            Peter Grant, now UKIP deputy leader, said the law was clear.          => Peter Grant > UK Independence Party
            Jane Doyle, the Republican attorney general of Ohio, sued the agency. => Jane Doyle > Republican Party
            Tom Walsh's Republican presidential campaign paid for the flights.    => Tom Walsh > Republican Party
            The Brexit Party was founded by Tom Walsh in a hotel in Leeds.        => Tom Walsh > Brexit Party
            Tom Walsh has angered members of his own Republican Party.            => Tom Walsh > Republican Party
            Tom Walsh spoke in Leeds. Later he quit UKIP to join the Conservatives. => Tom Walsh > Conservative Party; Tom Walsh > UK Independence Party
            Mary Walsh held a rally in Ohio. The Democratic nominee for president never stopped speaking. => Mary Walsh > Democratic Party
            Mary Walsh held a rally in Ohio. The presumptive Democrat nominee said she would win. => Mary Walsh > Democratic Party
            Tom Walsh spoke in Leeds. Walsh's Veritas Party was launched on Monday.  => Tom Walsh > Veritas
            ~The Democrats met. Democrats were angry. The Democratic Party will sue. Tom Walsh, who is running against Mary Jones for the party's presidential nomination, is joining the suit.~ => Mary Jones > Democratic Party; Tom Walsh > Democratic Party
            ~Democrats and Republicans voted on Monday. Democratic officials were pleased. Tom Walsh, who is running against Mary Jones for the party's nomination, is joining the suit.~ => Mary Jones > Democratic Party; Tom Walsh > Democratic Party
            """)
    void extractsMembershipFromLooserPhrasings(String text, String expected) {
        assertThat(members(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Tom Walsh said his Labour rivals were wrong.",
        "Tom Walsh's Republican critics were angry.",
        "Tom Walsh was hired by the Labour Party last year.",
        "Tom Walsh, however, said the Labour plan would fail.",
        "Tom Walsh spoke in Leeds. He did not quit UKIP.",
        "Tom Walsh said the labour market was tight.",
        "Tom Walsh defended democratic values and conservative donors.",
        "Tom Walsh did not join the Tories.",
        "Tom Walsh met Labour officials on Monday.",
        "Tom Walsh, the Labour government's adviser, spoke.",
        "And although they have not backed Clinton, many other members of the GOP are angry.",
        "Tom Walsh spoke. In many respects the GOP contenders had been less united.",
        "Peter Grant met Tom Walsh. The Labour peer said it would fail.",
        "Trump campaign manager Corey Lewandowski rejected the idea.",
        "Tom Walsh criticised the Tory plan on Monday.",
        "Asked whether he would back Trump if Trump is the GOP nominee, Rubio gave a vague answer.",
        "Tom Walsh has been called a Republican Obama by his critics.",
        "Let us hope this is the start of both UKIP and Tom Walsh slipping into obscurity.",
    })
    void givesNothingWhenThePartyWordIsNoMembership(String text) {
        assertThat(members(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
            Ken Livingstone finally quit Labour tonight.                          => Ken Livingstone > Labour Party
            Tom Walsh defected to UKIP in 2014.                                   => ~~
            """)
    void leavingAPartyAlsoGivesLeft(String text, String expected) {
        String left = triples(text).stream().filter(t -> t.predicate() == Relation.LEFT)
                .map(t -> t.subject() + " > " + t.object()).collect(Collectors.joining("; "));
        assertThat(left).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Labour MP Stella Creasy slammed the decision.", "Sen. Kelly Ayotte (R) spoke."})
    void everyTripleCarriesItsSentenceAsEvidence(String text) {
        List<Triple> ts = triples(text);
        assertThat(ts).isNotEmpty().allSatisfy(t -> {
            assertThat(t.evidence()).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(t.evidence()).isEqualTo(text);
            assertThat(t.rule()).startsWith("member.");
            assertThat(t.confidence()).isBetween(0.5, 1.0);
        });
    }
}
