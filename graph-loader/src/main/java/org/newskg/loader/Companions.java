package org.newskg.loader;

import static org.newskg.loader.FullNames.parse;
import static org.newskg.loader.Narrowing.narrowBySex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newskg.loader.FullNames.Parsed;
import org.newskg.loader.PersonResolver.Cues;
import org.newskg.loader.PersonResolver.KeyEvidence;

/**
 * Which candidate the articles that use a one-word name point to by the other people they mention: for the
 * name as a whole ({@link #narrowByContext}), and, when those articles do not agree, for each article on its
 * own ({@link #decideByArticle}).
 */
final class Companions {

    private Companions() {
    }

    /** How many times more articles the one namesake must have than all the others together. */
    static final int DOMINANCE = 10;

    /** Which articles use each raw key and each cluster of full names, and the keys of each article. */
    record Context(Map<String, Set<String>> keysByArticle, Map<String, List<String>> articlesByKey,
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

    /**
     * Whom one article of a one-word name names in full: the candidates (without a generational suffix, and with
     * one: "Joseph R. Biden Jr."), and the other people, those of another surname than the name (clusters' roots).
     */
    record NamedInFull(Set<String> candidates, Set<String> suffixedCandidates, Set<String> companions) {

        static NamedInFull in(String article, Parsed name, Set<String> candidates, Context context) {
            NamedInFull out = new NamedInFull(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
            for (String k : context.keysByArticle.get(article)) {
                Parsed q = parse(k);
                if (!q.full()) {
                    continue;
                }
                String root = context.rootOf.get(k);
                if (candidates.contains(root)) {
                    (q.suffix().isEmpty() ? out.candidates : out.suffixedCandidates).add(root);
                } else if (!q.last().equals(name.last())) {
                    out.companions.add(root);
                }
            }
            return out;
        }
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
    static Set<String> narrowByContext(Parsed name, Set<String> candidates, Context context) {
        List<String> ownArticles = context.articlesByKey().getOrDefault(name.key(), List.of());
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
            NamedInFull named = NamedInFull.in(article, name, candidates, context);
            ruledOut.addAll(named.candidates()); // not the suffixed: the extractor links no surname to "... Biden Jr."
            Set<String> companions = named.companions();
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
    static Map<String, String> decideByArticle(Parsed name, Set<String> candidates, Context context,
            Map<String, Map<String, Cues>> cues, Sexes sexes, Map<String, Set<String>> clusters,
            Map<String, KeyEvidence> byKey) {
        Map<String, String> out = new TreeMap<>();
        for (String article : context.articlesByKey().getOrDefault(name.key(), List.of())) {
            NamedInFull named = NamedInFull.in(article, name, candidates, context);
            Set<String> inFull = named.candidates();
            Set<String> suffixedInFull = named.suffixedCandidates();
            Set<String> companions = named.companions();
            suffixedInFull.removeAll(inFull);
            if (inFull.isEmpty() && suffixedInFull.size() == 1) {
                out.put(article, suffixedInFull.iterator().next());
                continue;
            }
            Set<String> left = new TreeSet<>(candidates);
            left.removeAll(inFull);
            Cues c = cues.getOrDefault(article, Map.of()).getOrDefault(name.key(), Cues.NONE);
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

    /** How many of an article's other people appear in another article with the candidate. */
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
}
