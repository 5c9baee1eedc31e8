package org.newskg.extractor.membership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.model.EntityType;
import org.newskg.model.PartySupport;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * The corpus sieve, {@code member.corpus}: what the other articles of a run say of a person decides which of
 * an article's parties that article ties them to. An article often names a well-known person without their
 * party while it names parties, and its reader knows which is theirs; the run knows it too when its other
 * articles state it. A {@link PartyCandidate} (a person the article names plainly, with no party there,
 * beside a party the article names) becomes a MEMBER_OF triple when the run's other articles (MEMBER_OF or LEFT,
 * from any sieve but this one) place that person in that party and in no other, or in that party in at least three
 * times the articles and two more than in any other (as the graph's {@code contested} flag weighs them: one wrong
 * row among hundreds does not silence the rest); and firmly: in at least two articles or once by a sieve that
 * reads it in the text (confidence {@value #STATED} or more). A person whose parties are close, or whom the
 * run never places, gets nothing.
 *
 * <p>Two phases: {@link #learn} every article's triples, then {@link #complete} each article. Persons are
 * matched across articles by their canonical name in each article, middle names and initials aside. Serializable, so that a Spark job can
 * broadcast what it learned to the tasks that complete the articles.
 */
public final class CorpusMemberships implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String RULE = "member.corpus";
    /** Below every sieve that reads the text, above the evaluation's 0.5 cut. */
    static final double CONFIDENCE = 0.6;
    /**
     * A membership one article states this firmly is enough: any sieve that reads it in the text (a title, an
     * appositive, the article's context), not a role nominal resolved to a person ("the Tory leader countered": 0.55),
     * which is wrong often enough that one such row must not travel to other articles.
     */
    static final double STATED = 0.6;

    /** person -> party -> article -> the strongest confidence that article gives it. */
    private final Map<String, Map<String, Map<String, Double>>> parties = new HashMap<>();
    /** {@link #looseKey} -> the persons' names learned under it. */
    private final Map<String, List<String>> byKey = new HashMap<>();

    /** Records the parties an article gives its persons. */
    public void learn(List<Triple> triples) {
        for (Triple t : triples) {
            if ((t.predicate() == Relation.MEMBER_OF || t.predicate() == Relation.LEFT) && !RULE.equals(t.rule())) {
                parties.computeIfAbsent(t.subject(), k -> {
                    byKey.computeIfAbsent(looseKey(k), x -> new ArrayList<>()).add(k);
                    return new LinkedHashMap<>();
                }).computeIfAbsent(t.object(), k -> new HashMap<>()).merge(t.articleId(), t.confidence(), Math::max);
            }
        }
    }

    /** The MEMBER_OF triples the run's other articles decide for this article's candidates. */
    public List<Triple> complete(String articleId, List<PartyCandidate> candidates) {
        List<Triple> out = new ArrayList<>();
        Map<String, String> decided = new HashMap<>(); // person -> party, "" for none: once per person, not per pair
        for (PartyCandidate c : candidates) {
            String party = decided.computeIfAbsent(c.person(),
                    p -> java.util.Objects.requireNonNullElse(onlyPartyElsewhere(p, articleId), ""));
            if (c.party().equals(party)) {
                out.add(new Triple(articleId, c.person(), EntityType.PERSON, Relation.MEMBER_OF, c.party(),
                        EntityType.PARTY, CONFIDENCE, c.evidence(), c.start(), c.end(), RULE));
            }
        }
        return out;
    }

    /**
     * Everything the run knows under the names that are this person's: the same canonical name, or one that differs
     * only in middle names or initials ("Donald J. Trump", "Hillary Rodham Clinton"). A single word is matched only
     * by itself: "Clinton" could be either.
     */
    private Map<String, Map<String, Double>> known(String person) {
        String key = looseKey(person);
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String name : byKey.getOrDefault(key, List.of())) {
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

    /**
     * The party the run's other articles place this person in, firmly enough, or null: the only one, or one that
     * outweighs every other ({@link PartySupport#outweighs}, as the graph's {@code contested} flag weighs them), so
     * that one wrong row among hundreds does not silence the rest.
     */
    private String onlyPartyElsewhere(String person, String articleId) {
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
}
