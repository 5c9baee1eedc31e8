package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.criticism.NamedPersons.Named;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * continuation: "First, Reid attacked Moore. Then he turned to Patel." A sentence that only says the critic
 * turned (his fire) to someone continues a criticism made by the same person in this sentence or the one
 * before; the evidence spans both.
 */
final class Continuation implements Sieve {

    @Override
    public String name() {
        return "continuation";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            CriticismRules.cues(p.d.token(i)).filter(c -> c.kind() == Cue.Kind.CONTINUATION).forEach(cue -> {
                if (out.settled(p, v) || p.unasserted(v)) {
                    return;
                }
                List<Integer> targets = new ArrayList<>();
                for (String prep : cue.particles()) {
                    targets.addAll(p.withCase(v, prep));
                }
                int from = p.doc.sentences().get(Math.max(0, p.s.index() - 1)).begin();
                for (int c : p.subjects(v)) {
                    for (Named critic : p.persons(c, Set.of(), true)) {
                        Triple before = null;
                        for (Triple t : out.all()) {
                            if (t.predicate() == Relation.CRITICISED && t.subject().equals(critic.name())
                                    && t.start() >= from && t.start() < p.s.begin()) {
                                before = t;
                            }
                        }
                        if (before == null) {
                            continue;
                        }
                        for (int t : p.withConjuncts(targets)) {
                            for (Named target : p.persons(t, Set.of(critic.name()), true)) {
                                out.emit(p, Relation.CRITICISED, critic.name(), target.name(), 0.7, before.start(), name());
                            }
                        }
                    }
                }
            });
        }
    }
}
