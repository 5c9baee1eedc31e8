package org.newskg.loader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 *       compatible with both, joins neither and is reported undecided.</li>
 *   <li>A one-word name (a surname, with or without a title: "Mr Blair", "Sen. Cruz") joins the one full
 *       name with that surname; when the corpus has several, the parties the surname's articles give it (a
 *       party in common, then the same top party), then the titles it is used with, must leave exactly one,
 *       else it stays apart and is reported undecided. Last, the articles that use the one-word name decide
 *       by the other people they mention: all pointing to one candidate, or all compatible with a candidate
 *       the corpus knows far better than the others, and none naming that candidate beside it
 *       ({@link #narrowByContext}).</li>
 *   <li>User overrides: pairs of names to merge, pairs never to merge.</li>
 * </ul>
 * Each cluster's key is one of its raw keys (the full name used by the most articles, ties alphabetical), and
 * its display name the most used well-formed spelling, titles dropped and capitals repaired
 * ({@link #displayName}).
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
         * not decide may be decided in some of them ({@link PersonResolver#decideByArticle}).
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

    /** A raw key parsed into its parts (titles dropped). */
    private record Parsed(String key, String first, List<String> middles, String last, String suffix) {
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

    public static Resolution resolve(Collection<KeyEvidence> input) {
        return resolve(input, Overrides.NONE);
    }

    public static Resolution resolve(Collection<KeyEvidence> input, Overrides overrides) {
        return resolve(input, overrides, Map.of());
    }

    /**
     * The resolution, with the articles' own context: which raw keys each article uses (article id to raw
     * keys), for the one-word names that neither party nor title decides ({@link #narrowByContext}).
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
                bySurname.computeIfAbsent(p.last + "\u0000" + p.suffix, k -> new ArrayList<>()).add(p);
            } else {
                single.add(p);
            }
        }
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
        // 1b. a generational suffix one outlet writes and another leaves out ("Joseph R. Biden Jr.", "Joe Biden")
        if (!keysByArticle.isEmpty()) {
            joinSuffixed(bySurname, connectors, uf, overrides, byKey, keysByArticle, cues);
        }
        // the clusters of full names so far, with their surnames, parties and titles
        Map<String, Set<String>> fullClusters = new TreeMap<>();
        Map<String, Set<String>> clustersBySurname = new HashMap<>();
        for (List<Parsed> group : bySurname.values()) {
            for (Parsed p : group) {
                String root = uf.find(p.key);
                fullClusters.computeIfAbsent(root, r -> new TreeSet<>()).add(p.key);
                clustersBySurname.computeIfAbsent(p.last, s -> new TreeSet<>()).add(root);
            }
        }
        // 2. one-word names
        // the clusters of full names as they stand before any one-word name joins them
        Context context = keysByArticle.isEmpty() ? null : Context.of(keysByArticle, uf);
        Sexes sexes = cues.isEmpty() ? null : Sexes.of(cues, uf, byKey.keySet());
        Map<String, Map<String, String>> byArticleRoots = new TreeMap<>();
        for (Parsed p : single) {
            Set<String> candidates = new TreeSet<>();
            for (String root : clustersBySurname.getOrDefault(p.last, Set.of())) {
                boolean splitFromAny = false;
                for (String member : fullClusters.get(root)) {
                    splitFromAny |= overrides.split(p.key, member);
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
                chosen = narrowByParty(byKey.get(p.key), chosen, fullClusters, byKey);
            }
            if (chosen.size() > 1 && sexes != null) {
                chosen = narrowBySex(sexes.ofKey(p.key), chosen, sexes);
            }
            if (chosen.size() > 1) {
                chosen = narrowByTitle(byKey.get(p.key), chosen, fullClusters, byKey);
            }
            if (chosen.size() > 1 && context != null) {
                chosen = narrowByContext(p, chosen, context);
            }
            if (chosen.size() == 1) {
                uf.union(chosen.iterator().next(), p.key);
                continue;
            }
            Map<String, String> decided = context == null ? Map.of()
                    : decideByArticle(p, candidates, context, cues, sexes, fullClusters, byKey);
            Set<String> targets = new TreeSet<>(decided.values());
            int articles = context == null ? 0 : context.articlesByKey.getOrDefault(p.key, List.of()).size();
            if (targets.size() == 1 && decided.size() == articles) {
                uf.union(targets.iterator().next(), p.key); // every article decided alike: the name as a whole
                continue;
            }
            if (!decided.isEmpty()) {
                byArticleRoots.put(p.key, decided);
            }
            if (decided.size() < articles || articles == 0) {
                undecided.put(p.key, List.copyOf(candidates));
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
     * The candidates whose articles give them one of the parties the one-word name's articles give it (a
     * candidate no article gives a party cannot be told apart this way and drops out); when several remain,
     * those whose top party is the one-word name's top party. Unchanged when this leaves none.
     */
    private static Set<String> narrowByParty(KeyEvidence e, Set<String> candidates,
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
     * The one candidate the articles that use a one-word name point to by the other people they mention, or
     * all candidates when they do not agree. An article that names a candidate in full and still keeps the
     * one-word name apart (the extractor did not take it for that candidate) rules that candidate out. Each
     * other article votes for the candidate with whom it shares the most other people (each shared person
     * mentioned in at least one of the candidate's other articles), if it shares at least two and at least
     * twice as many as with any other candidate. One candidate is chosen when it has every vote, the votes of
     * at least half of the name's articles, and every article of the name that mentions other people shares at
     * least one of them with it. Failing that, the candidate with at least {@link #DOMINANCE} times as many
     * articles as all the others together is chosen when every article of the name that mentions other people
     * shares one of them with it (and one such article exists); otherwise nothing changes.
     */
    private static Set<String> narrowByContext(Parsed name, Set<String> candidates, Context context) {
        List<String> ownArticles = context.articlesByKey.getOrDefault(name.key, List.of());
        if (ownArticles.isEmpty()) {
            return candidates;
        }
        Set<String> ruledOut = new HashSet<>();
        Map<String, Integer> votes = new TreeMap<>();
        // articles that mention other people, and for each candidate how many of them share one with it
        int withCompanions = 0;
        Map<String, Integer> supported = new HashMap<>();
        for (String article : ownArticles) {
            Map<String, Integer> sharedWith = new HashMap<>();
            Set<String> companions = new TreeSet<>();
            for (String k : context.keysByArticle.get(article)) {
                Parsed q = parse(k);
                if (!q.full()) {
                    continue;
                }
                String root = context.rootOf.get(k);
                if (candidates.contains(root)) {
                    if (q.suffix.isEmpty()) {
                        ruledOut.add(root); // the extractor links no surname to "Joseph R. Biden Jr."
                    }
                } else if (!q.last.equals(name.last)) {
                    companions.add(root);
                }
            }
            for (String candidate : candidates) {
                sharedWith.put(candidate, sharedCompanions(article, companions, candidate, context));
            }
            String best = clearVote(sharedWith);
            if (best != null) {
                votes.merge(best, 1, Integer::sum);
            }
            if (!companions.isEmpty()) {
                withCompanions++;
                for (String candidate : candidates) {
                    if (sharedWith.get(candidate) > 0) {
                        supported.merge(candidate, 1, Integer::sum);
                    }
                }
            }
        }
        if (votes.size() == 1) {
            Map.Entry<String, Integer> only = votes.entrySet().iterator().next();
            if (2 * only.getValue() >= ownArticles.size() && !ruledOut.contains(only.getKey())
                    && supported.getOrDefault(only.getKey(), 0) == withCompanions) {
                return Set.of(only.getKey());
            }
        }
        // the namesake the corpus knows far better than all the others, if every article that mentions other
        // people shares one of them with it
        String dominant = dominant(candidates, context);
        if (dominant != null && !ruledOut.contains(dominant)
                && withCompanions > 0 && supported.getOrDefault(dominant, 0) == withCompanions) {
            return Set.of(dominant);
        }
        return candidates;
    }

    /**
     * Joins a cluster of full names with a generational suffix ("Joseph R. Biden Jr.") to the one cluster of the
     * same names without it ("Joe Biden"), when the corpus shows they are one person written in two styles:
     * every name of each is compatible with every name of the other but for the suffix, no article names both
     * (where both appear, they are father and son: Donald Trump and Donald Trump Jr.), and their sentences give
     * them an office title in common ("Vice President Joseph R. Biden Jr.", "Vice President Joe Biden") or their
     * articles a party in common.
     */
    private static void joinSuffixed(Map<String, List<Parsed>> bySurname, Set<String> connectors, UnionFind uf,
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

    /**
     * The sex the articles give each raw key and each cluster of full names: one that most of their articles
     * with a cue give, three to one at least; for a one-word name only its honorifics count (a pronoun is only
     * as right as the attribution of the quote, and a surname's few articles cannot outvote a wrong one).
     */
    private record Sexes(Map<String, Character> ofKey, Map<String, Character> ofRoot) {

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

    /**
     * The candidates not of the other sex than the one-word name's articles give it ("Mr. Clinton" is not
     * Hillary Clinton, whose articles say "Mrs. Clinton" and "she said"); a candidate whose sex the corpus
     * does not tell stays. Unchanged when the name's sex is unknown or no candidate is known to be of it.
     */
    private static Set<String> narrowBySex(char sex, Set<String> candidates, Sexes sexes) {
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

    /**
     * For a one-word name its articles could not decide as a whole (they may be about different people: "Mr.
     * Clinton" in one, Clinton's campaign in another), each article on its own: the candidates it names in full
     * beside the name drop out (the extractor kept them apart), except that a suffixed full name beside it is
     * the one the name stands for when it is the only candidate named there (the extractor links no surname to
     * "Joseph R. Biden Jr."); then those of the other sex than the article gives the name, and those that do
     * not share the party the article gives it (when one does). The article decides for the candidate left
     * alone, if it shares one of the other people it mentions with that candidate or its party; else for the
     * candidate it shares the most other people with (two at least, twice as many as with any other), or for
     * the candidate the corpus knows {@link #DOMINANCE} times better than the others left when it shares one
     * with it. Returns article id to the root of the candidate it decides for; undecided articles are absent.
     */
    private static Map<String, String> decideByArticle(Parsed name, Set<String> candidates, Context context,
            Map<String, Map<String, Cues>> cues, Sexes sexes, Map<String, Set<String>> clusters,
            Map<String, KeyEvidence> byKey) {
        Map<String, String> out = new TreeMap<>();
        for (String article : context.articlesByKey.getOrDefault(name.key, List.of())) {
            Set<String> inFull = new TreeSet<>();
            Set<String> suffixedInFull = new TreeSet<>();
            Set<String> companions = new TreeSet<>();
            for (String k : context.keysByArticle.get(article)) {
                Parsed q = parse(k);
                if (!q.full()) {
                    continue;
                }
                String root = context.rootOf.get(k);
                if (candidates.contains(root)) {
                    (q.suffix.isEmpty() ? inFull : suffixedInFull).add(root);
                } else if (!q.last.equals(name.last)) {
                    companions.add(root);
                }
            }
            suffixedInFull.removeAll(inFull);
            if (inFull.isEmpty() && suffixedInFull.size() == 1) {
                out.put(article, suffixedInFull.iterator().next());
                continue;
            }
            Set<String> left = new TreeSet<>(candidates);
            left.removeAll(inFull);
            Cues c = cues.getOrDefault(article, Map.of()).getOrDefault(name.key, Cues.NONE);
            if (sexes != null) {
                left = narrowBySex(c.knownSex(), left, sexes);
            }
            boolean partyShared = false;
            if (!c.parties().isEmpty()) {
                Set<String> withParty = new TreeSet<>();
                for (String root : left) {
                    for (String k : clusters.get(root)) {
                        for (String party : byKey.get(k).parties().keySet()) {
                            if (c.parties().contains(party)) {
                                withParty.add(root);
                            }
                        }
                    }
                }
                if (!withParty.isEmpty()) {
                    left = withParty;
                    partyShared = true;
                }
            }
            if (left.isEmpty()) {
                continue;
            }
            Map<String, Integer> shared = new HashMap<>();
            for (String candidate : left) {
                shared.put(candidate, sharedCompanions(article, companions, candidate, context));
            }
            if (left.size() == 1) {
                String only = left.iterator().next();
                if (partyShared || shared.get(only) > 0) {
                    out.put(article, only);
                }
                continue;
            }
            String best = clearVote(shared);
            if (best != null) {
                out.put(article, best);
                continue;
            }
            String dominant = dominant(left, context);
            if (dominant != null && shared.get(dominant) > 0) {
                out.put(article, dominant);
            }
        }
        return out;
    }

    /** How many of an article's other people appear in another article with the candidate. */
    /**
     * The candidate an article shares the most other people with, if at least two and at least twice as many as
     * with any other candidate; else null.
     */
    private static String clearVote(Map<String, Integer> shared) {
        String best = null;
        int bestShared = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : shared.entrySet()) {
            int n = e.getValue();
            if (n > bestShared) {
                second = bestShared;
                bestShared = n;
                best = e.getKey();
            } else if (n > second) {
                second = n;
            }
        }
        return best != null && bestShared >= 2 && bestShared >= 2 * second ? best : null;
    }

    /**
     * The candidate the corpus knows at least {@link #DOMINANCE} times better (by articles) than all the others
     * together; else null.
     */
    private static String dominant(Collection<String> candidates, Context context) {
        String dominant = null;
        int most = 0;
        int rest = 0;
        for (String candidate : candidates) {
            int n = context.articlesOf.getOrDefault(candidate, Set.of()).size();
            if (n > most) {
                rest += most;
                most = n;
                dominant = candidate;
            } else {
                rest += n;
            }
        }
        return dominant != null && most >= DOMINANCE * Math.max(1, rest) ? dominant : null;
    }

    private static int sharedCompanions(String article, Set<String> companions, String candidate, Context context) {
        Set<String> theirs = context.articlesOf.getOrDefault(candidate, Set.of());
        int shared = 0;
        for (String c : companions) {
            for (String a : context.articlesOf.getOrDefault(c, Set.of())) {
                if (!a.equals(article) && theirs.contains(a)) {
                    shared++;
                    break;
                }
            }
        }
        return shared;
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
            if (!p.full() || !p.suffix.isEmpty()) {
                out.add(p.last);
            }
        }
        return out;
    }

    /**
     * The surnames of names with a generational suffix: the only ones whose offices the resolution reads
     * ({@link #joinSuffixed}); a reader may skip the offices of the others.
     */
    public static Set<String> officeSurnames(Collection<String> keys) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            Parsed p = parse(k);
            if (p.full() && !p.suffix.isEmpty()) {
                out.add(p.last);
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
        return surnames.contains(parse(key).last);
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

    /** How many times more articles the one namesake must have than all the others together. */
    static final int DOMINANCE = 10;

    /** Which articles use each raw key and each cluster of full names, and the keys of each article. */
    private record Context(Map<String, Set<String>> keysByArticle, Map<String, List<String>> articlesByKey,
            Map<String, Set<String>> articlesOf, Map<String, String> rootOf) {

        static Context of(Map<String, Set<String>> keysByArticle, UnionFind uf) {
            Map<String, List<String>> byKey = new HashMap<>();
            Map<String, Set<String>> of = new HashMap<>();
            Map<String, String> rootOf = new HashMap<>();
            for (Map.Entry<String, Set<String>> a : new TreeMap<>(keysByArticle).entrySet()) {
                for (String k : a.getValue()) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(a.getKey());
                    if (parse(k).full()) {
                        String root = rootOf.computeIfAbsent(k, uf::find);
                        of.computeIfAbsent(root, r -> new HashSet<>()).add(a.getKey());
                    }
                }
            }
            return new Context(keysByArticle, byKey, of, rootOf);
        }
    }

    /** The candidates used with one of the titles the one-word name is used with ("President", "Sen."). */
    private static Set<String> narrowByTitle(KeyEvidence e, Set<String> candidates,
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

    /**
     * The display name of a person used with these spellings (each with its number of articles): leading
     * honorifics and titles dropped, each word in its most used well-formed capitalisation (not all capitals,
     * not "HIllary"), then the most used result, full names (two words or more) first, ties to the longer and
     * then the alphabetically first.
     */
    public static String displayName(Map<String, Integer> spellings) {
        // words of each spelling without leading titles, as written
        Map<String, List<String>> cleaned = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> casings = new HashMap<>();
        Map<String, String> repairedAsIs = new HashMap<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(spellings).entrySet()) {
            List<String> words = new ArrayList<>(List.of(e.getKey().strip().split("\\s+")));
            while (words.size() > 1 && NameVariants.isPrefix(Names.normalise(words.get(0)))) {
                words.remove(0);
            }
            if (!NAME_LIKE.matcher(e.getKey()).matches()) {
                // not made of name words only: shown as written, never recased
                repairedAsIs.put(e.getKey(), String.join(" ", words));
            }
            cleaned.put(e.getKey(), words);
            if (repairedAsIs.containsKey(e.getKey())) {
                continue;
            }
            for (String w : words) {
                casings.computeIfAbsent(w.toLowerCase(Locale.ROOT), x -> new HashMap<>())
                        .merge(w, e.getValue(), Integer::sum);
            }
        }
        Map<String, String> casing = new HashMap<>();
        casings.forEach((lower, forms) -> casing.put(lower, forms.entrySet().stream().min(Comparator
                .comparing((Map.Entry<String, Integer> f) -> wellFormed(f.getKey()) ? 0
                        : f.getKey().equals(f.getKey().toLowerCase(Locale.ROOT)) ? 1 : 2)
                .thenComparing(f -> -f.getValue())
                .thenComparing(Map.Entry::getKey)).map(f -> wellFormed(f.getKey()) ? f.getKey()
                        : f.getKey().equals(f.getKey().toLowerCase(Locale.ROOT)) ? f.getKey()
                        : titleCase(f.getKey())).orElseThrow()));
        Map<String, Integer> repaired = new HashMap<>();
        cleaned.forEach((spelling, words) -> {
            if (repairedAsIs.containsKey(spelling)) {
                repaired.merge(repairedAsIs.get(spelling), spellings.get(spelling), Integer::sum);
                return;
            }
            List<String> out = new ArrayList<>();
            for (String w : words) {
                out.add(casing.get(w.toLowerCase(Locale.ROOT)));
            }
            repaired.merge(String.join(" ", out), spellings.get(spelling), Integer::sum);
        });
        return repaired.entrySet().stream().min(Comparator
                .comparing((Map.Entry<String, Integer> r) -> r.getKey().contains(" ") ? 0 : 1)
                .thenComparing(r -> -r.getValue())
                .thenComparing(r -> -r.getKey().length())
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse("");
    }

    /** Letters, marks, spaces, dots, apostrophes and hyphens: a name whose words can be recased. */
    private static final java.util.regex.Pattern NAME_LIKE = java.util.regex.Pattern.compile("[\\p{L}\\p{M} .'’-]+");

    /** Not all capitals (beyond one letter), and not two capitals before small letters ("HIllary"). */
    static boolean wellFormed(String word) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            }
        }
        if (letters > 1 && upper == letters) {
            return false;
        }
        if (letters > 0 && upper == 0) {
            return false;
        }
        return !(word.length() > 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1))
                && Character.isLowerCase(word.charAt(2)));
    }

    /** "HILLARY" -> "Hillary", "O'NEILL" -> "O'Neill", "SMITH-JONES" -> "Smith-Jones". */
    static String titleCase(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            sb.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return sb.toString();
    }

    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        UnionFind(Collection<String> keys) {
            for (String k : keys) {
                parent.put(k, k);
            }
        }

        String find(String k) {
            String p = parent.get(k);
            if (p.equals(k)) {
                return k;
            }
            String root = find(p);
            parent.put(k, root);
            return root;
        }

        /** Roots are the alphabetically first key: the same whatever the order of the unions. */
        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (ra.equals(rb)) {
                return;
            }
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
