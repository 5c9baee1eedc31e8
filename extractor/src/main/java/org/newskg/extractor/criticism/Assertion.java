package org.newskg.extractor.criticism;

import java.util.Locale;
import java.util.Set;
import org.newskg.extractor.WordLists;

/**
 * Whether a cue of a {@link ParsedSentence} is asserted: not negated ("did not criticise", "no minister criticised
 * Reid"), hedged ("might be condemning"), only intended or asked for ("refused to criticise", "urged Tom to condemn")
 * or denied ("denied attacking Reid", "denied a report that ...").
 */
final class Assertion extends SentencePart {

    /** Verbs under which a cue is only intended, refused or asked for: "refused to criticise", "urged X to condemn". */
    private static final Set<String> NON_FACTIVE = WordLists.words(CriticismRules.class, "non-factive.txt");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HEDGES = Set.of("might", "may", "could", "would", "should");
    /** The particles that make "call" a request: "called on Reid to condemn it", "called for". */
    private static final Set<String> CALL_FOR = Set.of("on", "upon", "for");
    /** Question words that take what they ask about as done: "asked him why he had attacked Reid". */
    private static final Set<String> WH_PRESUPPOSED = Set.of("why", "how", "when");

    Assertion(ParsedSentence parsed) {
        super(parsed);
    }

    /**
     * "avoided directly criticizing Reid": a gerund right after its verb (adverbs of its own between), which the
     * parser often makes a dep; not "Railing at Reid, Holt vows" or "..., attacking Reid".
     */
    private boolean gerundComplement(int v) {
        int head = d.head(v);
        if (!d.token(v).pos().equals("VBG") || head < 0 || head > v || !d.token(head).pos().startsWith("VB")) {
            return false;
        }
        for (int k = head + 1; k < v; k++) {
            if (!(d.head(k) == v && d.label(k).equals("advmod"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * How what is denied hangs on "deny": "denied attacking Reid", "denied she was attacking Reid" (the parser's
     * dep); not a free adjunct ("denied the claim, accusing Reid of a smear" accuses).
     */
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp", "dep");

    /** Whether {@code c} is what the verb {@code v} denies: its complement, with no object or comma between. */
    private boolean deniedComplement(int v, int c) {
        if (v < 0 || !lemma(v).equals("deny") || !COMPLEMENTS.contains(d.label(c)) || !d.children(v, "obj").isEmpty()) {
            return false;
        }
        for (int k = v + 1; k < c; k++) {
            if (word(k).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Nouns for what someone is said to have done, whose "that" clause a denial takes back. */
    private static final Set<String> REPORTS = Set.of("report", "claim", "suggestion", "allegation", "rumour", "rumor",
            "story", "speculation", "assertion", "charge");
    /** Verbs that deny a report: "denied a report that ...", "dismissed claims that ...". */
    private static final Set<String> DENIALS = Set.of("deny", "dismiss", "reject", "rebut", "refute", "dispute");

    /**
     * "Her spokesman denied a report that the leader had called Reid a liar", "dismissed claims that he had attacked
     * Reid": the cue's clause {@code c} is the content of a report noun {@code n} that a verb of denial takes as object.
     */
    private boolean deniedReport(int n, int c) {
        int v = d.head(n);
        return c >= 0 && (d.label(c).equals("ccomp") || d.label(c).equals("acl")) && REPORTS.contains(lemma(n))
                && d.label(n).equals("obj") && v >= 0 && DENIALS.contains(lemma(v));
    }

    /** Adjectives that make a possessed criticism one not (yet) made: "Holt's planned attack on Reid". */
    private static final Set<String> UNREAL = Set.of("alleged", "planned", "expected", "rumoured", "rumored",
            "threatened", "promised", "possible", "potential", "would-be", "supposed", "purported", "anticipated",
            "upcoming", "future", "hypothetical", "feared", "intended");

    /**
     * Whether the cue at {@code n} is negated, hedged or only intended: "did not criticise", "might be
     * condemning", "refused to criticise", "urged Tom to condemn", "stopped short of attacking", "denied attacking
     * Reid"; a possessed criticism only when negated or unreal ("no attacks of his", "Holt's planned attack").
     */
    boolean unasserted(int n) {
        if (d.token(n).pos().startsWith("NN") && d.hasChild(n, "nmod:poss")) {
            // "for not condemning Trump's attacks on Curiel", "hope that Sanders will tone down his attacks on Clinton":
            // a criticism someone owns is taken as made, whatever the clause around it says; not "Holt's planned attack"
            return negated(n) || d.children(n, "amod").stream().anyMatch(a -> UNREAL.contains(lemma(a)));
        }
        int cur = n;
        int from = -1;
        for (int step = 0; step < 3 && cur >= 0; step++) {
            boolean pressed = step == 1 && lemma(cur).equals("press") && d.label(n).equals("obj");
            // "In a swipe at Reid, Holt promised a new approach": an adjunct to the verb, not what it intends
            boolean adjunct = from >= 0 && d.label(from).startsWith("obl")
                    && d.children(from, "case").stream().anyMatch(c -> word(c).equalsIgnoreCase("in"));
            boolean denied = step > 0 && (deniedComplement(cur, from) || deniedReport(cur, from));
            if (negated(cur) || hedged(cur) || denied
                    || step > 0 && nonFactive(cur) && !pressed && !askedAbout(cur, from) && !adjunct) {
                return true; // but "pressed his attack on Reid" goes on attacking
            }
            String l = d.label(cur);
            boolean carries = l.equals("xcomp") || l.startsWith("advcl") || l.startsWith("obl") || l.equals("ccomp")
                    || step == 0 && (l.equals("obj") || l.startsWith("nsubj"))
                    || l.equals("dep") && (gerundComplement(cur) || deniedComplement(d.head(cur), cur));
            if (!carries) {
                return false;
            }
            from = cur;
            cur = d.head(cur);
        }
        return false;
    }

    /**
     * "Asked about his attacks on Reid, Holt said ...", "asked Holt why she had criticised Reid": a question about a
     * criticism takes it as done, unlike "asked Holt to condemn Reid".
     */
    private boolean askedAbout(int verb, int from) {
        if (from < 0 || !lemma(verb).equals("ask")) {
            return false;
        }
        if (d.label(from).startsWith("obl")) {
            return d.children(from, "case").stream().anyMatch(c -> word(c).equals("about"));
        }
        return d.children(from).stream().anyMatch(c -> d.label(c).equals("advmod") && WH_PRESUPPOSED.contains(word(c)));
    }

    /**
     * A verb under which a cue is only intended or asked for; "call" only as "called on/for/upon X to
     * condemn", not "called into the programme to attack Reid".
     */
    private boolean nonFactive(int v) {
        if (!NON_FACTIVE.contains(lemma(v))) {
            return false;
        }
        if (!lemma(v).equals("call")) {
            return true;
        }
        for (int c : d.children(v)) {
            if (CALL_FOR.contains(word(c)) || d.children(c, "case").stream().anyMatch(k -> CALL_FOR.contains(word(k)))) {
                return true;
            }
        }
        return !d.children(v, "obj").isEmpty(); // "called Reid to condemn it"
    }

    /** "did not attack", "never criticised", "no attack": a negation on the node itself. */
    boolean negated(int v) {
        for (int c : d.children(v)) {
            String l = d.label(c);
            if ((l.equals("advmod") || l.equals("neg") || l.equals("det")) && NEGATIONS.contains(word(c))
                    && !notOnlyBut(c, v)) {
                return true;
            }
            if (l.startsWith("nsubj") && d.children(c).stream().anyMatch(k -> d.label(k).equals("det") && word(k).equalsIgnoreCase("no"))) {
                return true; // "no minister criticised Reid"
            }
        }
        return neitherNor(v);
    }

    /** Words that make a negation a "not only ... but also": "is not just attacking Reid but also his party". */
    private static final Set<String> ONLY = Set.of("just", "only", "merely", "simply");

    /**
     * "her priority isn't just attacking Reid but also the down-ballot Tories": the negation {@code neg} followed by
     * "just", "only", "merely" or "simply" and a "but" or "also" after the cue {@code v} ("did not only attack Reid,
     * she also ...") adds to the cue, not denies it.
     */
    private boolean notOnlyBut(int neg, int v) {
        if (neg + 1 >= d.size() || !ONLY.contains(word(neg + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = v + 1; k < d.size(); k++) {
            if (word(k).equalsIgnoreCase("but") || word(k).equalsIgnoreCase("also")) {
                return true;
            }
        }
        return false;
    }

    /** "neither Germany's Merkel nor France's Hollande have chided Trump": "neither ... nor" before {@code v}, no verb between. */
    private boolean neitherNor(int v) {
        boolean nor = false;
        for (int k = v - 1; k >= 0; k--) {
            String w = word(k).toLowerCase(Locale.ROOT);
            if (d.token(k).pos().startsWith("VB") && !d.label(k).startsWith("aux")) {
                return false;
            }
            nor |= w.equals("nor");
            if (w.equals("neither")) {
                return nor;
            }
        }
        return false;
    }

    /** Whether a modal of doubt hedges {@code v}: "might be condemning him". */
    boolean hedged(int v) {
        for (int c : d.children(v, "aux")) {
            if (HEDGES.contains(word(c))) {
                return true;
            }
        }
        return false;
    }
}
