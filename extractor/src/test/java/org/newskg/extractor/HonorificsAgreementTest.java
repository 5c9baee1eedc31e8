package org.newskg.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.model.Honorifics;

/**
 * The extractor never makes an honorific part of a canonical name, so its own list (persons/honorifics.txt,
 * with genders and long forms such as "Professor") holds at least every honorific that name keys drop
 * (model's honorifics.txt, the one list of the scorer and the graph's keys).
 */
class HonorificsAgreementTest {

    @Test
    void extractorsHonorificsHoldEveryHonorificNameKeysDrop() {
        Set<String> extractor = WordLists.words(WordLists.class, "/org/newskg/extractor/persons/honorifics.txt");
        assertThat(extractor).containsAll(Honorifics.ALL);
    }
}
