package org.newskg.extractor.criticism;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Token;

/**
 * said-wrong: "Holt said Reid had misled voters", "Holt said the chancellor had failed to deal with the deficit",
 * "Holt told reporters that Reid broke his promise", "Holt says Reid has failed", "Holt suggested Reid feigned injury",
 * "Holt said Reid had treated her family disrespectfully", "Holt said Reid had gone too far": a verb of saying (a
 * SAYING cue) whose reported clause has a wrongdoing predicate (wrongdoing.txt, any verb done in a manner of
 * wrong-manners.txt, or going "too far") with a named person, or a
 * role nominal naming one, as its subject (a pronoun only where it cannot be the speaker: see {@link SaidLabel}). The
 * critic is the verb's subject. A pronoun as the wrongdoer gives nothing ("Holt said he had failed" is as often Holt's
 * own admission), nor does a negated or hedged predicate ("said Reid had not lied", "said Reid may have misled"). After
 * a verb of complaint any deed of a named person is the wrong ("Holt complained that Reid had ignored her call"). A
 * person's plan, policies or sums said not to work are theirs to answer for ("Holt said Reid's numbers don't add up").
 */
final class SaidWrong implements Sieve {

    private static final Map<String, String> WRONGDOING = WordLists.pairs(SaidWrong.class, "wrongdoing.txt");
    /** Manners that make any deed a wrong: "had treated her family disrespectfully", "acted irresponsibly". */
    private static final Set<String> MANNERS = WordLists.words(SaidWrong.class, "wrong-manners.txt");
    /** Infinitives after "fail" that name an outcome, not a duty: "failed to win", "failed to qualify". */
    private static final Set<String> OUTCOMES = Set.of("win", "secure", "qualify", "gain", "get", "make", "reach",
            "attract", "capture", "carry", "finish", "pass", "clear", "earn", "land", "obtain", "achieve", "take");

    /** Whether a word is a manner of wrongdoing ("disrespectfully"), for the parse gate. */
    static boolean isWrongManner(String word) {
        return MANNERS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The verbs of the phrasal wrongdoings ("let" of "let down"). */
    private static final Set<String> PHRASAL_HEADS = WRONGDOING.keySet().stream().filter(k -> k.contains(" "))
            .map(k -> k.substring(0, k.indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a lemma can head a wrongdoing predicate, alone or with a particle (for the parse gate). */
    static boolean isWrongdoing(String lemma) {
        return WRONGDOING.containsKey(lemma) || PHRASAL_HEADS.contains(lemma);
    }

    @Override
    public String name() {
        return "said-wrong";
    }

    /** Verbs (lemmas) of complaint: whatever a named person is said to have done is the wrong complained of. */
    private static final Set<String> COMPLAINING = Set.of("complain", "grumble", "gripe", "moan", "whine");

    @Override
    public void apply(ParsedSentence p, Findings out) {
        SaidLabel.reportedClauses(p, out, name(), c -> wrongdoing(p, c) || complainedOf(p, c) || failing(p, c),
                (c, t) -> !failing(p, c) || owned(p, t));
    }

    /** What a person's plan or sums are said not to do when they fail: "won't work", "don't add up". */
    private static final Set<String> WORKING = Set.of("work", "add");
    /** Auxiliaries that make a failure only possible: "might not work", "could not add up". */
    private static final Set<String> TENTATIVE = Set.of("might", "may", "could");

    /**
     * "said Reid's plan would not work", "said Reid's numbers don't add up": "work" (without an object) or "add up"
     * denied, predicted or stated, not only possible ("might not work"). Its subject must be something a person owns
     * ({@link #owned}): "said Reid does not work" is no criticism.
     */
    static boolean failing(ParsedSentence p, int c) {
        if (!p.d.token(c).pos().startsWith("VB") || !WORKING.contains(p.lemma(c)) || !SaidLabel.negation(p, c)
                || p.d.children(c, "aux").stream().anyMatch(a -> TENTATIVE.contains(p.word(a)))) {
            return false;
        }
        return p.lemma(c).equals("work") ? p.d.children(c, "obj").isEmpty()
                : p.d.children(c, "compound:prt").stream().anyMatch(k -> p.word(k).equals("up"));
    }

    /** Whether a failing clause's subject is something a named person has: "Reid's plan", not "Reid" or "the plan". */
    private static boolean owned(ParsedSentence p, int t) {
        return !p.d.token(t).ner().equals("PERSON") && !p.d.children(t, "nmod:poss").isEmpty();
    }

    /** "won't work", "don't add up", for the parse gate: "work" or "add" with a negation just before it. */
    static boolean failsAt(List<Token> ts, int k) {
        Token t = ts.get(k);
        return t.pos().startsWith("VB") && WORKING.contains(t.lemma()) && CriticismRules.negatedJustBefore(ts, k);
    }

    /** "putting the country at risk", for the parse gate: "put" or "place", then "at" or "in" and a peril within six words. */
    static boolean endangersAt(List<Token> ts, int k) {
        Token t = ts.get(k);
        if (!t.pos().startsWith("VB") || !(t.lemma().equals("put") || t.lemma().equals("place"))) {
            return false;
        }
        return CriticismRules.anyAfter(ts, k, 6, j -> j + 1 < ts.size()
                && (ts.get(j).word().equalsIgnoreCase("at") || ts.get(j).word().equalsIgnoreCase("in"))
                && PERILS.contains(ts.get(j + 1).word().toLowerCase(java.util.Locale.ROOT)));
    }

    /** What endangers, after "put": "putting the country at risk", "put lives in danger", "in jeopardy". */
    private static final Set<String> PERILS = Set.of("risk", "danger", "jeopardy", "peril");

    /**
     * "was putting the country at risk", "put our security in jeopardy": "put" or "place" with a peril after "at" or
     * "in"; not one's own life ("putting his own life at risk"), a hero's deed.
     */
    private static boolean endangering(ParsedSentence p, int c) {
        if (!(p.lemma(c).equals("put") || p.lemma(c).equals("place")) || !p.d.token(c).pos().startsWith("VB")) {
            return false;
        }
        boolean peril = p.withCase(c, "at", "in").stream().anyMatch(k -> PERILS.contains(p.word(k)));
        boolean own = p.d.children(c, "obj").stream().anyMatch(o -> p.word(o).endsWith("self") || p.word(o).endsWith("selves")
                || p.d.children(o, "amod").stream().anyMatch(a -> p.word(a).equals("own")));
        return peril && !own;
    }

    /**
     * "Holt complained that Reid had ignored her call", "complained that Reid is too cautious": a clause reported by a
     * verb of complaint, whatever its predicate; a passive names no doer ("complained that Reid was not invited").
     */
    private static boolean complainedOf(ParsedSentence p, int c) {
        int v = p.d.head(c);
        return v >= 0 && COMPLAINING.contains(p.lemma(v)) && p.d.children(c, "nsubj:pass").isEmpty()
                && p.d.children(c, "aux:pass").isEmpty();
    }

    /** Whether a lemma is a verb of complaint ("complain"), for the parse gate. */
    static boolean complains(String lemma) {
        return COMPLAINING.contains(lemma);
    }

    /** "Reid had gone too far": "go" with "far" under "too", an overreach (for the parse gate: the words in a row). */
    static boolean wentTooFar(List<Token> ts, int k) {
        return k + 2 < ts.size() && ts.get(k).lemma().equals("go") && ts.get(k).pos().startsWith("VB")
                && ts.get(k + 1).word().equalsIgnoreCase("too") && ts.get(k + 2).word().equalsIgnoreCase("far");
    }

    /**
     * "misled voters", "broke his promise", "failed to deal with": a wrongdoing verb with the object it needs; "had gone
     * too far".
     */
    static boolean wrongdoing(ParsedSentence p, int c) {
        if (endangering(p, c)) {
            return true;
        }
        if (p.lemma(c).equals("go") && p.d.token(c).pos().startsWith("VB") && p.d.children(c, "advmod").stream()
                .anyMatch(a -> p.word(a).equals("far") && p.d.children(a, "advmod").stream().anyMatch(t -> p.word(t).equals("too")))) {
            return true;
        }
        String lemma = p.d.children(c).stream().filter(k -> k > c && (p.d.label(k).equals("compound:prt")
                        || p.d.label(k).equals("advmod") && k == c + 1)) // "melted/VBN down/RB": the parser's adverb
                .map(k -> p.lemma(c) + " " + p.word(k))
                .filter(WRONGDOING::containsKey).findFirst().orElse(p.lemma(c)); // "let down the activists"
        if (p.d.token(c).pos().startsWith("VB") && !p.d.hasChild(c, "cop")
                && (p.d.children(c, "advmod").stream().anyMatch(a -> MANNERS.contains(p.word(a)))
                || p.withCase(c, "with").stream().anyMatch(a -> MANNERS.contains(p.word(a))))) {
            return true; // "Reid had treated her family disrespectfully", "acted irresponsibly", "with contempt"
        }
        if (!p.d.token(c).pos().startsWith("VB") || !WRONGDOING.containsKey(lemma)) {
            return false;
        }
        if (lemma.equals("fail")) { // "Reid has failed", "failed to deal with it"; not "failed to win", "failed a test"
            List<Integer> infinitives = p.d.children(c, "xcomp");
            return infinitives.isEmpty() ? p.d.children(c, "obj").isEmpty()
                    : infinitives.stream().anyMatch(x -> !OUTCOMES.contains(p.lemma(x)));
        }
        if (lemma.equals("cause") && !p.d.token(c).pos().equals("VBD") && !p.d.token(c).pos().equals("VBN")) {
            return false; // "Reid caused chaos", "has caused harm"; not a forecast, "Reid will cause damage"
        }
        String objects = WRONGDOING.get(lemma);
        if (objects == null || objects.isBlank()) {
            return true;
        }
        Set<String> allowed = Set.of(objects.split("\\s+"));
        return p.d.children(c, "obj").stream().anyMatch(o -> allowed.contains(p.word(o)) || allowed.contains(p.lemma(o)));
    }
}
