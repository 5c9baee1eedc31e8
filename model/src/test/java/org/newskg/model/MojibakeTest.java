package org.newskg.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
        Enrique Pe\u00c3\u00b1a Nieto         => Enrique Pe\u00f1a Nieto
        Juli\u00c3\u00a1n Castro              => Juli\u00e1n Castro
        Fran\u00c3\u00a7ois Hollande          => Fran\u00e7ois Hollande
        Arturo Sarukh\u00c3\u0083\u00c2\u00a1n => Arturo Sarukh\u00e1n
        Pe\u0041\u0303\u00b1a Nieto           => Pe\u00f1a Nieto
        Ca\u00c3\u00b1\u00c3\u00b3n            => Ca\u00f1\u00f3n
        """)
    void aLetterGarbledOnceTwiceOrThenDecomposedIsReadAsTheLetter(String garbled, String letters) {
        assertThat(Mojibake.repaired(garbled)).isEqualTo(letters);
        assertThat(Mojibake.garbled(garbled)).isTrue();
        String read = Mojibake.readAsLetters(garbled);
        assertThat(read).hasSameSizeAs(garbled).startsWith(garbled.substring(0, 2)).doesNotContain("\u00c3");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"S\u00e3o Paulo", "\u00d1and\u00fa", "Fran\u00e7ois Hollande", "for\u00c2\u00a0all",
        "\u00c2\u00a310 a head", "Ren\u00e9e", "O\u2019Malley", "na\u00efve"})
    void cleanTextAndAGarbledSignOrSpaceAreLeftAsWritten(String text) {
        assertThat(Mojibake.repaired(text)).isEqualTo(text);
        assertThat(Mojibake.readAsLetters(text)).isEqualTo(text);
        assertThat(Mojibake.garbled(text)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Fran\u00c3\u00a7ois Hollande", "Mr Fran\u00c3\u00a7ois Hollande"})
    void aGarbledNameHasTheKeyOfTheNameWrittenWell(String garbled) {
        assertThat(Names.personKey(garbled)).isEqualTo(Names.personKey("Fran\u00e7ois Hollande"));
        assertThat(NameVariants.words(garbled)).containsExactly("francois", "hollande");
    }
}
