package org.newskg.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.persons.Offices;
import org.newskg.model.Article;
import org.newskg.model.Relation;

/**
 * Articles we wrote, extracted as {@code kg extract} does a run: an office one article ties to a person ("Prime Minister
 * Tom Reid", "Tory leader Peter Baker", "Republican nominee Tom Reid") is that person's in another that names them and
 * the office but never ties the two.
 */
class RunOfficesIT {

    private static final String TIED = "Prime Minister Tom Reid opened a hospital in Leeds on Monday.";
    private static final String UNTIED = "Mr Reid met nurses in Leeds. Peter Baker, the Conservative leader, spoke later. "
            + "Mr Baker accused the prime minister of closing wards by stealth.";

    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    private static List<String> criticism(Extractor with, String text) {
        return with.extract(new Article("a", text, null, null, null, null, "test")).stream()
                .filter(t -> t.predicate() == Relation.CRITICISED).map(t -> t.subject() + " > " + t.object()).toList();
    }

    private static Offices run(String... texts) {
        return Offices.learned(List.of(texts));
    }

    @Test
    void anOfficeTheRunTiesToAPersonNamedInTheArticleIsTheirs() {
        assertThat(criticism(extractor, "Tom Reid spoke. " + UNTIED)).isEmpty();
        assertThat(criticism(extractor.knowing(run(TIED, UNTIED)), "Tom Reid spoke. " + UNTIED))
                .containsExactly("Peter Baker > Tom Reid");
    }

    private static List<String> quoted(Extractor with, String text) {
        return with.extract(new Article("a", text, null, null, null, null, "test")).stream()
                .filter(t -> t.predicate() == Relation.SAID).map(t -> t.subject() + " > " + t.object()).toList();
    }

    private static final String BROTHERS = "Jo Reid brought her older brother, Tom W. Reid, to a rally in Leeds.\n\n"
            + "\"We want a leader who can win in November and mend the country,\" the former president told the crowd.\n\n"
            + "Sam Cole has attacked President Reid's record on the economy.";

    @Test
    void aFormerHolderTheRunNamesIsTheFormerHolderAndTheRankedNamesakeOfAnArticleThatRanksNobody() {
        Offices former = run("Former President Tom W. Reid opened a library in Texas.", BROTHERS);
        assertThat(quoted(extractor.knowing(former), BROTHERS))
                .containsExactly("Tom W. Reid > We want a leader who can win in November and mend the country,");
        assertThat(criticism(extractor.knowing(former), BROTHERS)).containsExactly("Sam Cole > Tom W. Reid");
        assertThat(criticism(extractor, BROTHERS)).doesNotContain("Sam Cole > Tom W. Reid");
    }

    @Test
    void anotherOfficeIsNoHolder() {
        Offices deputy = run("Deputy Prime Minister Tom Reid spoke.");
        assertThat(criticism(extractor.knowing(deputy), "Tom Reid spoke. " + UNTIED)).isEmpty();
    }

    private static List<String> members(Extractor with, String text) {
        return with.extract(new Article("a", text, null, null, null, null, "test")).stream()
                .filter(t -> t.predicate() == Relation.MEMBER_OF).map(t -> t.subject() + " > " + t.object()).toList();
    }

    private static final String NOMINEE = "Tom Reid met nurses in Ohio. Sam Cole, a local pastor, spoke later. "
            + "Ann Holt accused the Republican nominee of lying about the hospital.";

    @Test
    void aPartysNomineeTheRunTiesToAPersonNamedInTheArticleIsTheirs() {
        assertThat(criticism(extractor, NOMINEE)).doesNotContain("Ann Holt > Tom Reid");
        assertThat(criticism(extractor.knowing(run("Republican nominee Tom Reid opened a hospital.", NOMINEE)), NOMINEE))
                .containsExactly("Ann Holt > Tom Reid");
    }

    @Test
    void theOtherPartysNomineeNamedInTheArticleLeavesTheNominalSure() {
        String both = "Tom Reid met nurses in Ohio. Kim Vale, his rival, spoke later. "
                + "Ann Holt accused the Republican nominee of lying about the hospital.";
        Offices nominees = run("Republican nominee Tom Reid opened a hospital. Democratic nominee Kim Vale spoke.", both);
        assertThat(criticism(extractor.knowing(nominees), both)).containsExactly("Ann Holt > Tom Reid");
        Offices twoRepublicans = run("Republican nominee Tom Reid opened a hospital.", "Republican nominee Kim Vale spoke.", both);
        assertThat(criticism(extractor.knowing(twoRepublicans), both)).doesNotContain("Ann Holt > Tom Reid");
    }

    @Test
    void aNomineeOfAnEarlierYearIsNoHolder() {
        assertThat(criticism(extractor.knowing(run("The 2012 Republican nominee Tom Reid opened a hospital.", NOMINEE)),
                NOMINEE)).doesNotContain("Ann Holt > Tom Reid");
    }

    @Test
    void aPartyLeaderTheRunTiesToAPersonIsTheDescriptionsPersonNotTheOneNamedJustBefore() {
        String text = "Peter Baker backs research. The issue was a feature of the US election, where George Bush opposed "
                + "it. But the Tory leader argued there was a moral case for it.";
        assertThat(members(extractor.knowing(run("Tory leader Peter Baker opened a school in Leeds.", text)), text))
                .contains("Peter Baker > Conservative Party").doesNotContain("George Bush > Conservative Party");
    }

    @Test
    void ofTwoHoldersTheRunNamesTheOneWhoIsTheArticlesHolderOfAnotherOfficeIsNot() {
        String both = "Tom Reid spoke. Mr Reid met Mr Cole in Leeds. Peter Baker, the Conservative leader, spoke "
                + "later. Mr Baker accused the prime minister of closing wards by stealth.";
        Offices years = run(TIED, "Chancellor Sam Cole spoke.", "Prime Minister Sam Cole spoke in 2009.");
        assertThat(criticism(extractor.knowing(years), both + " The chancellor said nothing."))
                .containsExactly("Peter Baker > Tom Reid");
        assertThat(criticism(extractor.knowing(years), both)).isEmpty();
    }

    @Test
    void nothingWhenTheRunMakesTwoOfTheArticlesPersonsHolders() {
        Offices two = run(TIED, "Prime Minister Peter Baker spoke.");
        assertThat(criticism(extractor.knowing(two), "Tom Reid spoke. " + UNTIED)).isEmpty();
    }
}
