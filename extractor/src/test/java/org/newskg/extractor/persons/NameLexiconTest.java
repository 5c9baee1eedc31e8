package org.newskg.extractor.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(textBlock = """
            Ken Livingstone, Ken Livingstone, true
            Harry M. Reid,   Harry Reid,      true
            J. Smith,        John Smith,      true
            Donald Trump,    Dump Trump,      false
            Ed Miliband,     David Miliband,  false
            Ed Miliband,     Ed Balls,        false
            Dean Walsh,      Tomas Walsh,     true
            Dean Walsh,      Dean Jones,      false
            Tom Kilroy-Silk, Tom Kilroy Silk, true
            Hillary Rodham Clinton, Hillary Clinton, true
            Tom Kilroy-Silk, Tom Silk,        false
            """)
    void fullNamesAreOnePersonOnlyWithCompatibleGivenNames(String a, String b, boolean expected) {
        assertThat(PersonIndex.compatible(List.of(a.split(" ")), List.of(b.split(" ")))).isEqualTo(expected);
    }

    @Test
    void allCapsNamesAreDisplayedInTitleCase() {
        assertThat(PersonIndex.display(List.of("KEN", "LIVINGSTONE"))).isEqualTo("Ken Livingstone");
        assertThat(PersonIndex.display(List.of("Robert", "Kilroy-Silk"))).isEqualTo("Robert Kilroy-Silk");
        assertThat(PersonIndex.display(List.of("JEAN-MARIE", "LE", "PEN"))).isEqualTo("Jean-Marie Le Pen");
    }
}
