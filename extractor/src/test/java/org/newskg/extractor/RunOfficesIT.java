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
 * Tom Reid") is that person's in another that names them and the office but never ties the two.
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

    @Test
    void anotherOfficeIsNoHolder() {
        Offices deputy = run("Deputy Prime Minister Tom Reid spoke.");
        assertThat(criticism(extractor.knowing(deputy), "Tom Reid spoke. " + UNTIED)).isEmpty();
    }

    @Test
    void nothingWhenTheRunMakesTwoOfTheArticlesPersonsHolders() {
        Offices two = run(TIED, "Prime Minister Peter Baker spoke.");
        assertThat(criticism(extractor.knowing(two), "Tom Reid spoke. " + UNTIED)).isEmpty();
    }
}
