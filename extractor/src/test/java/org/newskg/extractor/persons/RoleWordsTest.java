package org.newskg.extractor.persons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleWordsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # word       | title | party role | speaker
            president    | true  | true       | true
            sen          | true  | true       | false
            mp           | true  | true       | true
            chancellor   | true  | true       | true
            councillor   | true  | true       | true
            mps          | false | true       | false
            columnist    | false | false      | true
            boss         | false | true       | true
            speechwriter | false | true       | true
            alderman     | true  | true       | true
            para         | true  | false      | false
            actress      | false | false      | true
            champion     | false | false      | true
            officer      | false | false      | false
            """, delimiter = '|')
    void eachRuleReadsTheWordsOfItsOwnUseFromTheOneList(String word, boolean title, boolean partyRole, boolean speaker) {
        assertThat(RoleWords.TITLE.words().contains(word)).as("title").isEqualTo(title);
        assertThat(RoleWords.PARTY_ROLE.words().contains(word)).as("party role").isEqualTo(partyRole);
        assertThat(RoleWords.SPEAKER.words().contains(word)).as("speaker").isEqualTo(speaker);
    }

    @org.junit.jupiter.api.Test
    void aTitleImpliesTheRoleANominalNamesAndAPartyNominalTakesApart() {
        assertThat(RoleWords.implied("lord")).containsExactly("peer");
        assertThat(RoleWords.implied("senator")).isEmpty();
        Nominal n = Nominal.of(java.util.List.of("the", "former", "Lib", "Dem", "spokesman"));
        assertThat(n.parties()).containsExactly("Liberal Democrats");
        assertThat(n.roles()).containsExactly("spokesman");
        assertThat(n.ranks()).containsExactly("former");
        assertThat(n.salient()).isFalse(); // only someone the article named so
        Nominal d = Nominal.of(java.util.List.of("the", "Nevada", "Democrat"));
        assertThat(d.parties()).containsExactly("Democratic Party");
        assertThat(d.roles()).isEmpty();
        assertThat(d.qualifiers()).containsExactly("nevada");
        assertThat(d.proper()).containsExactly("nevada");
        assertThat(Nominal.of(java.util.List.of("the", "cautious", "candidate")).proper()).isEmpty();
        assertThat(d.salient()).isTrue();
        assertThat(Nominal.of(java.util.List.of("the", "ex-Mayor")).ranks()).containsExactly("former");
        assertThat(Nominal.of(java.util.List.of("the", "congresswoman")).gender()).isEqualTo('f');
        assertThat(Nominal.of(java.util.List.of("the", "actress")).gender()).isEqualTo('f');
        assertThat(Nominal.of(java.util.List.of("the", "mother-of-two")).gender()).isEqualTo('f');
        assertThat(Nominal.of(java.util.List.of("the", "chairman")).gender()).isEqualTo('m');
        assertThat(Nominal.of(java.util.List.of("the", "singer")).gender()).isEqualTo('?');
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            52-year-old    | true
            mother-of-two  | true
            father-of-four | true
            son-of-a-gun   | false
            old            | false
            """, delimiter = '|')
    void anAgeOrAFamilyDescriptionStandsForANamedPerson(String word, boolean description) {
        assertThat(RoleWords.description(word)).isEqualTo(description);
    }
}
