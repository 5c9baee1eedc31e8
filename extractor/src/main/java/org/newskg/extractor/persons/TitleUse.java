package org.newskg.extractor.persons;

import java.util.HashSet;
import java.util.Set;

/**
 * One title as written with a name: its words (implied ones too), its ranks ("former", "shadow"), parties, party
 * branch words, and whether it is a role "of" something named after it ("Leader of the Commons").
 */
record TitleUse(Set<String> words, Set<String> ranks, Set<String> parties, Set<String> branches,
        boolean ofSomething) {

    /** Whether the article named the person with a head word when it gives them {@code head}. */
    boolean holds(String head) {
        return words.contains(head);
    }

    /**
     * Whether this title agrees with the nominal's rank, party and party branch: "shadow chancellor X" is not
     * "the chancellor", "Labour leader X" and "X, Leader of the Commons," not "the Tory leader", "X, the
     * Scottish Labour leader," not "the Labour leader"; a "former" title agrees with a bare rank only when
     * {@code former} is false.
     */
    boolean agrees(Nominal n, boolean former) {
        for (String w : ranks) {
            if (!n.ranks().contains(w) && !n.roles().contains(w) && (former || !"former".equals(w))) {
                return false;
            }
        }
        if (n.parties().isEmpty()) {
            return true;
        }
        if (parties.isEmpty()) {
            return !ofSomething; // "X, Leader of the Commons," is not "the Tory leader"
        }
        Set<String> said = new HashSet<>(n.qualifiers());
        said.addAll(n.roles());
        return parties.stream().anyMatch(n.parties()::contains) && said.containsAll(branches);
    }
}
