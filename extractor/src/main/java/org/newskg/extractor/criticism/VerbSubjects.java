package org.newskg.extractor.criticism;

import static org.newskg.extractor.criticism.NamedPersons.ROLE_NOUNS;
import static org.newskg.extractor.criticism.ParsedSentence.IDENTIFIED;
import static org.newskg.extractor.criticism.ParsedSentence.OPAQUE;
import static org.newskg.extractor.criticism.ParsedSentence.PORTIONS;
import static org.newskg.extractor.criticism.ParsedSentence.QUOTES;
import static org.newskg.extractor.criticism.ParsedSentence.RELATIVES;
import static org.newskg.extractor.criticism.ParsedSentence.VEHICLES;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.WordLists;

/**
 * Who the (inherited) subject of a verb is in a {@link ParsedSentence}: its own, else one it inherits from the verb it
 * is coordinated with or controlled by, from the author of a speech or writing it belongs to, or from the antecedent
 * of a relative pronoun; and the persons a verb charges with or blames for a deed ("accused Reid of attacking Patel").
 */
final class VerbSubjects extends SentencePart {

    /** Verbs whose subject gets a speech or letter rather than makes it: "received a letter that accused her". */
    private static final Set<String> VEHICLE_RECEIVERS = Set.of("receive", "get", "obtain", "read", "see", "watch", "hear", "view",
            "find", "open", "answer", "ignore");
    /** Writings and speeches that speak for their author as a cue's subject: "Holt's article attacked Reid". */
    private static final Set<String> AUTHORED = WordLists.words(CriticismRules.class, "authored-nouns.txt");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
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

    VerbSubjects(ParsedSentence parsed) {
        super(parsed);
    }

    /**
     * The verb's subjects as the parser gave them, but one clause has one subject: of two the parser hung on one verb
     * ("Traveling with a chef ..., the celebrity chef ..., Clinton blasted Trump": the chef and Clinton) only the one
     * closest before the verb (coordinated subjects are one subject with its conjuncts).
     */
    private List<Integer> oneSubject(int verb) {
        List<Integer> subjects = d.children(verb, "nsubj");
        if (subjects.size() < 2) {
            return subjects;
        }
        int closest = -1;
        for (int c : subjects) {
            if (c < verb && c > closest) {
                closest = c;
            }
        }
        return closest >= 0 ? List.of(closest) : subjects;
    }

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
            for (int c : oneSubject(cur)) {
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
                List<Integer> owners = d.children(noun, "nmod:poss").stream().filter(o -> !parsed.isTimeNoun(o)).toList();
                if (!owners.isEmpty()) {
                    return owners; // "Tom's speech attacking Ann"; not "the night's sharpest critique, knocking Ann's plan"
                }
                if (d.hasChild(noun, "cop") || absolute(noun)) {
                    if (parsed.direct(noun).isPresent()) {
                        return List.of(noun); // "with Holt attacking Ann", "the trouble is Holt attacking Ann"
                    }
                    List<Integer> predicated = d.children(noun, "nsubj").stream()
                            .filter(c -> !d.token(c).pos().startsWith("W")).toList();
                    if (!predicated.isEmpty()) {
                        return predicated; // "Holt is on solid ground attacking Ann": Holt
                    }
                }
                int clause = parsed.freeAdjunctOf(cur, noun);
                if (clause >= 0) {
                    cur = clause; // "Holt made the case, attacking Reid": Holt attacks
                    continue;
                }
                if (word(cur - 1).equals(",") && parsed.direct(noun).isPresent()) {
                    return List.of(noun); // "Shadow secretary Holt, accusing Reid of losing control, said": Holt
                }
                if (!VEHICLES.contains(lemma(noun)) && !parsed.isTimeNoun(noun)) {
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
                int clause = parsed.freeAdjunctOf(cur, head);
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
            boolean reporters = (l.equals("conj") || l.equals("dep")) && parsed.reportedPresent(cur, head);
            boolean inherits = l.equals("conj") || l.equals("xcomp") || reporters
                    || (l.equals("advcl") || l.equals("dep")) && (participle || infinitive(cur))
                    || l.equals("dep") && inSeries(cur);
            if (!inherits) {
                Optional<Integer> misread = cur == v ? Antecedents.objectTakenForSubject(parsed, v) : Optional.empty();
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
        int first = parsed.firstOf(subject); // "Republican vice presidential nominee Mike Pence": where it begins
        return subject < main && first > 0 && word(first - 1).equals(",");
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
                .filter(o -> d.token(o).pos().startsWith("NNP") || isPronoun(o) || parsed.roleNoun(o)).toList();
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
                || parsed.roleNoun(o) || RELATIVES.contains(word(o)))) {
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
                && parsed.hasDefiniteArticle(noun)) {
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
            List<Integer> whole = PORTIONS.contains(lemma(c)) ? parsed.withCase(c, "of") : List.of();
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

    /**
     * "Holt's article attacked Reid", "An article by Holt attacked Reid": someone's writing or speech stands for its
     * author.
     */
    private List<Integer> author(List<Integer> subjects) {
        List<Integer> out = new ArrayList<>();
        for (int c : subjects) {
            List<Integer> authors = AUTHORED.contains(lemma(c)) ? authorsOf(c) : List.of();
            out.addAll(authors.isEmpty() ? List.of(c) : authors);
        }
        return out;
    }

    /** The owner of a writing: its possessor ("Holt's article"), else who it is "by" ("An article by Holt"). */
    private List<Integer> authorsOf(int writing) {
        List<Integer> poss = d.children(writing, "nmod:poss");
        return !poss.isEmpty() ? poss : d.children(writing, "nmod").stream().filter(n -> n > writing
                && d.children(n, "case").stream().anyMatch(k -> word(k).equalsIgnoreCase("by"))).toList();
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

    /** "for Reid to quit": an infinitive whose subject "for" introduces. */
    private boolean forInfinitive(int v) {
        return d.token(v).pos().equals("VB") && d.children(v, "mark").stream().anyMatch(c -> word(c).equals("for"));
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
}
