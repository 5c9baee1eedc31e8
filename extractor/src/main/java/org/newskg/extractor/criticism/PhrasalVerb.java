package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * phrasal: "Ann Holt hit out at Tom Reid", "rounded on Reid", "laid into Reid's plan" (the target follows the
 * last particle), and "called out Reid", "tore apart Reid's plan" (the target is the object).
 */
final class PhrasalVerb implements Sieve {

    @Override
    public String name() {
        return "phrasal";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            CriticismRules.cues(p.d.token(i)).forEach(cue -> {
                if (out.settled(p, v) || cue.kind() != Cue.Kind.PHRASAL && cue.kind() != Cue.Kind.PARTICLE) {
                    return;
                }
                List<String> particles = cue.particles();
                List<Integer> targets = new ArrayList<>();
                if (cue.kind() == Cue.Kind.PARTICLE) {
                    if (!particles.stream().allMatch(w -> p.hasParticle(v, w))) {
                        return;
                    }
                    targets.addAll(p.d.children(v, "obj"));
                } else {
                    if (!particles.subList(0, particles.size() - 1).stream().allMatch(w -> p.hasParticle(v, w))) {
                        return;
                    }
                    if (p.lemma(v).equals("turn") && p.d.children(v).stream().anyMatch(o -> o > v && p.lemma(o).equals("back"))) {
                        return; // "turned his back on Reid's plan" is no attack
                    }
                    int relative = strandedTarget(p, v, particles.get(particles.size() - 1));
                    if (relative >= 0) {
                        targets.add(relative); // "Kelly, whom he lit into at a debate": the relative clause's noun
                    } else {
                        p.withCase(v, particles.get(particles.size() - 1)).stream().filter(t -> !gerundBefore(p, t))
                                .forEach(targets::add);
                    }
                    if (targets.isEmpty()) {
                        targets.addAll(particleObject(p, v, particles.get(particles.size() - 1)));
                    }
                    if (!targets.isEmpty()) {
                        // "fired at Trump, Ted Cruz and ...": the parser often makes the rest of the list an object
                        p.d.children(v, "obj").stream().filter(o -> p.direct(o).isPresent()).forEach(targets::add);
                    }
                }
                out.add(p, cue.relation(), v, p.subjects(v), targets, name(), 0.8);
            });
        }
    }

    /**
     * "went on the run after murdering David Short": a participle between the particle and its noun, which the parser
     * made an adjective of the name, opens a clause of its own; the name is the participle's object, not the verb's.
     */
    private static boolean gerundBefore(ParsedSentence p, int target) {
        return p.d.children(target, "amod").stream().anyMatch(a -> a < target && p.d.token(a).pos().equals("VBG")
                && p.d.children(target, "case").contains(a - 1)); // not "after the bumbling Reid"
    }

    /**
     * "Holt turned on Reid", "rounded on him": the parser made the last particle the verb's (compound:prt) and the
     * target its object; the object must follow the particle.
     */
    private static List<Integer> particleObject(ParsedSentence p, int v, String particle) {
        for (int k : p.d.children(v, "compound:prt")) {
            if (k > v && p.word(k).equals(particle)) {
                return p.d.children(v, "obj").stream().filter(o -> o > k).toList();
            }
        }
        return List.of();
    }

    /** Words that begin a time adverbial after a stranded particle: "whom she lashed out at last week". */
    private static final Set<String> TIME_AFTER = Set.of("last", "yesterday", "today", "earlier", "again", "repeatedly",
            "often", "recently", "publicly");

    /** Relative pronouns a stranded particle's object can be: "whom he lit into", "the man who she laid into". */
    private static final Set<String> RELATIVES = Set.of("whom", "who", "that", "which");

    /**
     * "Kelly, whom he lit into at a debate", "the rival she laid into last week": a relative clause whose particle is
     * stranded (nothing but a preposition, an adverb or the end of the clause after it) has the relative pronoun, or
     * the noun the clause hangs on when there is none, for its target; -1 when the particle is not stranded.
     */
    private static int strandedTarget(ParsedSentence p, int v, String particle) {
        if (!p.d.label(v).equals("acl:relcl") || p.d.head(v) < 0 || p.d.children(v, "nsubj").isEmpty()
                || p.d.children(v, "nsubj").stream().anyMatch(c -> RELATIVES.contains(p.word(c)))) {
            return -1; // "who laid into Reid": the relative is the subject, the target follows
        }
        int k = v + 1;
        while (k < p.d.size() && k <= v + 3 && !p.word(k).equals(particle)) {
            String pos = p.d.token(k).pos();
            if (!(pos.equals("RB") || pos.equals("RP") || pos.equals("IN"))) {
                return -1; // "whom he turned his fire on": not a stranded particle of the cue
            }
            k++;
        }
        if (k >= p.d.size() || !p.word(k).equals(particle)) {
            return -1;
        }
        if (k + 1 < p.d.size() && !TIME_AFTER.contains(p.word(k + 1))) {
            String next = p.d.token(k + 1).pos();
            if (!(next.equals("IN") || next.equals("TO") || next.equals("RB") || next.equals(",") || next.equals(".")
                    || next.equals(":") || next.equals("HYPH"))) {
                return -1; // "who laid into Reid": the particle has its own object
            }
        }
        for (int c : p.d.children(v)) {
            if (c < v && RELATIVES.contains(p.word(c)) && !p.d.label(c).startsWith("nsubj") && !p.d.label(c).equals("mark")) {
                return c;
            }
        }
        return p.d.head(v) > v ? -1 : p.d.head(v); // "the rival she laid into": no relative pronoun
    }
}
