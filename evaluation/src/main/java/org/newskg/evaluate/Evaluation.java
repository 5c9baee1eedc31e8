package org.newskg.evaluate;

import java.util.List;
import java.util.Map;
import org.newskg.model.Relation;

/**
 * The result of scoring predictions against gold.
 *
 * @param byPredicate          one score per scored predicate, in the enum's order
 * @param micro                the three predicates summed
 * @param articlesScored       articles with gold rows
 * @param ignoredNoGold        predictions of articles without gold rows (not scored)
 * @param ignoredLowConfidence predictions under the confidence threshold (not scored)
 * @param findings             misses, false positives and neutral predictions, by article
 */
public record Evaluation(Map<Relation, Score> byPredicate, Score micro, int articlesScored, int ignoredNoGold,
        int ignoredLowConfidence, List<Finding> findings) {

    public Evaluation {
        byPredicate = Map.copyOf(byPredicate);
        findings = List.copyOf(findings);
    }

    /** The score of one predicate. */
    public Score score(Relation predicate) {
        Score s = byPredicate.get(predicate);
        if (s == null) {
            throw new IllegalArgumentException(predicate + " is not scored");
        }
        return s;
    }
}
