package org.newskg.extractor.criticism;

import java.util.Optional;
import java.util.Set;

/**
 * Antecedents the parse alone does not give: the person a possessive critic ("his criticism of ...") refers to
 * when its sentence named that person earlier.
 */
final class Antecedents {

    private static final Set<String> POSSESSIVES = Set.of("his", "her");

    private Antecedents() {
    }

    /**
     * "The market views Trump as a great unknown, because of his penchant for controversy ... and his harsh
     * criticism of ... Yellen": a possessive critic is the one person of its gender its sentence named before it,
     * when every pronoun of that gender in between is the same possessive (one owner of a series of nouns), not
     * the subject of a sentence before.
     */
    static Optional<String> possessiveInSentence(ParsedSentence p, int pronoun, Set<String> exclude) {
        String w = p.word(pronoun);
        if (!POSSESSIVES.contains(w) || !p.d.label(pronoun).equals("nmod:poss")) {
            return Optional.empty();
        }
        int first = pronoun;
        for (int i = 0; i < pronoun; i++) {
            if (p.isPronoun(i) && sameGender(p.word(i), w)) {
                if (!p.word(i).equals(w) || !p.d.label(i).equals("nmod:poss")) {
                    return Optional.empty(); // "He said his attacks on Reid ...": he, as the discourse says
                }
                first = Math.min(first, i);
            }
        }
        return p.persons.discourse().namedInSentence(p.d.token(first).begin(), exclude);
    }

    private static boolean sameGender(String a, String b) {
        return a.equals("her") || a.equals("she") ? b.equals("her") : !b.equals("her");
    }
}
