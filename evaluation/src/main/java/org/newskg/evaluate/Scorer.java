package org.newskg.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * Scores predicted triples against gold rows, by the rules of evaluation/SCORING.md ("Scoring"):
 *
 * <ul>
 * <li>Only articles with gold rows are scored; predictions under the confidence threshold are dropped
 *     first. Predictions and gold rows that are the same after normalisation count once (a required row
 *     wins over an optional one).
 * <li>MEMBER_OF, CRITICISED: subject and object compared as {@link NameKeys#person} /
 *     {@link NameKeys#party} keys; a predicted pair matching a required row is correct (and finds it),
 *     one matching an optional row is neutral, any other a false positive.
 * <li>SAID: quotes compared as multisets of word tokens ({@link NameKeys#tokens}). A required gold quote
 *     is found when one predicted quote with the same speaker holds at least 60% of its tokens. A
 *     predicted quote is correct when at least 60% of its tokens lie in the multiset sum of the required
 *     gold quotes of its speaker (so a prediction merging two paragraphs is correct); neutral when that
 *     holds only once the optional quotes of its speaker and the quotes with no named speaker
 *     ({@code *}, any attribution neutral) are added; a false positive otherwise. Gold rows with the
 *     speaker {@code *} never count towards recall. A quote without word tokens is never found and never
 *     correct.
 * <li>Micro-averaging sums correct and false-positive predictions for precision, and found and required
 *     gold rows for recall, over the three predicates (see {@link Score}).
 * </ul>
 */
public final class Scorer {

    /** The scored predicates ({@link Relation#scored()}), in the vocabulary's order, which is report order. */
    public static final List<Relation> PREDICATES = java.util.Arrays.stream(Relation.values())
            .filter(Relation::scored).toList();

    private Scorer() {
    }

    /** Scores {@code predictions} against {@code gold}, ignoring predictions with confidence under {@code minConfidence}. */
    public static Evaluation score(List<GoldRow> gold, Iterable<Triple> predictions, double minConfidence) {
        Map<String, List<GoldRow>> goldByArticle = new TreeMap<>();
        for (GoldRow g : gold) {
            goldByArticle.computeIfAbsent(g.articleId(), k -> new ArrayList<>()).add(g);
        }
        Map<String, List<Triple>> predictedByArticle = new HashMap<>();
        int lowConfidence = 0;
        int noGold = 0;
        for (Triple t : predictions) {
            if (!PREDICATES.contains(t.predicate())) {
                continue;
            }
            if (t.confidence() < minConfidence) {
                lowConfidence++;
            } else if (!goldByArticle.containsKey(t.articleId().strip())) {
                noGold++;
            } else {
                predictedByArticle.computeIfAbsent(t.articleId().strip(), k -> new ArrayList<>()).add(t);
            }
        }
        Map<Relation, Score> totals = new EnumMap<>(Relation.class);
        for (Relation r : PREDICATES) {
            totals.put(r, new Score(r.name(), 0, 0, 0, 0, 0));
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<GoldRow>> e : goldByArticle.entrySet()) {
            List<Triple> predicted = predictedByArticle.getOrDefault(e.getKey(), List.of());
            for (Relation r : PREDICATES) {
                List<GoldRow> g = e.getValue().stream().filter(row -> row.predicate() == r).toList();
                List<Triple> p = predicted.stream().filter(t -> t.predicate() == r).toList();
                Score s = r == Relation.SAID
                        ? scoreQuotes(g, p, findings)
                        : scorePairs(r, g, p, findings);
                totals.put(r, totals.get(r).plus(s, r.name()));
            }
        }
        Score micro = new Score("micro", 0, 0, 0, 0, 0);
        for (Relation r : PREDICATES) {
            micro = micro.plus(totals.get(r), "micro");
        }
        return new Evaluation(totals, micro, goldByArticle.size(), noGold, lowConfidence, findings);
    }

    private record Pair(String subject, String object) {
    }

    private static Pair pairKey(Relation r, String subject, String object) {
        return new Pair(NameKeys.person(subject),
                r == Relation.MEMBER_OF ? NameKeys.party(object) : NameKeys.person(object));
    }

    private static Score scorePairs(Relation r, List<GoldRow> gold, List<Triple> predicted,
            List<Finding> findings) {
        Map<Pair, GoldRow> goldPairs = new LinkedHashMap<>();
        for (GoldRow g : gold) {
            if (g.noNamedSpeaker()) {
                continue;
            }
            goldPairs.merge(pairKey(r, g.subject(), g.object()), g, (a, b) -> a.required() ? a : b);
        }
        Map<Pair, Triple> predictedPairs = new LinkedHashMap<>();
        for (Triple t : predicted) {
            predictedPairs.putIfAbsent(pairKey(r, t.subject(), t.object()), t);
        }
        int correct = 0;
        int falsePositives = 0;
        int neutral = 0;
        List<Finding> wrong = new ArrayList<>();
        for (Map.Entry<Pair, Triple> p : predictedPairs.entrySet()) {
            GoldRow match = goldPairs.get(p.getKey());
            Triple t = p.getValue();
            if (match != null && match.required()) {
                correct++;
            } else if (match != null) {
                neutral++;
                wrong.add(finding(Finding.Kind.NEUTRAL, t));
            } else {
                falsePositives++;
                wrong.add(finding(Finding.Kind.FALSE_POSITIVE, t));
            }
        }
        int required = 0;
        for (Map.Entry<Pair, GoldRow> g : goldPairs.entrySet()) {
            if (g.getValue().required()) {
                required++;
                if (!predictedPairs.containsKey(g.getKey())) {
                    findings.add(missed(g.getValue()));
                }
            }
        }
        findings.addAll(wrong);
        return new Score(r.name(), correct, falsePositives, neutral, correct, required);
    }

    private record Quote(String speaker, Map<String, Integer> tokens) {
    }

    private static Score scoreQuotes(List<GoldRow> gold, List<Triple> predicted,
            List<Finding> findings) {
        Map<Quote, GoldRow> goldQuotes = new LinkedHashMap<>();
        Map<String, Integer> speakerless = new HashMap<>();
        for (GoldRow g : gold) {
            if (g.noNamedSpeaker()) {
                addAll(speakerless, NameKeys.tokens(g.object()));
            } else {
                goldQuotes.merge(new Quote(NameKeys.person(g.subject()), NameKeys.tokens(g.object())), g,
                        (a, b) -> a.required() ? a : b);
            }
        }
        Map<String, Map<String, Integer>> requiredBySpeaker = new HashMap<>();
        Map<String, Map<String, Integer>> allBySpeaker = new HashMap<>();
        for (Map.Entry<Quote, GoldRow> g : goldQuotes.entrySet()) {
            String speaker = g.getKey().speaker();
            if (g.getValue().required()) {
                addAll(requiredBySpeaker.computeIfAbsent(speaker, k -> new HashMap<>()), g.getKey().tokens());
            }
            addAll(allBySpeaker.computeIfAbsent(speaker, k -> new HashMap<>()), g.getKey().tokens());
        }
        Map<Quote, Triple> predictedQuotes = new LinkedHashMap<>();
        for (Triple t : predicted) {
            predictedQuotes.putIfAbsent(new Quote(NameKeys.person(t.subject()), NameKeys.tokens(t.object())), t);
        }

        int correct = 0;
        int falsePositives = 0;
        int neutral = 0;
        List<Finding> wrong = new ArrayList<>();
        for (Map.Entry<Quote, Triple> p : predictedQuotes.entrySet()) {
            Map<String, Integer> tokens = p.getKey().tokens();
            int size = NameKeys.size(tokens);
            Map<String, Integer> required = requiredBySpeaker.getOrDefault(p.getKey().speaker(), Map.of());
            Map<String, Integer> lenient = new HashMap<>(allBySpeaker.getOrDefault(p.getKey().speaker(), Map.of()));
            addAll(lenient, speakerless);
            if (NameKeys.atLeast60Percent(NameKeys.overlap(tokens, required), size)) {
                correct++;
            } else if (NameKeys.atLeast60Percent(NameKeys.overlap(tokens, lenient), size)) {
                neutral++;
                wrong.add(finding(Finding.Kind.NEUTRAL, p.getValue()));
            } else {
                falsePositives++;
                wrong.add(finding(Finding.Kind.FALSE_POSITIVE, p.getValue()));
            }
        }
        int requiredRows = 0;
        int found = 0;
        for (Map.Entry<Quote, GoldRow> g : goldQuotes.entrySet()) {
            if (!g.getValue().required()) {
                continue;
            }
            requiredRows++;
            Map<String, Integer> goldTokens = g.getKey().tokens();
            int size = NameKeys.size(goldTokens);
            boolean isFound = predictedQuotes.keySet().stream()
                    .filter(q -> q.speaker().equals(g.getKey().speaker()))
                    .anyMatch(q -> NameKeys.atLeast60Percent(NameKeys.overlap(goldTokens, q.tokens()), size));
            if (isFound) {
                found++;
            } else {
                findings.add(missed(g.getValue()));
            }
        }
        findings.addAll(wrong);
        return new Score(Relation.SAID.name(), correct, falsePositives, neutral, found, requiredRows);
    }

    private static void addAll(Map<String, Integer> into, Map<String, Integer> tokens) {
        tokens.forEach((token, count) -> into.merge(token, count, Integer::sum));
    }

    private static Finding missed(GoldRow g) {
        return new Finding(g.articleId(), Finding.Kind.MISSED, g.predicate(), g.subject(), g.object(), g.where());
    }

    private static Finding finding(Finding.Kind kind, Triple t) {
        return new Finding(t.articleId(), kind, t.predicate(), t.subject(), t.object(),
                String.format(java.util.Locale.ROOT, "%s, confidence %.2f", t.rule().isEmpty() ? "no rule" : t.rule(),
                        t.confidence()));
    }
}
