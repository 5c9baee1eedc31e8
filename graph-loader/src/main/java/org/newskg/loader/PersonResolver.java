package org.newskg.loader;

import static org.newskg.loader.Companions.decideByArticle;
import static org.newskg.loader.Companions.narrowByContext;
import static org.newskg.loader.FullNames.joinCompatible;
import static org.newskg.loader.FullNames.joinHyphenated;
import static org.newskg.loader.FullNames.joinSuffixed;
import static org.newskg.loader.FullNames.parse;
import static org.newskg.loader.Narrowing.narrowByParty;
import static org.newskg.loader.Narrowing.narrowBySex;
import static org.newskg.loader.Narrowing.narrowByTitle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newskg.loader.Companions.Context;
import org.newskg.loader.FullNames.Parsed;
import org.newskg.model.NameVariants;
import org.newskg.model.Names;

/**
 * Which person names of a whole corpus are one person: a pure function from the names the articles use
 * (each raw key, i.e. {@link Names#personKey}, with its spellings, how many articles use it, and the parties
 * they give it) to clusters. It depends on the set of names only, never on the order they were loaded in.
 *
 * <ul>
 *   <li>Full names (two words or more once leading honorifics and titles are dropped) with the same surname
 *       and generational suffix are one person when their first names are variants (equal, an initial, a
 *       short form: {@link NameVariants#firstNamesCompatible}) and their middle names agree (one has none, or
 *       word by word equal or an initial). "George W. Bush" and "George H. W. Bush" disagree; "George Bush",
 *       compatible with both, joins neither and is reported undecided. A full name written with a hyphen and the
 *       same name written with a space ("Robert Kilroy-Silk", "Robert Kilroy Silk") are one person.</li>
 *   <li>A one-word name (a surname, with or without a title: "Mr Blair", "Sen. Cruz") joins the one full
 *       name with that surname; when the corpus has several, the parties the surname's articles give it (a
 *       party in common, then the same top party), then the titles it is used with, must leave exactly one,
 *       else it stays apart and is reported undecided. Last, the articles that use the one-word name decide
 *       by the other people they mention: all pointing to one candidate, or all compatible with a candidate
 *       the corpus knows far better than the others, and none naming that candidate beside it
 *       ({@link Companions#narrowByContext}).</li>
 *   <li>User overrides: pairs of names to merge, pairs never to merge.</li>
 * </ul>
 * Each cluster's key is one of its raw keys (the full name used by the most articles, ties alphabetical), and
 * its display name the most used well-formed spelling, titles dropped (but "Lord" of "Lord Falconer") and capitals
 * repaired ({@link #displayName}).
 *
 * <p>This class holds the steps in order ({@link #resolve}) and the public types; the parts each answer one
 * question: {@link FullNames} (a raw key's parts, which full names are one person), {@link Narrowing} (which
 * candidates of a one-word name its parties, sex and titles leave), {@link Sexes} (the sex the articles give a
 * name), {@link Companions} (which candidate the other people of its articles point to), {@link DisplayNames}
 * (how a cluster is shown) and {@link UnionFind} (which keys are one cluster so far).
 */
public final class PersonResolver {

    /**
     * What the corpus says about one raw key.
     *
     * @param key       the raw key ({@link Names#personKey} of the spellings)
     * @param spellings each spelling used for it, with how many articles use that spelling
     * @param articles  how many articles use the key
     * @param parties   party key to how many articles make the person a member (MEMBER_OF)
     * @param left      party keys the articles say the person left
     */
    public record KeyEvidence(String key, Map<String, Integer> spellings, int articles, Map<String, Integer> parties,
            Set<String> left) {
    }

    /**
     * User overrides: raw keys to put in one cluster, and raw keys never to put in one cluster.
     *
     * @param merges pairs (or larger groups) of raw keys that are one person
     * @param splits pairs of raw keys that are different people
     */
    public record Overrides(List<List<String>> merges, List<List<String>> splits) {
        public static final Overrides NONE = new Overrides(List.of(), List.of());

        boolean split(String a, String b) {
            for (List<String> s : splits) {
                if (s.contains(a) && s.contains(b) && !a.equals(b)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The resolution.
     *
     * @param clusterOf raw key to the key of its cluster (every raw key of the input)
     * @param names     cluster key to display name
     * @param undecided raw key left apart to the cluster keys it could have joined (sorted)
     */
    public record Resolution(Map<String, String> clusterOf, Map<String, String> names,
            Map<String, List<String>> undecided, Map<String, Map<String, String>> byArticle) {

        public Resolution(Map<String, String> clusterOf, Map<String, String> names,
                Map<String, List<String>> undecided) {
            this(clusterOf, names, undecided, Map.of());
        }

        /**
         * The cluster of a raw key as one article uses it: a one-word name that its articles as a whole could
         * not decide may be decided in some of them ({@link Companions#decideByArticle}).
         */
        public String clusterOf(String key, String article) {
            Map<String, String> exceptions = byArticle.get(key);
            String c = exceptions == null ? null : exceptions.get(article);
            return c != null ? c : clusterOf.get(key);
        }
    }

    /**
     * What the sentences of one article say about one raw key ({@link org.newskg.model.NameCues}): the sex an
     * honorific gives the person ('M', 'F', 0 when none, '?' when both), the sex the pronouns its quotes were
     * attributed through give them (the same way; weaker: as right as the attribution), the parties the article
     * makes them a member of, and the office titles written right before the name ("president", "sen").
     */
    public record Cues(char sex, char pronounSex, Set<String> parties, Set<String> offices) {
        public static final Cues NONE = new Cues((char) 0, (char) 0, Set.of(), Set.of());

        /** Both cues together: a sex only when they agree. */
        public Cues with(Cues o) {
            Set<String> p = new TreeSet<>(parties);
            p.addAll(o.parties);
            Set<String> t = new TreeSet<>(offices);
            t.addAll(o.offices);
            return new Cues(both(sex, o.sex), both(pronounSex, o.pronounSex), Set.copyOf(p), Set.copyOf(t));
        }

        private static char both(char a, char b) {
            return a == 0 ? b : b == 0 || b == a ? a : '?';
        }

        /** The sex the honorifics give: 'M', 'F' or 0. */
        char knownSex() {
            return sex == 'M' || sex == 'F' ? sex : 0;
        }

        /** The sex the honorifics give, else the one the pronouns give: 'M', 'F' or 0. */
        char anySex() {
            if (sex != 0) {
                return knownSex();
            }
            return pronounSex == 'M' || pronounSex == 'F' ? pronounSex : 0;
        }
    }

    private PersonResolver() {
    }

    public static Resolution resolve(Collection<KeyEvidence> input) {
        return resolve(input, Overrides.NONE);
    }

    public static Resolution resolve(Collection<KeyEvidence> input, Overrides overrides) {
        return resolve(input, overrides, Map.of());
    }

    /**
     * The resolution, with the articles' own context: which raw keys each article uses (article id to raw
     * keys), for the one-word names that neither party nor title decides ({@link Companions#narrowByContext}).
     */
    public static Resolution resolve(Collection<KeyEvidence> input, Overrides overrides,
            Map<String, Set<String>> keysByArticle) {
        return resolve(input, overrides, keysByArticle, Map.of());
    }

    /**
     * The resolution, with the articles' own context and what their sentences say about each name (article id
     * to raw key to {@link Cues}; a key an article uses without cues may be absent): the sex and parties that
     * tell namesakes apart, the office titles that show a suffixed and an unsuffixed name are one person.
     */
    public static Resolution resolve(Collection<KeyEvidence> input, Overrides overrides,
            Map<String, Set<String>> keysByArticle, Map<String, Map<String, Cues>> cues) {
        Map<String, KeyEvidence> byKey = new TreeMap<>();
        for (KeyEvidence e : input) {
            byKey.put(e.key(), e);
        }
        UnionFind uf = new UnionFind(byKey.keySet());
        Map<String, List<String>> undecided = new TreeMap<>();
        // 1. full names, by surname and suffix
        Map<String, List<Parsed>> bySurname = new TreeMap<>();
        List<Parsed> single = new ArrayList<>();
        for (String key : byKey.keySet()) {
            Parsed p = parse(key);
            if (p.full()) {
                bySurname.computeIfAbsent(p.last() + "\u0000" + p.suffix(), k -> new ArrayList<>()).add(p);
            } else {
                single.add(p);
            }
        }
        Set<String> connectors = joinCompatible(bySurname, overrides, uf, undecided);
        joinHyphenated(bySurname, connectors, uf, overrides); // "Robert Kilroy-Silk", "Robert Kilroy Silk"
        // 1b. a generational suffix one outlet writes and another leaves out ("Joseph R. Biden Jr.", "Joe Biden")
        if (!keysByArticle.isEmpty()) {
            joinSuffixed(bySurname, connectors, uf, overrides, byKey, keysByArticle, cues);
        }
        // the clusters of full names so far, with their surnames, parties and titles
        Map<String, Set<String>> fullClusters = new TreeMap<>();
        Map<String, Set<String>> clustersBySurname = new HashMap<>();
        for (List<Parsed> group : bySurname.values()) {
            for (Parsed p : group) {
                String root = uf.find(p.key());
                fullClusters.computeIfAbsent(root, r -> new TreeSet<>()).add(p.key());
                clustersBySurname.computeIfAbsent(p.last(), s -> new TreeSet<>()).add(root);
            }
        }
        // 2. one-word names
        // the clusters of full names as they stand before any one-word name joins them
        Context context = keysByArticle.isEmpty() ? null : Context.of(keysByArticle, uf);
        Sexes sexes = cues.isEmpty() ? null : Sexes.of(cues, uf, byKey.keySet());
        Map<String, Map<String, String>> byArticleRoots = new TreeMap<>();
        for (Parsed p : single) {
            Set<String> candidates = new TreeSet<>();
            for (String root : clustersBySurname.getOrDefault(p.last(), Set.of())) {
                boolean splitFromAny = false;
                for (String member : fullClusters.get(root)) {
                    splitFromAny |= overrides.split(p.key(), member);
                }
                if (!splitFromAny) {
                    candidates.add(root);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            Set<String> chosen = candidates;
            if (chosen.size() > 1) {
                chosen = narrowByParty(byKey.get(p.key()), chosen, fullClusters, byKey);
            }
            if (chosen.size() > 1 && sexes != null) {
                chosen = narrowBySex(sexes.ofKey(p.key()), chosen, sexes);
            }
            if (chosen.size() > 1) {
                chosen = narrowByTitle(byKey.get(p.key()), chosen, fullClusters, byKey);
            }
            if (chosen.size() > 1 && context != null) {
                chosen = narrowByContext(p, chosen, context);
            }
            if (chosen.size() == 1) {
                uf.union(chosen.iterator().next(), p.key());
                continue;
            }
            Map<String, String> decided = context == null ? Map.of()
                    : decideByArticle(p, candidates, context, cues, sexes, fullClusters, byKey);
            Set<String> targets = new TreeSet<>(decided.values());
            int articles = context == null ? 0 : context.articlesByKey().getOrDefault(p.key(), List.of()).size();
            if (targets.size() == 1 && decided.size() == articles) {
                uf.union(targets.iterator().next(), p.key()); // every article decided alike: the name as a whole
                continue;
            }
            if (!decided.isEmpty()) {
                byArticleRoots.put(p.key(), decided);
            }
            if (decided.size() < articles || articles == 0) {
                undecided.put(p.key(), List.copyOf(candidates));
            }
        }
        // 3. user merges
        for (List<String> merge : overrides.merges()) {
            String first = null;
            for (String k : merge) {
                if (!byKey.containsKey(k)) {
                    continue;
                }
                if (first == null) {
                    first = k;
                } else {
                    uf.union(first, k);
                }
                undecided.remove(k);
                byArticleRoots.remove(k);
            }
        }
        // clusters, their keys and names
        Map<String, List<String>> members = new TreeMap<>();
        for (String key : byKey.keySet()) {
            members.computeIfAbsent(uf.find(key), r -> new ArrayList<>()).add(key);
        }
        Map<String, String> clusterOf = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        Map<String, String> keyOfRoot = new HashMap<>();
        for (List<String> keys : members.values()) {
            String clusterKey = keys.stream().min(Comparator
                    .comparing((String k) -> parse(k).full() ? 0 : 1)
                    .thenComparing(k -> -byKey.get(k).articles())
                    .thenComparing(k -> k)).orElseThrow();
            Map<String, Integer> spellings = new HashMap<>();
            for (String k : keys) {
                clusterOf.put(k, clusterKey);
                keyOfRoot.put(uf.find(k), clusterKey);
                byKey.get(k).spellings().forEach((s, n) -> spellings.merge(s, n, Integer::sum));
            }
            names.put(clusterKey, displayName(spellings));
        }
        // undecided candidates are named by their final cluster keys
        Map<String, List<String>> undecidedOut = new TreeMap<>();
        undecided.forEach((k, roots) -> {
            Set<String> keys = new TreeSet<>();
            for (String r : roots) {
                String ck = keyOfRoot.get(uf.find(r));
                if (ck != null && !ck.equals(clusterOf.get(k))) {
                    keys.add(ck);
                }
            }
            if (!keys.isEmpty()) {
                undecidedOut.put(k, List.copyOf(keys));
            }
        });
        Map<String, Map<String, String>> byArticle = new TreeMap<>();
        byArticleRoots.forEach((k, decided) -> {
            Map<String, String> out = new TreeMap<>();
            decided.forEach((article, root) -> out.put(article, keyOfRoot.get(uf.find(root))));
            byArticle.put(k, out);
        });
        return new Resolution(clusterOf, names, undecidedOut, byArticle);
    }

    /**
     * The surnames whose names the resolution reads {@link Cues} for: those of one-word names and of names with
     * a generational suffix (the only ones the cues help decide), so that a caller reads the sentences of few
     * facts.
     */
    public static Set<String> cueSurnames(Collection<String> keys) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            Parsed p = parse(k);
            if (!p.full() || !p.suffix().isEmpty()) {
                out.add(p.last());
            }
        }
        return out;
    }

    /**
     * The surnames of names with a generational suffix: the only ones whose offices the resolution reads
     * ({@link FullNames#joinSuffixed}); a reader may skip the offices of the others.
     */
    public static Set<String> officeSurnames(Collection<String> keys) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            Parsed p = parse(k);
            if (p.full() && !p.suffix().isEmpty()) {
                out.add(p.last());
            }
        }
        return out;
    }

    /** Whether a raw key is one word once titles are dropped ("blair", "president obama"). */
    public static boolean oneWord(String key) {
        return !parse(key).full();
    }

    /** Whether the resolution reads cues for this raw key ({@link #cueSurnames}). */
    public static boolean wantsCues(String key, Set<String> surnames) {
        return surnames.contains(parse(key).last());
    }

    /**
     * Gathers the {@link Cues} of the raw keys with one of the given surnames, from the facts of each article
     * (the sentence each came from) and its memberships; the same from a graph and from kg import's rows.
     */
    public static final class CueCollector {
        private final Set<String> surnames;
        private final Map<String, Map<String, Cues>> cues = new HashMap<>();

        /** @param surnames those of the raw keys whose cues are wanted ({@link #cueSurnames}); null: every key */
        public CueCollector(Set<String> surnames) {
            this.surnames = surnames;
        }

        /** Whether facts naming this raw key are wanted. */
        public boolean wants(String key) {
            return surnames == null || wantsCues(key, surnames);
        }

        /** Cues gathered before (by a collector of every key), for a key if it is wanted. */
        public void cues(String article, String key, Cues c) {
            if (wants(key)) {
                add(article, key, c);
            }
        }

        /**
         * A fact of an article naming a person: as its subject (a pronoun it was found through tells their sex)
         * or as its object.
         */
        public void fact(String article, String key, String name, String sentence, String rule, boolean subject) {
            if (!wants(key)) {
                return;
            }
            char sex = org.newskg.model.NameCues.sex(name, sentence);
            char pronoun = subject ? org.newskg.model.NameCues.pronounSex(sentence, rule) : 0;
            String office = org.newskg.model.NameCues.office(name, sentence);
            if (sex != 0 || pronoun != 0 || office != null) {
                add(article, key, new Cues(sex, pronoun, Set.of(), office == null ? Set.of() : Set.of(office)));
            }
        }

        /** A membership an article gives a person. */
        public void party(String article, String key, String party) {
            if (wants(key)) {
                add(article, key, new Cues((char) 0, (char) 0, Set.of(party), Set.of()));
            }
        }

        private void add(String article, String key, Cues c) {
            cues.computeIfAbsent(article, a -> new HashMap<>()).merge(key, c, Cues::with);
        }

        /** Article id to raw key to its cues there. */
        public Map<String, Map<String, Cues>> cues() {
            return cues;
        }
    }

    /**
     * The display name of a person used with these spellings (each with its number of articles): leading
     * honorifics and titles dropped, but the title of one named by a single word that such a person keeps
     * ({@link NameVariants#isNameTitle}: "Lord Falconer", "Pope Francis"), each word in its most used well-formed
     * capitalisation (not all capitals, not "HIllary"), then the most used result, full names first, then a title
     * with one word, then one word alone, ties to the longer and then the alphabetically first.
     */
    public static String displayName(Map<String, Integer> spellings) {
        return DisplayNames.displayName(spellings);
    }
}
