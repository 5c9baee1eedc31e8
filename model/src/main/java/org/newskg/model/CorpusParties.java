package org.newskg.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus sieve, {@value #RULE}: what the other articles say of a person decides which of an article's parties
 * that article ties them to. An article often names a well-known person without their party while it names parties,
 * and its reader knows which is theirs; the other articles know it too when they state it. A {@link PartyCandidate}
 * (a person the article names plainly, with no party there, beside a party the article names) becomes a MEMBER_OF
 * triple ({@link #complete}) when the other articles place that person in that party firmly. Shared by the extractor
 * (a run's articles, {@code CorpusPass}, and a Spark job's, which broadcasts it) and the loader (which decides the
 * graph's corpus memberships again after every load and retraction). Two phases: {@link #learn} every article's
 * triples, then {@link #complete} each article. The articles' MEMBER_OF and LEFT triples count, from any sieve but this one; a person is
 * placed in a party when the other articles place them in that party and in no other, or in that party in at least
 * three times the articles and two more than in any other ({@link PartySupport#outweighs}, as the graph's
 * {@code contested} flag weighs them); and firmly: in at least two articles or once at confidence {@value #STATED} or
 * more (a sieve that reads it in the text, not a role nominal resolved to a person at 0.55); a person whose parties
 * are close, or whom no other article places, gets nothing. Persons are matched by their canonical name in each
 * article, middle names and initials aside.
 */
public final class CorpusParties implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rule of the memberships decided this way; they never count as what an article states. */
    public static final String RULE = "member.corpus";
    /** Below every sieve that reads the text, above the evaluation's 0.5 cut. */
    public static final double CONFIDENCE = 0.6;
    /**
     * A membership one article states this firmly is enough: any sieve that reads it in the text (a title, an
     * appositive, the article's context), not a role nominal resolved to a person ("the Tory leader countered": 0.55),
     * which is wrong often enough that one such row must not travel to other articles.
     */
    public static final double STATED = 0.6;

    /** person -> party -> article -> the strongest confidence that article gives it. */
    private final Map<String, Map<String, Map<String, Double>>> parties = new HashMap<>();
    /** The persons' names some article says left a party. */
    private final java.util.Set<String> leavers = new java.util.HashSet<>();
    /** {@link #looseKey} -> the persons' names learned under it. */
    private final Map<String, List<String>> byKey = new HashMap<>();

    /** Records the parties these triples give their persons (MEMBER_OF and LEFT, not of this rule). */
    public void learn(Iterable<Triple> triples) {
        for (Triple t : triples) {
            if (t.predicate() == Relation.LEFT) {
                leavers.add(t.subject());
            }
            if ((t.predicate() == Relation.MEMBER_OF || t.predicate() == Relation.LEFT) && !RULE.equals(t.rule())) {
                parties.computeIfAbsent(t.subject(), k -> {
                    byKey.computeIfAbsent(looseKey(k), x -> new ArrayList<>()).add(k);
                    return new LinkedHashMap<>();
                }).computeIfAbsent(t.object(), k -> new HashMap<>()).merge(t.articleId(), t.confidence(), Math::max);
            }
        }
    }

    /**
     * The MEMBER_OF triples ({@value #RULE}, confidence {@value #CONFIDENCE}) the other articles decide for one
     * article's candidates: a candidate's party when it is the one {@link #partyElsewhere} gives its person.
     */
    public List<Triple> complete(String articleId, List<PartyCandidate> candidates) {
        List<Triple> out = new ArrayList<>();
        Map<String, String> decided = new HashMap<>(); // person -> party, "" for none: once per person, not per pair
        for (PartyCandidate c : candidates) {
            String party = decided.computeIfAbsent(c.person(),
                    p -> java.util.Objects.requireNonNullElse(partyElsewhere(p, articleId), ""));
            if (c.party().equals(party)) {
                out.add(new Triple(articleId, c.person(), EntityType.PERSON, Relation.MEMBER_OF, c.party(),
                        EntityType.PARTY, CONFIDENCE, c.evidence(), c.start(), c.end(), RULE));
            }
        }
        return out;
    }

    /**
     * The party the articles other than {@code articleId} place this person in, firmly enough, or null: the only one,
     * or one that outweighs every other; null too when {@code articleId} places them itself.
     */
    public String partyElsewhere(String person, String articleId) {
        Map<String, Map<String, Double>> known = known(person);
        if (known == null) {
            return null;
        }
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<String, Map<String, Double>> e : known.entrySet()) {
            if (e.getValue().containsKey(articleId)) {
                return null; // this article places them itself
            }
            int n = e.getValue().size();
            if (n > bestCount) {
                second = bestCount;
                best = e.getKey();
                bestCount = n;
            } else {
                second = Math.max(second, n);
            }
        }
        if (second > 0 && !PartySupport.outweighs(bestCount, second)) {
            return null; // two parties, neither clearly the person's
        }
        Map<String, Double> support = known.get(best);
        boolean firm = support.size() >= 2 || support.values().stream().anyMatch(c -> c >= STATED);
        return firm ? best : null;
    }

    /**
     * Whether the articles other than this triple's place its person firmly in another party, one that outweighs
     * ({@link PartySupport#outweighs}) the support they give this triple's party: "Bernie Sanders" in a sentence whose
     * "his party" sits beside "Tea Party Republicans", against the run's dozens of articles that make him a Democrat.
     * Only for a membership read from an article's context, never for one its text states outright (a party switch:
     * "Ronald Reagan was a Democrat"); the extractor decides which rules those are. Never for a person some article says
     * left a party: their parties changed, and the context may be right.
     */
    public boolean overruled(Triple t) {
        Map<String, Map<String, Double>> known = t.predicate() == Relation.MEMBER_OF ? known(t.subject()) : null;
        if (known == null || byKey.get(looseKey(t.subject())).stream().anyMatch(leavers::contains)) {
            return false;
        }
        int mine = elsewhere(known.get(t.object()), t.articleId()).size();
        for (Map.Entry<String, Map<String, Double>> e : known.entrySet()) {
            Map<String, Double> other = elsewhere(e.getValue(), t.articleId());
            if (!e.getKey().equals(t.object()) && PartySupport.outweighs(other.size(), mine)
                    && (other.size() >= 2 || other.values().stream().anyMatch(c -> c >= STATED))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Double> elsewhere(Map<String, Double> support, String articleId) {
        if (support == null) {
            return Map.of();
        }
        Map<String, Double> out = new HashMap<>(support);
        out.remove(articleId);
        return out;
    }

    /**
     * Everything known under the names that are this person's: the same name, or one that differs only in middle
     * names or initials ("Donald J. Trump", "Hillary Rodham Clinton"). A single word is matched only by itself:
     * "Clinton" could be either.
     */
    private Map<String, Map<String, Double>> known(String person) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String name : byKey.getOrDefault(looseKey(person), List.of())) {
            parties.get(name).forEach((party, articles) -> {
                Map<String, Double> m = out.computeIfAbsent(party, k -> new HashMap<>());
                articles.forEach((a, c) -> m.merge(a, c, Math::max));
            });
        }
        return out.isEmpty() ? null : out;
    }

    /** First and last word, lower case, without accents: "donald trump" for "Donald J. Trump". */
    static String looseKey(String name) {
        String[] w = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\p{L} -]", "").trim().split("\\s+");
        return w.length < 2 ? w[0] : w[0] + " " + w[w.length - 1];
    }
}
