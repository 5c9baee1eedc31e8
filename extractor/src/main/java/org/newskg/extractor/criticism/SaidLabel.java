package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;

/**
 * said-label: "Holt said Reid was unfit to lead", "Holt said Reid's remarks were wrong and divisive", "Holt told
 * reporters that Reid is a liar": a verb of saying (a SAYING cue) whose reported clause predicates an insult
 * (insults.txt) of a named person or of their words. The critic is the verb's subject. A pronoun as the insulted
 * one gives nothing ("Holt said he was wrong" is as often about Holt as about anyone), nor does a negated or
 * hedged predicate ("said Reid was not a liar", "said Reid could be dangerous").
 */
final class SaidLabel implements Sieve {

    @Override
    public String name() {
        return "said-label";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        reportedClauses(p, out, name(), c -> p.d.hasChild(c, "cop") && Labelling.isInsult(p, c),
                (c, t) -> p.isSaying(t) || !plural(p, c));
    }

    /**
     * What said-label and said-wrong share: every verb of saying (a SAYING cue) not yet settled, for each reported
     * clause (ccomp) that {@code clause} accepts and that is asserted, gives the verb's subjects as critics of the
     * clause's subjects: not passive, not a pronoun or a pronoun's, not inside a quote, and as {@code target}
     * (clause, subject) allows.
     */
    static void reportedClauses(ParsedSentence p, Findings out, String rule, IntPredicate clause,
            BiPredicate<Integer, Integer> target) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            CriticismRules.cues(p.d.token(i)).filter(c -> c.kind() == Cue.Kind.SAYING).findFirst().ifPresent(cue -> {
                if (out.settled(p, v)) {
                    return;
                }
                List<Integer> clauses = p.d.children(v, "ccomp");
                List<Integer> critics = p.subjects(v);
                int marked = p.d.head(v);
                if (clauses.isEmpty() && p.d.label(v).equals("mark") && marked >= 0 && p.d.label(marked).equals("ccomp")
                        && p.d.token(v).pos().equals("VBG") && p.d.head(marked) >= 0) {
                    clauses = List.of(marked); // "Holt spoke on Monday, saying Reid was unfit": the parser's mark
                    critics = p.subjects(p.d.head(marked));
                }
                for (int c : clauses) {
                    if (!clause.test(c) || p.unasserted(c)) {
                        continue;
                    }
                    List<Integer> targets = new ArrayList<>();
                    for (int t : p.d.children(c, "nsubj")) {
                        if (!p.d.label(t).equals("nsubj:pass") && !p.isPronoun(t)
                                && p.owners(t).stream().noneMatch(p::isPronoun) && target.test(c, t)
                                && !quoted(p, t)) {
                            targets.add(t);
                        }
                    }
                    out.add(p, cue.relation(), v, critics, targets, rule, 0.7);
                }
            });
        }
    }

    /**
     * "Rubio says the polls showing him behind Trump are wrong": a plural copula has no one person as its subject
     * (the parser hung the name on it), only their words ("Reid's remarks were wrong").
     */
    private static boolean plural(ParsedSentence p, int predicate) {
        return p.d.children(predicate, "cop").stream().anyMatch(c -> Set.of("are", "were", "'re").contains(p.word(c)));
    }

    /** "he said, 'Rubio is very weak'": what a quote says is the quote's (optional in the gold), not a report. */
    static boolean quoted(ParsedSentence p, int n) {
        for (int k = n - 1; k >= 0; k--) {
            String pos = p.d.token(k).pos();
            if (pos.equals("``")) {
                return true;
            }
            if (pos.equals("''")) {
                return false;
            }
        }
        return false;
    }
}
