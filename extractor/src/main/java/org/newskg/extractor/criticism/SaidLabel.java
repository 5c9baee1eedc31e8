package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.PersonMention;

/**
 * said-label: "Holt said Reid was unfit to lead", "Holt said Reid's remarks were wrong and divisive", "Holt told
 * reporters that Reid is a liar": a verb of saying (a SAYING cue) whose reported clause predicates an insult
 * (insults.txt) of a named person or of their words. The critic is the verb's subject. Also: a quality of
 * unfit-qualities.txt denied ("told Holt she was not fit for her post", "declared that Reid was not a fit and proper
 * person"), the blame of a possessed "fault" ("said the crisis was Reid's fault"), and an insult of what someone did,
 * extraposed ("said it was 'totally inappropriate' for Reid to criticise Holt"). A pronoun as the insulted one gives
 * nothing where it may be the speaker ("Holt said he was wrong" is as often about Holt as about anyone): only the
 * listener ("Holt told Reid he was a disgrace") or a pronoun of the other gender than the speaker's. A negated or
 * hedged predicate gives nothing ("said Reid was not a liar", "said Reid could be dangerous"). Also a due shame ("said
 * Reid should be ashamed of himself") and a lack ("said Reid had no credibility left", lacking.txt), and trust denied
 * ("said Reid cannot be trusted").
 */
final class SaidLabel implements Sieve {

    /**
     * Verbs (lemmas) of belief between the verb of saying and what it reports: "said he thought Reid had lied", "told ABC
     * that he agrees Reid is a liar".
     */
    private static final Set<String> BELIEVING = Set.of("think", "believe", "feel", "suspect", "agree");
    /** Whose belief a verb of saying may report as the speaker's own: "he thought", "she believed", "I think". */
    private static final Set<String> BELIEVERS = Set.of("he", "she", "i", "we");
    /** Qualities whose denial is an insult: "not fit for her post", "not a fit and proper person". */
    private static final Set<String> QUALITIES = WordLists.words(SaidLabel.class, "unfit-qualities.txt");
    /** Predicates that blame: a possessor ("the crisis was Reid's fault"), else the subject ("Reid was to blame"). */
    static final Set<String> BLAME = Set.of("fault", "blame");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    @Override
    public String name() {
        return "said-label";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        reportedClauses(p, out, name(), c -> p.d.hasChild(c, "cop") && (insulting(p, c) || deniedQuality(p, c)
                        || BLAME.contains(p.word(c)) || shamed(p, c) || excessive(p, c)) || lacking(p, c)
                        || distrusted(p, c) || oughtAshamed(p, c) || causedInsult(p, c),
                (c, t) -> p.isSaying(t) || !plural(p, c) || !p.d.children(t, "conj").isEmpty());
    }

    /** Verbs that make someone what the speaker calls them: "said Reid's remarks render him unfit". */
    private static final Set<String> CAUSING = Set.of("make", "render");
    /** Verbs of appearing between the cause and the insult: "makes him look weak", "makes it seem insensitive". */
    private static final Set<String> SEEMING = Set.of("seem", "look", "appear", "sound");

    /**
     * "saying Reid's reckless comments render him unfit to lead", "said Reid's record makes him look weak": an insult
     * (insults.txt) that what someone said or did makes of them; the one insulted is the owner of the clause's subject,
     * as in "said Reid's remarks were wrong". Not denied ("does not make him unfit").
     */
    private static boolean causedInsult(ParsedSentence p, int c) {
        if (!CAUSING.contains(p.lemma(c)) || !p.d.token(c).pos().startsWith("VB") || negation(p, c)) {
            return false;
        }
        List<Integer> made = new ArrayList<>(p.d.children(c, "xcomp"));
        made.addAll(p.d.children(c, "ccomp")); // the parser's "makes him look weak"
        for (int x : made) {
            List<Integer> predicates = SEEMING.contains(p.lemma(x)) ? p.d.children(x, "xcomp")
                    : p.d.label(x).equals("xcomp") ? List.of(x) : List.of();
            List<Integer> ones = new ArrayList<>(p.d.children(c, "obj"));
            ones.addAll(p.d.children(x, "nsubj"));
            if (predicates.stream().anyMatch(k -> !negation(p, k) && insulting(p, k))
                    && ones.stream().allMatch(m -> theOwner(p, c, m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the one made something ({@code m}) is the owner of what made them so: "Reid's record makes him look weak",
     * "his remarks make it seem callous"; not "Reid's support makes her look weak" (the speaker's own plight).
     */
    private static boolean theOwner(ParsedSentence p, int c, int m) {
        String made = p.word(m);
        if (made.equals("it") || made.equals("them")) {
            return true;
        }
        for (int subject : p.d.children(c, "nsubj")) {
            for (int owner : p.owners(subject)) {
                if (owner == subject) {
                    continue;
                }
                String gender = p.isPronoun(owner) ? pronounGender(p.word(owner), "UNKNOWN")
                        : p.direct(owner).map(n -> gender(p, n)).orElse("UNKNOWN");
                if (made.equals("him") || made.equals("her")) {
                    return gender.equals(made.equals("him") ? "MALE" : "FEMALE");
                }
                Optional<String> one = p.direct(m);
                return one.isPresent() && one.equals(p.direct(owner));
            }
        }
        return false;
    }

    /**
     * For the parse gate: "make" or "render" within a dozen words after the verb of saying {@code i}, and an insult within
     * four words after it ("render him unfit", "makes him look weak").
     */
    static boolean causedInsultAfter(List<Token> ts, int i) {
        for (int k = i + 1; k < Math.min(ts.size(), i + 12); k++) {
            if (CAUSING.contains(CriticismRules.lemma(ts.get(k))) && ts.get(k).pos().startsWith("VB")) {
                for (int j = k + 2; j < Math.min(ts.size(), k + 6); j++) {
                    if (Labelling.isInsultAt(ts, j)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Feelings someone "should" have, a rebuke: "said Reid should be ashamed of himself". */
    private static final Set<String> SHAME = Set.of("ashamed", "embarrassed");
    /** What someone is said to have none of (lacking.txt): "said Reid had no credibility left". */
    private static final Set<String> LACKING = WordLists.words(SaidLabel.class, "lacking.txt");

    /**
     * "said Reid cannot be trusted", "said Reid could not be trusted with the nuclear codes": "trust" in the passive,
     * denied, not only possibly ("might not be trusted"). The one distrusted is the passive subject.
     */
    static boolean distrusted(ParsedSentence p, int c) {
        return p.lemma(c).equals("trust") && p.d.token(c).pos().equals("VBN") && p.d.hasChild(c, "aux:pass")
                && negation(p, c) && p.d.children(c, "aux").stream()
                        .noneMatch(a -> p.word(a).equals("might") || p.word(a).equals("may"));
    }

    /** "says Reid ought to be ashamed of himself": the parser's "ought" heading the shame it owes. */
    private static boolean oughtAshamed(ParsedSentence p, int c) {
        return p.word(c).equals("ought") && p.d.children(c, "xcomp").stream()
                .anyMatch(x -> SHAME.contains(p.word(x)) && !negation(p, x));
    }

    /** "should be ashamed", "ought to be embarrassed": a shame the speaker says is due. */
    private static boolean shamed(ParsedSentence p, int c) {
        return SHAME.contains(p.word(c)) && p.d.children(c, "aux").stream()
                .anyMatch(a -> p.word(a).equals("should") || p.word(a).equals("ought"));
    }

    /**
     * "Reid had no credibility left", "Reid has no plan at all": "have" with an object of lacking.txt under "no"; "Reid
     * lacks the judgment to lead", "Reid lacked credibility", "Reid lacks the strength or the stamina": "lack" with an
     * object (or one of its conjuncts) of lacking.txt or one of a person's qualities (qualities.txt).
     */
    private static boolean lacking(ParsedSentence p, int c) {
        if (p.lemma(c).equals("lack") && p.d.token(c).pos().startsWith("VB")) {
            return !negation(p, c)
                    && p.withConjuncts(p.d.children(c, "obj")).stream().anyMatch(o -> isLackable(p.word(o)));
        }
        if (!p.lemma(c).equals("have")) {
            return false;
        }
        List<Integer> had = new ArrayList<>(p.d.children(c, "obj"));
        for (int k : p.d.children(c)) {
            if ((p.d.label(k).equals("ccomp") || p.d.label(k).equals("xcomp")) && p.word(k).equals("left")) {
                had.addAll(p.d.children(k, "nsubj")); // "had 'no credibility left'": the parser's clause
            }
        }
        return had.stream().anyMatch(o -> LACKING.contains(p.word(o))
                && p.d.children(o, "det").stream().anyMatch(d -> p.word(d).equals("no"))
                && p.d.children(o, "acl").stream().noneMatch(a -> p.d.children(a, "mark").stream()
                        .anyMatch(m -> p.word(m).equals("to")))); // not "had no plans to resign"
    }

    /** Whether a word is a shame or a lack said-label reads ("ashamed", "credibility"), for the parse gate. */
    static boolean isRebukeWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return SHAME.contains(w) || LACKING.contains(w);
    }

    /** Whether someone said to lack a thing is belittled: a word of lacking.txt or a quality ("judgment", "temperament"). */
    static boolean isLackable(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return LACKING.contains(w) || VerbActive.QUALITIES.contains(w);
    }

    /**
     * An insult, or one among the predicates coordinated with it: "had been 'rude, shouty and disrespectful'". Not a
     * state the person is in: "said Reid was in danger of losing his seat".
     */
    private static boolean insulting(ParsedSentence p, int c) {
        if (p.d.children(c, "case").stream().anyMatch(k -> p.word(k).equalsIgnoreCase("in"))) {
            return false;
        }
        return Labelling.isInsult(p, c) || p.d.children(c, "conj").stream()
                .anyMatch(k -> p.d.children(k, "nsubj").isEmpty() && !negation(p, k) && Labelling.isInsult(p, k));
    }

    /**
     * Adjectives whose excess is no reproach (excusable-excess.txt): a state ("too busy to attend", "too ill to
     * travel"), a time ("too early to say") or a virtue ("too good to lose").
     */
    private static final Set<String> EXCUSABLE = WordLists.words(SaidLabel.class, "excusable-excess.txt");

    /**
     * "said Reid was too close to Wall Street", "suggested that Reid would be too ready to use force": a predicate
     * adjective under "too", a fault by its excess, unless excusable-excess.txt lists it.
     */
    private static boolean excessive(ParsedSentence p, int c) {
        return p.d.token(c).pos().startsWith("JJ") && !EXCUSABLE.contains(p.word(c)) && !negation(p, c)
                && p.d.children(c, "advmod").stream().anyMatch(a -> p.word(a).equals("too"));
    }

    /** "too close", for the parse gate: "too" before an adjective that {@link #excessive} may read. */
    static boolean isExcessAt(List<Token> ts, int k) {
        return ts.get(k).word().equalsIgnoreCase("too") && k + 1 < ts.size() && ts.get(k + 1).pos().startsWith("JJ")
                && !EXCUSABLE.contains(ts.get(k + 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a word is a quality whose denial insults ("fit", "qualified"), for the parse gate. */
    static boolean isQualityWord(String word) {
        return QUALITIES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** "not fit for her post", "not a fit and proper person", "never qualified": a quality of unfit-qualities.txt denied. */
    static boolean deniedQuality(ParsedSentence p, int c) {
        return QUALITIES.contains(p.word(c)) && negation(p, c);
    }

    /** "not", "n't" or "never" on a predicate: "was not a liar", "Don't tell lies". */
    static boolean negation(ParsedSentence p, int c) {
        for (int k : p.d.children(c)) {
            String l = p.d.label(k);
            if ((l.equals("advmod") || l.equals("neg")) && NEGATIONS.contains(p.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** What a predicted insult's auxiliary may be ("would be a disaster"), and what hedges it ("could be dangerous"). */
    private static final Set<String> PREDICTING = Set.of("would", "'d");
    private static final Set<String> HEDGING = Set.of("might", "may", "could", "should");

    /**
     * "said Reid would be a disaster", "warned that Reid's plan would be dangerous": an insult predicted of a person or
     * their words, which asserts it as the present tense does; not of "it" ("said it would be a mistake for Reid to
     * resign" is advice), not an infinitive's ("would be a fool to resign"), not hedged besides.
     */
    private static boolean predicted(ParsedSentence p, int c) {
        List<Integer> aux = p.d.children(c, "aux");
        boolean excess = excessive(p, c);
        return aux.stream().anyMatch(a -> PREDICTING.contains(p.word(a)))
                && aux.stream().noneMatch(a -> HEDGING.contains(p.word(a))) && (insulting(p, c) || excess)
                && p.d.children(c, "nsubj").stream().noneMatch(n -> p.word(n).equals("it"))
                && (excess || p.d.children(c).stream().noneMatch(k -> p.d.children(k, "mark").stream()
                        .anyMatch(m -> p.word(m).equals("to")))); // "would be too ready to use force" is no advice
    }

    /** A reported clause that is asserted: its negation only when what it denies is a quality, never hedged. */
    private static boolean asserted(ParsedSentence p, int c) {
        if (distrusted(p, c) || SaidWrong.failing(p, c)) {
            return true; // denied by definition, and the auxiliaries that make it tentative were checked
        }
        if (oughtAshamed(p, c)) {
            return !negation(p, c);
        }
        if (shamed(p, c)) {
            return !negation(p, c); // "should" is the rebuke, no hedge
        }
        if (predicted(p, c)) {
            return !negation(p, c) && (p.d.head(c) < 0 || !p.unasserted(p.d.head(c)));
        }
        if (!deniedQuality(p, c)) {
            return !p.unasserted(c);
        }
        return !p.hedged(c);
    }

    /** "said the crisis was Reid's fault": the possessor of a blaming predicate (said-label's), the one blamed. */
    private static List<Integer> blamed(ParsedSentence p, int c) {
        return BLAME.contains(p.word(c)) && p.d.hasChild(c, "cop") ? p.d.children(c, "nmod:poss") : List.of();
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
                List<Integer> clauses = new ArrayList<>(p.d.children(v, "ccomp"));
                clauses.addAll(p.reportsAfterAdverbial(v));
                p.d.children(v, "dep").stream().filter(c -> Antecedents.objectTakenForSubject(p, c).isPresent())
                        .forEach(clauses::add); // "complained Khan unfairly had attacked him": Khan the parser's object
                for (int c : List.copyOf(clauses)) {
                    if (BELIEVING.contains(p.lemma(c)) && !negation(p, c) && p.d.children(c, "nsubj").stream()
                            .anyMatch(b -> BELIEVERS.contains(p.word(b)))) { // the speaker's own belief, not "no-one felt"
                        clauses.addAll(p.d.children(c, "ccomp")); // "told reporters he thought Fields had made up the story"
                    }
                }
                for (int c : List.copyOf(clauses)) { // "said Lee's claim was false and Reid's plan was corrosive"
                    p.d.children(c, "conj").stream().filter(k -> !p.d.children(k, "nsubj").isEmpty()).forEach(clauses::add);
                }
                for (int c : p.d.children(v, "parataxis")) {
                    if (reportedParataxis(p, v, c)) {
                        clauses.add(c);
                    }
                }
                List<Integer> critics = p.subjects(v);
                int marked = p.d.head(v);
                if (clauses.isEmpty() && p.d.label(v).equals("mark") && marked >= 0
                        && (p.d.label(marked).equals("ccomp") || p.d.label(marked).equals("advcl"))
                        && p.d.token(v).pos().equals("VBG") && p.d.head(marked) >= 0) {
                    // "Holt spoke on Monday, saying Reid was unfit", "Holt withdrew her support for Reid, saying he lacks
                    // the temperament to lead": the parser's mark of the reported clause (a complement or an adverbial)
                    clauses = List.of(marked);
                    critics = p.subjects(p.d.head(marked));
                }
                for (int c : clauses) {
                    List<Integer> blamed = blamed(p, c);
                    if (!clause.test(c) || !asserted(p, c)) {
                        continue;
                    }
                    List<Integer> targets = new ArrayList<>();
                    boolean distrust = distrusted(p, c);
                    List<Integer> subjects = !blamed.isEmpty() ? blamed : distrust ? p.d.children(c, "nsubj:pass")
                            : !p.d.children(c, "nsubj").isEmpty() ? p.d.children(c, "nsubj")
                            : Antecedents.objectTakenForSubject(p, c).stream().toList();
                    if (subjects.stream().anyMatch(t -> Reciprocal.theOther(p, t))) {
                        // "Holt and Reid each said the other was unfit", "..., each saying the other lacks the judgment"
                        Reciprocal.exchange(p, out, cue.relation(), v, rule, 0.7);
                        continue;
                    }
                    for (int t : subjects) {
                        if (p.d.label(t).equals("nsubj:pass") && !distrust || quoted(p, t)) {
                            continue;
                        }
                        if (p.word(t).equals("it") && blamed.isEmpty()) {
                            targets.addAll(extraposed(p, c)); // "said it was inappropriate for Reid to attack Holt"
                        } else if (p.isPronoun(t) || p.word(t).equals("they") || p.owners(t).stream().anyMatch(p::isPronoun)) {
                            targets.addAll(notTheSpeaker(p, v, c, critics, t)); // "told Reid he was a disgrace"
                        } else if (blamed.contains(t) || target.test(c, t)) {
                            targets.add(t);
                        }
                    }
                    out.add(p, cue.relation(), v, critics, targets, rule, 0.7);
                }
            });
        }
    }

    /**
     * "On both topics, Holt says, Reid has failed", "told Reid he was not fit": a clause the parser hung on the verb of
     * saying as parataxis, with nothing but commas between them (or, after "tell", its object) and no quotation mark.
     */
    private static boolean reportedParataxis(ParsedSentence p, int v, int c) {
        if (p.d.children(c, "nsubj").isEmpty()) {
            return false;
        }
        int first = p.firstOf(c);
        if (first < v) {
            return false;
        }
        for (int k = v + 1; k < first; k++) {
            boolean listener = p.lemma(v).equals("tell") && isObject(p, v, k);
            if (!(p.word(k).equals(",") || listener)) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} belongs to the object of {@code v}. */
    private static boolean isObject(ParsedSentence p, int v, int k) {
        for (int o : p.d.children(v, "obj")) {
            if (p.dominates(o, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "said that it was 'totally inappropriate' for Reid to criticise Holt": the named subject of an infinitive
     * introduced by "for" on an insult whose subject is the expletive "it".
     */
    private static List<Integer> extraposed(ParsedSentence p, int c) {
        List<Integer> out = new ArrayList<>();
        for (int a : p.d.children(c, "advcl")) {
            if (p.d.children(a, "mark").stream().anyMatch(m -> p.word(m).equals("for"))) {
                for (int t : p.d.children(a, "nsubj")) {
                    if (!p.isPronoun(t) && p.persons.mentionAt(p.d.token(t).begin()).isPresent()) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A pronoun (or a pronoun's words) as the insulted one, only where it cannot be the speaker: the listener of
     * "tell" ("told Mrs Holt she was not fit", "told Reid and Patel that they had ..."; a listener of the
     * pronoun's gender or of none known), or a "he"/"she"/"his"/"her" of the other gender than the one speaker
     * (known from the name, or the speaker's own pronoun). The pronoun itself is resolved as any target is.
     */
    private static List<Integer> notTheSpeaker(ParsedSentence p, int v, int c, List<Integer> critics, int t) {
        int pronoun = t;
        if (!p.isPronoun(t) && !p.word(t).equals("they")) {
            List<Integer> owners = p.owners(t);
            if (owners.size() != 1 || owners.get(0) == t) {
                return List.of();
            }
            pronoun = owners.get(0);
        }
        String word = p.word(pronoun);
        String gender = pronounGender(word, "PLURAL");
        if (p.lemma(v).equals("tell") && pronoun == t) {
            for (int o : p.d.children(v, "obj")) {
                if (o > t || p.isPronoun(o) || p.direct(o).isEmpty()) {
                    continue;
                }
                boolean several = !p.d.children(o, "conj").isEmpty();
                String heard = p.direct(o).map(n -> gender(p, n)).orElse("UNKNOWN");
                if (gender.equals("PLURAL") ? several && word.equals("they")
                        : !several && (heard.equals(gender) || heard.equals("UNKNOWN"))) {
                    return List.of(o);
                }
            }
        }
        if (gender.equals("PLURAL") || critics.size() != 1) {
            return List.of();
        }
        int critic = critics.get(0);
        String speaker;
        if (p.isPronoun(critic)) {
            speaker = switch (p.word(critic)) {
                case "he" -> "MALE";
                case "she" -> "FEMALE";
                default -> "UNKNOWN";
            };
        } else {
            speaker = p.persons.mentionAt(p.d.token(critic).begin()).map(PersonMention::canonical)
                    .map(n -> gender(p, n)).orElse("UNKNOWN");
        }
        if (speaker.equals(gender) && pronoun == t && !ADMITTED.contains(p.word(c))) {
            return objectOfTheAct(p, v, critic, gender); // "rescinded his endorsement of Reid, saying he lacks ..."
        }
        return !speaker.equals("UNKNOWN") && !speaker.equals(gender) ? List.of(t) : List.of();
    }

    /** Predicates a speaker says of himself as often as of another: "apologised to Reid, saying he was wrong". */
    private static final Set<String> ADMITTED = Set.of("wrong", "mistaken", "sorry", "ashamed", "embarrassed");

    /**
     * "Holt withdrew her endorsement of Reid, saying she lacks the temperament to lead", "Holt attacked Reid, saying he
     * was unfit": a "saying" that reports on what the main verb did, to the one person (of the pronoun's sex, not the
     * speaker) its object is or is "of"; that person, not the speaker, is the pronoun. Else none.
     */
    private static List<Integer> objectOfTheAct(ParsedSentence p, int v, int critic, String gender) {
        int report = p.d.label(v).equals("mark") ? p.d.head(v) : v; // the parser's mark of the reported clause
        int act = report < 0 ? -1 : p.d.head(report);
        if (!p.d.token(v).pos().equals("VBG") || act < 0
                || !(p.d.label(report).startsWith("advcl") || p.d.label(report).equals("dep")) // the parser's "dep" too
                || !p.d.token(act).pos().startsWith("VB")) {
            return List.of();
        }
        List<Integer> objects = new ArrayList<>(p.d.children(act, "obj"));
        int first = p.firstOf(report);
        int before = first - 2; // "..., rescinded his endorsement of Reid, saying": what the parser hung
        if (first == v && before >= 0 && p.word(before + 1).equals(",")) { // on a verb in between
            int o = before;
            while (p.d.head(o) >= 0 && p.d.label(o).startsWith("nmod")) {
                o = p.d.head(o);
            }
            if (p.d.label(o).equals("obj") && !objects.contains(o)) {
                objects.add(o);
            }
        }
        Optional<String> speaker = p.direct(critic);
        List<Integer> named = new ArrayList<>();
        for (int o : objects) {
            List<Integer> nodes = new ArrayList<>(List.of(o));
            nodes.addAll(p.withCase(o, "of"));
            for (int n : nodes) {
                Optional<String> who = p.direct(n);
                if (who.isPresent() && gender(p, who.get()).equals(gender) && !p.isPronoun(n)
                        && !who.equals(speaker)) {
                    named.add(n);
                }
            }
        }
        return named.size() == 1 ? named : List.of();
    }

    /** "MALE" for "he", "his", "him", "FEMALE" for "she", "her", else {@code otherwise}. */
    private static String pronounGender(String pronoun, String otherwise) {
        return switch (pronoun) {
            case "he", "his", "him" -> "MALE";
            case "she", "her" -> "FEMALE";
            default -> otherwise;
        };
    }

    /** "MALE", "FEMALE" or "UNKNOWN": what the name, honorifics and the article's pronouns say of a person. */
    private static String gender(ParsedSentence p, String canonical) {
        return switch (p.persons.discourse().gender(canonical)) {
            case 'm' -> "MALE";
            case 'f' -> "FEMALE";
            default -> p.persons.gender(canonical);
        };
    }

    /**
     * "Rubio says the polls showing him behind Trump are wrong": a plural copula has no one person as its subject
     * (the parser hung the name on it), only their words ("Reid's remarks were wrong") or a name with its conjuncts
     * ("said Reid and his party are too concerned with self-interest", the caller's test).
     */
    private static boolean plural(ParsedSentence p, int predicate) {
        return p.d.children(predicate, "cop").stream().anyMatch(c -> Set.of("are", "were", "'re").contains(p.word(c)));
    }

    /** "he said, 'Rubio is very weak'": what a quote says is the quote's (optional in the gold), not a report. */
    static boolean quoted(ParsedSentence p, int n) {
        for (int k = n - 1; k >= 0; k--) {
            String pos = p.d.token(k).pos();
            if (pos.equals("``")) {
                // "' Ibrahimovic also suggested Oscar feigned injury.": a quote that closed the sentence before
                return k > 0 || p.persons.discourse().insideQuote(p.d.token(n).begin());
            }
            if (pos.equals("''")) {
                return false;
            }
        }
        return false;
    }
}
