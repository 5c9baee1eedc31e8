package org.newskg.extractor.criticism;

import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.criticism.ParsedSentence.Named;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * retort: "Christie savaged Rubio, and Rubio smacked back": the target is whoever criticised the subject
 * in this sentence or the two narrated ones before (quoted sentences between not counted). "hit back at X" is the
 * phrasal sieve's.
 */
final class Retort implements Sieve {

    @Override
    public String name() {
        return "retort";
    }

    /** Opening quotation marks: a sentence that starts with one is a quote's, not the narration's. */
    private static final Set<String> OPENING = Set.of("\u201c", "\"", "``", "\u2018", "'", "`");

    /**
     * Where the retort's window starts: the narrated sentence two before this one, quoted sentences in between not
     * counted ("Holt accused Reid of lying. 'He made it up,' she said. Reid hit back, ...": still Holt's criticism).
     */
    private static int windowStart(ParsedSentence p) {
        int counted = 0;
        int si = p.s.index();
        while (si > 0 && counted < 2) {
            si--;
            var sentence = p.doc.sentences().get(si);
            boolean quoted = OPENING.contains(sentence.tokens().get(0).word())
                    || p.persons.discourse().insideQuote(sentence.begin());
            if (!quoted) {
                counted++;
            }
        }
        return p.doc.sentences().get(si).begin();
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            CriticismRules.cues(p.d.token(i)).filter(c -> c.kind() == Cue.Kind.RETORT).findFirst().ifPresent(cue -> {
                if (out.settled(p, v) || !p.hasParticle(v, "back") || !p.withCase(v, "at").isEmpty() || p.unasserted(v)) {
                    return;
                }
                int from = windowStart(p);
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
