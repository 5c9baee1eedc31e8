package org.newskg.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a fact's sentence says about the person named in it (invented sentences). */
class NameCuesTest {

    @Test
    void anHonorificBeforeTheSurnameGivesTheSex() {
        assertThat(NameCues.sex("Biden", "''Tell them,'' Mr. Biden said.")).isEqualTo('M');
        assertThat(NameCues.sex("Hilda Vole", "\"No,\" Mrs Vole said.")).isEqualTo('F');
        assertThat(NameCues.sex("Joseph R. Stave Jr.", "Ms. Stave said so.")).isEqualTo('F');
        // both, or none: nothing
        assertThat(NameCues.sex("Vole", "Mr. Vole and Mrs. Vole said.")).isEqualTo((char) 0);
        assertThat(NameCues.sex("Vole", "Vole said.")).isEqualTo((char) 0);
        // beside the full name, "Mr. Vole" may be someone else
        assertThat(NameCues.sex("Hilda Vole", "Hilda Vole said Mr. Vole was wrong.")).isEqualTo((char) 0);
        // part of another word
        assertThat(NameCues.sex("Vole", "Mr. McVole said.")).isEqualTo((char) 0);
    }

    @Test
    void aPronounGivesTheSexOnlyWhenTheFactWasFoundThroughIt() {
        assertThat(NameCues.pronounSex("\"I heard 'lock her up',\" he said.", "said.after/pronoun")).isEqualTo('M');
        assertThat(NameCues.pronounSex("“We will win,” she said.", "said.after/pronoun")).isEqualTo('F');
        assertThat(NameCues.pronounSex("“We will win,” she said.", "said.after")).isEqualTo((char) 0);
        assertThat(NameCues.pronounSex("She said he would win.", "said.after/pronoun")).isEqualTo((char) 0);
    }

    @Test
    void anOfficeRightBeforeTheName() {
        assertThat(NameCues.office("Joe Stave", "\"Again,\" Vice President Joe Stave said.")).isEqualTo("president");
        assertThat(NameCues.office("Cruz", "Sen. Cruz said it.")).isEqualTo("sen");
        assertThat(NameCues.office("Joe Stave", "His son Joe Stave said.")).isNull();
        assertThat(NameCues.office("Joe Stave", "Mr. Joe Stave said.")).isNull();
        assertThat(NameCues.office("Joe Stave", "Nobody said.")).isNull();
    }
}
