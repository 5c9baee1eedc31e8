package org.newskg.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newskg.loader.PersonResolver.Cues;
import org.newskg.loader.PersonResolver.KeyEvidence;
import org.newskg.loader.PersonResolver.Overrides;
import org.newskg.model.NameVariants;

/**
 * Which full names are one person ({@link PersonResolver}'s steps 1 and 1b): a raw key read into its parts,
 * the compatible names of one surname and suffix united, and a suffixed cluster joined to the unsuffixed one it
 * is written for.
 */
final class FullNames {

    private FullNames() {
    }

    /** A raw key parsed into its parts (titles dropped). */
    record Parsed(String key, String first, List<String> middles, String last, String suffix) {
        boolean full() {
            return first != null;
        }
    }

    static Parsed parse(String key) {
        List<String> w = new ArrayList<>(NameVariants.words(key));
        String suffix = "";
        if (w.size() > 2 && NameVariants.isSuffix(w.get(w.size() - 1))) {
            suffix = w.remove(w.size() - 1);
        }
        if (w.size() < 2) {
            return new Parsed(key, null, List.of(), w.isEmpty() ? key : w.get(0), suffix);
        }
        return new Parsed(key, w.get(0), List.copyOf(w.subList(1, w.size() - 1)), w.get(w.size() - 1), suffix);
    }

    private static boolean compatible(Parsed a, Parsed b, Overrides o) {
        return a.last.equals(b.last) && a.suffix.equals(b.suffix)
                && NameVariants.firstNamesCompatible(a.first, b.first)
                && NameVariants.middlesCompatible(a.middles, b.middles) && !o.split(a.key, b.key);
    }

    /**
     * Unites the compatible full names of each group of one surname and suffix (grouped by {@code bySurname}
     * key); a name compatible with two names that are not compatible with each other joins neither and goes to
     * {@code undecided} with the others it is compatible with. Returns those names (the connectors).
     */
    static Set<String> joinCompatible(Map<String, List<Parsed>> bySurname, Overrides overrides, UnionFind uf,
            Map<String, List<String>> undecided) {
        Set<String> connectors = new TreeSet<>();
        for (List<Parsed> group : bySurname.values()) {
            int n = group.size();
            boolean[][] c = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] = i == j || compatible(group.get(i), group.get(j), overrides);
                }
            }
            // a name compatible with two names that are not compatible with each other cannot choose: apart
            boolean[] connector = new boolean[n];
            for (int b = 0; b < n; b++) {
                for (int a = 0; a < n && !connector[b]; a++) {
                    for (int d = a + 1; d < n; d++) {
                        if (a != b && d != b && c[b][a] && c[b][d] && !c[a][d]) {
                            connector[b] = true;
                            break;
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (connector[i]) {
                    connectors.add(group.get(i).key);
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (!connector[j] && c[i][j]) {
                        uf.union(group.get(i).key, group.get(j).key);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (connector[i]) {
                    Set<String> candidates = new TreeSet<>();
                    for (int j = 0; j < n; j++) {
                        if (j != i && c[i][j] && !connector[j]) {
                            candidates.add(group.get(j).key);
                        }
                    }
                    undecided.put(group.get(i).key, List.copyOf(candidates));
                }
            }
        }
        return connectors;
    }

    /**
     * Joins each full name written with a hyphen to the same name written with a space instead, when the corpus
     * has both ("Robert Kilroy-Silk", "Robert Kilroy Silk"; "Cormac Murphy-O'Connor", "Cormac Murphy O'Connor"):
     * one person whose outlets differ on the hyphen, which would otherwise fall in two surname groups. Not a
     * connector, which joins no one.
     */
    static void joinHyphenated(Map<String, List<Parsed>> bySurname, Set<String> connectors, UnionFind uf,
            Overrides overrides) {
        Set<String> fullKeys = new TreeSet<>();
        for (List<Parsed> group : bySurname.values()) {
            for (Parsed p : group) {
                if (!connectors.contains(p.key())) {
                    fullKeys.add(p.key());
                }
            }
        }
        for (String key : fullKeys) {
            String spaced = key.replace('-', ' ');
            if (!spaced.equals(key) && fullKeys.contains(spaced) && !overrides.split(key, spaced)) {
                uf.union(key, spaced);
            }
        }
    }

    /**
     * Joins a cluster of full names with a generational suffix ("Joseph R. Biden Jr.") to the one cluster of the
     * same names without it ("Joe Biden"), when the corpus shows they are one person written in two styles:
     * every name of each is compatible with every name of the other but for the suffix, no article names both
     * (where both appear, they are father and son: Donald Trump and Donald Trump Jr.), and their sentences give
     * them an office title in common ("Vice President Joseph R. Biden Jr.", "Vice President Joe Biden") or their
     * articles a party in common.
     */
    static void joinSuffixed(Map<String, List<Parsed>> bySurname, Set<String> connectors, UnionFind uf,
            Overrides overrides, Map<String, KeyEvidence> byKey, Map<String, Set<String>> keysByArticle,
            Map<String, Map<String, Cues>> cues) {
        Map<String, Set<String>> articlesOfKey = new HashMap<>();
        Map<String, Set<String>> officesOfKey = new HashMap<>();
        for (Map.Entry<String, Set<String>> a : keysByArticle.entrySet()) {
            Map<String, Cues> ofArticle = cues.getOrDefault(a.getKey(), Map.of());
            for (String k : a.getValue()) {
                articlesOfKey.computeIfAbsent(k, x -> new HashSet<>()).add(a.getKey());
                Cues c = ofArticle.get(k);
                if (c != null && !c.offices().isEmpty()) {
                    officesOfKey.computeIfAbsent(k, x -> new HashSet<>()).addAll(c.offices());
                }
            }
        }
        // target cluster -> the suffixed clusters that would join it, and their suffixes
        Map<String, List<String>> joining = new TreeMap<>();
        Map<String, Set<String>> suffixes = new TreeMap<>();
        for (Map.Entry<String, List<Parsed>> group : bySurname.entrySet()) {
            List<Parsed> suffixed = group.getValue();
            if (suffixed.get(0).suffix.isEmpty()) {
                continue;
            }
            List<Parsed> plain = bySurname.getOrDefault(suffixed.get(0).last + "\u0000", List.of());
            // the clusters on each side, as step 1 left them
            Map<String, List<Parsed>> suffixedClusters = clusters(suffixed, connectors, uf);
            Map<String, List<Parsed>> plainClusters = clusters(plain, connectors, uf);
            for (List<Parsed> s : suffixedClusters.values()) {
                String target = null;
                int fits = 0;
                for (Map.Entry<String, List<Parsed>> u : plainClusters.entrySet()) {
                    boolean all = true;
                    for (Parsed a : s) {
                        for (Parsed b : u.getValue()) {
                            all &= compatibleButSuffix(a, b, overrides);
                        }
                    }
                    if (all) {
                        fits++;
                        target = u.getKey();
                    }
                }
                if (fits != 1) {
                    continue;
                }
                List<Parsed> u = plainClusters.get(target);
                Set<String> sArticles = new HashSet<>();
                Set<String> sOffices = new HashSet<>();
                Set<String> sParties = new HashSet<>();
                for (Parsed a : s) {
                    sArticles.addAll(articlesOfKey.getOrDefault(a.key, Set.of()));
                    sOffices.addAll(officesOfKey.getOrDefault(a.key, Set.of()));
                    sParties.addAll(byKey.get(a.key).parties().keySet());
                }
                boolean together = false;
                boolean office = false;
                boolean party = false;
                for (Parsed b : u) {
                    for (String a : articlesOfKey.getOrDefault(b.key, Set.of())) {
                        together |= sArticles.contains(a);
                    }
                    for (String o : officesOfKey.getOrDefault(b.key, Set.of())) {
                        office |= sOffices.contains(o);
                    }
                    for (String q : byKey.get(b.key).parties().keySet()) {
                        party |= sParties.contains(q);
                    }
                }
                if (!together && (office || party)) {
                    joining.computeIfAbsent(target, t -> new ArrayList<>()).add(s.get(0).key);
                    suffixes.computeIfAbsent(target, t -> new TreeSet<>()).add(s.get(0).suffix);
                }
            }
        }
        // never two suffixes into one cluster: "John Smith Sr." and "John Smith Jr." are two people
        joining.forEach((target, keys) -> {
            if (suffixes.get(target).size() == 1) {
                keys.forEach(k -> uf.union(target, k));
            }
        });
    }

    /** The names of a group that are not connectors, by their cluster's root. */
    private static Map<String, List<Parsed>> clusters(List<Parsed> group, Set<String> connectors, UnionFind uf) {
        Map<String, List<Parsed>> out = new TreeMap<>();
        for (Parsed p : group) {
            if (!connectors.contains(p.key)) {
                out.computeIfAbsent(uf.find(p.key), r -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    private static boolean compatibleButSuffix(Parsed a, Parsed b, Overrides o) {
        return a.last.equals(b.last) && NameVariants.firstNamesCompatible(a.first, b.first)
                && NameVariants.middlesCompatible(a.middles, b.middles) && !o.split(a.key, b.key);
    }
}
