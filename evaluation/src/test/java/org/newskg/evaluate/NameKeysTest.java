package org.newskg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ken Livingstone          | ken livingstone
            Mr Livingstone           | livingstone
            Mr. Ken Livingstone      | ken livingstone
            Dr Sir Ken Livingstone   | ken livingstone
            Lord Mandelson           | mandelson
            Lady Dame Rev Prof X Y   | x y
            Mrs Ms Miss Z            | z
            Livingstone's            | livingstone
            Livingstone’s            | livingstone
            Robert Kilroy-Silk       | robert kilroy-silk
            '  KEN   LIVINGSTONE  '  | ken livingstone
            ＫＥＮ Livingstone         | ken livingstone
            Lord                     | lord
            Mx Smith                 | mx smith
            Sirius Black             | sirius black
            O'Brien                  | o brien
            """)
    void normalisesPersonNames(String name, String key) {
        assertThat(NameKeys.person(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Labour Party              | labour
            the Labour party          | labour
            Labour                    | labour
            Conservative Party        | conservative
            Tory                      | conservative
            the Tories                | conservative
            Conservatives             | conservative
            Democrats                 | democratic
            Democratic Party          | democratic
            Republicans               | republican
            GOP                       | republican
            the Republican Party      | republican
            Lib Dems                  | liberal democrats
            Liberal Democrats         | liberal democrats
            UKIP                      | uk independence
            UK Independence Party     | uk independence
            SNP                       | scottish national
            Free Democrats            | free democratic
            Free Democratic Party     | free democratic
            Social Democrats          | social democratic
            Irish Labour Party        | labour
            Australian Labor Party    | labor
            Scottish Green Party      | green
            Scottish Greens           | green
            Front National            | national front
            Party                     | party
            """)
    void normalisesPartyNamesAndAliases(String name, String key) {
        assertThat(NameKeys.party(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Labour’s 'new' leader    | labour s new leader
            I wasn't, I WASN'T.       | i wasn t i wasn t
            far – from — decency     | far from decency
            """)
    void tokenisesQuotesIntoLowerCaseWords(String text, String expected) {
        Map<String, Integer> want = new java.util.HashMap<>();
        for (String t : expected.split(" ")) {
            want.merge(t, 1, Integer::sum);
        }
        assertThat(NameKeys.tokens(text)).isEqualTo(want);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            3, 5, true
            2, 5, false
            6, 10, true
            5, 9, false
            6, 9, true
            0, 0, false
            3, 3, true
            """)
    void sixtyPercentIsInclusiveAndExact(int part, int whole, boolean expected) {
        assertThat(NameKeys.atLeast60Percent(part, whole)).isEqualTo(expected);
    }
}
