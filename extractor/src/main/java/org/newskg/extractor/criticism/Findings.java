package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.criticism.ParsedSentence.Named;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * The triples of one article, as the sieves find them: each finding is resolved to persons here, in one
 * place, with the same checks for every rule (both ends persons, not the same person, the cue asserted),
 * and the first rule to find a pair keeps it.
 */
final class Findings {

    private final Map<String, Triple> triples = new LinkedHashMap<>();
    private final Set<Integer> settled = new HashSet<>();

    /** Whether an earlier sieve already made a triple from the cue at this token (document index). */
    boolean settled(ParsedSentence p, int cue) {
        return settled.contains(p.d.token(cue).index());
    }

    /** Marks a cue as settled without a triple ("attacked each other" is the reciprocal sieve's). */
    void settle(ParsedSentence p, int cue) {
        settled.add(p.d.token(cue).index());
    }

    int size() {
        return triples.size();
    }

    List<Triple> triples() {
        return List.copyOf(triples.values());
    }

    Iterable<Triple> all() {
        return triples.values();
    }

    /**
     * Emits every critic-target pair of persons the nodes name.
     *
     * @param cue        the cue token (its negation and hedges were checked by the caller or are checked here)
     * @param confidence before the deductions for resolved pronouns and role nominals
     */
    void add(ParsedSentence p, Relation relation, int cue, List<Integer> critics, List<Integer> targets,
            String rule, double confidence) {
        if (p.unasserted(cue)) {
            return;
        }
        boolean opaque = p.opaque(cue);
        List<Integer> targetNodes = new ArrayList<>();
        for (int t : p.withConjuncts(targets)) {
            for (int o : p.owners(t)) {
                targetNodes.addAll(p.withConjuncts(List.of(o)));
            }
        }
        List<Integer> criticNodes = p.withConjuncts(critics);
        Set<String> namedCritics = new HashSet<>();
        for (int c : criticNodes) {
            if (!p.isPronoun(c)) {
                p.persons(c, Set.of(), false).forEach(n -> namedCritics.add(n.name()));
            }
        }
        boolean emitted = false;
        boolean quoted = p.persons.discourse().insideQuote(p.s.begin());
        for (int t : targetNodes) {
            for (int c : criticNodes) {
                if (!opaque && !(quoted && p.isPronoun(c)) && PronounPair.applies(p, c, t)) {
                    Optional<List<String>> pair = PronounPair.resolve(p, c, t); // "He called him a liar": critic first
                    if (pair.isPresent()) {
                        double conf = confidence - 0.15 - (p.isSaying(t) ? 0.05 : 0.0);
                        emitted |= emit(p, relation, pair.get().get(0), pair.get().get(1), conf, p.s.begin(), rule);
                    }
                }
            }
            for (Named target : p.persons(t, namedCritics, !opaque, true)) {
                for (int c : criticNodes) {
                    if (quoted && p.isPronoun(c) || PronounPair.applies(p, c, t)) {
                        continue; // "“... He kept calling her a liar": the speaker's "he", not the narration's
                    }
                    for (Named critic : p.persons(c, Set.of(target.name()), !opaque)) {
                        double conf = confidence - (critic.resolved() || target.resolved() ? 0.15 : 0.0)
                                - (p.isSaying(t) ? 0.05 : 0.0);
                        emitted |= emit(p, relation, critic.name(), target.name(), conf, p.s.begin(), rule);
                    }
                }
            }
        }
        if (emitted) {
            settled.add(p.d.token(cue).index());
        }
    }

    /**
     * Emits a criticism of a person named outside the sentence (the author of an act the cue's object names) by
     * every critic the nodes name; the same checks as {@link #add}.
     */
    void addAuthor(ParsedSentence p, Relation relation, int cue, List<Integer> critics, String target, String rule,
            double confidence) {
        if (p.unasserted(cue)) {
            return;
        }
        boolean opaque = p.opaque(cue);
        boolean emitted = false;
        for (int c : p.withConjuncts(critics)) {
            for (Named critic : p.persons(c, Set.of(target), !opaque)) {
                double conf = confidence - (critic.resolved() ? 0.15 : 0.0);
                emitted |= emit(p, relation, critic.name(), target, conf, p.s.begin(), rule);
            }
        }
        if (emitted) {
            settled.add(p.d.token(cue).index());
        }
    }

    /** One triple, if both are persons and distinct; evidence from {@code start} to the end of the sentence. */
    boolean emit(ParsedSentence p, Relation relation, String critic, String target, double confidence, int start,
            String rule) {
        if (critic.equals(target) || !p.isPerson(critic) || !p.isPerson(target)) {
            return false;
        }
        String prefix = relation == Relation.PRAISED ? "praise." : "criticism.";
        String key = relation + "\u0000" + critic + "\u0000" + target;
        double conf = Math.round(100 * Math.max(0.0, Math.min(1.0, confidence))) / 100.0;
        triples.putIfAbsent(key, new Triple(p.doc.articleId(), critic, EntityType.PERSON, relation, target,
                EntityType.PERSON, conf, p.doc.text(start, p.s.end()), start, p.s.end(), prefix + rule));
        return true;
    }
}
