package org.newskg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

    @Test
    void titlesAndRoleWordsAreNotPartOfTheName() {
        assertThat(NameVariants.words("Sen. Harry M. Reid")).containsExactly("harry", "m", "reid");
        assertThat(NameVariants.words("Stepson Phillip Brown")).containsExactly("phillip", "brown");
        assertThat(NameVariants.words("President Obama")).containsExactly("obama");
        assertThat(NameVariants.words("Mr President")).containsExactly("president");
        assertThat(NameVariants.words("François Hollande")).containsExactly("francois", "hollande");
    }

    @Test
    void firstNamesFromTheDataFile() {
        assertThat(NameVariants.firstNamesCompatible("vince", "vincent")).isTrue();
        assertThat(NameVariants.firstNamesCompatible("william", "bill")).isTrue();
        assertThat(NameVariants.firstNamesCompatible("bill", "will")).isTrue();
        assertThat(NameVariants.firstNamesCompatible("j", "john")).isTrue();
        assertThat(NameVariants.firstNamesCompatible("bill", "hillary")).isFalse();
        assertThat(NameVariants.firstNamesCompatible("christopher", "christine")).isFalse();
    }

    @Test
    void middleNamesAgreeWhenOneHasNoneOrEachIsTheSameOrAnInitial() {
        assertThat(NameVariants.middlesCompatible(List.of(), List.of("j"))).isTrue();
        assertThat(NameVariants.middlesCompatible(List.of("j"), List.of("john"))).isTrue();
        assertThat(NameVariants.middlesCompatible(List.of("w"), List.of("h", "w"))).isFalse();
        assertThat(NameVariants.middlesCompatible(List.of("w"), List.of("h"))).isFalse();
    }
}
