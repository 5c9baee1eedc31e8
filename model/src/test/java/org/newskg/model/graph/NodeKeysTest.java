package org.newskg.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.model.EntityType;

class NodeKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PERSON | Ken Livingstone      | ken livingstone
            PERSON | KEN LIVINGSTONE      | ken livingstone
            PERSON | Mr Ken Livingstone   | ken livingstone
            PERSON | Ken Livingstone's    | ken livingstone
            PARTY  | the Labour Party     | labour
            PARTY  | Labour               | labour
            ORGANISATION | The BBC        | the bbc
            """)
    void spellingsOfOneNameShareAKey(EntityType type, String name, String key) {
        assertThat(NodeKeys.key(type, name, "")).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ken Livingstone    | KEN LIVINGSTONE
            Ken Livingstone    | Mr Ken Livingstone
            Ken Livingstone    | Livingstone
            Labour Party       | Labour
            """)
    void theFullestMixedCaseNameWinsTheDisplay(String better, String worse) {
        assertThat(NodeKeys.better(better, worse)).isTrue();
        assertThat(NodeKeys.better(worse, better)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ann Lee | Bob Lee
            Ann Lee | Ann Lea
            """)
    void tiesGoToTheAlphabeticallyFirstSoLoadOrderDoesNotMatter(String first, String second) {
        assertThat(NodeKeys.displayScore(first)).isEqualTo(NodeKeys.displayScore(second));
        assertThat(NodeKeys.better(first, second)).isNotEqualTo(NodeKeys.better(second, first));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ada quill | We will win.   | We will win!
            ada quill | WE WILL WIN    | we will win
            """)
    void quoteKeysIgnorePunctuationAndCaseButNotTheSpeaker(String speaker, String a, String b) {
        assertThat(NodeKeys.key(EntityType.QUOTE, a, speaker)).isEqualTo(NodeKeys.key(EntityType.QUOTE, b, speaker))
                .isNotEqualTo(NodeKeys.key(EntityType.QUOTE, a, "someone else")).hasSize(64);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PERSON | !!!
            QUOTE  | '...'
            PARTY  | --
            """)
    void namesWithoutLettersOrDigitsHaveNoKey(EntityType type, String name) {
        assertThat(NodeKeys.key(type, name, "x")).isEmpty();
    }
}
