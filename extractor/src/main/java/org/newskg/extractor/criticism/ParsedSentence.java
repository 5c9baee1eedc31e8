package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Dependencies;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.Discourse;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.extractor.persons.RoleWords;
import org.newskg.extractor.parties.PartyGazetteer;

/**
 * One parsed sentence with the syntax helpers every sieve shares: who the (inherited) subject of a verb
 * is, which dependents a preposition introduces, whether a cue is negated or hedged, and which person a
 * node names. Names, pronouns and role nominals are resolved by {@link PersonIndex}; this class only
 * says which node to ask about.
 */
final class ParsedSentence {

    private static final Set<String> ROLES = RoleWords.PARTY_ROLE.words();
    /** Nouns naming a person by role ("the front-runner", "the Texas senator"), resolved by PersonIndex. */
    private static final Set<String> ROLE_NOUNS = RoleWords.SPEAKER.words();
    private static final Set<String> TITLES = RoleWords.TITLE.words();
    private static final Set<String> SAYINGS = WordLists.words(CriticismRules.class, "target-nouns.txt");
    /** Functions in which the tagger's adjective is a noun: "blasted her Republican rival/JJ Tom Reid". */
    private static final Set<String> NOMINAL = Set.of("obj", "iobj", "nsubj", "nsubj:pass", "obl", "nmod", "appos");
    /** Writings and speeches that attack for their author: "X gave a speech criticising Y". */
    private static final Set<String> VEHICLES = WordLists.words(CriticismRules.class, "vehicle-nouns.txt");
    /** Verbs whose subject gets a speech or letter rather than makes it: "received a letter that accused her". */
    private static final Set<String> VEHICLE_RECEIVERS = Set.of("receive", "get", "obtain", "read", "see", "watch", "hear", "view",
            "find", "open", "answer", "ignore");
    /** Writings and speeches that speak for their author as a cue's subject: "Holt's article attacked Reid". */
    private static final Set<String> AUTHORED = WordLists.words(CriticismRules.class, "authored-nouns.txt");
    /** Verbs under which a cue is only intended, refused or asked for: "refused to criticise", "urged X to condemn". */
    private static final Set<String> NON_FACTIVE = WordLists.words(CriticismRules.class, "non-factive.txt");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HEDGES = Set.of("might", "may", "could", "would", "should");
    static final Set<String> PRONOUNS = Set.of("he", "him", "she", "her", "his");
    private static final String QUOTES = "\"'\u2018\u2019\u201c\u201d";
    private static final Set<String> IDENTIFIED = Set.of("those", "ones", "one");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** The particles that make "call" a request: "called on Reid to condemn it", "called for". */
    private static final Set<String> CALL_FOR = Set.of("on", "upon", "for");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "that", "which");
    /** Relative pronouns as objects ("whom she attacked", "in which she attacked"): never "that", often a complementizer. */
    private static final Set<String> OBJECT_RELATIVES = Set.of("who", "whom", "which");
    /** Clauses whose pronouns are not resolved: relative clauses and reported speech. */
    private static final Set<String> OPAQUE = Set.of("acl:relcl", "ccomp", "acl", "csubj");
    /** Verbs whose object is the means of what follows, not its doer: "used her speech to attack Reid". */
    private static final Set<String> INSTRUMENTAL = Set.of("use", "seize", "grab");
    /**
     * Objects that are the subject's own undertaking, whose purpose follows: "led an effort to paint Reid as unfit",
     * "launched a campaign to discredit Reid" (the subject paints, not the effort).
     */
    private static final Set<String> UNDERTAKINGS = Set.of("effort", "campaign", "attempt", "bid", "drive", "push",
            "offensive", "blitz", "crusade");
    /** Verbs (lemmas) by which a subject undertakes an effort itself: "led an effort to ...", not "backed a campaign to ...". */
    private static final Set<String> UNDERTAKING = Set.of("lead", "launch", "spearhead", "begin", "start", "mount",
            "wage", "make", "head", "step", "renew", "intensify", "redouble", "join");
    /** Question words that take what they ask about as done: "asked him why he had attacked Reid". */
    private static final Set<String> WH_PRESUPPOSED = Set.of("why", "how", "when");
    /** Nouns for an unnamed woman or man a "her" or "him" may stand for. */
    private static final Set<String> FEMALE_NOUNS = Set.of("woman", "women", "mother", "girl", "daughter", "wife", "sister",
            "spokeswoman", "lady", "actress", "chairwoman", "congresswoman", "businesswoman", "grandmother", "widow",
            "girlfriend", "queen", "mom", "aunt", "niece", "princess");
    private static final Set<String> MALE_NOUNS = Set.of("man", "men", "father", "boy", "son", "husband", "brother", "spokesman",
            "gentleman", "actor", "chairman", "congressman", "businessman", "grandfather", "widower", "boyfriend", "king",
            "dad", "uncle", "nephew", "prince");
    /** Words for a partner in a couple, either way round: "X's ex-girlfriend Y ... her former partner" is X. */
    private static final Set<String> PARTNERS = Set.of("partner", "wife", "husband", "girlfriend", "boyfriend", "spouse",
            "fiance", "fiancee", "fianc\u00e9", "fianc\u00e9e", "ex");

    final Doc doc;
    final Sentence s;
    final Dependencies d;
    final PersonIndex persons;

    ParsedSentence(Doc doc, Sentence s, Dependencies d, PersonIndex persons) {
        this.doc = doc;
        this.s = s;
        this.d = d;
        this.persons = persons;
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

    // ------------------------------------------------------------------ syntax

    /**
     * The subject of a verb: its own, else inherited from the verb it is coordinated with or controlled by
     * ("ran on X and accused Y", "tried to rebuke Y", "spent the day attacking Y"), from the author of a
     * speech or statement it belongs to ("a speech criticising Y", "released an ad that attacks Y"), or the antecedent of a relative pronoun
     * ("the woman who harangued him").
     */
    List<Integer> subjects(int v) {
        int cur = v;
        boolean coordinated = false;
        for (int step = 0; step < 4 && cur >= 0; step++) {
            if (openingParticiple(cur)) {
                cur = rootVerb(); // "Hammering Clinton over ..., Pence said", "Asked to respond to X, Carson said"
            }
            if (cur != v && forInfinitive(cur) && d.head(cur) >= 0 && d.token(d.head(cur)).pos().startsWith("VB")) {
                cur = d.head(cur); // "called for Reid to quit, calling him a disgrace": not Reid who calls
                continue;
            }
            List<Integer> subj = new ArrayList<>();
            for (int c : d.children(cur, "nsubj")) {
                if (infinitive(cur) && (d.children(c, "case").stream().anyMatch(k -> !word(k).equals("for"))
                        || prepositionBefore(cur, c))) {
                    continue; // "called into the programme to attack Reid": a prepositional object is no subject
                }
                if (!d.label(c).equals("nsubj:pass")) {
                    if (RELATIVES.contains(word(c)) && !d.label(cur).equals("acl:relcl")) {
                        subj.add(antecedent(c).orElse(c)); // "Sen. Ted Cruz of Texas, who has blasted ...", misparsed
                    } else {
                        subj.add(RELATIVES.contains(word(c)) ? d.head(cur) : c);
                    }
                }
            }
            if (subj.isEmpty() && cur == v && whoTakenForObject(v)) {
                subj.add(d.head(v)); // "Cruz and Rubio, who in previous debates had gone after each other"
            }
            subj = author(subj);
            if (subj.isEmpty()) {
                subj = commaParticipleSubject(cur);
            }
            int vehicle = subj.size() == 1 && d.label(cur).equals("acl:relcl") && subj.get(0) == d.head(cur) ? subj.get(0) : -1;
            if (vehicle >= 0 && VEHICLES.contains(lemma(vehicle)) && d.label(vehicle).equals("obj")
                    && d.head(vehicle) >= 0 && d.token(d.head(vehicle)).pos().startsWith("VB")
                    && !VEHICLE_RECEIVERS.contains(lemma(d.head(vehicle)))) {
                cur = d.head(vehicle); // "released an ad that attacks Ann": the ad's author, the subject of "released"
                continue;
            }
            if (subj.size() == 1 && sentVehicle(cur, subj.get(0))) {
                cur = d.head(cur); // "sent out a tweet criticizing her work", parsed as a clause: the sender
                continue;
            }
            if (!subj.isEmpty()) {
                return subj;
            }
            String l = d.label(cur);
            int head = d.head(cur);
            if (l.equals("xcomp") && head >= 0 && !d.children(head, "obj").isEmpty() && !INSTRUMENTAL.contains(lemma(head))
                    && !(UNDERTAKING.contains(lemma(head))
                            && d.children(head, "obj").stream().allMatch(o -> UNDERTAKINGS.contains(lemma(o))))) {
                return d.children(head, "obj"); // "urged Tom to condemn": Tom is the one who condemns
            }
            if (l.equals("acl") && head >= 0 && d.token(cur).pos().equals("VBG")) {
                int noun = beforeDashes(cur, head);
                List<Integer> described = d.children(noun, "nsubj").stream()
                        .filter(c -> !d.token(c).pos().startsWith("W")).toList();
                if (word(cur - 1).equals(",") && d.hasChild(noun, "cop") && !described.isEmpty()) {
                    return described; // "Holt has been Reid's attack dog, sinking her teeth into Cole": Holt, not Reid
                }
                List<Integer> owners = d.children(noun, "nmod:poss").stream().filter(o -> !isTimeNoun(o)).toList();
                if (!owners.isEmpty()) {
                    return owners; // "Tom's speech attacking Ann"; not "the night's sharpest critique, knocking Ann's plan"
                }
                if (d.hasChild(noun, "cop") || absolute(noun)) {
                    if (direct(noun).isPresent()) {
                        return List.of(noun); // "with Holt attacking Ann", "the trouble is Holt attacking Ann"
                    }
                    List<Integer> predicated = d.children(noun, "nsubj").stream()
                            .filter(c -> !d.token(c).pos().startsWith("W")).toList();
                    if (!predicated.isEmpty()) {
                        return predicated; // "Holt is on solid ground attacking Ann": Holt
                    }
                }
                int clause = freeAdjunctOf(cur, noun);
                if (clause >= 0) {
                    cur = clause; // "Holt made the case, attacking Reid": Holt attacks
                    continue;
                }
                if (word(cur - 1).equals(",") && direct(noun).isPresent()) {
                    return List.of(noun); // "Shadow secretary Holt, accusing Reid of losing control, said": Holt
                }
                if (!VEHICLES.contains(lemma(noun)) && !isTimeNoun(noun)) {
                    return List.of(); // "the man attacking Ann" is not the subject of the main verb
                }
                if (VEHICLES.contains(lemma(noun)) && d.label(noun).equals("obj")
                        && VEHICLE_RECEIVERS.contains(lemma(d.head(noun)))) {
                    return List.of(); // "Reid received a letter criticizing Holt": not Reid's letter
                }
                cur = d.head(noun); // "gave a speech attacking Ann", "spent the day attacking Ann"
                if (d.label(noun).startsWith("nmod") && cur >= 0
                        && (d.token(cur).pos().startsWith("NN") || PORTIONS.contains(word(cur)))) {
                    // "unleashed a series of tweets attacking Ann", "spent much of the session insulting each other"
                    cur = d.head(cur);
                }
                continue;
            }
            boolean participle = d.token(cur).pos().equals("VBG");
            if (l.equals("advcl") && participle && head >= 0 && forDeed(cur)) {
                List<Integer> blamed = blamedFor(head);
                if (!blamed.isEmpty()) {
                    return blamed; // "Holt mocked Reid for criticizing Patel": Reid criticized
                }
            }
            if (l.equals("advcl") && participle && head >= 0 && ofDeed(cur)) {
                List<Integer> accused = accusedOf(head);
                if (!accused.isEmpty()) {
                    return accused; // "Holt accused Reid of attacking Patel": Reid attacked; not "made a point of attacking"
                }
            }
            if ((l.equals("dep") || l.equals("advcl")) && participle && head >= 0) {
                int clause = freeAdjunctOf(cur, head);
                if (clause >= 0) {
                    cur = clause; // "Holt lands what may be the line of the night, accusing Reid": not the line's "what"
                    continue;
                }
            }
            int main = participle && cur > 0 && word(cur - 1).equals(",")
                    && (l.startsWith("nsubj") || l.startsWith("csubj")) ? rootVerb() : -1;
            if (main >= 0 && main < cur) {
                cur = main; // "She went further, accusing Reid of lying and saying his claim was based on ...": the parser's
                continue;   // subject of "based" is a free adjunct of the main clause before it
            }
            int joined = cur == v && cur > 1 && word(cur - 1).equals("and") && d.token(cur).pos().equals("VBD")
                    && !l.equals("conj") && !l.startsWith("acl") ? rootVerb() : -1;
            if (joined >= 0 && joined < cur - 1) {
                cur = joined; // "X said the Tories were 'too busy ...', and mocked Y as ...": the quotation broke the
                continue;     // parse, and the verb after "and" is the main verb's second
            }
            boolean reporters = (l.equals("conj") || l.equals("dep")) && reportedPresent(cur, head);
            boolean inherits = l.equals("conj") || l.equals("xcomp") || reporters
                    || (l.equals("advcl") || l.equals("dep")) && (participle || infinitive(cur))
                    || l.equals("dep") && inSeries(cur);
            if (!inherits) {
                Optional<Integer> misread = cur == v ? Antecedents.objectTakenForSubject(this, v) : Optional.empty();
                if (misread.isPresent()) {
                    return List.of(misread.get()); // "complained Khan unfairly had attacked him"
                }
                List<Integer> found = coordinated ? coordinatedSubject(cur) : identified(cur);
                return found.isEmpty() && cur == v ? stranded(v) : found;
            }
            coordinated |= l.equals("conj") || reporters;
            cur = reporters ? d.head(head) : head; // 'hit back that the government had "lost control", then rounded on
        }
        return List.of();
    }

    /**
     * "Hillary Clinton, also campaigning in Wisconsin, said ...": the parser makes the name the subject of the
     * participle between commas and leaves the verb after them without one. The name, when {@code verb} has no subject,
     * and a participle before it has a named subject followed by a comma; else nothing.
     */
    private List<Integer> commaParticipleSubject(int verb) {
        if (!d.token(verb).pos().startsWith("VB")) {
            return List.of();
        }
        for (int c : d.children(verb)) {
            if (c < verb && d.token(c).pos().equals("VBG") && c + 1 < verb) {
                for (int s : d.children(c, "nsubj")) {
                    if (s < c && word(s + 1).equals(",") && persons.mentionAt(d.token(s).begin()).isPresent()) {
                        return List.of(s);
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * "He is less forgiving of X, who mocked his speech": a "his" or "her" inside a relative clause is the person of
     * the main clause's subject pronoun of the same sex (the relative's own subject is the other argument).
     */
    private Optional<String> mainSubjectOwns(int n, Set<String> exclude) {
        String subject = word(n).equals("his") ? "he" : word(n).equals("her") ? "she" : null;
        if (subject == null || !d.label(n).equals("nmod:poss")) {
            return Optional.empty();
        }
        boolean relative = false;
        int root = n;
        while (d.head(root) >= 0) {
            relative |= d.label(root).equals("acl:relcl");
            root = d.head(root);
        }
        if (!relative) {
            return Optional.empty();
        }
        for (int c : d.children(root, "nsubj")) {
            if (c < n && word(c).equals(subject)) {
                return persons.resolvePronoun(d.token(c).begin(), exclude);
            }
        }
        return Optional.empty();
    }

    /**
     * "Hammering Clinton once again over allegations she used her post to ..., Pence said ...": a participle that opens
     * the sentence says what the main clause's subject does, though the parser hung it on a clause between (here
     * "used"); so does a passive participle without a subject, wherever it hangs ("Asked by Holt to respond to X, Reid
     * said"). The main verb must come after a comma and have a subject of its own.
     */
    private boolean openingParticiple(int v) {
        int main = rootVerb();
        String tag = d.token(v).pos();
        if (v != 0 || !(tag.equals("VBG") && d.head(v) != main || tag.equals("VBN") && d.children(v, "nsubj").isEmpty()
                && d.children(v, "nsubj:pass").isEmpty()) || main <= v || d.head(v) < 0
                || !d.label(v).equals("dep") && !d.label(v).equals("advcl") || d.children(main, "nsubj").isEmpty()) {
            return false;
        }
        int subject = d.children(main, "nsubj").get(0);
        int first = firstOf(subject); // "Republican vice presidential nominee Mike Pence": where it begins
        return subject < main && first > 0 && word(first - 1).equals(",");
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

    /** The root of the parse when it is a verb, else -1. */
    private int rootVerb() {
        for (int k = 0; k < d.size(); k++) {
            if (d.head(k) < 0) {
                return d.token(k).pos().startsWith("VB") ? k : -1;
            }
        }
        return -1;
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
    private int freeAdjunctOf(int participle, int noun) {
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

    /**
     * "Cruz, who in previous debates had gone after Rubio": a relative clause without a subject whose "who" the parser
     * made an object (after an adverbial between it and the verb); "who" is then its subject. Not "whom".
     */
    boolean whoTakenForObject(int v) {
        if (!d.label(v).equals("acl:relcl") || d.head(v) < 0 || d.head(v) > v || !d.children(v, "nsubj").isEmpty()
                || !d.children(v, "nsubj:pass").isEmpty()) {
            return false;
        }
        return d.children(v, "obj").stream().anyMatch(c -> c < v && word(c).equals("who"));
    }

    /** "with Holt attacking Reid": a noun introduced by "with" that a participle hangs on. */
    /**
     * "with Holt — who has called for tax rises — lambasting Reid's plan": a participle right after a closing dash
     * that the parser hung on a noun inside the dashes belongs to the noun before the opening dash.
     */
    private int beforeDashes(int participle, int noun) {
        if (participle < 2 || !DASHES.contains(word(participle - 1)) || noun >= participle) {
            return noun;
        }
        for (int k = participle - 2; k > 0; k--) {
            if (DASHES.contains(word(k))) {
                return k < noun && d.token(k - 1).pos().startsWith("NN") ? k - 1 : noun;
            }
        }
        return noun;
    }

    /** Dashes as the tokenizer leaves them: hyphen, double hyphen, en and em dash. */
    static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

    private boolean absolute(int noun) {
        return (d.label(noun).startsWith("obl") || d.label(noun).startsWith("nmod") || d.label(noun).equals("advcl"))
                && d.children(noun, "case").stream().anyMatch(c -> word(c).equals("with"));
    }

    /** "for criticizing Patel": a participle introduced by "for". */
    private boolean forDeed(int participle) {
        return d.children(participle).stream().anyMatch(c -> c < participle && word(c).equals("for"));
    }

    /**
     * The persons a verb charges with a deed after "of" ("Holt accused Reid of attacking Patel": Reid): its objects that
     * name or stand for a person; none for "made a point of attacking Patel".
     */
    List<Integer> accusedOf(int verb) {
        return d.children(verb, "obj").stream()
                .filter(o -> d.token(o).pos().startsWith("NNP") || isPronoun(o) || roleNoun(o)).toList();
    }

    /** A participle after "of": "accused Reid of attacking Patel", "convicted him of threatening her". */
    private boolean ofDeed(int participle) {
        return d.children(participle).stream().anyMatch(c -> c < participle && word(c).equals("of"));
    }

    /**
     * The one a verb praises, blames or mocks for a deed ("Holt mocked Reid for criticizing Patel", "Reid was praised
     * for attacking Patel"): its object, else its passive subject (also before an object that names nobody: "Reid was
     * fined 500 pounds for insulting Patel"); empty when it has neither ("Reid apologised for attacking Patel": the deed
     * is the subject's).
     */
    List<Integer> blamedFor(int verb) {
        List<Integer> objects = d.children(verb, "obj");
        List<Integer> passive = d.children(verb, "nsubj:pass");
        if (!passive.isEmpty() && objects.stream().noneMatch(o -> d.token(o).pos().startsWith("NNP") || isPronoun(o)
                || roleNoun(o) || RELATIVES.contains(word(o)))) {
            return passive; // "Wenger, who was fined pounds 15,000 for accusing Reid": not the pounds
        }
        return objects.isEmpty() ? passive : objects;
    }

    /**
     * A finite verb the parser left without a subject, as it does after a long opener ("Speaking in Harlem,
     * Holt, without naming him, accused Reid", "... grew louder as Ann Holt, a former aide, attacked Reid"):
     * the nearest person named before it, when no other finite verb stands between them and the name is not
     * itself an object (possessors and name parts inside an apposition are passed over).
     */
    private List<Integer> stranded(int v) {
        String l = d.label(v);
        String pos = d.token(v).pos();
        boolean finite = FINITE.contains(pos) || pos.equals("VBN") && l.equals("dep") && d.children(v, "aux").isEmpty();
        boolean loose = l.equals("dep") || l.equals("root") || l.equals("parataxis") || l.equals("acl") && pos.equals("VBD");
        if (!finite || !loose) {
            return List.of();
        }
        int head = d.head(v);
        if (l.equals("dep") && head >= 0 && d.label(head).equals("acl:relcl") && d.head(head) >= 0
                && persons.mentionAt(d.token(d.head(head)).begin()).isPresent()) {
            return List.of(d.head(head)); // "Cruz, who has spent weeks attacking Reid, took a swing at him": Cruz
        }
        for (int k = v - 1; k >= 0; k--) {
            String before = d.token(k).pos();
            if (FINITE.contains(before) || before.equals("MD") || RELATIVES.contains(word(k)) || word(k).equals(";")) {
                return List.of();
            }
            if (persons.mentionAt(d.token(k).begin()).isPresent()) {
                String kl = d.label(k);
                if (kl.equals("nmod:poss") || kl.equals("compound")) {
                    continue; // "Ann Holt, Tom Reid's aide, attacked ...": a modifier inside an apposition
                }
                return kl.equals("obj") || kl.equals("iobj") ? List.of() : List.of(k);
            }
        }
        return List.of();
    }

    /**
     * "Sen. Ted Cruz of Texas, who has blasted Reid's statements, and ...": a relative pronoun whose clause the
     * parser did not attach to the noun before it; the person named just before the pronoun (through a comma, a
     * place after "of" and a party tag, not across a verb); or a role noun right before it that the clause hangs on
     * ("The presidential hopeful, who constantly castigates Reid, ...": the clause a dep of "hopeful").
     */
    private Optional<Integer> antecedent(int relative) {
        if (!word(relative).equals("who") || relative == 0 || !word(relative - 1).equals(",")) {
            return Optional.empty();
        }
        int noun = relative - 2;
        if (noun >= 0 && d.head(relative) >= 0 && d.head(d.head(relative)) == noun && ROLE_NOUNS.contains(word(noun))
                && hasDefiniteArticle(noun)) {
            return Optional.of(noun);
        }
        Optional<Integer> described = apposOwner(relative - 2);
        if (described.isPresent()) {
            return described; // "McPhail, the former depute leader and a Baird supporter, who accused ..."
        }
        for (int k = relative - 2; k >= Math.max(0, relative - 7); k--) {
            if (persons.mentionAt(d.token(k).begin()).isPresent()) {
                return d.label(k).equals("nmod:poss") ? Optional.empty() : Optional.of(k);
            }
            String pos = d.token(k).pos();
            if (!(pos.equals("NNP") || pos.equals("IN") || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals(",")
                    || pos.equals("HYPH"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The person an appositive description ending at {@code k} describes: "McPhail, the former depute leader and a
     * Baird supporter": from "supporter" through its conjunct "leader", an appos of McPhail, to McPhail; else empty.
     */
    private Optional<Integer> apposOwner(int k) {
        int cur = k;
        for (int step = 0; step < 5 && cur >= 0; step++) {
            String l = d.label(cur);
            int head = d.head(cur);
            if (l.equals("appos") && head >= 0 && head < cur && persons.mentionAt(d.token(head).begin()).isPresent()) {
                return Optional.of(head);
            }
            if (!(l.equals("conj") || l.equals("compound") || l.startsWith("nmod") || l.equals("amod")) || head < 0) {
                return Optional.empty();
            }
            cur = head;
        }
        return Optional.empty();
    }

    /**
     * "Holt summed up Reid as terrible, denounced his record and said ...": a finite verb after a comma that the
     * parser hung on the first verb of a series as a dep; it shares the first verb's subject when a conjunct
     * ("and said") closes the series after it, or when "then" follows the comma ("Sandhu laughed, then turned her fire
     * on Hollis").
     */
    private boolean inSeries(int v) {
        int head = d.head(v);
        boolean then = v > 1 && word(v - 1).equalsIgnoreCase("then") && d.head(v - 1) == v && word(v - 2).equals(",");
        // "paused, then accused Reid": a past tense the tagger took for a participle
        boolean finite = FINITE.contains(d.token(v).pos()) || then && d.token(v).pos().equals("VBN")
                && d.children(v, "aux").isEmpty() && d.children(v, "aux:pass").isEmpty();
        if (head < 0 || head > v || !finite || !FINITE.contains(d.token(head).pos())
                || !d.children(v, "nsubj").isEmpty()) {
            return false;
        }
        if (then) {
            return true;
        }
        int before = v - 1;
        while (before > head && QUOTES.indexOf(d.token(before).word().charAt(0)) >= 0) {
            before--;
        }
        return word(before).equals(",") && d.children(head, "conj").stream().anyMatch(c -> c > v);
    }

    /**
     * The passive subjects of a verb, a writing or speech standing for its author: "Holt's address was devoted to
     * criticizing Reid" (Holt).
     */
    List<Integer> passiveAuthors(int verb) {
        List<Integer> subjects = new ArrayList<>();
        for (int c : d.children(verb, "nsubj:pass")) {
            List<Integer> whole = PORTIONS.contains(lemma(c)) ? withCase(c, "of") : List.of();
            subjects.addAll(whole.isEmpty() ? List.of(c) : whole); // "half of Holt's address was devoted to ..."
        }
        return author(subjects);
    }

    /**
     * "Reid sent out a tweet criticizing her work", "Reid posted a video mocking Holt", the parser making the vehicle
     * (vehicle-nouns.txt) the subject of the participle right after it and the participle a clause of the verb: the
     * vehicle is that verb's object, and its author that verb's subject, when the verb puts it out (not "went missing
     * before a video accusing him was released").
     */
    private boolean sentVehicle(int participle, int subject) {
        int verb = d.head(participle);
        return d.token(participle).pos().equals("VBG") && subject == participle - 1 && VEHICLES.contains(lemma(subject))
                && Set.of("dep", "xcomp", "ccomp", "advcl").contains(d.label(participle)) && verb >= 0 && verb < subject
                && SENDERS.contains(lemma(verb)) && d.children(verb, "obj").isEmpty();
    }

    /** Verbs that put out a speech, writing or film: "sent out a tweet", "posted a video", "released an ad". */
    private static final Set<String> SENDERS = Set.of("send", "post", "publish", "release", "issue", "tweet", "retweet",
            "air", "run", "write", "pen", "launch", "unveil", "share", "deliver", "give", "make", "put", "fire", "film",
            "record", "produce", "upload");

    /** "Holt's article attacked Reid": a subject that is someone's writing or speech stands for its author. */
    private List<Integer> author(List<Integer> subjects) {
        List<Integer> out = new ArrayList<>();
        for (int c : subjects) {
            List<Integer> poss = d.children(c, "nmod:poss");
            out.addAll(AUTHORED.contains(lemma(c)) && !poss.isEmpty() ? poss : List.of(c));
        }
        return out;
    }

    /**
     * "Those most willing to attack him were Rubio and Paul": a verb inside a description ("those",
     * "the ones") that a copula identifies with named persons has them as its subject.
     */
    private List<Integer> identified(int v) {
        int cur = v;
        for (int step = 0; step < 3 && cur >= 0; step++) {
            String l = d.label(cur);
            if (l.startsWith("nsubj") && IDENTIFIED.contains(word(cur))) {
                int predicate = d.head(cur);
                return predicate >= 0 && d.hasChild(predicate, "cop") ? List.of(predicate) : List.of();
            }
            if (!(l.equals("dep") || l.equals("amod") || l.startsWith("acl") || l.equals("xcomp"))) {
                return List.of();
            }
            cur = d.head(cur);
        }
        return List.of();
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

    /** "for Reid to quit": an infinitive whose subject "for" introduces. */
    private boolean forInfinitive(int v) {
        return d.token(v).pos().equals("VB") && d.children(v, "mark").stream().anyMatch(c -> word(c).equals("for"));
    }

    /**
     * "Holt said Reid is unfit and accused him of lying", "He said that Reid is playing games and said that ...": a
     * past-tense verb the parser coordinated with the present-tense predicate of a reported clause continues the
     * verb of saying, not what was reported; so does a past verb after a quotation that ends the reported clause
     * ('Holt said ministers had been "far too slow" and condemned Reid's decision').
     */
    private boolean reportedPresent(int v, int head) {
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

    /**
     * "into the programme to attack": the parser's mark of the infinitive is a preposition before its "subject"; not
     * the "on" of "called on Reid to apologise for attacking Holt", whose noun is the one urged, who attacked.
     */
    private boolean prepositionBefore(int v, int subject) {
        return d.children(v, "mark").stream().anyMatch(m -> m < subject && d.token(m).pos().equals("IN")
                && !word(m).equals("for") && !(URGING.contains(word(m)) && m > 0 && lemma(m - 1).equals("call")));
    }

    /** The prepositions of "call on/upon X to": X is urged to act. */
    private static final Set<String> URGING = Set.of("on", "upon");

    /** "to call out Y" (purpose clause): its subject is the main verb's. */
    private boolean infinitive(int v) {
        if (!d.token(v).pos().equals("VB")) {
            return false;
        }
        for (int c : d.children(v)) {
            if ((d.label(c).equals("mark") || d.label(c).equals("dep")) && word(c).equals("to") && c < v) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X ran on his ability to jolt the recovery and accused Y": when the parser hangs the second verb on a
     * word without a subject, the subject of the nearest verb above that has one, through nouns and
     * infinitives but not into another clause (relative clause, reported speech).
     */
    private List<Integer> coordinatedSubject(int from) {
        int cur = from;
        for (int step = 0; step < 4 && cur >= 0; step++) {
            List<Integer> subj = d.children(cur, "nsubj");
            if (!subj.isEmpty()) {
                return subj.stream().filter(c -> !d.label(c).equals("nsubj:pass")).toList();
            }
            if (OPAQUE.contains(d.label(cur)) || d.label(cur).equals("parataxis")) {
                return List.of();
            }
            cur = d.head(cur);
        }
        return List.of();
    }

    /** Stretches of time a person spends doing something: "spent the day attacking Ann", "spent ten minutes accusing". */
    private static final Set<String> TIME_NOUNS = Set.of("day", "week", "weekend", "morning", "afternoon", "evening",
            "night", "time", "hour", "hours", "days", "weeks", "months", "years", "minute", "minutes", "month", "year",
            "session", "debate", "campaign", "fall", "spring", "summer", "autumn", "winter", "decade");
    /**
     * How much of something, which stands for the whole: "spent much of the session insulting each other", "half of
     * Holt's address was devoted to ...".
     */
    private static final Set<String> PORTIONS = Set.of("much", "most", "part", "all", "some", "rest", "bulk", "half",
            "majority");

    /** A stretch of time, or a portion of one the parser hangs a participle on ("much" of "spent much of the debate accusing"). */
    private boolean isTimeNoun(int n) {
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
            if ((l.equals("advmod") || l.equals("neg") || l.equals("det")) && NEGATIONS.contains(word(c))) {
                return true;
            }
            if (l.startsWith("nsubj") && d.children(c).stream().anyMatch(k -> d.label(k).equals("det") && word(k).equalsIgnoreCase("no"))) {
                return true; // "no minister criticised Reid"
            }
        }
        return neitherNor(v);
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

    /** Whether a modal of doubt hedges {@code v}: "might be condemning him". */
    boolean hedged(int v) {
        for (int c : d.children(v, "aux")) {
            if (HEDGES.contains(word(c))) {
                return true;
            }
        }
        return false;
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

    // ------------------------------------------------------------------ persons

    /** A person a node names, and whether it took resolution (pronoun, role nominal) to know. */
    record Named(String name, boolean resolved) {
    }

    /**
     * The persons a node names: a name ("Ann Holt"), a title phrase ending in one ("secretary of state
     * Ann Holt"), a noun with a name in apposition ("two rivals, Ann Holt and Tom Reid"; "his adversary:
     * Tom Reid"), a pronoun or a role nominal ("the front-runner") as PersonIndex resolves it. Persons in
     * {@code exclude} are not candidates for a pronoun (the other argument of the cue).
     */
    List<Named> persons(int n, Set<String> exclude, boolean resolvePronouns) {
        return persons(n, exclude, resolvePronouns, false);
    }

    /**
     * As {@link #persons(int, Set, boolean)}; for a {@code target}, a pronoun prefers the one other person named
     * earlier in the sentence ("Holt railed against Reid, taking aim at his record": Reid).
     */
    List<Named> persons(int n, Set<String> exclude, boolean resolvePronouns, boolean target) {
        Optional<PersonMention> m = persons.mentionAt(d.token(n).begin());
        if (m.isPresent()) {
            return nickname(m.get()) ? List.of() : List.of(new Named(m.get().canonical(), false));
        }
        int clause = d.head(n);
        if (RELATIVES.contains(word(n)) && clause >= 0) {
            boolean relative = d.label(clause).equals("acl:relcl") && d.head(clause) >= 0;
            List<Named> head = relative ? persons(d.head(clause), exclude, resolvePronouns) : List.of(); // "Holt, who was attacked by Reid": Holt
            if (head.isEmpty() && n >= 2 && word(n - 1).equals(",") && d.token(n - 2).pos().startsWith("NNP")
                    && persons.mentionAt(d.token(n - 2).begin()).isPresent()) {
                return persons(n - 2, exclude, resolvePronouns); // "less time for Reid, whom he dismisses as": the parser hung it elsewhere
            }
            if (relative) {
                return head;
            }
        }
        if (word(n).equals("whose") && clause >= 0 && d.head(clause) >= 0) {
            int relative = d.head(clause); // "Obama, whose criticism of Trump has sharpened": Obama
            if ((d.label(relative).equals("acl:relcl") || d.label(relative).equals("dep")) && d.head(relative) >= 0) {
                return persons(d.head(relative), exclude, resolvePronouns);
            }
        }
        if (IDENTIFIED.contains(word(n)) && d.label(n).startsWith("nsubj") && clause >= 0 && d.hasChild(clause, "cop")) {
            return persons(clause, exclude, resolvePronouns); // "the one who attacked Reid was Holt"
        }
        if (target && word(n).equals("them")) {
            return coordinatedAntecedent(n, exclude);
        }
        if (!target && word(n).equalsIgnoreCase("their")) {
            List<Named> owners = coordinatedSubject(n, exclude);
            if (!owners.isEmpty()) {
                return owners; // "Holt and Cole have been vocal in their criticism of Reid": both
            }
        }
        if (!target && DEMONSTRATIVES.contains(word(n).toLowerCase(Locale.ROOT)) && d.label(n).equals("nsubj") && d.head(n) >= 0
                && d.hasChild(d.head(n), "cop") && d.head(n) > n) { // "That's a pointed swipe at X": whoever just spoke
            return authorBefore(exclude, true); // not "Reid hit Holt. That was an attack on ..."
        }
        if (target && provocation(n)) { // "Reid said the plan was a sham. That drew an attack from Holt": Reid
            return authorBefore(exclude, false);
        }
        if (isPronoun(n)) {
            if (!resolvePronouns) {
                return target ? reporter(n, exclude).map(r -> List.of(new Named(r, true))).orElse(List.of())
                        : Antecedents.objectOwnedBySubject(this, n, exclude)
                        .or(() -> reporter(n, exclude)).or(() -> mainSubject(n, exclude))
                        .map(r -> List.of(new Named(r, true))).orElse(List.of());
            }
            int at = d.token(n).begin();
            Optional<String> owner = target ? Optional.empty() : possessorSubject(n).filter(p -> !exclude.contains(p))
                    .or(() -> Antecedents.askedListener(this, n, exclude))
                    .or(() -> Antecedents.objectOwnedBySubject(this, n, exclude))
                    .or(() -> Antecedents.possessiveInSentence(this, n, exclude))
                    .or(() -> Antecedents.objectOfFirstConjunct(this, n, exclude));
            if (owner.isPresent()) {
                return List.of(new Named(owner.get(), true));
            }
            return (target ? governingArgument(n, exclude).or(() -> mainSubjectOwns(n, exclude))
                    .or(() -> persons.resolveObjectPronoun(at, exclude))
                    .or(() -> onlyOfGender(n, exclude))
                    : persons.resolvePronoun(at, exclude)).map(p -> List.of(new Named(p, true))).orElse(List.of());
        }
        List<Named> family = family(n, exclude);
        if (!family.isEmpty()) {
            return family; // "She turned on both Comries", "The two Tuohys traded insults"
        }
        List<Named> rivals = counted(n, exclude);
        if (!rivals.isEmpty()) {
            return rivals; // "X mocked his three rivals", "X came under attack from both of his rivals"
        }
        if (target && thePair(n)) {
            List<Named> named = familyBefore(n, exclude); // "both Comries, accusing the pair of ..."
            return named.isEmpty() ? lastPair(n, exclude) : named;
        }
        if (target && word(n).equals("couple") && d.children(n, "det").stream().anyMatch(c -> word(c).equals("the"))) {
            return couple(n, exclude);
        }
        if (target && d.token(n).pos().equals("NNS") && OFFICES.containsKey(word(n)) && definitePair(n, false)) {
            return officeHolders(n, exclude);
        }
        if (!d.token(n).pos().startsWith("NN") && !(d.token(n).pos().startsWith("JJ") && NOMINAL.contains(d.label(n)))
                && !word(n).equals("one")) { // "One of his backers, the Liberal frontbencher X, criticised"
            return List.of();
        }
        List<Named> appos = new ArrayList<>();
        for (int c : d.children(n)) {
            String l = d.label(c);
            if (l.equals("appos") || l.equals("dep") || l.equals("parataxis") || l.startsWith("nmod") && example(c)) {
                for (int cc : withConjuncts(List.of(c))) {
                    direct(cc).ifPresent(p -> appos.add(new Named(p, false)));
                }
            }
        }
        if (!appos.isEmpty()) {
            return appos;
        }
        Optional<String> colon = colonApposed(n);
        if (colon.isPresent()) {
            return List.of(new Named(colon.get(), false));
        }
        Optional<String> direct = direct(n);
        if (direct.isPresent()) {
            return List.of(new Named(direct.get(), false));
        }
        if (d.label(n).equals("appos") && d.head(n) >= 0) { // "Sharron Storer, the woman who ..."
            Optional<String> head = direct(d.head(n));
            if (head.isPresent()) {
                return List.of(new Named(head.get(), false));
            }
        }
        if (roleNoun(n)) {
            Optional<String> named = namedAfterComplement(n).or(() -> apposedToHead(n));
            if (named.isPresent()) {
                return List.of(new Named(named.get(), false));
            }
        }
        if (ROLE_NOUNS.contains(word(n)) && hasDefiniteArticle(n) && d.children(n, "nmod:poss").isEmpty()) {
            return description(n, exclude).map(p -> List.of(new Named(p, true))).orElse(List.of());
        }
        if (target && ADVERSARIES.contains(word(n)) && direct(n).isEmpty()) {
            int first = n;
            while (first > 0 && (d.label(first - 1).equals("compound") || d.label(first - 1).equals("amod"))
                    && d.head(first - 1) >= first && d.head(first - 1) <= n) {
                first--; // "Reform" of "Reform UK opponent" hangs on "UK"
            }
            if (first < n) { // "her Reform UK opponent": the one Reform UK member named before
                List<String> words = new ArrayList<>();
                for (int k = first; k <= n; k++) {
                    words.add(d.token(k).word());
                }
                Optional<String> member = persons.discourse().partyAdversary(d.token(n).begin(), words, exclude);
                if (member.isPresent()) {
                    return List.of(new Named(member.get(), true));
                }
            }
        }
        if (target && word(n).equals("namesake") && !d.children(n, "nmod:poss").isEmpty()) {
            return namesake(exclude).map(p -> List.of(new Named(p, true))).orElse(List.of());
        }
        return formerPartner(n, exclude).map(p -> List.of(new Named(p, true))).orElse(List.of());
    }

    /**
     * "Isla Baird, no relation, attacked her namesake": the one other person of the article who shares the surname of
     * the named critic ({@code critics}); none when there are several or none.
     */
    private Optional<String> namesake(Set<String> critics) {
        Set<String> found = new LinkedHashSet<>();
        for (String critic : critics) {
            String surname = surname(critic);
            for (PersonMention m : persons.mentions()) {
                String c = m.canonical();
                if (!critics.contains(c) && c.contains(" ") && surname(c).equals(surname)) {
                    found.add(c);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * "mocking a familiar target: Jeb Bush", "turned on an old foe: Ann Holt": a common noun for someone, right before a
     * colon that a person's name follows (the parser hangs the name on the verb).
     */
    private Optional<String> colonApposed(int n) {
        if (!d.token(n).pos().startsWith("NN") || d.token(n).pos().startsWith("NNP") || isSaying(n) || n + 2 >= d.size()
                || !word(n + 1).equals(":")) {
            return Optional.empty();
        }
        return persons.mentionAt(d.token(n + 2).begin()).map(PersonMention::canonical);
    }

    /** Nouns for the one a person competes with: "his rival", "her opponent". */
    private static final Set<String> ADVERSARIES = Discourse.ADVERSARIES;

    /** "his rival", "her opponent": an adversary noun owned by a personal pronoun, with no name of its own. */
    boolean ownRival(int n) {
        return ADVERSARIES.contains(word(n)) && d.children(n).stream().noneMatch(c -> d.label(c).equals("appos"))
                && d.children(n, "nmod:poss").stream().anyMatch(c -> word(c).equals("his") || word(c).equals("her"))
                && direct(n).isEmpty();
    }

    /**
     * "That drew an attack from Holt", "This prompted a sharp rebuke from Holt", "The remark drew a rebuke from Holt":
     * "that", "this" or the act the sentence before reports ("said" for "the remark") opening the sentence as the subject
     * of a verb of provoking stands for what the sentences just before reported.
     */
    private boolean provocation(int n) {
        String w = word(n);
        int verb = d.head(n);
        return (w.equals("that") || w.equals("this") || ActAuthor.reportedBefore(this, n))
                && d.label(n).equals("nsubj") && verb >= 0
                && CriticismRules.PROVOKING.contains(lemma(verb)) && d.children(verb).stream().noneMatch(c -> c < n && !d.label(c).equals("cc")
                        && !d.label(c).equals("advmod") && !d.label(c).equals("punct"));
    }

    /**
     * Whom the sentences just before were about (the act-author's subject), unless in {@code exclude}; with
     * {@code notViolence}, none when that subject's sentence tells of violence.
     */
    private List<Named> authorBefore(Set<String> exclude, boolean notViolence) {
        return ActAuthor.author(doc, s, persons)
                .filter(a -> !notViolence || !CriticismRules.tellsOfViolence(doc.sentenceAt(a.getKey())))
                .map(Map.Entry::getValue).filter(a -> !exclude.contains(a))
                .map(a -> List.of(new Named(a, true))).orElse(List.of());
    }

    /** Words that stand for what the sentences before reported: "That's a swipe at X", "This was an attack on X". */
    static final Set<String> DEMONSTRATIVES = Set.of("that", "this");

    /** Plurals for the others in a contest: "his three rivals", "both of her opponents". */
    private static final Set<String> CONTESTANTS = Set.of("rivals", "opponents", "challengers", "contenders",
            "adversaries");
    /** How many sentences back the sentence that lists a field of contestants may be: a news story lists it early. */
    private static final int FIELD_WINDOW = 25;
    /** Numbers a count of contestants is written with. */
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "both", 2);

    /**
     * "Krishnamurthy mocked his three rivals", "Lavoie came under attack from both of his rivals": a counted plural of
     * contestants owned by "his" or "her", whose owner is the one person of {@code exclude} (the cue's other side), names
     * the others of the latest sentence (this one or the {@value #FIELD_WINDOW} before) that names the owner and exactly
     * that many other persons ("Hollis, Ortega-Grant, Pruitt and Krishnamurthy each spoke"); none without such a
     * sentence.
     */
    private List<Named> counted(int n, Set<String> exclude) {
        int plural = n;
        Integer count = null;
        if (word(n).equals("both")) {
            plural = d.children(n).stream().filter(c -> d.label(c).startsWith("nmod") && CONTESTANTS.contains(word(c))
                    && d.children(c, "case").stream().anyMatch(k -> word(k).equals("of"))).findFirst().orElse(-1);
            count = 2;
        }
        if (plural < 0 || !CONTESTANTS.contains(word(plural)) || exclude.size() != 1
                || d.children(plural, "nmod:poss").stream().noneMatch(c -> word(c).equals("his") || word(c).equals("her"))) {
            return List.of();
        }
        if (count == null) {
            count = d.children(plural).stream().filter(c -> d.label(c).equals("nummod") || d.label(c).startsWith("det"))
                    .map(c -> COUNTS.get(word(c))).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        if (count == null) {
            return List.of();
        }
        String owner = exclude.iterator().next();
        Map<Integer, Set<String>> bySentence = new HashMap<>();
        for (PersonMention m : persons.mentions()) {
            if (m.sentence() <= s.index() && m.sentence() >= s.index() - FIELD_WINDOW) {
                bySentence.computeIfAbsent(m.sentence(), k -> new LinkedHashSet<>()).add(m.canonical());
            }
        }
        for (int k = s.index(); k >= s.index() - FIELD_WINDOW; k--) {
            Set<String> named = bySentence.getOrDefault(k, Set.of());
            if (named.contains(owner) && named.size() == count + 1) {
                return named.stream().filter(c -> !c.equals(owner)).map(c -> new Named(c, true)).toList();
            }
        }
        return List.of();
    }

    /** How many sentences back "the comments" may echo "Farage's comments". */
    private static final int ECHO_WINDOW = 2;
    /** The determiners of an echoed saying: "the comments", "these remarks". */
    private static final Set<String> ECHO_DETERMINERS = Set.of("the", "these", "those");
    /** What an echoed saying may have under it besides them: nothing that names an owner or another saying. */
    private static final Set<String> ECHO_DEPENDENTS = Set.of("det", "punct", "amod", "case", "dep");

    /**
     * "... a condemnation of Mr Farage's comments. Ed Miliband said the comments were 'wrong'": a saying (target-nouns.txt)
     * under "the", "these" or "those" that names no owner of its own stands for the one named as owning the same noun
     * ("Farage's comments") in this sentence before it or in the two before, the latest such owner; else, further back,
     * the one person named as owning it ("a condemnation of Mr Farage's comments" twenty sentences before "Sadiq Khan
     * called the comments ..."), nobody when two were.
     */
    Optional<String> echoedOwner(int n) {
        if (!isSaying(n) || !d.token(n).pos().startsWith("NN")
                || d.children(n, "det").stream().noneMatch(c -> ECHO_DETERMINERS.contains(word(c)))
                || d.children(n).stream().anyMatch(c -> !ECHO_DEPENDENTS.contains(d.label(c)))) {
            return Optional.empty();
        }
        return ownerBefore(doc, s.index(), n, word(n)).flatMap(owner -> persons.mentionAt(owner.begin()))
                .map(PersonMention::canonical);
    }

    /**
     * As {@link #echoedOwner(int)}, or, when nobody owned the noun just before and {@code cue} is no criticism verb (a
     * verb's unowned act is act-author's), the one whose words the sentence just before reports: "Reid said immigrants
     * should be sent home. Holt said the comments were disgraceful" ({@link ActAuthor#reportingAuthor}).
     */
    Optional<String> echoedOwner(int n, int cue) {
        Optional<String> owner = echoedOwner(n);
        if (owner.isPresent() || cue < 0 || CriticismRules.cues(d.token(cue)).anyMatch(c -> c.kind() == Cue.Kind.VERB)) {
            return owner;
        }
        return isSaying(n) ? ActAuthor.reportingAuthor(this, n) : Optional.empty();
    }

    /**
     * The latest token owning {@code noun} ("Farage" of "Farage's comments") in sentence {@code si} before token
     * {@code end}, or in the two sentences before it; else the token owning it further back when every owner of it
     * before is written the same.
     */
    static Optional<Token> ownerBefore(Doc doc, int si, int end, String noun) {
        List<Token> owners = ownersBefore(doc, si, end, noun, Math.max(0, si - ECHO_WINDOW));
        if (!owners.isEmpty()) {
            return Optional.of(owners.get(0));
        }
        owners = ownersBefore(doc, si, end, noun, 0); // "Farage's comments" further back, and nobody else's since
        return owners.stream().map(Token::word).distinct().count() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
    }

    /** The tokens owning {@code noun} in sentences {@code from} to {@code si} (before token {@code end}), latest first. */
    private static List<Token> ownersBefore(Doc doc, int si, int end, String noun, int from) {
        List<Token> out = new ArrayList<>();
        for (int k = si; k >= from; k--) {
            List<Token> ts = doc.sentences().get(k).tokens();
            for (int j = (k == si ? end : ts.size()) - 1; j >= 2; j--) {
                if (!ts.get(j).word().toLowerCase(Locale.ROOT).equals(noun)) {
                    continue;
                }
                int m = j - 1;
                while (m > 1 && ts.get(m).pos().startsWith("JJ")) {
                    m--; // "Farage's controversial comments"
                }
                if (ts.get(m).pos().equals("POS")) {
                    out.add(ts.get(m - 1));
                }
            }
        }
        return out;
    }

    /**
     * Whether a sentence with one person may hold an echoed saying ({@link #echoedOwner}) worth parsing for: "the
     * comments" with an owner of "comments" just before.
     */
    static boolean echoCandidate(Doc doc, Sentence s) {
        List<Token> ts = s.tokens();
        for (int k = 0; k + 1 < ts.size(); k++) {
            String w = ts.get(k + 1).word().toLowerCase(Locale.ROOT);
            if (ECHO_DETERMINERS.contains(ts.get(k).word().toLowerCase(Locale.ROOT)) && SAYINGS.contains(w)
                    && ownerBefore(doc, s.index(), k, w).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Holt and Cole have been vocal in their criticism of Reid": the named persons of the coordinated subject of the
     * nearest clause above a "their" (at most three steps up), or its named examples ("politicians, including Holt and
     * Cole, ..."); none unless two or more are named.
     */
    private List<Named> coordinatedSubject(int their, Set<String> exclude) {
        int node = d.head(their);
        for (int step = 0; step < 3 && node >= 0; step++, node = d.head(node)) {
            List<Integer> subjects = d.children(node, "nsubj");
            if (subjects.isEmpty()) {
                continue;
            }
            List<Integer> named = new ArrayList<>(subjects);
            for (int subject : subjects) { // "politicians, including Ileana Ros-Lehtinen and Carlos Curbelo, ..."
                d.children(subject).stream().filter(c -> d.label(c).startsWith("nmod") && example(c)).forEach(named::add);
            }
            List<Named> out = new ArrayList<>();
            for (int c : withConjuncts(named)) {
                persons.mentionAt(d.token(c).begin()).map(PersonMention::canonical).filter(x -> !exclude.contains(x))
                        .ifPresent(x -> out.add(new Named(x, false)));
            }
            return out.size() >= 2 ? out : List.of();
        }
        return List.of();
    }

    /** What one person says against another (charges.txt): "the attack", "the charge", "these allegations". */
    static final Set<String> CHARGES = WordLists.words(CriticismRules.class, "charges.txt");

    /**
     * "Holt dismissed the charge as nonsense", "Holt ridiculed these allegations": a charge (charges.txt) with a definite
     * determiner that names neither its author nor its target ("Reid's attack", "the attack on Patel", "the Reid
     * allegations" do; "as nonsense", where the parser hangs the label on the noun, does not), so the answer to whoever
     * last made one against the critic; not "the attack" in or just after a sentence that tells of violence.
     */
    boolean answeredCharge(int n) {
        if (!CHARGES.contains(word(n)) || !d.token(n).pos().startsWith("NN")
                || d.children(n, "det").stream().noneMatch(c -> ActAuthor.DEFINITE.contains(word(c)))
                || lemma(n).equals("attack") && violenceJustBefore()) {
            return false;
        }
        for (int c : d.children(n)) {
            String l = d.label(c);
            if (l.startsWith("nmod") && !withCase(n, "as").contains(c) || l.equals("appos") || l.equals("acl") || l.equals("acl:relcl")
                    || l.equals("compound") && d.token(c).pos().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    /** How many sentences before an "attack" that tell of violence make it a physical one. */
    private static final int VIOLENCE_BACK = 5;

    /**
     * Whether this sentence or one of the {@value #VIOLENCE_BACK} before it tells of physical violence: "Mateen carried out
     * the slaughter with an assault weapon ... Obama, who has denounced the attack as an act of terrorism" is no answer
     * to a critic.
     */
    private boolean violenceJustBefore() {
        for (int k = s.index(); k >= Math.max(0, s.index() - VIOLENCE_BACK); k--) {
            if (CriticismRules.tellsOfViolence(doc.sentences().get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Words for two persons together: "the pair", "the duo", "the two men", "both men", "both". */
    private static final Set<String> PAIRS = Set.of("pair", "duo");

    /**
     * "Holt mocked the pair as ...", "Holt attacked both men", "Holt lambasted the two": a definite mention of two persons
     * with no names of its own (no appositive, no "of" phrase: not "the pair of them", "the two of them").
     */
    boolean thePair(int n) {
        String w = word(n);
        return PAIRS.contains(w) && definitePair(n, true) || w.equals("two") && definitePair(n, true)
                || d.token(n).pos().equals("NNS") && definitePair(n, false)
                        && (ROLE_NOUNS.contains(w) || PERSON_PLURALS.contains(w)) && !OFFICES.containsKey(w)
                || w.equals("both") && d.children(n).isEmpty()
                || (w.equals("both") || (PAIRS.contains(w) || w.equals("two")) && definitePair(n, true, true)) && ofThem(n)
                        && !persons.discourse().insideQuote(d.token(n).begin()); // a speaker's "both of them" is the speaker's to tell
    }

    /** "both of them", "the two of them", "the pair of them": an "of them" phrase is the node's only modifier but its determiner and preposition. */
    private boolean ofThem(int n) {
        List<Integer> of = d.children(n).stream().filter(c -> !d.label(c).equals("det") && !d.label(c).equals("case")).toList();
        return of.size() == 1 && d.label(of.get(0)).equals("nmod") && word(of.get(0)).equals("them")
                && d.children(of.get(0), "case").stream().anyMatch(k -> word(k).equals("of"));
    }

    /**
     * Whether {@code n} is a definite mention of two with no names of its own: "the pair", "both men", "the two
     * rivals" (with {@code theOnly}, "the" alone suffices); no appositive, no "of" phrase ("the two of them").
     */
    private boolean definitePair(int n, boolean theOnly) {
        return definitePair(n, theOnly, false);
    }

    /** {@link #definitePair(int, boolean)}, with {@code ofPhrase} allowing an "of" phrase ("the two of them"). */
    private boolean definitePair(int n, boolean theOnly, boolean ofPhrase) {
        if (d.children(n).stream().anyMatch(c -> d.label(c).equals("appos") || !ofPhrase && d.label(c).startsWith("nmod"))) {
            return false;
        }
        boolean the = d.children(n, "det").stream().anyMatch(c -> word(c).equals("the"));
        boolean both = d.children(n).stream().anyMatch(c -> word(c).equals("both") && (d.label(c).equals("det")
                || d.label(c).equals("det:predet") || d.label(c).equals("cc:preconj")));
        boolean two = d.children(n, "nummod").stream().anyMatch(c -> word(c).equals("two"));
        return theOnly ? the : both || two && the;
    }

    /** Plural offices and the title their holders carry: "both ministers" are two persons titled minister. */
    private static final Map<String, String> OFFICES = Map.of("ministers", "minister", "senators", "senator",
            "mps", "mp", "councillors", "councillor", "secretaries", "secretary", "governors", "governor",
            "mayors", "mayor");

    /**
     * "In a swipe at both ministers", "mocked the two senators": the two persons the article titled with the office
     * latest before, else none (not the two persons of the latest criticism, who may hold no such office).
     */
    private List<Named> officeHolders(int n, Set<String> exclude) {
        int at = d.token(n).begin();
        List<String> role = List.of(OFFICES.get(word(n)));
        Optional<String> first = persons.discourse().titled(at, role, exclude);
        if (first.isEmpty()) {
            return List.of();
        }
        Set<String> without = new java.util.HashSet<>(exclude);
        without.add(first.get());
        return persons.discourse().titled(at, role, without)
                .map(second -> List.of(new Named(first.get(), true), new Named(second, true))).orElse(List.of());
    }

    /** Plural nouns for persons that "both" or "the two" may go with besides the role words: "both men", "the two women". */
    private static final Set<String> PERSON_PLURALS = Set.of("men", "women", "rivals", "candidates", "contenders", "leaders",
            "politicians", "opponents", "adversaries", "colleagues", "lawmakers");

    /** How many sentences back "the pair" and "his rival" look for the persons they mean. */
    static final int PAIR_WINDOW = 8;

    /**
     * The two persons named last before node {@code n} (this sentence and the {@value #PAIR_WINDOW} before it), other
     * than {@code exclude} (the critic): whom "the pair" or "both men" means after an exchange between two persons; none
     * unless two are found.
     */
    private List<Named> lastPair(int n, Set<String> exclude) {
        int at = d.token(n).begin();
        List<String> found = new ArrayList<>();
        List<PersonMention> all = persons.mentions();
        for (int k = all.size() - 1; k >= 0 && found.size() < 2; k--) {
            PersonMention m = all.get(k);
            if (m.end() > at || m.sentence() > s.index()) {
                continue;
            }
            if (m.sentence() < s.index() - PAIR_WINDOW) {
                break;
            }
            if (!exclude.contains(m.canonical()) && !found.contains(m.canonical())) {
                found.add(m.canonical());
            }
        }
        return found.size() < 2 ? List.of() : found.stream().map(c -> new Named(c, true)).toList();
    }

    /**
     * "She turned on both Comries", "the two Tuohys traded insults": a capitalised plural of a surname that two or more
     * persons named before node {@code n} share names them all (but {@code exclude}); empty for any other word.
     */
    private List<Named> family(int n, Set<String> exclude) {
        String w = d.token(n).word();
        if (!d.token(n).pos().startsWith("NN") || !w.endsWith("s") || w.length() < 3
                || !Character.isUpperCase(w.charAt(0)) || persons.mentionAt(d.token(n).begin()).isPresent()) {
            return List.of();
        }
        String one = w.substring(0, w.length() - 1);
        Set<String> found = new LinkedHashSet<>();
        for (PersonMention m : persons.mentions()) {
            String c = m.canonical();
            String last = c.contains(" ") ? surname(c) : "";
            if (m.end() <= d.token(n).begin() && !last.isEmpty() && !exclude.contains(c)
                    && (last.equals(one) || w.endsWith("es") && last.equals(one.substring(0, one.length() - 1)))) {
                found.add(c);
            }
        }
        return found.size() < 2 ? List.of() : found.stream().map(c -> new Named(c, true)).toList();
    }

    /** The persons a family plural earlier in the sentence than node {@code n} names ({@link #family}), else empty. */
    private List<Named> familyBefore(int n, Set<String> exclude) {
        for (int k = n - 1; k >= 0; k--) {
            List<Named> named = family(k, exclude);
            if (!named.isEmpty()) {
                return named;
            }
        }
        return List.of();
    }

    /** The last word of a canonical name: "Baird" of "Isla Baird". */
    private static String surname(String canonical) {
        return canonical.substring(canonical.lastIndexOf(' ') + 1);
    }

    /**
     * "accusing the couple of running the council like a family business": the two persons of one surname named latest
     * before node {@code n} (this sentence and the {@value #PAIR_WINDOW} before it), other than {@code exclude}; none
     * unless two such are found.
     */
    private List<Named> couple(int n, Set<String> exclude) {
        int at = d.token(n).begin();
        Map<String, Set<String>> bySurname = new HashMap<>();
        List<PersonMention> all = persons.mentions();
        for (int k = all.size() - 1; k >= 0; k--) {
            PersonMention m = all.get(k);
            String c = m.canonical();
            if (m.end() > at || m.sentence() > s.index() || exclude.contains(c) || !c.contains(" ")) {
                continue;
            }
            if (m.sentence() < s.index() - PAIR_WINDOW) {
                break;
            }
            Set<String> same = bySurname.computeIfAbsent(surname(c), x -> new LinkedHashSet<>());
            same.add(c);
            if (same.size() == 2) {
                return same.stream().map(x -> new Named(x, true)).toList();
            }
        }
        return List.of();
    }

    /**
     * "Cristiano Ronaldo's ex-girlfriend Irina Shayk has taken a swipe at her former partner": a partner word owned by
     * a "his" or "her" is the person whose partner the sentence named that pronoun's antecedent as, when that
     * antecedent is the other argument ({@code exclude}) and comes with "Y's" and a partner word right before its name.
     */
    private Optional<String> formerPartner(int n, Set<String> exclude) {
        if (!d.token(n).pos().startsWith("NN")) {
            return Optional.empty();
        }
        if (!PARTNERS.contains(partnerWord(word(n)))) {
            return Optional.empty();
        }
        List<Integer> owners = d.children(n, "nmod:poss");
        if (owners.size() != 1 || !(word(owners.get(0)).equals("his") || word(owners.get(0)).equals("her"))) {
            return Optional.empty();
        }
        String gender = genderOf(word(owners.get(0)));
        Set<String> found = new LinkedHashSet<>();
        for (int i = 3; i < owners.get(0); i++) { // "Y 's ex-girlfriend X"
            Optional<PersonMention> x = persons.mentionAt(d.token(i).begin());
            Optional<PersonMention> y = persons.mentionAt(d.token(i - 3).begin());
            if (x.isEmpty() || y.isEmpty() || x.get().begin() != d.token(i).begin() || !PARTNERS.contains(partnerWord(word(i - 1)))
                    || !(word(i - 2).equals("'s") || word(i - 2).equals("\u2019s"))) {
                continue;
            }
            String who = x.get().canonical();
            String partner = y.get().canonical();
            String other = gender.equals("MALE") ? "FEMALE" : "MALE";
            if (exclude.contains(who) && !who.equals(partner) && !persons.gender(who).equals(other)) {
                found.add(partner);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * "Dean apologised to Trump for accusing him", "Holt wrote to Reid, accusing him of lying", "met Reid and attacked
     * him": a target "him" or "her" whose clause hangs (adverbial, complement or conjunct) on a verb with exactly one
     * person of that gender among its objects, that person (not an excluded critic), before salience decides.
     */
    Optional<String> governingArgument(int n, Set<String> exclude) {
        String w = word(n);
        if (!(w.equals("her") || w.equals("him")) || !d.label(n).equals("obj")) {
            return Optional.empty();
        }
        String gender = genderOf(w);
        int cur = d.head(n);
        if (cur >= 0 && d.label(cur).equals("acl") && d.head(cur) >= 0 && freeAdjunctOf(cur, d.head(cur)) >= 0) {
            Optional<String> named = direct(d.head(cur)).filter(x -> !exclude.contains(x) && persons.gender(x).equals(gender));
            if (named.isPresent()) {
                return named; // "He singled out Pike, accusing him of ...": Pike, on whom the parser hung the participle
            }
        }
        for (int step = 0; step < 3 && cur >= 0 && (GOVERNED.contains(d.label(cur))
                || d.label(cur).equals("dep") && d.token(cur).pos().equals("VBG")); step++) { // "..., accusing him"
            int verb = d.head(cur);
            if (verb < 0 || !d.token(verb).pos().startsWith("VB")) {
                return Optional.empty();
            }
            Set<String> found = new LinkedHashSet<>();
            for (int c : d.children(verb)) {
                String l = d.label(c);
                if (c < n && (l.equals("obj") || l.equals("iobj") || l.startsWith("obl")) && !l.equals("obl:tmod")) {
                    direct(c).filter(x -> !exclude.contains(x) && persons.gender(x).equals(gender)).ifPresent(found::add);
                }
            }
            if (!found.isEmpty()) {
                return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
            }
            cur = verb;
        }
        return Optional.empty();
    }

    /** The sex a pronoun of the third person singular shows, as PersonIndex names it: MALE, FEMALE or UNKNOWN. */
    static String genderOf(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> "MALE";
            case "she", "her", "hers", "herself" -> "FEMALE";
            default -> "UNKNOWN";
        };
    }

    /** How a clause hangs on the verb whose objects a pronoun in it may mean. */
    private static final Set<String> GOVERNED = Set.of("advcl", "xcomp", "conj");

    /**
     * "Trump continued to attack the Democratic nominee's integrity, blaming her for ...", Hillary Clinton named four
     * sentences before: an object "her" or "him" the resolver leaves open is the one person of its gender the article
     * named before it, when every person it named is of a known gender, none is the other argument, and no noun for a
     * person of that gender ("the woman", "his mother") stands in its sentence or the three before.
     */
    private Optional<String> onlyOfGender(int n, Set<String> exclude) {
        String w = word(n);
        if (!(w.equals("her") || w.equals("him")) || d.label(n).equals("nmod:poss") || persons.discourse().insideQuote(d.token(n).begin())) {
            return Optional.empty();
        }
        String gender = genderOf(w);
        Set<String> nouns = gender.equals("FEMALE") ? FEMALE_NOUNS : MALE_NOUNS;
        int at = d.token(n).begin();
        for (int si = Math.max(0, s.index() - 3); si <= s.index(); si++) {
            for (Token t : doc.sentences().get(si).tokens()) {
                if (t.begin() < at && nouns.contains(t.word().toLowerCase(Locale.ROOT))) {
                    return Optional.empty(); // "a woman who claims she was groped ...": someone unnamed
                }
            }
        }
        Set<String> found = new LinkedHashSet<>();
        for (PersonMention m : persons.mentionsIn(0, at)) {
            String g = persons.gender(m.canonical());
            if (g.equals("UNKNOWN")) {
                return Optional.empty();
            }
            if (g.equals(gender)) {
                found.add(m.canonical());
            }
        }
        return found.size() == 1 && !exclude.contains(found.iterator().next()) ? Optional.of(found.iterator().next())
                : Optional.empty();
    }

    /** "ex-girlfriend" and "girlfriend" alike. */
    private static String partnerWord(String w) {
        return w.startsWith("ex-") && w.length() > 3 ? w.substring(3) : w;
    }

    /**
     * "Young sued Ann Holt and other leading Democrats, accusing them of ...": "them" as the object of a cue that hangs
     * on another verb stands for the named persons of a coordination that verb's object or complement holds (or
     * one noun below it: "issued a lawsuit against Holt and Reid"); nothing when no such coordination is there.
     */
    private List<Named> coordinatedAntecedent(int them, Set<String> exclude) {
        int cue = d.head(them);
        int verb = cue < 0 ? -1 : d.head(cue);
        if (verb < 0 || !d.token(verb).pos().startsWith("VB") || verb > cue) {
            return List.of();
        }
        List<Integer> frontier = new ArrayList<>();
        for (int c : d.children(verb)) {
            String l = d.label(c);
            if (c < them && (l.equals("obj") || l.startsWith("obl"))) {
                frontier.add(c);
                for (int cc : d.children(c)) {
                    if (d.label(cc).startsWith("nmod") && !d.label(cc).equals("nmod:poss")) {
                        frontier.add(cc);
                    }
                }
            }
        }
        for (int f : frontier) {
            List<Integer> members = withConjuncts(List.of(f));
            if (members.size() < 2) {
                continue; // "them" is several: one person alone is not its antecedent
            }
            List<Named> out = new ArrayList<>();
            for (int m : members) {
                direct(m).filter(p -> !exclude.contains(p)).ifPresent(p -> out.add(new Named(p, true)));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * "director of the Victims Trust, Ann Holt,": a role whose name the parser hangs on the last noun of the
     * role's complement; the person in apposition there, set off by a comma.
     */
    private Optional<String> namedAfterComplement(int role) {
        List<Integer> frontier = d.children(role, "nmod");
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int f : frontier) {
                for (int c : d.children(f)) {
                    if (d.label(c).equals("appos") && hasCommaBefore(c)) {
                        Optional<PersonMention> m = persons.mentionAt(d.token(c).begin());
                        if (m.isPresent()) {
                            return Optional.of(m.get().canonical());
                        }
                    }
                    if (d.label(c).startsWith("nmod") && !d.label(c).equals("nmod:poss")) {
                        next.add(c);
                    }
                }
            }
            frontier = next;
        }
        return Optional.empty();
    }

    /**
     * "Mostyn's attack on the health secretary, Huw Carrington, was ...": the name in apposition to a role that the
     * parser hangs on the role's head instead (the cue), right after the role and its comma.
     */
    private Optional<String> apposedToHead(int role) {
        int h = d.head(role);
        if (h < 0) {
            return Optional.empty();
        }
        for (int c : d.children(h, "appos")) {
            if (nameStart(c) == role + 2 && word(role + 1).equals(",")) {
                return persons.mentionAt(d.token(c).begin()).map(PersonMention::canonical);
            }
        }
        return closingName(role);
    }

    /** What may close a name in apposition at the end of a clause. */
    private static final Set<String> CLOSERS = Set.of(".", ";", ")", "!", "?");

    /**
     * "used it to lay into the shadow treasurer, Imogen Prescott-Vane.": the name right after a role and its comma that
     * closes the sentence, however the parser attached it (here as a conjunct of the main verb); never a subject.
     */
    private Optional<String> closingName(int role) {
        int k = role + 2;
        if (k >= d.size() || !word(role + 1).equals(",")) {
            return Optional.empty();
        }
        int c = k;
        while (c + 1 < d.size() && d.label(c).equals("compound") && d.head(c) > c) {
            c++;
        }
        if (nameStart(c) != k || d.label(c).startsWith("nsubj") || c + 1 < d.size() && !CLOSERS.contains(word(c + 1))) {
            return Optional.empty();
        }
        return persons.mentionAt(d.token(c).begin()).map(PersonMention::canonical);
    }

    /** Whether a comma stands right before the name that ends at node {@code c}. */
    private boolean hasCommaBefore(int c) {
        int k = nameStart(c);
        return k > 0 && word(k - 1).equals(",");
    }

    /** Where the name ending at node {@code c} starts: past the compounds right before it ("Huw" of "Huw Carrington"). */
    private int nameStart(int c) {
        int k = c;
        while (k > 0 && d.label(k - 1).equals("compound") && d.head(k - 1) == c) {
            k--;
        }
        return k;
    }

    /**
     * "with Ann Holt pressing her attack that ...": a possessive pronoun on the object of a verb whose subject
     * is named is that subject.
     */
    private Optional<String> possessorSubject(int pronoun) {
        int noun = d.head(pronoun);
        if (!d.label(pronoun).equals("nmod:poss") || noun < 0 || !d.label(noun).equals("obj")) {
            return Optional.empty();
        }
        for (int subject : d.children(d.head(noun), "nsubj")) {
            Optional<PersonMention> m = persons.mentionAt(d.token(subject).begin());
            if (m.isPresent()) {
                return Optional.of(m.get().canonical());
            }
        }
        return Optional.empty();
    }

    /**
     * "Rubio said his attacks on Trump had paid off", "He said his criticism of Reid was fair": a possessive pronoun
     * on a noun inside the reported clause of a verb of saying is the one who says it, when that subject is a person
     * of the pronoun's gender (a pronoun subject resolved as in any main clause); so is the subject pronoun of the
     * reported clause ("Holt said she was proud of the plan and accused Reid of hypocrisy": Holt), and the object
     * pronoun of a report with a named subject ("Holt says Reid attacked her": Holt; {@link #reportedObject}).
     */
    private Optional<String> reporter(int pronoun, Set<String> exclude) {
        String w = word(pronoun);
        boolean reportedSubject = d.label(pronoun).equals("nsubj") && (w.equals("he") || w.equals("she"))
                && d.head(pronoun) >= 0 && d.label(d.head(pronoun)).equals("ccomp");
        boolean possessive = d.label(pronoun).equals("nmod:poss") && (w.equals("his") || w.equals("her"));
        if (!reportedSubject && !possessive && !reportedObject(pronoun)) {
            return Optional.empty();
        }
        String gender = genderOf(word(pronoun));
        int cur = d.head(pronoun);
        for (int step = 0; step < 3 && cur >= 0 && !d.label(cur).equals("ccomp"); step++) {
            if (d.label(cur).startsWith("acl") || d.label(cur).equals("conj")) {
                return Optional.empty();
            }
            cur = d.head(cur);
        }
        if (cur < 0 || !d.label(cur).equals("ccomp") || d.head(cur) < 0) {
            return Optional.empty();
        }
        int verb = d.head(cur);
        if (CriticismRules.cues(d.token(verb)).noneMatch(c -> c.kind() == Cue.Kind.SAYING)
                || d.hasChild(verb, "nsubj:pass") || opaque(verb)) {
            return Optional.empty();
        }
        for (int subject : d.children(verb, "nsubj")) {
            Optional<String> who;
            if (RELATIVES.contains(word(subject)) && d.label(verb).equals("acl:relcl") && d.head(verb) >= 0) {
                who = direct(d.head(verb)).filter(c -> persons.gender(c).equals(gender)); // "Cruz, who says ..."
            } else if (isPronoun(subject)) {
                boolean same = gender.equals("MALE") ? word(subject).equals("he") : word(subject).equals("she");
                who = same ? persons.resolvePronoun(d.token(subject).begin(), exclude) : Optional.empty();
            } else {
                who = persons.mentionAt(d.token(subject).begin()).map(PersonMention::canonical)
                        .filter(c -> persons.gender(c).equals(gender)
                                || reportedSubject && persons.gender(c).equals("UNKNOWN"));
            }
            return who.filter(c -> !exclude.contains(c));
        }
        return Optional.empty();
    }

    /**
     * "Holt says Reid attacked her", "Cruz, who says Trump is attacking him": "him" or "her" the object of a verb whose
     * reported clause has a named subject of its own (who cannot be the pronoun), so the one who reports it, as
     * {@link #reporter} reads the pronouns of a report.
     */
    private boolean reportedObject(int pronoun) {
        String w = word(pronoun);
        int clause = d.head(pronoun);
        return (w.equals("him") || w.equals("her")) && d.label(pronoun).equals("obj") && clause >= 0
                && d.label(clause).equals("ccomp") && d.children(clause, "nsubj").stream()
                        .anyMatch(n -> !isPronoun(n) && persons.mentionAt(d.token(n).begin()).isPresent());
    }

    /**
     * "Reid caused a stir in May, when he criticised Holt", "Reid gave a speech in which he attacked Holt", "Reid spoke
     * at a rally, where he mocked Holt": the pronoun subject of a relative clause on a time, a place or a thing ("when",
     * "where", "in which") is the named subject of the main clause, when that person is of the pronoun's gender; no one
     * else.
     */
    private Optional<String> mainSubject(int pronoun, Set<String> exclude) {
        int clause = d.head(pronoun);
        if (!(word(pronoun).equals("he") || word(pronoun).equals("she")) || !d.label(pronoun).equals("nsubj")
                || clause < 0 || !d.label(clause).equals("acl:relcl") || d.children(clause).stream().noneMatch(c -> c < pronoun
                        && ((word(c).equals("when") || word(c).equals("where")) && d.label(c).equals("advmod")
                                || word(c).equals("which") && d.label(c).startsWith("obl")))) {
            return Optional.empty();
        }
        int main = governingVerb(d.head(clause));
        while (main >= 0 && d.label(main).startsWith("advcl") && d.head(main) >= 0 && !d.children(main, "mark").isEmpty()
                && d.children(main, "nsubj").stream().noneMatch(c -> persons.mentionAt(d.token(c).begin()).isPresent())) {
            main = d.head(main); // "X spoke, after Arizona was called, following a day in which she ...": X's clause
        }
        if (main < 0) {
            return Optional.empty();
        }
        String gender = genderOf(word(pronoun));
        for (int subject : d.children(main, "nsubj")) {
            return persons.mentionAt(d.token(subject).begin()).map(PersonMention::canonical)
                    .filter(c -> persons.gender(c).equals(gender) && !exclude.contains(c));
        }
        return Optional.empty();
    }

    /** "ministers including Ann Holt", "rivals such as Ann Holt": a named example of a group noun. */
    private boolean example(int n) {
        for (int c : d.children(n, "case")) {
            if (word(c).equals("including") || word(c).equals("such") && d.hasChild(c, "fixed")) {
                return true;
            }
        }
        return false;
    }

    /** A name in quotation marks is a nickname someone gives, not a person named: dubbing Reid "Sir Wastealot". */
    private boolean nickname(PersonMention m) {
        String text = doc.text();
        return m.begin() > 0 && m.end() < text.length() && QUOTES.indexOf(text.charAt(m.begin() - 1)) >= 0
                && QUOTES.indexOf(text.charAt(m.end())) >= 0;
    }

    /**
     * The person a role nominal ("the front-runner") refers to, as PersonIndex resolves it; when the only
     * persons named before it in this sentence are the other argument ({@code exclude}), as if the sentence
     * began with it ("Holt mocked the front-runner": not Holt).
     */
    private Optional<String> description(int n, Set<String> exclude) {
        int offset = d.token(n).begin();
        if (TITLES.contains(word(n))) {
            List<String> role = new ArrayList<>(List.of(word(n)));
            for (int c : d.children(n)) {
                if (d.label(c).equals("amod") || d.label(c).equals("compound")) {
                    role.add(word(c)); // "the Tory leader": a leader named with "Tory"
                }
            }
            Optional<String> titled = persons.resolveTitled(offset, role, exclude);
            if (titled.isPresent()) {
                return titled; // "Sanders has criticized the president" after "President Barack Obama"
            }
        }
        Optional<String> named = RoleNominals.sure(this, n, exclude);
        if (named.isPresent()) {
            return named; // "Cable accused the chancellor" long after "Chancellor Gordon Brown"
        }
        boolean onlyExcluded = true;
        for (PersonMention m : persons.mentionsIn(s.begin(), offset)) {
            onlyExcluded &= exclude.contains(m.canonical());
        }
        Optional<String> found = persons.resolveDescription(onlyExcluded ? s.begin() : offset);
        List<String> written = RoleNominals.written(this, n);
        return found.filter(p -> !exclude.contains(p) && !titledOtherwise(p, n, offset)
                && !persons.discourse().heldOnlyBelow(p, written)); // "shadow chancellor X" is not "the chancellor"
    }

    /**
     * "The Prime Minister Tony Blair is among those ... The mayor accused Finegold": a title noun ("the mayor") is not
     * the person the sentence before names when the article gives that person another title word ("Prime Minister")
     * and never this one.
     */
    private boolean titledOtherwise(String canonical, int n, int offset) {
        String role = word(n);
        if (!TITLES.contains(role)) {
            return false;
        }
        for (PersonMention m : persons.mentionsIn(0, offset)) {
            if (!m.canonical().equals(canonical)) {
                continue;
            }
            Sentence where = doc.sentences().get(m.sentence());
            Token before = null;
            for (Token t : where.tokens()) {
                if (t.end() <= m.begin()) {
                    before = t;
                }
            }
            if (before != null && before.end() >= m.begin() - 1) {
                String title = before.word().toLowerCase(Locale.ROOT).replace(".", "");
                if (TITLES.contains(title) && !title.isEmpty() && !role.startsWith(title) && !title.startsWith(role)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasDefiniteArticle(int n) {
        for (int c : d.children(n, "det")) {
            if (word(c).equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** The person a node names itself, or through the role phrase it heads ("secretary of state Hillary Clinton"). */
    Optional<String> direct(int n) {
        Optional<PersonMention> m = persons.mentionAt(d.token(n).begin());
        if (m.isPresent()) {
            return Optional.of(m.get().canonical());
        }
        if (!d.token(n).pos().startsWith("NN")) {
            return Optional.empty();
        }
        List<Integer> frontier = new ArrayList<>(List.of(n));
        for (int depth = 0; depth < 3; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int f : frontier) {
                if (!isRole(f)) {
                    continue; // "the Clinton campaign" is not Clinton; "secretary of state Hillary Clinton" is
                }
                for (int c : d.children(f)) {
                    String l = d.label(c);
                    if (l.equals("compound") || l.equals("appos") || l.equals("flat") || l.equals("nmod")
                            || l.equals("dep") && c == f + 1 + d.children(c, "compound").size()) {
                        // "the Liberal frontbencher Michael Nguyen", the name parsed as a dep right after the role
                        Optional<PersonMention> cm = persons.mentionAt(d.token(c).begin());
                        if (cm.isPresent()) {
                            return Optional.of(cm.get().canonical());
                        }
                        next.add(c);
                    }
                }
            }
            frontier = next;
        }
        return Optional.empty();
    }

    /** A role word or a noun for a person by role: "the leader", "the minister", "the front-runner". */
    boolean roleNoun(int n) {
        return isRole(n) || ROLE_NOUNS.contains(word(n));
    }

    private boolean isRole(int n) {
        String w = word(n);
        return ROLES.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    /**
     * Replaces a target that is something a person said, did or is ("Reid's remarks", "the qualifications
     * of the front-runner", "suggestions by Reid") by its owner; the target itself when it is none.
     */
    /** Verbs (lemmas) of ridicule: to mock what is a person's is to mock the person ("mocking X's 'sudden discovery'"). */
    private static final Set<String> RIDICULE = Set.of("mock", "ridicule", "deride", "lampoon", "taunt", "jeer", "sneer",
            "scoff", "belittle", "disparage", "poke");

    /** Nouns of a jibe: a swipe at what is a person's is one at the person ("a swipe at Reid's timetable"). */
    private static final Set<String> JIBES = Set.of("swipe", "dig", "jab", "potshot", "barb", "jibe", "gibe");

    /** As {@link #owners(int)}; after a verb of ridicule or a jibe ({@code cue}) the owner of any noun it takes. */
    List<Integer> owners(int target, int cue) {
        int clause = d.head(target);
        if ((word(target).equals("which") || word(target).equals("that")) && d.label(target).equals("obj") && clause >= 0
                && d.label(clause).equals("acl:relcl") && d.head(clause) >= 0 && isSaying(d.head(clause))) {
            return owners(d.head(clause), cue); // "Obama's plan, which Trump criticized": the plan's owner
        }
        if ((RIDICULE.contains(lemma(cue)) || JIBES.contains(lemma(cue))) && !isSaying(target) && direct(target).isEmpty()
                && (d.token(target).pos().startsWith("NN") || d.token(target).pos().startsWith("JJ")
                        && d.hasChild(target, "nmod:poss")) // "poked at Trump's persistent/JJ sniffing": the parser's head
                && !personNoun(target)) {
            List<Integer> possessors = d.children(target, "nmod:poss").stream()
                    .filter(o -> direct(o).isPresent() || definiteRole(o) || word(o).equalsIgnoreCase("his")
                            || word(o).equalsIgnoreCase("her")).toList();
            if (!possessors.isEmpty()) {
                return possessors;
            }
        }
        return sayingsOwners(target, cue);
    }

    /** Nouns for persons besides the role words: "her younger brother Ciarán", "the minister's cabinet colleagues". */
    private static final Set<String> PERSON_NOUNS = Set.of("brother", "sister", "wife", "husband", "son", "daughter",
            "father", "mother", "family", "colleague", "ally", "friend", "supporter", "aide", "staff", "team", "cousin",
            "partner", "girlfriend", "boyfriend", "spouse", "predecessor", "successor", "namesake", "boss", "mentor", "deputy");

    /** Whether a noun stands for persons ("her brother", "his colleagues", "her aide, X"), not for what they say or do. */
    private boolean personNoun(int n) {
        return PERSON_NOUNS.contains(lemma(n)) || ADVERSARIES.contains(lemma(n)) || RoleWords.any(word(n)) || RoleWords.any(lemma(n))
                || d.children(n).stream().anyMatch(c -> !d.label(c).equals("nmod:poss") && "PERSON".equals(d.token(c).ner()));
    }

    /** "the chancellor", "the prime minister": a role noun with "the" and no owner, which a role nominal resolves. */
    private boolean definiteRole(int n) {
        return roleNoun(n) && hasDefiniteArticle(n) && d.children(n, "nmod:poss").isEmpty();
    }

    List<Integer> owners(int target) {
        return sayingsOwners(target, -1);
    }

    /** As {@link #owners(int)}, with the cue whose target it is ({@link #echoedOwner(int, int)}), or -1. */
    private List<Integer> sayingsOwners(int target, int cue) {
        if (!isSaying(target) || direct(target).isPresent() || provocation(target)) { // "The remark drew a rebuke from X"
            return List.of(target);
        }
        List<Integer> out = new ArrayList<>(d.children(target, "nmod:poss"));
        out.addAll(withCase(target, "of", "by"));
        return out.isEmpty() && (answeredCharge(target) || echoedOwner(target, cue).isPresent())
                ? List.of(target) : out; // "dismissed the charge": its author's; "the comments": whose they were just before
    }

    /** Whether a lower-case word is a saying or deed of target-nouns.txt ("remarks", "record"), for the parse gate. */
    static boolean isSayingWord(String word) {
        return SAYINGS.contains(word);
    }

    /** Whether a node is a saying or deed ("remarks", "record") rather than a person. */
    boolean isSaying(int n) {
        return SAYINGS.contains(word(n)) || SAYINGS.contains(lemma(n));
    }

    /**
     * Whether the article makes it plain that a name is a person's: a full name or a titled one, or a single
     * capitalised word that NER tags as a person wherever it is tagged at all and that no gazetteer knows as a
     * party ("Holt has slammed Reid"). Organisations and places NER recognises stay out.
     */
    boolean isPerson(String canonical) {
        if (persons.isClearlyPerson(canonical)) {
            return true;
        }
        if (canonical.contains(" ") || PartyGazetteer.DEFAULT.isPartyName(canonical)
                || canonical.equals(canonical.toUpperCase(Locale.ROOT))) {
            return false;
        }
        boolean person = false;
        for (Sentence sentence : doc.sentences()) {
            for (Token t : sentence.tokens()) {
                if (t.word().equals(canonical) || t.word().equals(canonical + "'s") || t.word().equals(canonical + "’s")) {
                    if (t.ner().equals("PERSON")) {
                        person = true;
                    } else if (!t.ner().equals("O")) {
                        return false;
                    }
                }
            }
        }
        return person;
    }
}
