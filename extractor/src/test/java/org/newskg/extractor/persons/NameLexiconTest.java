package org.newskg.extractor.persons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.extractor.persons.NameLexicon.Gender;

class NameLexiconTest {

    private static final NameLexicon LEX = NameLexicon.DEFAULT;

    @ParameterizedTest
    @ValueSource(strings = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Dame", "Rev", "Prof", "Dr."})
    void honorificsAreTitlesNotNames(String word) {
        assertThat(LEX.isHonorific(word)).isTrue();
        assertThat(LEX.isTitle(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sen.", "Gov.", "Rep.", "President", "MP", "Mayor"})
    void titlesAreNotNames(String word) {
        assertThat(LEX.isTitle(word)).isTrue();
        assertThat(LEX.isHonorific(word)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MailOnline", "TalkRadio", "HuffPost", "Huffington Post", "YouTube", "BreakfastNews", "Wells Fargo", "Goldman Sachs"})
    void outletsAreNotPersons(String name) {
        assertThat(LEX.isNotPerson(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mother", "Dad", "Mum"})
    void capitalisedKinshipWordsAreNotPersons(String name) {
        assertThat(LEX.isNotPerson(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"McCain", "VanderSloot", "MacDonald", "Ken Livingstone", "DeSantis", "Wells", "Fargo Smith"})
    void camelCaseSurnamesArePersons(String name) {
        assertThat(LEX.isNotPerson(name)).isFalse();
    }

    @Test
    void honorificsAndGivenNamesTellGender() {
        assertThat(LEX.honorificGender("Mrs")).isEqualTo(Gender.FEMALE);
        assertThat(LEX.honorificGender("Mr.")).isEqualTo(Gender.MALE);
        assertThat(LEX.honorificGender("Dr")).isEqualTo(Gender.UNKNOWN);
        assertThat(LEX.givenNameGender("Stella")).isEqualTo(Gender.FEMALE);
        assertThat(LEX.givenNameGender("Ken")).isEqualTo(Gender.MALE);
        assertThat(LEX.givenNameGender("Zorblax")).isEqualTo(Gender.UNKNOWN);
    }
}
