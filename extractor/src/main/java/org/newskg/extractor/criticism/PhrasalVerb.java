package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;

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
                    targets.addAll(p.withCase(v, particles.get(particles.size() - 1)));
                    if (!targets.isEmpty()) {
                        // "fired at Trump, Ted Cruz and ...": the parser often makes the rest of the list an object
                        p.d.children(v, "obj").stream().filter(o -> p.direct(o).isPresent()).forEach(targets::add);
                    }
                }
                out.add(p, cue.relation(), v, p.subjects(v), targets, name(), 0.8);
            });
        }
    }
}
