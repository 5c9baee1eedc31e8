package org.newskg.extractor.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether two written names can be one person, and how a canonical name is displayed. */
class NameShapeTest {

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
            Wilfried Zaha,   Wilfired Zaha,   true
            Dominic Raab,    Dominc Raab,     true
            Nemanja Matic,   Nemanaja Matic,  true
            Louis Smith,     Louise Smith,    false
            Jon Smith,       Jan Smith,       false
            Wilfried Zaha,   Wilfired Jones,  false
            Nemanja Matic,   Nemanya Matic,   true
            Wilfried Zaha,   Wilfreid Zaha,   true
            Wilfried Zaha,   Wilfrdie Zaha,   false
            """)
    void fullNamesAreOnePersonOnlyWithCompatibleGivenNames(String a, String b, boolean expected) {
        assertThat(NameShape.compatible(List.of(a.split(" ")), List.of(b.split(" ")))).isEqualTo(expected);
    }

    @Test
    void allCapsNamesAreDisplayedInTitleCase() {
        assertThat(NameShape.display(List.of("KEN", "LIVINGSTONE"))).isEqualTo("Ken Livingstone");
        assertThat(NameShape.display(List.of("Robert", "Kilroy-Silk"))).isEqualTo("Robert Kilroy-Silk");
        assertThat(NameShape.display(List.of("JEAN-MARIE", "LE", "PEN"))).isEqualTo("Jean-Marie Le Pen");
        // a paper's first paragraph sets its opening word in capitals; two letters may be initials
        assertThat(NameShape.display(List.of("ALASDAIR", "Rennie"))).isEqualTo("Alasdair Rennie");
        assertThat(NameShape.display(List.of("JK", "Rowling"))).isEqualTo("JK Rowling");
    }
}
