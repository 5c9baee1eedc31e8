package org.newskg.extractor.criticism;

import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.criticism.ParsedSentence.Named;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * retort: "Christie savaged Rubio, and Rubio smacked back": the target is whoever criticised the subject
 * in this sentence or the two before. "hit back at X" is the phrasal sieve's.
 */
final class Retort implements Sieve {

    @Override
    public String name() {
        return "retort";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            CriticismRules.cues(p.d.token(i)).filter(c -> c.kind() == Cue.Kind.RETORT).findFirst().ifPresent(cue -> {
                if (out.settled(p, v) || !p.hasParticle(v, "back") || !p.withCase(v, "at").isEmpty() || p.unasserted(v)) {
                    return;
                }
                int from = p.doc.sentences().get(Math.max(0, p.s.index() - 2)).begin();
                for (int c : p.subjects(v)) {
                    for (Named critic : p.persons(c, Set.of(), !p.opaque(v))) {
                        Optional<Triple> last = Optional.empty();
                        for (Triple t : out.all()) {
                            if (t.predicate() == Relation.CRITICISED && t.object().equals(critic.name()) && t.start() >= from) {
                                last = Optional.of(t);
                            }
                        }
                        last.ifPresent(t -> out.emit(p, Relation.CRITICISED, critic.name(), t.subject(), 0.7, t.start(),
                                name()));
                    }
                }
            });
        }
    }
}
