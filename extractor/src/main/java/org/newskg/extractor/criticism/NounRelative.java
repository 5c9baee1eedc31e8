package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extractor.nlp.Token;

/**
 * noun-relative: what noun-that reads, when the parser missed the relative clause: "overshadowed an attack he
 * leveled just seconds earlier at Reid" (the clause hung on the main verb as a parataxis). A criticism noun followed at once by a clause without a
 * relative pronoun whose verb is one that aims a criticism (launch, level, direct ...) with a target after
 * "at"/"on"/"against": the critic is that clause's subject. The words between the noun and the verb must all be the
 * verb's subject phrase, adverbs or auxiliaries.
 */
final class NounRelative implements Sieve {

    /** Verbs that direct a criticism at someone, as in the noun-that patterns. */
    private static final Set<String> AIMING = Set.of("make", "level", "launch", "lodge", "mount", "direct", "aim", "hurl",
            "unleash", "deliver", "lob", "fire", "throw");
    private static final Set<String> LOOSE = Set.of("parataxis", "dep", "acl:relcl", "acl", "ccomp");

    @Override
    public String name() {
        return "noun-relative";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int n = i;
            CriticismRules.cues(p.d.token(i)).filter(c -> c.kind() == Cue.Kind.NOUN).findFirst().ifPresent(cue -> {
                if (out.settled(p, n)) {
                    return;
                }
                int v = clauseVerb(p, n);
                if (v < 0) {
                    return;
                }
                List<Integer> targets = new ArrayList<>(p.withCase(v, "at", "on", "against"));
                if (targets.isEmpty()) {
                    return;
                }
                out.add(p, cue.relation(), n, p.d.children(v, "nsubj"), targets, name(), 0.75);
            });
        }
    }

    /** "an attack he leveled just seconds earlier at Reid": a verb of aiming soon after the noun, and "at"/"on"/"against" after it. */
    static boolean aimedAfter(List<Token> ts, int noun) {
        for (int k = noun + 1; k < Math.min(ts.size(), noun + 6); k++) {
            Token t = ts.get(k);
            String lemma = t.lemma() == null ? t.word() : t.lemma();
            if (t.pos().startsWith("VB") && AIMING.contains(lemma.toLowerCase(Locale.ROOT))) {
                for (int j = k + 1; j < Math.min(ts.size(), k + 7); j++) {
                    String w = ts.get(j).word().toLowerCase(Locale.ROOT);
                    if (w.equals("at") || w.equals("on") || w.equals("against")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The verb of a relative clause without a pronoun right after the noun ("an attack he leveled"), or -1. */
    private static int clauseVerb(ParsedSentence p, int n) {
        for (int v = n + 1; v < Math.min(p.d.size(), n + 8); v++) {
            if (!p.d.token(v).pos().startsWith("VB")) {
                continue;
            }
            if (!AIMING.contains(p.lemma(v)) || !LOOSE.contains(p.d.label(v)) || p.d.children(v, "nsubj").isEmpty()) {
                return -1;
            }
            for (int k = n + 1; k < v; k++) {
                if (!descends(p, k, v)) {
                    return -1; // "an attack on Reid he said was unfair": the words between are not the subject phrase
                }
                String w = p.word(k);
                if (w.equals("that") || w.equals("which") || w.equals(",")) {
                    return -1; // a relative pronoun: the Semgrex pattern's; a comma: another clause
                }
            }
            int subject = p.d.children(v, "nsubj").get(0);
            return subject > n && subject < v ? v : -1;
        }
        return -1;
    }

    /** Whether node {@code k} hangs on {@code v}, directly or through nodes between the two. */
    private static boolean descends(ParsedSentence p, int k, int v) {
        int cur = k;
        for (int step = 0; step < 6 && cur >= 0; step++) {
            if (cur == v) {
                return true;
            }
            cur = p.d.head(cur);
        }
        return false;
    }
}
