package org.newskg.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * A run of articles we wrote, extracted as {@code kg extract} does: an article that names a person without
 * their party, beside parties, gets the party the run's other articles firmly give that person, and nothing
 * when they give two.
 */
class CorpusPassIT {

    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    private static List<String> memberships(String... texts) {
        List<Triple> out = new ArrayList<>();
        CorpusPass corpus = new CorpusPass(r -> out.addAll(r.triples()));
        for (int i = 0; i < texts.length; i++) {
            corpus.accept(extractor.extractArticle(new Article("a" + i, texts[i], null, null, null, null, "test")));
        }
        corpus.finish();
        return out.stream().filter(t -> t.predicate() == Relation.MEMBER_OF)
                .map(t -> t.articleId() + " " + t.subject() + " > " + t.object() + " @ " + t.rule()).toList();
    }

    @Test
    void anArticleNamingAKnownPersonBesideTheirPartyGetsIt() {
        assertThat(memberships(
                "Labour MP Ann Holt opened the new clinic in Leeds on Friday.",
                "Ann Holt and Tom Reid clashed over the clinic. The Labour and Conservative conferences open next week."))
                .contains("a1 Ann Holt > Labour Party @ member.corpus")
                .noneMatch(s -> s.startsWith("a1 Tom Reid"));
    }

    @Test
    void anOfficeInOnePartysRaceIsFirmEnoughForTheRunsOtherArticles() {
        assertThat(memberships(
                "The Democratic primary is close. The Democratic candidates met in Iowa, and the Democratic field is"
                        + " thin. Voters cheered for Sen. Ann Lowe of Ohio and Rep. Dan Quill.",
                "Ann Lowe and Tom Reid spoke in Iowa. The Republican and Democratic conventions open next month."))
                .contains("a0 Ann Lowe > Democratic Party @ member.race-office",
                        "a1 Ann Lowe > Democratic Party @ member.corpus")
                .noneMatch(s -> s.startsWith("a1 Tom Reid"));
    }

    @Test
    void aPersonTheRunPlacesInTwoPartiesGetsNothing() {
        assertThat(memberships(
                "Conservative MP Tom Reid spoke in the debate on Monday.",
                "Reform UK's Tom Reid spoke at the rally on Friday.",
                "Tom Reid and Ann Holt clashed over the clinic. The Conservative and Reform UK candidates met later."))
                .noneMatch(s -> s.startsWith("a2 "));
    }

    @Test
    void anArticleThatPlacesThePersonItselfIsLeftAsItIs() {
        assertThat(memberships(
                "Labour MP Ann Holt opened the new clinic in Leeds on Friday.",
                "Green councillor Ann Holt said the clinic was late."))
                .containsExactly("a0 Ann Holt > Labour Party @ member.title-before-name",
                        "a1 Ann Holt > Green Party @ member.title-before-name");
    }

    @Test
    void aMembershipReadFromContextGoesWhenTheRunsOtherArticlesFirmlyPlaceThePersonInAnotherParty() {
        String labour = "Labour MP Ann Holt opened the new clinic in Leeds on Friday.";
        String again = "Labour MP Ann Holt visited the school in Leeds on Monday.";
        String context = "The Greens met in Leeds. Ann Holt said she would never turn against her party.";
        assertThat(memberships(labour, again, context)).noneMatch(s -> s.startsWith("a2 "));
        assertThat(memberships(labour, context)).contains("a1 Ann Holt > Green Party @ member.his-party");
        assertThat(memberships(labour, again, "Green councillor Ann Holt said the clinic was late."))
                .contains("a2 Ann Holt > Green Party @ member.title-before-name");
    }
}
