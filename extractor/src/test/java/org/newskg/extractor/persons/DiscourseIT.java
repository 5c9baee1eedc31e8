package org.newskg.extractor.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extractor.nlp.Analyzer;

/** Who a pronoun refers to, for every predicate, through the real CoreNLP pipeline (loaded once). */
class DiscourseIT {

    private static Analyzer analyzer;

    @BeforeAll
    static void loadPipeline() {
        analyzer = Analyzer.load();
    }

    private static PersonIndex index(String text) {
        return PersonIndex.of(analyzer.analyse("test", text));
    }

    /** The text, the pronoun (its last occurrence is resolved), the person or "-" for none. */
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tom Reid met Ann Holt on Monday. He said the talks went well.                               | He  | Tom Reid
            Tom Reid met Ann Holt on Monday. She said the talks went well.                              | She | Ann Holt
            Ann Holt spoke after Tom Reid. Mr Reid met voters later. She attacked his plan.             | She | Ann Holt
            It was odd because Tom Reid has rarely praised the city. Then he praised its mayor.          | he  | Tom Reid
            The speech by Tom Reid's wife was short. Ann Holt's devotion to him is well known.            | him | Tom Reid
            Tom Reid spoke for an hour. As for Peter Grant, he said he was not worried at all.          | he  | Peter Grant
            The bill was paid by Ann Holt's aide Mary Jones. She later asked for a new invoice.          | She | -
            Ann Holt's aide Kim Vale read the letter. Mrs Vale said it was clear. Later she attacked it. | she | Kim Vale
            Prime Minister Tom Reid met Peter Grant. Mr Grant spoke first. The prime minister said it went well. He left.   | He  | Tom Reid
            Ann Holt praised the firm. The council spokeswoman said the plan was late. She said it would cost more.         | She | -
            Ann Holt praised the firm. The council spokesman said the plan was late. She said it would cost more.           | She | Ann Holt
            Ann Holt runs the diner. At a shop, a cashier was upset. "It is awful," said the woman, who gave no name. Later she said it would cost more. | she | -
            Ann Holt runs the diner. At a shop, a cashier was upset. "It is awful," the woman said. Later she said it would cost more. | she | -
            Ann Holt runs the diner. "It is awful," said the man at the till. Later she said it would cost more. | she | Ann Holt
            Peter Grant said he had suspended Mr Vale. He said the case would be looked into and Mr Vale may be questioned. He added that it was over. | He | Peter Grant
            Tom Reid quit the party on Monday. The Labour veteran said he was sad. He left the hall.                        | He  | Tom Reid
            Tom Reid spoke first. Then there's Peter Grant. He said it was far too late.                                    | He  | Peter Grant
            Tom Reid spoke first. Then came Peter Grant, the Labour leader, who had a plan. He said it was far too late.    | He  | Peter Grant
            Tom Reid spoke first. Which left the SNP's Peter Grant, whose seat is at risk. He said it was far too late.     | He  | Peter Grant
            Tom Reid backed the report. The report was welcomed by shadow pensions secretary Peter Grant. He said it was late. | He | Peter Grant
            Tom Reid backed the report. The report was welcomed by shadow pensions secretary Peter Grant and his aides. He said it was late. | He | Tom Reid
            Tom Reid spoke at a rally. To a packed hall in Leeds, the chancellor said the cuts proposed by shadow chancellor Peter Grant were wrong. He said it was late. | He | Tom Reid
            Ann Holt spoke first. Tom Reid met voters. He recalled his clash with Mary Jones, the nurse who heckled him. "You do nothing," she told Mr Reid. | she | Mary Jones
            Ann Holt spoke first. Tom Reid met voters. He recalled his clash with Mary Jones and Kim Vale. "You do nothing," she told Mr Reid. | she | Ann Holt
            Ann Holt spoke first. Tom Reid met voters. Later Kim Vale met Mary Jones. "You do nothing," she told Mr Reid.          | she | Kim Vale
            Tom Reid spoke first. Ann Holt asked Michael Cole to describe Vladimir Putin. He did not do so.          | He | Michael Cole
            Tom Reid spoke first. Ann Holt asked Michael Cole and Vladimir Putin to stay. He did not do so.          | He | Tom Reid
            Pat Holt spoke first. Tom Reid met voters. He recalled his clash with Kim Vale, the Leeds woman who heckled him. "You do nothing," she told Mr Reid. | she | Kim Vale
            Pat Holt, whose husband is a judge, spoke first. Then she left.                         | she | Pat Holt
            Pat Holt spoke first. That's independent senator Kim Vale, who holds the deciding vote. She blamed the minister. | She | Kim Vale
            Peter Grant posted a message. Belgium should have acted sooner and "must now explain itself," said Tom Reid. "It is late," he added. | he | Tom Reid
            Peter Grant posted a message. Belgium should have acted sooner and "must now explain itself," said Tom Reid. Later he left. | he | Peter Grant
            Peter Grant spoke first. Eva-Maria Holt waved from the gallery. Then he left.            | he  | Peter Grant
            Pat Holt met Kim Vale. Asked afterward whether Holt had gone too far, Vale paused. Then she spoke. | she | Kim Vale
            Peter Grant won. Tom Reid lost. According to the players and even Grant himself, the champion is in a league of his own. He said so. | He | Peter Grant
            Tom Reid took questions on Monday. Then one woman raised housing. She asked Reid about Peter Grant's plan. He began with a story. | He | Tom Reid
            Tom Reid was joined by Peter Grant. It was Mr Grant's own remarks, made on radio on Monday, that drew the questions. He told the station it had failed. | He | Peter Grant
            Tom Reid spoke first. Then it was the turn of Peter Grant, the Tory leader, who looked tired. He said it was far too late. | He | Peter Grant
            Ann Holt arrived first. Two booths down sat Kim Vale, who lost the primary. She ordered pancakes.                | She | Kim Vale
            Ann Holt, the mayor, spoke first. Lib Dem hopeful Kim Vale, a retired teacher, had earlier laid into the mayor. Then she left. | she | Kim Vale
            Ann Holt spoke first. The loudest contribution came from Kim Vale of Reform UK, who lashed out at the plan. She said it was a waste. | She | Kim Vale
            Tom Reid, ex-head of communications at Number 10, says it is bold. The prime minister knows the risks. He must remember his clash with Ann Holt, the Leeds woman who heckled him. | him | -
            Tom Reid, ex-head of communications at Number 10, says it is bold. The prime minister knows the risks. He must remember his clash with Ann Holt, the Leeds woman who heckled him. "You do nothing," she told him. | she | Ann Holt
            Peter Grant spoke on Monday. Later Ann Holt mocked Tom Reid's plan, and he in turn accused her of lying.          | he  | Tom Reid
            Peter Grant spoke on Monday. Later Ann Holt mocked the plan, and he in turn accused her of lying.                | he  | Peter Grant
            Nadia Kerr spoke first. Tom Reid's plan came under fire from Ann Holt, the former chancellor, who is backing Jane Vale. Writing in a paper, she said it was costly. | she | Ann Holt
            Nadia Kerr spoke first. Tom Reid's plan came under fire from Ann Holt and from Jane Vale. Writing in a paper, she said it was costly. | she | Nadia Kerr
            """)
    void resolvesAPronounToTheSalientPersonOfItsGender(String text, String pronoun, String expected) {
        PersonIndex ix = index(text);
        int at = text.lastIndexOf(" " + pronoun + " ") + 1;
        assertThat(ix.resolvePronoun(at).orElse("-")).isEqualTo(expected);
    }

    @Test
    void skipsExcludedPersonsAndCountsTheCallersSpeakers() {
        String text = "Tom Reid met Peter Grant on Monday. The talks were long. He attacked the plan.";
        PersonIndex ix = index(text);
        int he = text.indexOf("He attacked");
        assertThat(ix.resolvePronoun(he)).contains("Tom Reid");
        assertThat(ix.resolvePronoun(he, Set.of("Tom Reid"))).contains("Peter Grant");
        TreeMap<Integer, String> speakers = new TreeMap<>();
        speakers.put(text.indexOf("The talks"), "Peter Grant");
        assertThat(ix.discourse().resolvePronoun(he, Set.of(), speakers)).contains("Peter Grant");
    }

    @Test
    void aPartySeatNobodyHeldIsTheOneMemberOfThatPartyNamedBefore() {
        String text = "Mr Tom Reid, a Fianna Fáil TD, was joined by Fine Gael's Peter Grant. The Fine Gael TD paused. "
                + "\"I don't clear every sentence with anyone,\" he said.";
        PersonIndex ix = index(text);
        ix.discourse().noteParty("Tom Reid", "Fianna Fáil");
        ix.discourse().noteParty("Peter Grant", "Fine Gael");
        int he = text.indexOf(" he said") + 1;
        assertThat(ix.resolvePronoun(he)).contains("Peter Grant");
        int td = text.indexOf("The Fine Gael TD");
        assertThat(ix.discourse().resolveNominal(td, java.util.List.of("The", "Fine", "Gael", "TD"), Set.of(), new TreeMap<>()))
                .contains("Peter Grant");
        assertThat(ix.discourse().resolveNominal(td, java.util.List.of("The", "Labour", "TD"), Set.of(), new TreeMap<>()))
                .isEmpty(); // nobody of that party named
    }

    @Test
    void resolvesARoleToTheSubjectOrToThePersonNamedWithIt() {
        String text = "Sen. Tom Reid sought votes in Ohio. The race was close. Voters were angry. "
                + "Then Ann Holt spoke for an hour about the weather, the roads, the schools and the taxes of the "
                + "state, and many other things besides that nobody in the hall had asked her about at all. "
                + "The crowd cheered. Many left early. The rain went on and on into the night, and the roads "
                + "out of the town were closed by the floods for most of the next day and the day after that. "
                + "Shops stayed shut, and the schools sent the children home early for the rest of the week. "
                + "Later the senator spoke.";
        Discourse d = index(text).discourse();
        int senator = text.indexOf("the senator");
        assertThat(d.resolveNominal(senator, java.util.List.of("the", "senator"), Set.of(), new TreeMap<>())).contains("Tom Reid");
        String two = "Tom Reid sought votes in Ohio. \"We will win,\" the senator said.";
        assertThat(index(two).discourse().resolveNominal(two.indexOf("the senator"), java.util.List.of("the", "senator"), Set.of(), new TreeMap<>()))
                .contains("Tom Reid");
        assertThat(index(two).discourse().resolveNominal(two.indexOf("the senator"), java.util.List.of("the", "senator"), Set.of("Tom Reid"),
                new TreeMap<>())).isEmpty();
    }

    /** The text, the role nominal (its last occurrence is resolved), the person or "-" for none. */
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tory leader Tom Reid spoke. Ann Holt spoke next. Then the Tory leader left.              | the Tory leader        | Tom Reid
            Texas Sen. Tom Reid spoke. Ohio Sen. Ann Holt spoke. Then the Texas senator left.        | the Texas senator      | Tom Reid
            Lord Tom Reid spoke in the debate. Ann Holt listened. Then the peer left.                | the peer               | Tom Reid
            Former Mayor Tom Reid met Mayor Ann Holt. Then the ex-Mayor left.                        | the ex-Mayor           | Tom Reid
            Former Mayor Tom Reid met Mayor Ann Holt. Then the mayor left.                           | the mayor              | Ann Holt
            Chancellor Tom Reid met shadow chancellor Ann Holt. Then the shadow chancellor left.      | the shadow chancellor  | Ann Holt
            Nevada Democrat Tom Reid met Republican Ann Holt. Then the Nevada Democrat left.          | the Nevada Democrat    | Tom Reid
            Tom Reid quit the party on Monday. The Labour veteran said he was sad.                   | The Labour veteran     | Tom Reid
            Tom Reid met Ann Holt. Then the Lib Dem spokesman left.                                  | the Lib Dem spokesman  | -
            Tom Reid made it clear to the judge that he was right. Then the judge left.              | the judge              | -
            Labour leader Tom Reid met voters. Then the Tory leader left.                            | the Tory leader        | -
            Tom Reid spoke at length. Then the businesswoman left.                                   | the businesswoman      | -
            Ann Holt has failed, Tom Reid said. Then the Conservative leader left.                   | the Conservative leader | -
            Scottish Labour leader Tom Reid spoke. Peter Grant spoke at the Scottish Labour conference. Then the Labour leader left. | the Labour leader | Peter Grant
            Scottish Labour leader Tom Reid spoke. Peter Grant spoke at the Scottish Labour conference. Then the Scottish Labour leader left. | the Scottish Labour leader | Tom Reid
            Texas Sen. Tom Reid spoke. Ann Holt listened. Then the senator left.                     | the senator            | Tom Reid
            Texas Sen. Ann Holt spoke. Tom Reid spoke in Miami. Then the Florida senator left.         | the Florida senator    | Tom Reid
            Sen. Tom Reid (R-Fla.) and Sen. Ann Holt (R-Texas) spoke. Then the Texas senator left.  | the Texas senator      | Ann Holt
            Sen. Tom Reid of Florida and Sen. Ann Holt, D-TX, spoke. Then the Texas senator left.    | the Texas senator      | Ann Holt
            Gov. Tom Reid of New Jersey met Ann Holt. Then the New Jersey governor left.            | the New Jersey governor | Tom Reid
            Sen. Tom Reid (R-Fla.) spoke in Miami on Monday. Then the Texas senator left.           | the Texas senator      | -
            Sen. Tom Reid (D-W.Va.) spoke in Charleston on Monday. Then the Virginia senator left.  | the Virginia senator   | -
            Sen. Tom Reid (D-W.Va.) and Sen. Ann Holt (R-Va.) spoke. Then the West Virginia senator left. | the West Virginia senator | Tom Reid
            Ann Holt spoke as the Democratic nominee on Monday. Then the Democratic nominee left.    | the Democratic nominee | Ann Holt
            Liberal Democrat peer Tom Reid says there is no appetite for it. Then the former Liberal leader left. | the former Liberal leader | Tom Reid
            Labour MP Tom Reid says there is no appetite for it. Then the Liberal leader left.       | the Liberal leader     | -
            Shadow chancellor Ann Holt attacked the plan. Then the chancellor left.                  | the chancellor         | -
            Chancellor Tom Reid met voters. Shadow chancellor Ann Holt attacked the plan. Then the chancellor left. | the chancellor | Tom Reid
            Tom Reid met voters. Then the chancellor left.                                           | the chancellor         | Tom Reid
            Former chancellor Ann Holt spoke at length. Then the former chancellor left.             | the former chancellor  | Ann Holt
            Former mayor Ann Holt spoke at length. Then the mayor left.                              | the mayor              | Ann Holt
            Former mayor Ann Holt spoke at length. Then the mayor left. Mayor Tom Reid stayed.       | the mayor              | -
            Deputy leader Ann Holt spoke at length. Then the leader left.                            | the leader             | -
            Tory leader Tom Reid, the former chancellor, spoke. Ann Holt listened. Then the Tory leader left. | the Tory leader | Tom Reid
            Ann Holt, Leader of the Commons, spoke on Monday. Then the Tory leader left.             | the Tory leader        | -
            Ann Holt, leader of the Conservative Party, spoke on Monday. Then the Tory leader left.  | the Tory leader        | Ann Holt
            Ann Holt, the Labour leader, spoke on Monday. Then the Tory leader left.                 | the Tory leader        | -
            Tom Reid, the Scottish Labour leader, spoke. Then the Labour leader left.                | the Labour leader      | -
            Tom Reid, the Scottish Labour leader, spoke. Then the Scottish Labour leader left.       | the Scottish Labour leader | Tom Reid
            Tom Reid, ex-head of communications at the party, spoke. Then the prime minister left.  | the prime minister     | -
            Tom Reid, ex-head of communications at the party, spoke. Then the former prime minister left. | the former prime minister | Tom Reid
            Tom Reid, head of communications at the party, spoke. Then the prime minister left.     | the prime minister     | Tom Reid
            At the centre of the storm is the Minister for Housing, Ann Holt. Tom Reid spoke. Then the Minister left. | the Minister | Ann Holt
            The row drew a rebuke from the committee's chairwoman, Ann Holt, on Monday. Tom Reid spoke. Then the chairwoman left. | the chairwoman | Ann Holt
            After meeting the minister, Ann Holt said it was late. Tom Reid spoke. Then the minister left. | the minister | Tom Reid
            Minister of State Ann Holt spoke first. Tom Reid spoke. Then the Minister of State left.  | the Minister of State | Ann Holt
            """)
    void resolvesARoleNominalToThePersonTheArticleGaveTheRole(String text, String nominal, String expected) {
        Discourse d = index(text).discourse();
        int at = text.lastIndexOf(nominal);
        TreeMap<Integer, String> speakers = new TreeMap<>();
        int said = text.indexOf("Tom Reid said");
        if (said >= 0) {
            speakers.put(said, "Tom Reid"); // what the quote rules pass: the speaker of indirect speech
        }
        assertThat(d.resolveNominal(at, java.util.List.of(nominal.split(" ")), Set.of(), speakers).orElse("-"))
                .isEqualTo(expected);
    }

    @Test
    void aRoleSubjectGoesWhenTheMembershipRulesPutItsPersonInAnotherParty() {
        String text = "Tom Reid spoke on Monday. The Tory leader said it was late. He left at noon.";
        Discourse d = index(text).discourse();
        int he = text.indexOf("He left");
        assertThat(d.resolvePronoun(he, Set.of(), new TreeMap<>())).contains("Tom Reid");
        d.noteParty("Tom Reid", "Conservative Party");
        assertThat(d.resolvePronoun(he, Set.of(), new TreeMap<>())).contains("Tom Reid");
        d.noteParty("Tom Reid", "Labour Party");
        assertThat(d.resolvePronoun(he, Set.of(), new TreeMap<>())).contains("Tom Reid"); // a member of both
        Discourse other = index(text).discourse();
        other.noteParty("Tom Reid", "Labour Party");
        assertThat(other.resolvePronoun(he, Set.of(), new TreeMap<>())).isEmpty();
    }

    @Test
    void knowsGendersFromNamesHonorificsAndPronouns() {
        Discourse d = index("Mrs Lee Vale met Tom Reid. Pat Kim spoke, and she was clear. Pat Kim left, and she wept.")
                .discourse();
        assertThat(d.gender("Lee Vale")).isEqualTo('f');
        assertThat(d.genderOnlyFromGivenName("Lee Vale")).isFalse();
        assertThat(d.gender("Tom Reid")).isEqualTo('m');
        assertThat(d.genderOnlyFromGivenName("Tom Reid")).isTrue();
        assertThat(d.gender("Pat Kim")).isEqualTo('f');
    }
}
