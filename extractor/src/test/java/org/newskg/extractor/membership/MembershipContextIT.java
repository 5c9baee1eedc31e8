package org.newskg.extractor.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.nlp.Analyzer;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.model.Relation;

/**
 * The article's context as membership evidence, on whole articles we wrote: a party named in one paragraph
 * gives a person named paragraphs later their party (the opposition whose shadow cabinet the article names,
 * the one party whose nominee it names, a running mate's), and never against what the text says of them.
 */
class MembershipContextIT {

    private static Analyzer analyzer;

    @BeforeAll
    static void loadPipeline() {
        analyzer = Analyzer.load();
    }

    private static String members(String text) {
        Doc doc = analyzer.analyse("test", text);
        return new MembershipRules().extract(doc, PersonIndex.of(doc)).stream()
                .filter(t -> t.predicate() == Relation.MEMBER_OF && t.confidence() >= 0.5)
                .map(t -> t.subject() + " > " + t.object() + " @ " + t.rule()).sorted()
                .collect(Collectors.joining("; "));
    }

    @Test
    void aShadowMinisterBelongsToTheOppositionTheArticleNames() {
        String article = """
                Tories promise lower taxes

                The Conservative shadow cabinet met in Brighton on Friday to agree its tax plans.

                Ministers said the plans did not add up. The Chancellor called them a fantasy.

                Shadow education secretary Tom Walsh said schools would get more money. Mary Jones, the shadow \
                health secretary, said waiting lists would fall.
                """;
        assertThat(members(article)).isEqualTo("Mary Jones > Conservative Party @ member.shadow; "
                + "Tom Walsh > Conservative Party @ member.shadow");
    }

    @Test
    void noOppositionWhenTheArticleNamesTwoShadowCabinets() {
        String article = """
                Parties clash over schools

                Labour's shadow cabinet and the Tory shadow cabinet both met on Monday.

                Shadow education secretary Tom Walsh said schools would get more money.
                """;
        assertThat(members(article)).doesNotContain("Tom Walsh >");
    }

    @Test
    void whatTheTextSaysOfAPersonWinsOverTheOpposition() {
        String article = """
                Budget row

                The Tory shadow cabinet met on Monday.

                Lib Dem Tom Walsh attacked the plans. Later, shadow chancellor Tom Walsh said they were wrong.
                """;
        assertThat(members(article)).isEqualTo("Tom Walsh > Liberal Democrats @ member.title-before-name");
    }

    @Test
    void theNomineeIsTheNomineeOfTheOnePartyWhoseNomineeTheArticleNames() {
        String article = """
                Donors build a firewall

                Donors fear the Republican nominee could drag down candidates in the Senate races.

                Mary Jones, who runs a group in Ohio, said it would spend heavily. A Democratic candidate in Ohio \
                welcomed the news.

                The network may focus on the House if Tom Walsh is the nominee.
                """;
        assertThat(members(article)).isEqualTo("Tom Walsh > Republican Party @ member.race-nominee");
    }

    @Test
    void aRunningMateSharesTheStrongPartyOfTheTicketsHead() {
        String article = """
                Ticket complete

                Republican nominee Tom Walsh named his pick on Friday.

                Walsh has chosen Ohio Gov. Mary Jones as his running mate. Ann Vane, a pollster for Mr. Walsh and \
                his running mate, said the choice was popular.
                """;
        assertThat(members(article)).contains("Mary Jones > Republican Party @ member.running-mate")
                .doesNotContain("Ann Vane >");
    }
}
