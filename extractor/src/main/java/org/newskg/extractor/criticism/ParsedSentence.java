package org.newskg.extractor.criticism;

import static org.newskg.extractor.criticism.NamedPersons.ROLE_NOUNS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.criticism.NamedPersons.Named;
import org.newskg.extractor.nlp.Dependencies;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.PersonIndex;

/**
 * One parsed sentence with the syntax helpers every sieve shares: which dependents a preposition introduces, the
 * nearest verb above a node, where a phrase begins, whether a clause is one whose pronouns are left alone. The rest a
 * sieve asks of the sentence its parts answer: who the (inherited) subject of a verb is ({@link VerbSubjects}), whether
 * a cue is negated or hedged ({@link Assertion}), which person a node names ({@link NamedPersons}, with
 * {@link Pronouns} and {@link PersonGroups}) and whose saying a noun is ({@link SayingOwners}); the one-line methods at
 * the end pass those questions on. Names, pronouns and role nominals are resolved by {@link PersonIndex}; this class
 * and its parts only say which node to ask about.
 */
final class ParsedSentence {

    /** Writings and speeches that attack for their author: "X gave a speech criticising Y". */
    static final Set<String> VEHICLES = WordLists.words(CriticismRules.class, "vehicle-nouns.txt");
    static final Set<String> PRONOUNS = Set.of("he", "him", "she", "her", "his");
    static final String QUOTES = "\"'\u2018\u2019\u201c\u201d";
    static final Set<String> IDENTIFIED = Set.of("those", "ones", "one");
    static final Set<String> RELATIVES = Set.of("who", "whom", "that", "which");
    /** Relative pronouns as objects ("whom she attacked", "in which she attacked"): never "that", often a complementizer. */
    private static final Set<String> OBJECT_RELATIVES = Set.of("who", "whom", "which");
    /** Clauses whose pronouns are not resolved: relative clauses and reported speech. */
    static final Set<String> OPAQUE = Set.of("acl:relcl", "ccomp", "acl", "csubj");

    final Doc doc;
    final Sentence s;
    final Dependencies d;
    final PersonIndex persons;

    /** The parts that answer for this sentence; the persons' parts also ask one another. */
    private final VerbSubjects verbSubjects;
    private final Assertion assertion;
    final NamedPersons namedPersons;
    final Pronouns pronouns;
    final PersonGroups groups;
    private final SayingOwners sayingOwners;

    ParsedSentence(Doc doc, Sentence s, Dependencies d, PersonIndex persons) {
        this.doc = doc;
        this.s = s;
        this.d = d;
        this.persons = persons;
        this.verbSubjects = new VerbSubjects(this);
        this.assertion = new Assertion(this);
        this.namedPersons = new NamedPersons(this);
        this.pronouns = new Pronouns(this);
        this.groups = new PersonGroups(this);
        this.sayingOwners = new SayingOwners(this);
    }

    String word(int n) {
        return d.token(n).word().toLowerCase(Locale.ROOT);
    }

    String lemma(int n) {
        Token t = d.token(n);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    boolean isPronoun(int n) {
        return PRONOUNS.contains(word(n));
    }

    /** The first token of the phrase {@code n} heads. */
    int firstOf(int n) {
        int first = n;
        for (int k = 0; k < n; k++) {
            if (dominates(n, k)) {
                first = k;
                break;
            }
        }
        return first;
    }

    /** Whether {@code top} is {@code n} or above it. */
    boolean dominates(int top, int n) {
        for (int cur = n, step = 0; cur >= 0 && step < 50; cur = d.head(cur), step++) {
            if (cur == top) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb whose subject does what a participle after a comma says, when the parser hung the participle on a
     * noun that names no person, the object or predicate of that verb's clause: "Holt lands what may be the line of
     * the night, accusing Reid of ..." (on "line"), "Holt made the case, attacking Reid" (on "case"); else -1.
     * Vehicles and times have their own reading ("gave a speech attacking Reid"); a person noun may be the one the
     * participle describes ("met the minister, attacking the plan"), unless it is the verb's object or adjunct and the
     * participle has a pronoun object of its own ("He singled out Pike, accusing him of ...", "spent ten minutes on Pike,
     * accusing her of ...": "he" accuses).
     */
    int freeAdjunctOf(int participle, int noun) {
        if (participle < 1 || !word(participle - 1).equals(",") || VEHICLES.contains(lemma(noun)) || isTimeNoun(noun)
                || !d.token(noun).pos().startsWith("NN")) {
            return -1;
        }
        String l = d.label(noun);
        boolean person = d.token(noun).pos().startsWith("NNP") || direct(noun).isPresent() || ROLE_NOUNS.contains(word(noun));
        boolean pronounObject = d.children(participle, "obj").stream().anyMatch(this::isPronoun);
        if (person && !((l.equals("obj") || l.equals("obl")) && pronounObject)) {
            return -1;
        }
        int head = d.head(noun);
        // "Holt was scathing about the opposition, accusing Reid": an adjective's complement, as a verb's object is;
        // "Holt spent ten minutes on Reid, the attorney general, accusing her of ...": a person the verb's adjunct names
        boolean predicate = head >= 0 && d.token(head).pos().startsWith("JJ") && d.hasChild(head, "cop");
        return (l.equals("obj") || l.equals("ccomp") || l.equals("xcomp") || (predicate || person) && l.equals("obl"))
                && head >= 0 && head < participle && (d.token(head).pos().startsWith("VB") || predicate) ? head : -1;
    }

    /** Opening quotation marks as the tokenizer leaves them: a sentence that starts with one is a quote's. */
    static final Set<String> OPENING_QUOTES = Set.of("\u201c", "\"", "``", "\u2018", "'", "`");
    /** Closing quotation marks as the tokenizer writes them. */
    private static final Set<String> CLOSING_QUOTES = Set.of("''", "\"", "”", "’", "'");
    /** What joins a verb to a quotation before it: "and", ", then". */
    private static final Set<String> JOINERS = Set.of("and", "then", ",");

    /**
     * Where a window of {@code narrated} sentences before this one starts, quoted sentences in between not counted
     * ("Holt accused Reid of lying. 'He made it up,' she said. Reid hit back, ...": two narrated sentences back).
     */
    int narratedStart(int narrated) {
        int counted = 0;
        int si = s.index();
        while (si > 0 && counted < narrated) {
            si--;
            Sentence sentence = doc.sentences().get(si);
            boolean quoted = OPENING_QUOTES.contains(sentence.tokens().get(0).word())
                    || persons.discourse().insideQuote(sentence.begin());
            if (!quoted) {
                counted++;
            }
        }
        return doc.sentences().get(si).begin();
    }

    /** Whether a closing quotation mark stands right before the "and" or ", then" that joins the verb at {@code v}. */
    private boolean afterQuotation(int v) {
        int k = v - 1;
        while (k > 0 && JOINERS.contains(word(k).toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k < v - 1 && k >= 0 && CLOSING_QUOTES.contains(word(k));
    }

    /**
     * "Holt said Reid is unfit and accused him of lying", "He said that Reid is playing games and said that ...": a
     * past-tense verb the parser coordinated with the present-tense predicate of a reported clause continues the
     * verb of saying, not what was reported; so does a past verb after a quotation that ends the reported clause
     * ('Holt said ministers had been "far too slow" and condemned Reid's decision').
     */
    boolean reportedPresent(int v, int head) {
        if (head < 0 || !d.label(head).equals("ccomp") || d.head(head) < 0) {
            return false;
        }
        if (Set.of("VBD", "VBN").contains(d.token(v).pos()) && d.children(v, "aux").isEmpty() && afterQuotation(v)) {
            return true;
        }
        if (!d.token(v).pos().equals("VBD")) {
            return false;
        }
        if (Set.of("VBZ", "VBP").contains(d.token(head).pos())) {
            return true;
        }
        for (int c : d.children(head)) {
            String l = d.label(c);
            if ((l.equals("cop") || l.startsWith("aux")) && Set.of("VBZ", "VBP").contains(d.token(c).pos())) {
                return true;
            }
        }
        return false;
    }

    /** Stretches of time a person spends doing something: "spent the day attacking Ann", "spent ten minutes accusing". */
    private static final Set<String> TIME_NOUNS = Set.of("day", "week", "weekend", "morning", "afternoon", "evening",
            "night", "time", "hour", "hours", "days", "weeks", "months", "years", "minute", "minutes", "month", "year",
            "session", "debate", "campaign", "fall", "spring", "summer", "autumn", "winter", "decade");
    /**
     * How much of something, which stands for the whole: "spent much of the session insulting each other", "half of
     * Holt's address was devoted to ...".
     */
    static final Set<String> PORTIONS = Set.of("much", "most", "part", "all", "some", "rest", "bulk", "half",
            "majority");

    /** A stretch of time, or a portion of one the parser hangs a participle on ("much" of "spent much of the debate accusing"). */
    boolean isTimeNoun(int n) {
        return TIME_NOUNS.contains(word(n))
                || PORTIONS.contains(word(n)) && withCase(n, "of").stream().anyMatch(o -> TIME_NOUNS.contains(word(o)));
    }

    List<Integer> agents(int v) {
        List<Integer> out = new ArrayList<>(d.children(v, "obl:agent"));
        for (int c : withCase(v, "by")) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The obl/nmod dependents of {@code v} introduced by one of the prepositions. */
    List<Integer> withCase(int v, String... preps) {
        List<Integer> out = new ArrayList<>();
        for (int c : d.children(v)) {
            String l = d.label(c);
            if ((l.startsWith("obl") || l.startsWith("nmod")) && !l.equals("nmod:poss") && !out.contains(c)) {
                for (int cc : d.children(c, "case")) {
                    for (String p : preps) {
                        if (word(cc).equals(p)) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * "said during the debate that Reid was a disgrace": a clause opened by "that" right after the noun of the verb's
     * adverbial, which the parser hung on that noun ("the debate that ...") rather than on the verb of saying.
     */
    List<Integer> reportsAfterAdverbial(int v) {
        List<Integer> out = new ArrayList<>();
        for (int n : d.children(v)) {
            if (n < v || !d.label(n).startsWith("obl")) {
                continue;
            }
            for (int c : d.children(n, "ccomp")) {
                if (n + 1 < c && word(n + 1).equalsIgnoreCase("that") && d.head(n + 1) == c) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Whether {@code v} has a particle or other dependent with this word after it ("hit out", "call out"). */
    boolean hasParticle(int v, String particle) {
        for (int c : d.children(v)) {
            if (c > v && word(c).equals(particle)) {
                return true;
            }
        }
        // "who lashed out at both Ms A and Mr B": a particle right after the verb the parser hung on the object
        return v + 1 < d.size() && word(v + 1).equals(particle) && d.token(v + 1).pos().equals("RP");
    }

    List<Integer> withConjuncts(List<Integer> nodes) {
        List<Integer> out = new ArrayList<>();
        for (int n : nodes) {
            if (!out.contains(n)) {
                out.add(n);
            }
            for (int c : d.children(n, "conj")) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The nearest verb above a noun (within three steps), or -1. */
    int governingVerb(int n) {
        int cur = d.head(n);
        for (int step = 0; step < 3 && cur >= 0; step++) {
            if (d.token(cur).pos().startsWith("VB")) {
                return cur;
            }
            cur = d.head(cur);
        }
        return -1;
    }

    /**
     * Whether the verb a clause hangs under has a named subject: "Holt caused a stir in May, when he criticised Patel",
     * where "he" cannot be Holt and may be anyone.
     */
    private boolean namedMainSubject(int n) {
        int v = d.head(n);
        for (int step = 0; step < 3 && v >= 0 && !d.token(v).pos().startsWith("VB"); step++) {
            v = d.head(v);
        }
        return v >= 0 && d.children(v).stream().anyMatch(c -> d.label(c).startsWith("nsubj")
                && persons.mentionAt(d.token(c).begin()).isPresent());
    }

    /** Whether the node sits in a clause whose pronouns we leave alone (relative clause, reported speech). */
    boolean opaque(int n) {
        if (d.label(n).equals("acl:relcl") && d.children(n, "nsubj").stream().anyMatch(c -> RELATIVES.contains(word(c)))) {
            return false; // "the woman who harangued him": "him" is not the woman, so someone named before
        }
        if (d.label(n).equals("acl:relcl") && d.children(n).stream().anyMatch(c -> OBJECT_RELATIVES.contains(word(c))
                && d.label(c).equals("obj"))) {
            return false; // "Reid, whom she blasted as a bully", "a day on which she criticized Reid": "she" is not Reid
        }
        if (d.label(n).equals("acl:relcl") && d.children(n, "advmod").stream().anyMatch(c -> word(c).equalsIgnoreCase("when")
                || word(c).equalsIgnoreCase("where")) && !namedMainSubject(n)) {
            return false; // "The moment came in 2022, when she accused Reid of ...": "she" is no year, so someone named before
        }
        if (d.label(n).equals("acl:relcl") && d.children(n).stream().anyMatch(c -> RELATIVES.contains(word(c)))
                && d.children(n, "nsubj").stream().anyMatch(c -> !d.label(c).equals("nsubj:pass")
                        && persons.mentionAt(d.token(c).begin()).isPresent())) {
            return false; // "an issue on which Reid attacked her": a named subject, so "her" is someone else
        }
        if (d.label(n).equals("ccomp") && d.token(n).pos().startsWith("VB") && d.head(n) >= 0
                && d.token(d.head(n)).pos().startsWith("NN") && !d.hasChild(n, "cop")
                && d.children(n, "obj").isEmpty() && d.children(n, "mark").stream().anyMatch(c -> word(c).equals("that"))) {
            return false; // "cited problems that he blamed on Reid": a relative clause the parser took for a complement
        }
        if (d.label(n).equals("conj") && (reportedPresent(n, d.head(n)) || Narration.afterPastPerfect(this, n))) {
            return false; // "Holt said Reid is responsible and accused him": "accused" is Holt's, outside the report
        }
        if (d.label(n).equals("acl") && d.head(n) >= 0 && (VEHICLES.contains(lemma(d.head(n)))
                || d.token(n).pos().equals("VBG") && isTimeNoun(d.head(n)))) {
            return false; // "Holt's speech denouncing his policies": the speech is Holt's words, "his" someone else;
                          // "He spent more time mocking Reid": the clause's own subject
        }
        if (d.label(n).equals("acl") && d.token(n).pos().equals("VBG") && d.head(n) >= 0 && freeAdjunctOf(n, d.head(n)) >= 0) {
            return false; // "He singled out Pike, accusing him of ...": a free adjunct of the clause, not a clause of its own
        }
        int participle = d.head(n);
        if (d.label(n).equals("obj") && participle >= 0 && d.label(participle).equals("acl")
                && d.token(participle).pos().equals("VBG") && freeAdjunctOf(participle, d.head(participle)) >= 0) {
            return false; // "he would make an exception, drawing a sharp reply from Khan": the free adjunct's object
        }
        return OPAQUE.contains(d.label(n)) || d.head(n) >= 0 && OPAQUE.contains(d.label(d.head(n)));
    }

    /** The sex a pronoun of the third person singular shows, as PersonIndex names it: MALE, FEMALE or UNKNOWN. */
    static String genderOf(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> "MALE";
            case "she", "her", "hers", "herself" -> "FEMALE";
            default -> "UNKNOWN";
        };
    }

    boolean hasDefiniteArticle(int n) {
        for (int c : d.children(n, "det")) {
            if (word(c).equals("the")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ what the parts answer

    List<Integer> subjects(int v) {
        return verbSubjects.subjects(v);
    }

    boolean whoTakenForObject(int v) {
        return verbSubjects.whoTakenForObject(v);
    }

    List<Integer> accusedOf(int verb) {
        return verbSubjects.accusedOf(verb);
    }

    List<Integer> blamedFor(int verb) {
        return verbSubjects.blamedFor(verb);
    }

    List<Integer> passiveAuthors(int verb) {
        return verbSubjects.passiveAuthors(verb);
    }

    boolean unasserted(int n) {
        return assertion.unasserted(n);
    }

    boolean negated(int v) {
        return assertion.negated(v);
    }

    boolean hedged(int v) {
        return assertion.hedged(v);
    }

    List<Named> persons(int n, Set<String> exclude, boolean resolvePronouns) {
        return namedPersons.persons(n, exclude, resolvePronouns);
    }

    List<Named> persons(int n, Set<String> exclude, boolean resolvePronouns, boolean target) {
        return namedPersons.persons(n, exclude, resolvePronouns, target);
    }

    Optional<String> direct(int n) {
        return namedPersons.direct(n);
    }

    boolean roleNoun(int n) {
        return namedPersons.roleNoun(n);
    }

    boolean ownRival(int n) {
        return namedPersons.ownRival(n);
    }

    boolean isPerson(String canonical) {
        return namedPersons.isPerson(canonical);
    }

    Optional<String> governingArgument(int n, Set<String> exclude) {
        return pronouns.governingArgument(n, exclude);
    }

    boolean thePair(int n) {
        return groups.thePair(n);
    }

    List<Integer> owners(int target, int cue) {
        return sayingOwners.owners(target, cue);
    }

    List<Integer> owners(int target) {
        return sayingOwners.owners(target);
    }

    Optional<String> echoedOwner(int n, int cue) {
        return sayingOwners.echoedOwner(n, cue);
    }

    boolean answeredCharge(int n) {
        return sayingOwners.answeredCharge(n);
    }

    boolean isSaying(int n) {
        return sayingOwners.isSaying(n);
    }
}
