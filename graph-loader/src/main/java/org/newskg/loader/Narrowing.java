package org.newskg.loader;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.loader.PersonResolver.KeyEvidence;
import org.newskg.model.NameVariants;
import org.newskg.model.Names;

/**
 * Which of a one-word name's candidates the corpus's own evidence about the name leaves: the parties its
 * articles give it, the sex they give it ({@link Sexes}), the titles it is used with. Each step leaves the
 * candidates unchanged when it cannot tell them apart.
 */
final class Narrowing {

    private Narrowing() {
    }

    /**
     * The candidates whose articles give them one of the parties the one-word name's articles give it (a
     * candidate no article gives a party cannot be told apart this way and drops out); when several remain,
     * those whose top party is the one-word name's top party. Unchanged when this leaves none.
     */
    static Set<String> narrowByParty(KeyEvidence e, Set<String> candidates,
            Map<String, Set<String>> clusters, Map<String, KeyEvidence> byKey) {
        if (e.parties().isEmpty()) {
            return candidates;
        }
        Set<String> sharing = new TreeSet<>();
        Set<String> sameTop = new TreeSet<>();
        String top = top(e.parties());
        for (String root : candidates) {
            Map<String, Integer> parties = new HashMap<>();
            for (String k : clusters.get(root)) {
                byKey.get(k).parties().forEach((p, n) -> parties.merge(p, n, Integer::sum));
            }
            if (parties.keySet().stream().anyMatch(e.parties()::containsKey)) {
                sharing.add(root);
                if (top != null && top.equals(top(parties))) {
                    sameTop.add(root);
                }
            }
        }
        if (sharing.size() > 1 && !sameTop.isEmpty()) {
            return sameTop;
        }
        return sharing.isEmpty() ? candidates : sharing;
    }

    /**
     * The candidates not of the other sex than the one-word name's articles give it ("Mr. Clinton" is not
     * Hillary Clinton, whose articles say "Mrs. Clinton" and "she said"); a candidate whose sex the corpus
     * does not tell stays. Unchanged when the name's sex is unknown or no candidate is known to be of it.
     */
    static Set<String> narrowBySex(char sex, Set<String> candidates, Sexes sexes) {
        if (sex == 0) {
            return candidates;
        }
        Set<String> out = new TreeSet<>();
        boolean same = false;
        for (String root : candidates) {
            char theirs = sexes.ofRoot(root);
            if (theirs == 0 || theirs == sex) {
                out.add(root);
                same |= theirs == sex;
            }
        }
        return same ? out : candidates;
    }

    /** The candidates used with one of the titles the one-word name is used with ("President", "Sen."). */
    static Set<String> narrowByTitle(KeyEvidence e, Set<String> candidates,
            Map<String, Set<String>> clusters, Map<String, KeyEvidence> byKey) {
        Set<String> titles = titles(e.spellings().keySet());
        if (titles.isEmpty()) {
            return candidates;
        }
        Set<String> out = new TreeSet<>();
        for (String root : candidates) {
            Set<String> spellings = new HashSet<>();
            for (String k : clusters.get(root)) {
                spellings.addAll(byKey.get(k).spellings().keySet());
            }
            Set<String> theirs = titles(spellings);
            theirs.retainAll(titles);
            if (!theirs.isEmpty()) {
                out.add(root);
            }
        }
        return out.isEmpty() ? candidates : out;
    }

    private static Set<String> titles(Collection<String> spellings) {
        Set<String> out = new HashSet<>();
        for (String s : spellings) {
            String[] w = Names.normalise(s).split(" ");
            for (int i = 0; i < w.length - 1 && NameVariants.isPrefix(w[i]); i++) {
                out.add(w[i]);
            }
        }
        return out;
    }

    /** The party with the most articles; null when there is none or two share the most. */
    static String top(Map<String, Integer> counts) {
        String best = null;
        int max = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
                tie = false;
            } else if (e.getValue() == max) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
