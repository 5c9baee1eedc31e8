package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.model.Relation;

/**
 * feeling: "Ann Holt was appalled by Tom Reid's remarks", "Holt said she was disgusted at Reid": outrage (a FEELING cue
 * of cues.tsv, a participle or adjective) felt at a person or at what they said or did. The critic is the one who
 * feels it; a "he" or "she" that reports its own feeling ("Holt said she was appalled") is the one who says it, when
 * that person is named and of the pronoun's gender.
 */
final class Feeling implements Sieve {

    @Override
    public String name() {
        return "feeling";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            if (out.settled(p, v) || CriticismRules.cues(p.d.token(v)).noneMatch(c -> c.kind() == Cue.Kind.FEELING)) {
                continue;
            }
            List<Integer> targets = p.withCase(v, "by", "at");
            if (targets.isEmpty()) {
                continue;
            }
            List<Integer> critics = new ArrayList<>();
            for (int c : p.d.children(v)) {
                if (p.d.label(c).startsWith("nsubj")) {
                    critics.add(selfReport(p, v, c).orElse(c));
                }
            }
            out.add(p, Relation.CRITICISED, v, critics, targets, name(), 0.75);
        }
    }

    /** "Holt said she was appalled": the named subject of the verb of saying the feeling is reported by, of "she"'s gender. */
    private static Optional<Integer> selfReport(ParsedSentence p, int feeling, int subject) {
        String w = p.word(subject);
        int verb = p.d.head(feeling);
        if (!(w.equals("he") || w.equals("she")) || !p.d.label(feeling).equals("ccomp") || verb < 0
                || CriticismRules.cues(p.d.token(verb)).noneMatch(c -> c.kind() == Cue.Kind.SAYING)) {
            return Optional.empty();
        }
        String gender = ParsedSentence.genderOf(w);
        for (int s : p.d.children(verb, "nsubj")) {
            if (p.direct(s).filter(name -> p.persons.gender(name).equals(gender)).isPresent()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
