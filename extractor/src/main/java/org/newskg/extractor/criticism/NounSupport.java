package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.WordLists;

/**
 * noun-at: a criticism noun carried by a verb, the critic being that verb's subject: "Holt launched an
 * attack on Reid", "took a swipe at Reid", "In a swipe at Reid, Holt said ...", "opened with an attack on
 * Reid", "went on the attack against Reid", "gave Reid a tongue-lashing" (the one given it is the target). The noun
 * must be the object of a light verb (support-verbs.txt) or of "give" with an indirect object, an
 * adjunct with "in" (not "in the attack on Reid", an event already told of) or "with" (also when the parser hangs it on
 * the verb's object: "rallied Republicans with attacks on Reid"), or "on" after "go":
 * "Holt condemned the attack on Reid" is not Holt's attack. "That's a pointed swipe at Reid": with "that"/"this" as the
 * subject of a copula, the critic is whom the sentences before were about.
 */
final class NounSupport implements Sieve {

    private static final Set<String> RETORTS = Set.of("rebuke", "rebuff", "riposte", "retort");
    private static final Set<String> SUPPORT = WordLists.words(NounSupport.class, "support-verbs.txt");
    /** Verbs whose "with" adjunct is criticism received, not made: "dealt with criticism of his leadership". */
    private static final Set<String> RECEIVING = Set.of("deal", "meet", "greet", "cope", "grapple", "contend",
            "struggle", "face", "receive", "bombard", "pepper", "shower", "hit", "attack", "confront");

    /** Verbs that point one's fire at someone: "concentrating her fire on Reid", "turned his fire on Reid". */
    private static final Set<String> FOCUS = Set.of("concentrate", "focus", "turn", "train", "direct", "aim", "level");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");

    /**
     * "concentrating her fire on Reid": the noun of "under fire" as the object of a verb that points it, owned by a
     * possessive pronoun (the critic's own fire; "turned fire on the crowd" is no criticism).
     */
    private static boolean focusedFire(ParsedSentence p, int n, Cue cue) {
        int verb = p.d.head(n);
        return cue.kind() == Cue.Kind.UNDER && p.lemma(n).equals("fire") && p.d.label(n).equals("obj") && verb >= 0
                && FOCUS.contains(p.lemma(verb)) && p.d.children(n, "nmod:poss").stream().anyMatch(c -> POSSESSIVES.contains(p.word(c)));
    }

    private static final Set<String> DENYING = Set.of("deny", "dispute", "reject");
    /** Nouns of criticism that may be blows: "in the attack on Reid" tells of an event, "joined in the condemnation" not. */
    private static final Set<String> BLOWS = Set.of("attack", "assault", "onslaught");
    private static final Set<String> GERUND_CASES = Set.of("after", "before", "by", "while", "since", "in");

    /**
     * "regretted lobbing insults at Reid", "after lobbing insults at Reid": a light verb's gerund the parser made an
     * adjective of its criticism noun; the noun then stands where the gerund would (the verb's object, or after the
     * preposition), and the critic is the subject of the verb above.
     */
    private static boolean misreadSupport(ParsedSentence p, int n) {
        for (int c : p.d.children(n, "amod")) {
            if (c < n && p.d.token(c).pos().equals("VBG") && SUPPORT.contains(p.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "noun-at";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int n = i;
            CriticismRules.cues(p.d.token(i)).filter(c -> c.kind() == Cue.Kind.NOUN || focusedFire(p, n, c)).findFirst()
                    .ifPresent(cue -> {
                if (out.settled(p, n) || !p.d.children(n, "nmod:poss").isEmpty() && cue.kind() == Cue.Kind.NOUN) {
                    return; // "Holt's attack on Reid" is noun-possessive
                }
                int noun = n;
                for (int step = 0; step < 3 && (p.d.label(noun).equals("conj") || p.d.label(noun).equals("nmod"))
                        && p.d.head(noun) >= 0 && !p.d.token(p.d.head(noun)).pos().startsWith("VB"); step++) {
                    noun = p.d.head(noun); // "succeeded with appeals to X and attacks on Y"
                }
                int verb = p.d.head(noun);
                if (verb < 0 && n == noun && p.d.hasChild(n, "cop") && cue.kind() == Cue.Kind.NOUN) {
                    // "That's a pointed swipe at X": what the sentences before reported is the swipe (its author: persons())
                    List<Integer> that = p.d.children(n, "nsubj").stream().filter(c -> NamedPersons.DEMONSTRATIVES
                            .contains(p.word(c).toLowerCase(java.util.Locale.ROOT))).toList();
                    if (!that.isEmpty()) {
                        out.add(p, cue.relation(), n, that, p.withCase(n, "on", "at", "against"), name(), 0.75);
                    }
                    return;
                }
                if (verb < 0 || !p.d.token(verb).pos().startsWith("VB")) {
                    return;
                }
                String l = p.d.label(noun);
                List<Integer> given = l.equals("obj") && n == noun && p.lemma(verb).equals("give")
                        && p.withCase(n, "of").isEmpty() ? p.d.children(verb, "iobj") : List.of(); // not "a shot of momentum"
                boolean carried = l.equals("obj") && (SUPPORT.contains(p.lemma(verb)) || cue.kind() == Cue.Kind.UNDER)
                        || !given.isEmpty()
                        || l.startsWith("obl") && !p.withCase(verb, "in", "with").isEmpty()
                        && p.withCase(verb, "in", "with").contains(noun)
                        || l.startsWith("obl") && p.lemma(verb).equals("go") && p.withCase(verb, "on").contains(noun);
                // "rallied Republicans with sharp attacks on Reid", "with" hung on the object: the verb's adjunct
                boolean withAdjunct = n != noun && p.d.label(n).equals("nmod")
                        && (l.equals("obj") || l.startsWith("obl"))
                        && p.d.children(n, "case").stream().anyMatch(c -> p.word(c).equals("with"));
                carried |= withAdjunct;
                boolean inGerund = n != noun && p.d.children(n, "case").stream().anyMatch(c -> p.word(c).equals("in"));
                carried |= (n == noun || inGerund) && misreadSupport(p, n) && !DENYING.contains(p.lemma(verb)) && (l.equals("obj")
                        || l.startsWith("obl") && p.d.children(n, "case").stream().anyMatch(c -> GERUND_CASES.contains(p.word(c))));
                if (!carried || p.lemma(verb).equals("open") && p.lemma(n).equals("fire")
                        || (l.startsWith("obl") || withAdjunct) && RECEIVING.contains(p.lemma(verb))) {
                    return;
                }
                if (l.startsWith("obl") && BLOWS.contains(p.lemma(noun)) && p.withCase(verb, "in").contains(noun)
                        && p.d.children(noun, "det").stream().anyMatch(c -> p.word(c).equals("the"))) {
                    return; // "said he acted alone in the attack on Reid": an event the article told of, not a swipe
                }
                List<Integer> targets = new ArrayList<>(given.isEmpty()
                        ? p.withCase(n, "on", "at", "against", "toward", "towards", "of") : given); // "gave Reid a rebuke": Reid
                if (RETORTS.contains(p.lemma(n))) {
                    targets.addAll(p.withCase(n, "to")); // "delivered a rebuff to Reid's claim"
                }
                if (targets.isEmpty()) {
                    targets.addAll(p.withCase(verb, "at", "on", "against"));
                }
                out.add(p, cue.relation(), n, p.subjects(verb), targets, name(), 0.75);
            });
        }
    }
}
