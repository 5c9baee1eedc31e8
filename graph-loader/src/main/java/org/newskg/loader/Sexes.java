package org.newskg.loader;

import static org.newskg.loader.FullNames.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.newskg.loader.PersonResolver.Cues;

/**
 * The sex the articles give each raw key and each cluster of full names: one that most of their articles
 * with a cue give, three to one at least; for a one-word name only its honorifics count (a pronoun is only
 * as right as the attribution of the quote, and a surname's few articles cannot outvote a wrong one).
 */
record Sexes(Map<String, Character> ofKey, Map<String, Character> ofRoot) {

    static Sexes of(Map<String, Map<String, Cues>> cues, UnionFind uf, Set<String> keys) {
        Map<String, int[]> byKey = new HashMap<>();
        Map<String, int[]> byRoot = new HashMap<>();
        for (Map<String, Cues> ofArticle : cues.values()) {
            Map<String, int[]> inArticle = new HashMap<>();
            for (Map.Entry<String, Cues> e : ofArticle.entrySet()) {
                if (!keys.contains(e.getKey())) {
                    continue;
                }
                // a one-word name by its honorifics only; a full name by its pronouns too (over many articles)
                char x = parse(e.getKey()).full() ? e.getValue().anySex() : e.getValue().knownSex();
                if (x == 0) {
                    continue;
                }
                int i = x == 'M' ? 0 : 1;
                byKey.computeIfAbsent(e.getKey(), k -> new int[2])[i]++;
                if (parse(e.getKey()).full()) {
                    // an article counts once for a cluster, whichever of its names it uses
                    inArticle.computeIfAbsent(uf.find(e.getKey()), r -> new int[2])[i] = 1;
                }
            }
            inArticle.forEach((root, mf) -> {
                int[] t = byRoot.computeIfAbsent(root, r -> new int[2]);
                t[0] += mf[0];
                t[1] += mf[1];
            });
        }
        return new Sexes(decide(byKey), decide(byRoot));
    }

    private static Map<String, Character> decide(Map<String, int[]> counts) {
        Map<String, Character> out = new HashMap<>();
        counts.forEach((k, mf) -> {
            if (mf[0] > 0 && mf[0] >= 3 * mf[1]) {
                out.put(k, 'M');
            } else if (mf[1] > 0 && mf[1] >= 3 * mf[0]) {
                out.put(k, 'F');
            }
        });
        return out;
    }

    char ofKey(String key) {
        return ofKey.getOrDefault(key, (char) 0);
    }

    char ofRoot(String root) {
        return ofRoot.getOrDefault(root, (char) 0);
    }
}
