package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.criticism.NamedPersons.Named;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * retort: "Christie savaged Rubio, and Rubio smacked back": the target is whoever criticised the subject in this
 * sentence or the two narrated ones before (quoted sentences between not counted); or, of those who did in the five
 * before, the one the next sentence names alone ("X hit back last night. In a statement, he said: 'Reid has spent four
 * weeks scoring cheap points'"); or, when the retort has no clause of its own, the only one who did in the six before
 * ("Crabtree tore into Ellingham ... [a paragraph on Crabtree] ... But Mr Ellingham hit straight back."). A subject
 * that is a role nobody was given ("The Fianna Fáil leader hit back, accusing Ms Holt of ...") is the target of the
 * latest criticism, when its critic is named in the sentence and its target is not. "hit back at X" is the phrasal
 * sieve's.
 */
final class Retort implements Sieve {

    @Override
    public String name() {
        return "retort";
    }

    /** How many narrated sentences back a critic the next sentence names may have criticised the subject. */
    private static final int NAMED_WINDOW = 5;
    /** How many narrated sentences back the only critic of the subject may have criticised them. */
    private static final int ALONE_WINDOW = 6;

    /**
     * Which criticism a retort answers: one in its own sentence; else, of those against the subject in the last
     * {@value #NAMED_WINDOW} narrated sentences (from {@code window} on), the one whose critic the next sentence names, alone of them; else the
     * latest from {@code from} on; else, when all of {@code all} (the last {@value #ALONE_WINDOW}) have one critic and the
     * retort at {@code v} has no clause of its own, the latest of them.
     */
    private static Optional<Triple> answered(ParsedSentence p, int v, List<Triple> all, int window, int from) {
        List<Triple> against = all.stream().filter(t -> t.start() >= window).toList();
        List<Triple> here = against.stream().filter(t -> t.start() >= p.s.begin()).toList();
        if (!here.isEmpty()) {
            return Optional.of(here.get(here.size() - 1)); // "Christie savaged Rubio, and Rubio smacked back"
        }
        int next = p.s.index() + 1;
        if (next < p.doc.sentences().size()) {
            var sentence = p.doc.sentences().get(next);
            Set<String> named = new HashSet<>();
            p.persons.mentionsIn(sentence.begin(), sentence.end()).forEach(m -> named.add(m.canonical()));
            List<Triple> answeredNext = against.stream().filter(t -> named.contains(t.subject())).toList();
            if (answeredNext.stream().map(Triple::subject).distinct().count() == 1) {
                return Optional.of(answeredNext.get(answeredNext.size() - 1));
            }
        }
        List<Triple> recent = against.stream().filter(t -> t.start() >= from).toList();
        if (recent.isEmpty() && all.stream().map(Triple::subject).distinct().count() == 1 && bare(p, v)) {
            return Optional.of(all.get(all.size() - 1)); // "X tore into Y. ... [a paragraph on X] ... Y hit back."
        }
        return recent.isEmpty() ? Optional.empty() : Optional.of(recent.get(recent.size() - 1));
    }

    /**
     * "But Mr Reid hit straight back.": a retort with no clause of its own, which might say whom it answers ("fired back,
     * mocking the Tory leader as ...").
     */
    private static boolean bare(ParsedSentence p, int v) {
        return p.d.children(v).stream().noneMatch(c -> CLAUSES.contains(p.d.label(c)));
    }

    private static final Set<String> CLAUSES = Set.of("advcl", "xcomp", "ccomp", "conj", "dep", "parataxis");

    /** "The Fianna Fáil leader hit back": a role noun with "the" (one that names nobody is the caller's to know). */
    private static boolean unknownRole(ParsedSentence p, int n) {
        return p.d.token(n).pos().startsWith("NN") && !p.d.token(n).pos().startsWith("NNP") && p.roleNoun(n)
                && p.d.children(n, "det").stream().anyMatch(d -> p.word(d).equalsIgnoreCase("the"));
    }

    /**
     * "Breathnach ripped into the Taoiseach ... The Fianna Fáil leader hit back, accusing Ms Breathnach of gutter
     * politics": when the retort's subject is a role nobody was given, and the latest criticism in the window was by a
     * person this sentence names (and does not name its target), the role is that criticism's target, who answers.
     */
    private void answeredByRole(ParsedSentence p, Findings out, int from) {
        Triple latest = null;
        for (Triple t : out.all()) {
            if (t.predicate() == Relation.CRITICISED && t.start() >= from && t.start() < p.s.begin()) {
                latest = t;
            }
        }
        if (latest == null) {
            return;
        }
        Set<String> named = new HashSet<>();
        p.persons.mentionsIn(p.s.begin(), p.s.end()).forEach(m -> named.add(m.canonical()));
        if (named.contains(latest.subject()) && !named.contains(latest.object())) {
            out.emit(p, Relation.CRITICISED, latest.object(), latest.subject(), 0.6, p.s.begin(), name());
        }
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            CriticismRules.cues(p.d.token(i)).filter(c -> c.kind() == Cue.Kind.RETORT).findFirst().ifPresent(cue -> {
                if (out.settled(p, v) || !p.hasParticle(v, "back") || !p.withCase(v, "at").isEmpty() || p.unasserted(v)) {
                    return;
                }
                int from = p.narratedStart(2);
                int named = p.narratedStart(NAMED_WINDOW);
                int alone = p.narratedStart(ALONE_WINDOW);
                for (int c : p.subjects(v)) {
                    List<Named> critics = p.persons(c, Set.of(), !p.opaque(v));
                    if (critics.isEmpty() && unknownRole(p, c)) {
                        answeredByRole(p, out, from);
                    }
                    for (Named critic : critics) {
                        List<Triple> against = new ArrayList<>();
                        for (Triple t : out.all()) {
                            if (t.predicate() == Relation.CRITICISED && t.object().equals(critic.name())
                                    && t.start() >= alone) {
                                against.add(t);
                            }
                        }
                        answered(p, v, against, named, from).ifPresent(t -> out.emit(p, Relation.CRITICISED, critic.name(),
                                t.subject(), 0.7, t.start(), name()));
                    }
                }
            });
        }
    }
}
