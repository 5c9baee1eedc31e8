package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Dependencies;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.RoleWords;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * CRITICISED (and PRAISED): one named person verbally attacks (or praises) another. Sentences with a cue
 * from the lexicon (cues.tsv) are dependency-parsed and handed to an ordered list of named sieves, each
 * a small rule whose name is the triple's rule ("criticism.verb-active"); a cue one sieve settled is
 * skipped by the later ones. Both ends must be persons (a name, a pronoun or role nominal that
 * {@link PersonIndex} resolves, a title phrase ending in a name); negated, hedged or merely intended
 * cues ("did not criticise", "might be condemning", "refused to criticise") give nothing.
 */
public final class CriticismRules {

    private static final Map<String, List<Cue>> CUES = Cue.lexicon();
    private static final Set<String> VIOLENCE = WordLists.words(CriticismRules.class, "violence.txt");
    /** Cues that name an accusation, never a blow: violence beside them does not make them physical. */
    private static final Set<String> ACCUSATIONS = WordLists.words(CriticismRules.class, "accusations.txt");
    private static final Set<String> ROLE_NOUNS = RoleWords.SPEAKER.words();
    private static final Set<String> GATE_PRONOUNS = Set.of("he", "him", "she", "her", "his");
    /** Pronouns said-label and said-wrong may take for the one criticised (the listener, the other gender). */
    private static final Set<String> REPORTED_PRONOUNS = Set.of("he", "she", "his", "her", "they");
    private static final Map<String, Sieve> PATTERNS = patterns();
    /** The word lists patterns.semgrex defines, for the gate: what its sieves read, it must let through. */
    private static final Map<String, Set<String>> PATTERN_WORDS = SemgrexSieve.definedWords("patterns.semgrex");
    /** How many words either side of a cue a violence word makes it physical. */
    private static final int VIOLENCE_WINDOW = 6;

    /** The sieves, in the order they run. */
    static final List<Sieve> SIEVES = List.of(
            new Reciprocal(),               // "X and Y traded insults", "attacked each other": both directions
            PATTERNS.get("verb-passive"),   // "Y was attacked by X"
            new VerbActive(),               // "X slammed Y", "X condemned Y's remarks", "a speech criticising Y"
            new Labelling(),                // "X called Y a liar", "X called his remarks reckless"
            new NounLabel(),                // "X's description of Y as a liar"
            new SaidLabel(),                // "X said Y was unfit to lead", "X said Y's remarks were wrong"
            new SaidWrong(),                // "X said Y had misled voters", "X said the chancellor had failed to act"
            new ToldQuote(),                // "X told Y: 'You have betrayed the country'", "X told Y: 'Don't tell lies'"
            new PhrasalVerb(),              // "X hit out at Y", "X called out Y"
            PATTERNS.get("noun-possessive"),// "X's attack on Y"
            PATTERNS.get("noun-from"),      // "Y came under fire from X", "Y faced criticism from X"
            PATTERNS.get("noun-that"),      // "X's accusation that Y is lying"
            new NounRelative(),             // "an attack he leveled at Y": the relative clause the parser missed
            PATTERNS.get("noun-aimed"),     // "X's criticism was aimed at Y"
            new NounSupport(),              // "X launched an attack on Y", "in a swipe at Y, X said"
            PATTERNS.get("adjective"),      // "X was critical of Y"
            PATTERNS.get("noun-about"),     // "X's disparaging remarks about Y", "X made derogatory comments about Y"
            new Feeling(),                  // "X was appalled by Y's remarks", "X said she was disgusted at Y"
            new ResignationCall(),          // "X called on Y to resign", "X demanded Y's resignation"
            PATTERNS.get("noun-critic"),    // "X, a fierce critic of Y,", "X has been a critic of Y"
            PATTERNS.get("singled-out"),    // "X singled out Y for criticism"
            PATTERNS.get("harsh-words"),    // "X reserved her sharpest words for Y", "X had harsh words for Y"
            new ActAuthor(),                // "X announced a cap. Y condemned the move": the act's author
            new Headline(),                 // "X Blasts Y Over Plan": a cue verb the tagger took for a noun
            new Retort(),                   // "..., and Y hit back": at whoever just criticised Y
            new Continuation());            // "First, X attacked Y. Then he turned to Z."

    private final Function<Sentence, Dependencies> parser;

    /** @param parser the dependency parser, called only for sentences with a cue */
    public CriticismRules(Function<Sentence, Dependencies> parser) {
        this.parser = parser;
    }

    private static Map<String, Sieve> patterns() {
        Map<String, Sieve> out = new java.util.HashMap<>();
        for (Sieve s : SemgrexSieve.load("patterns.semgrex", CUES)) {
            out.put(s.name(), s);
        }
        return Map.copyOf(out);
    }

    /** The CRITICISED and PRAISED triples of one article. Thread-safe. */
    public List<Triple> extract(Doc doc, PersonIndex persons) {
        Findings out = new Findings();
        int lastCritical = -10;
        for (Sentence read : doc.sentences()) {
            Sentence s = retagged(read);
            boolean continues = lastCritical == s.index() - 1 && hasContinuationCue(s);
            boolean acted = ActAuthor.candidate(doc, s, persons); // "the move", "the remarks": the sentence before's
            boolean echoes = acted || SayingOwners.echoCandidate(doc, s); // "the comments", of someone named just before
            if (!(hasCue(s, echoes) || continues || Headline.candidate(s))
                    || !(enoughPersons(s, persons) || echoes) || violent(s) || crimeReport(s)) {
                continue;
            }
            ParsedSentence p = new ParsedSentence(doc, s, parser.apply(s), persons);
            int before = out.size();
            for (Sieve sieve : SIEVES) {
                sieve.apply(p, out);
            }
            if (out.size() > before) {
                lastCritical = s.index();
            }
        }
        return out.triples();
    }

    /** The cue kinds of verbs, for {@link #retagged}. */
    private static final Set<Cue.Kind> VERB_KINDS = Set.of(Cue.Kind.VERB, Cue.Kind.PHRASAL, Cue.Kind.PARTICLE,
            Cue.Kind.RETORT, Cue.Kind.LABEL, Cue.Kind.QUALITY, Cue.Kind.DEMAND);
    /** What introduces the one a REMARK is about: "derogatory comments about Reid", "remarks aimed at Reid". */
    private static final List<String> REMARKED_ON = List.of("about", "toward", "towards", "against", "at");
    /** Verbs of leaving that are no noun whatever follows them: "to apologise for", "to resign over". */
    private static final Set<String> NEVER_NOUNS = Set.of("apologise", "apologize", "resign");
    /**
     * "demanded that Reid apologise for the remarks": a verb of leaving or amends that is never a noun (apologise,
     * resign) right after a name or a pronoun, which the tagger took for a noun; the subjunctive verb it is.
     */
    private static boolean subjunctiveTakenForNoun(List<Token> ts, int i) {
        Token t = ts.get(i);
        Token before = ts.get(i - 1);
        return t.pos().startsWith("NN") && NEVER_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))
                && (before.pos().equals("NNP") || before.pos().equals("PRP"));
    }

    /** What may follow an infinitive cue verb: "to fire back at", "to lash out at". */
    private static final Set<String> PARTICLES = Set.of("back", "out", "at", "into", "on", "off", "down");

    /**
     * The sentence with tagger errors mended before the gate and the parse. "took to Twitter to fire back at Reid",
     * "went on television to slam Reid", "urged the board to sack Reid": a cue verb (or a verb of removal, exits.tsv)
     * right after "to" that the tagger took for a noun or an adjective ("to/IN slam/NN Reid", "to/IN mock/JJ the
     * chancellor"), so that the parse hangs the name on "to"
     * as a preposition, is read as the infinitive it is when a name, pronoun or determiner (its object) or a particle
     * follows; "open to attack from", "in response to criticism" stay nouns. "said after the debate that/WDT Reid had
     * lied": the "that" of a report is read as a conjunction ({@link #reportedAfterAdverbial}); "Holt's spat with Reid":
     * the noun, not the past of "spit" ({@link #spatTakenForVerb}); "demanded that Reid apologise/NN": the verb
     * ({@link #subjunctiveTakenForNoun}).
     */
    static Sentence retagged(Sentence s) {
        List<Token> ts = s.tokens();
        List<Token> out = null;
        for (int i = 1; i + 1 < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.pos().equals("WDT") && reportedAfterAdverbial(ts, i)) {
                if (out == null) {
                    out = new ArrayList<>(ts);
                }
                out.set(i, new Token(t.index(), t.word(), t.begin(), t.end(), "IN", t.lemma(), t.ner(), t.sentence()));
                continue;
            }
            if (spatTakenForVerb(ts, i)) {
                if (out == null) {
                    out = new ArrayList<>(ts);
                }
                out.set(i, new Token(t.index(), t.word(), t.begin(), t.end(), "NN", "spat", t.ner(), t.sentence()));
                continue;
            }
            if (subjunctiveTakenForNoun(ts, i)) {
                if (out == null) {
                    out = new ArrayList<>(ts);
                }
                out.set(i, new Token(t.index(), t.word(), t.begin(), t.end(), "VB", t.lemma(), t.ner(), t.sentence()));
                continue;
            }
            if (phrasalTakenForNoun(ts, i)) {
                if (out == null) {
                    out = new ArrayList<>(ts);
                }
                out.set(i, new Token(t.index(), t.word(), t.begin(), t.end(), "VBZ", t.lemma(), t.ner(), t.sentence()));
                continue;
            }
            if (!(t.pos().equals("NN") || t.pos().equals("JJ")) || !ts.get(i - 1).word().equalsIgnoreCase("to")) {
                continue; // the common case, before a lemma is lowered
            }
            Token next = ts.get(i + 1);
            String l = lemma(t);
            if (!t.word().equals(l)
                    || !(next.pos().startsWith("NNP") || next.pos().equals("PRP") || next.pos().equals("PRP$")
                    || next.pos().equals("DT") || PARTICLES.contains(next.word().toLowerCase(Locale.ROOT))
                    || NEVER_NOUNS.contains(l)) // "calls for the mayor to/IN apologise/NN for ..."
                    || !(CUES.getOrDefault(l, List.of()).stream().anyMatch(c -> VERB_KINDS.contains(c.kind()))
                    || ResignationCall.isExitVerb(l))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(ts);
            }
            Token to = ts.get(i - 1);
            out.set(i - 1, new Token(to.index(), to.word(), to.begin(), to.end(), "TO", to.lemma(), to.ner(), to.sentence()));
            out.set(i, new Token(t.index(), t.word(), t.begin(), t.end(), "VB", t.lemma(), t.ner(), t.sentence()));
        }
        return out == null ? s : new Sentence(s.index(), s.begin(), s.end(), out);
    }

    /**
     * A quarrel noun of the reciprocal sieve ("feud", "row", a "war" only "of words") with "between" or "with" after it;
     * not "the war with Iraq", which no sieve reads.
     */
    private static boolean quarrelAhead(List<Token> ts, int i) {
        String l = lemma(ts.get(i));
        boolean words = !l.equals("war") || i + 2 < ts.size() && ts.get(i + 1).word().equals("of")
                && ts.get(i + 2).word().equals("words");
        return Reciprocal.QUARRELS.contains(l) && words
                && (followedBy(ts, i, "between", 4) || followedBy(ts, i, "with", 4));
    }

    /**
     * "Holt's spat with Reid", "the bitter spat between": the quarrel the tagger took for the past of "spit", after an
     * owner, a determiner or an adjective (the reciprocal sieve's noun).
     */
    private static boolean spatTakenForVerb(List<Token> ts, int i) {
        Token before = ts.get(i - 1);
        return ts.get(i).word().equals("spat") && ts.get(i).pos().startsWith("VB")
                && (before.pos().equals("POS") || before.pos().equals("PRP$") || before.pos().equals("DT")
                || before.pos().startsWith("JJ"));
    }

    /**
     * "Reid, the National leader, rounds on Holt", "Reid hits back at Holt": the present tense of a phrasal or retort
     * cue that the tagger took for a plural noun, right after a name or the comma closing an appositive and right
     * before the cue's particle (never "the rounds on the ward", "his hits on Holt"); "Clive Reid, 47, brands Education
     * Secretary Ann Holt ...": of a verb or labelling cue, right after the comma or a person's name and right before a
     * proper noun.
     */
    private static boolean phrasalTakenForNoun(List<Token> ts, int i) {
        Token t = ts.get(i);
        Token before = ts.get(i - 1);
        if (!t.pos().equals("NNS") || !t.word().endsWith("s")
                || !(before.word().equals(",") || before.pos().startsWith("NNP"))) {
            return false;
        }
        String particle = ts.get(i + 1).word().toLowerCase(Locale.ROOT);
        boolean named = Character.isLowerCase(t.word().charAt(0)) && ts.get(i + 1).pos().startsWith("NNP")
                && (before.word().equals(",") || "PERSON".equals(before.ner())); // "Holt Blasts Reid": a headline's
        return CUES.getOrDefault(lemma(t), List.of()).stream()
                .anyMatch(c -> (c.kind() == Cue.Kind.PHRASAL || c.kind() == Cue.Kind.RETORT)
                        && !c.particles().isEmpty() && c.particles().get(0).equals(particle)
                        || named && (c.kind() == Cue.Kind.VERB || c.kind() == Cue.Kind.LABEL) && c.particles().isEmpty());
    }

    /** What may stand between a verb of saying and the "that" of what it reports: "said after the debate that". */
    private static final Set<String> ADVERBIAL_TAGS = Set.of("IN", "DT", "JJ", "NN", "NNS", "NNP", "CD", "PRP$", "PRP");

    /**
     * "said after the debate that/WDT Reid had lied", "wrote in a column that/WDT ...", "told reporters after the vote
     * that/WDT ...": the tagger takes the "that" of a verb of saying's report for a relative pronoun of the adverbial's
     * noun, and the parse hangs the report on that noun; the "that" at {@code i} is read as the conjunction it is when
     * a preposition and its noun stand between it and a verb of saying (at most six words) and a subject follows it.
     */
    private static boolean reportedAfterAdverbial(List<Token> ts, int i) {
        if (!ts.get(i).word().equalsIgnoreCase("that") || !ts.get(i - 1).pos().startsWith("NN")) {
            return false;
        }
        String next = ts.get(i + 1).pos();
        if (!(next.startsWith("NNP") || next.equals("PRP") || next.equals("DT"))) {
            return false;
        }
        boolean preposition = false;
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            Token t = ts.get(k);
            if (t.pos().startsWith("VB")) {
                return preposition && cues(t).anyMatch(c -> c.kind() == Cue.Kind.SAYING);
            }
            if (!ADVERBIAL_TAGS.contains(t.pos())) {
                return false;
            }
            preposition |= t.pos().equals("IN");
        }
        return false;
    }

    /** Words for two persons at once: "the two rivals", "both", "the pair", "the duo", "the couple". */
    private static final Set<String> PAIR_WORDS = Set.of("two", "both", "pair", "duo", "couple");

    /** Two persons, or one and a pronoun, a role nominal or a retort ("Rubio hit back"). */
    static boolean enoughPersons(Sentence s, PersonIndex persons) {
        int named = persons.mentionsIn(s.begin(), s.end()).size();
        for (Token t : s.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (GATE_PRONOUNS.contains(w) || ROLE_NOUNS.contains(w) || w.equals("back")) {
                named++;
            } else if (PAIR_WORDS.contains(w)) {
                named += 2; // "the two rivals traded insults", "Holt mocked the pair", "accusing the couple of"
            }
        }
        return named >= 2 || named == 1 && (provoked(s.tokens()) || answers(s.tokens()));
    }

    /** "Holt dismissed the charge as nonsense": a definite charge (charges.txt), whose author the sentences before name. */
    private static boolean answers(List<Token> ts) {
        for (int i = 0; i + 1 < ts.size(); i++) {
            if (ActAuthor.DEFINITE.contains(ts.get(i).word().toLowerCase(Locale.ROOT))
                    && SayingOwners.CHARGES.contains(ts.get(i + 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose subject "That" is what someone just said or did, and whose object is the reaction to it. */
    static final Set<String> PROVOKING = Set.of("draw", "provoke", "spark", "prompt", "trigger", "earn");

    /**
     * "That drew an attack from Holt", "But this provoked a rebuke from Holt", "That's a pointed swipe at Holt", "The
     * remark drew a rebuke from Holt": the other person is in the sentence before.
     */
    private static boolean provoked(List<Token> ts) {
        int first = !ts.isEmpty() && Set.of("but", "and").contains(ts.get(0).word().toLowerCase(Locale.ROOT)) ? 1 : 0;
        if (ts.size() > first + 2 && ts.get(first).word().equalsIgnoreCase("the")
                && ActAuthor.isAct(ts.get(first + 1).word().toLowerCase(Locale.ROOT))) {
            return PROVOKING.contains(lemma(ts.get(first + 2)));
        }
        return ts.size() > first + 1 && Set.of("that", "this").contains(ts.get(first).word().toLowerCase(Locale.ROOT))
                && (PROVOKING.contains(lemma(ts.get(first + 1))) || lemma(ts.get(first + 1)).equals("be"));
    }

    /** Whether a sentence has a cue worth parsing for: phrasal verbs with their particles, nouns with a preposition after. */
    public static boolean hasCue(Sentence s) {
        return hasCue(s, false);
    }

    /**
     * As {@link #hasCue(Sentence)}; {@code echoes}: the sentence holds "the comments" of someone named just before
     * ({@link SayingOwners#echoCandidate}), who may be whom a verb of saying reports on ("said the comments were wrong").
     */
    static boolean hasCue(Sentence s, boolean echoes) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            int at = i;
            if (cues(ts.get(i)).anyMatch(c -> switch (c.kind()) {
                case VERB, ADJ -> true;
                case QUALITY -> followedByQuality(ts, at, 12) || questionedAfter(ts, at); // "Reid's values and his readiness"
                case PHRASAL, RETORT, PARTICLE -> followedBy(ts, at, c.particles().get(c.particles().size() - 1), 6);
                case NOUN -> followedBy(ts, at, "on", 3) || followedBy(ts, at, "at", 3) || followedBy(ts, at, "of", 2)
                        || followedBy(ts, at, "against", 3) || followedBy(ts, at, "toward", 3)
                        || followedBy(ts, at, "towards", 3) || followedBy(ts, at, "from", 3)
                        || followedBy(ts, at, "that", 1) || followedBy(ts, at, "to", 1) || NounRelative.aimedAfter(ts, at)
                        || possessedBy(ts, at) && answeredBefore(ts, at) // "shrugged off Holt's criticism": noun-from
                        || givenBefore(ts, at); // "gave Reid a tongue-lashing": noun-at
                case UNDER -> followedBy(ts, at, "from", 4) || at > 0 && GATE_PRONOUNS.contains(lemma(ts.get(at - 1)))
                        && (followedBy(ts, at, "on", 5) || followedBy(ts, at, "at", 5)); // "turned her fire on Reid"
                case RECIPROCAL -> true;
                case FEELING -> followedBy(ts, at, "by", 3) || followedBy(ts, at, "at", 3);
                case CONTINUATION -> false;
                case LABEL -> !Labelling.believes(lemma(ts.get(at))) && insultAfter(ts, at)
                        || Labelling.holdsToAccount(lemma(ts.get(at))) && answerableAfter(ts, at)
                        || Labelling.belittles(lemma(ts.get(at))) && followedBy(ts, at, "as", 8); // "dismissed Reid as"
                case SAYING -> insultAfterCopula(ts, at, echoes) || wrongdoingAfter(ts, at) || exitAfter(ts, at, true)
                        || rebukeAfter(ts, at) || SaidWrong.complains(lemma(ts.get(at))) // said-wrong's complaint
                        || SaidLabel.causedInsultAfter(ts, at) // "said Reid's remarks make him unfit"
                        || ToldQuote.accusedBefore(ts, at); // "'You are a disgrace,' Holt told Reid"
                case DEMAND -> exitAfter(ts, at, false);
                case REMARK -> REMARKED_ON.stream().anyMatch(w -> followedBy(ts, at, w, 4));
                case REASON -> followedBy(ts, at, "for", 8) || followedBy(ts, at, "over", 8) || followedBy(ts, at, "on", 8);
            }) || REACTIONS.contains(lemma(ts.get(i))) && i > 0 && ts.get(i - 1).pos().startsWith("JJ")
                    && followedBy(ts, at, "from", 3) // "drew an angry response from X": patterns.semgrex, noun-from
                    || BARRAGES.contains(lemma(ts.get(i))) && followedBy(ts, at, "from", 3) // "faced a barrage from X"
                    || lemma(ts.get(i)).equals("single") && followedBy(ts, at, "out", 2) && followedBy(ts, at, "for", 10)
                    || quarrelAhead(ts, at) // "the feud between", "a war of words with": reciprocal
                    || lemma(ts.get(i)).equals("critic") // "Reid's fiercest critic", "a Reid critic": patterns.semgrex
                    && (possessedBy(ts, at) || i > 0 && ts.get(i - 1).pos().startsWith("NNP"))
                    || NounLabel.isLabelling(lemma(ts.get(i))) && possessedBy(ts, at) && followedBy(ts, at, "as", 10)
                    && insultAfter(ts, at) // "Holt's description of Reid as a liar": noun-label
                    || HARSH_WORDS.contains(lemma(ts.get(i))) && i > 0 && ts.get(i - 1).pos().startsWith("JJ")
                    && followedBy(ts, at, "for", 4)) {
                return true; // "singled out Reid for criticism", "her sharpest words for Reid": patterns.semgrex
            }
        }
        return false;
    }

    /** Verbs (lemmas) of answering a criticism: patterns.semgrex's ANSWERING and ANSWER_TO. */
    private static final Set<String> ANSWERING = Stream.concat(PATTERN_WORDS.get("ANSWERING").stream(),
            PATTERN_WORDS.get("ANSWER_TO").stream()).collect(Collectors.toUnmodifiableSet());

    /** "responded to Holt's attacks", "shrugged off Holt's criticism": a verb of answering within six words before. */
    private static boolean answeredBefore(List<Token> ts, int i) {
        for (int k = Math.max(0, i - 6); k < i; k++) {
            if (ANSWERING.contains(lemma(ts.get(k))) && ts.get(k).pos().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** "Reid's fiercest critic", "one of his critics": a possessive within three words before the noun at {@code i}. */
    private static boolean possessedBy(List<Token> ts, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (ts.get(k).pos().equals("POS") || ts.get(k).pos().equals("PRP$")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns that, sharp and kept "for" someone, are criticism of them: patterns.semgrex, harsh-words. */
    private static final Set<String> HARSH_WORDS = Set.of("word", "criticism", "attack", "barb", "scorn", "venom",
            "invective", "jibe", "contempt", "ire");

    /** Nouns that are criticism alone only when faced "from" someone, in patterns.semgrex: "faced a barrage from X". */
    private static final Set<String> BARRAGES = Set.of("barrage", "fusillade", "bombardment");

    /**
     * Nouns that are criticism only with an adjective of anger, patterns.semgrex's REPLY: "an angry response from X", "a
     * sharp reply from X".
     */
    private static final Set<String> REACTIONS = PATTERN_WORDS.get("REPLY");

    /**
     * "said Reid was unfit", "said the president's remarks were wrong", "told Mrs Holt she was not fit", "said the crisis
     * was Reid's fault", "said it was inappropriate for Reid to ...": a form of "be" after the verb of saying, an insult
     * (a denied quality) within a few words after it, and before it someone said-label can take for the insulted one (a
     * proper noun, a role noun such as "president", a pronoun; "it" only with "for" after the insult; "the comments" when
     * they {@code echoes} someone's named just before), or a "fault": "said it was wrong", "said the tweet was a joke"
     * cost no parse.
     */
    private static boolean insultAfterCopula(List<Token> ts, int i, boolean echoes) {
        boolean someone = false;
        boolean it = false;
        for (int k = i + 1; k < ts.size(); k++) {
            Token t = ts.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            someone |= reportedSomeone(ts, k)
                    || echoes && SayingOwners.isSayingWord(w) && ActAuthor.DEFINITE.contains(lemma(ts.get(k - 1)));
            it |= w.equals("it");
            if (lemma(t).equals("be") && t.pos().startsWith("VB")) {
                boolean denied = false;
                for (int j = k + 1; j < Math.min(ts.size(), k + 7); j++) {
                    String x = ts.get(j).word().toLowerCase(Locale.ROOT);
                    denied |= x.equals("not") || x.equals("n't") || x.equals("never");
                    boolean insult = Labelling.isInsultAt(ts, j) || denied && SaidLabel.isQualityWord(x)
                            || SaidLabel.isExcessAt(ts, j);
                    if (insult && (someone || it && followedBy(ts, j, "for", 3)) || SaidLabel.BLAME.contains(x)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} may be whom a reported clause is about: a proper noun, a role noun ("the president"), a
     * pronoun, or "the other" of a distributive "each" ("each said the other was unfit").
     */
    private static boolean reportedSomeone(List<Token> ts, int k) {
        Token t = ts.get(k);
        String w = t.word().toLowerCase(Locale.ROOT);
        return t.pos().startsWith("NNP") || ROLE_NOUNS.contains(w) || REPORTED_PRONOUNS.contains(w)
                || w.equals("other") && k > 0 && ts.get(k - 1).word().equalsIgnoreCase("the");
    }

    /**
     * "said Reid should be ashamed", "said Reid had no credibility left", "said Reid lacked the judgment": said-label's
     * shame or lack within a dozen words.
     */
    private static boolean rebukeAfter(List<Token> ts, int i) {
        for (int k = i + 1; k < Math.min(ts.size(), i + 12); k++) {
            if (SaidLabel.isRebukeWord(ts.get(k).word()) && (k > 0 && ts.get(k - 1).word().equalsIgnoreCase("no")
                    || ts.get(k).pos().startsWith("JJ") || ts.get(k).pos().equals("VBN"))) {
                return true;
            }
            if (ts.get(k).word().equalsIgnoreCase("trusted") && ts.get(k).pos().equals("VBN") && negatedJustBefore(ts, k)) {
                return true; // "said Reid cannot be trusted"
            }
            if (lemma(ts.get(k)).equals("lack") && ts.get(k).pos().startsWith("VB")
                    && anyAfter(ts, k, 6, j -> SaidLabel.isLackable(ts.get(j).word()))) {
                return true;
            }
        }
        return false;
    }

    /** The possessive marks after a name, as the tokenizer leaves them ("Reid 's"). */
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "\u2019s", "'");

    /**
     * "said Reid had misled voters", "said the chancellor failed to act", "said Reid had treated her disrespectfully": a
     * verb of a wrongdoing (wrongdoing.txt) within a few words, or a manner of one (wrong-manners.txt) within a few more,
     * after someone said-wrong can take for the wrongdoer ({@link #reportedSomeone}) after the verb of saying.
     */
    private static boolean wrongdoingAfter(List<Token> ts, int i) {
        for (int k = i + 1; k < ts.size(); k++) {
            if (reportedSomeone(ts, k)) {
                // "said Reid's stance on the government's bill was putting ...": a possessor's phrase is longer
                int more = k + 1 < ts.size() && POSSESSIVE_MARKS.contains(ts.get(k + 1).word()) ? 4 : 0;
                for (int j = k + 1; j < Math.min(ts.size(), k + 14 + more); j++) {
                    if (j < k + 6 + more && ts.get(j).pos().startsWith("VB") && SaidWrong.isWrongdoing(lemma(ts.get(j)))
                            || SaidWrong.isWrongManner(ts.get(j).word()) || j < k + 6 && SaidWrong.wentTooFar(ts, j)
                            || j < k + 8 + more && (SaidWrong.failsAt(ts, j) || SaidWrong.endangersAt(ts, j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "called on Reid to resign", "demanded Reid's resignation": a word of leaving a post (exits.tsv) within a dozen words
     * after the demand; after a verb of saying, only right after "should" or "must" ("said Reid should resign").
     */
    private static boolean exitAfter(List<Token> ts, int i, boolean modal) {
        for (int k = i + 1; k < Math.min(ts.size(), i + 13); k++) {
            if (ResignationCall.isExit(lemma(ts.get(k))) && (!modal || afterModal(ts, k))) {
                return true;
            }
        }
        return false;
    }

    /** "should resign", "must be sacked": "should" or "must" right before, or before "be". */
    private static boolean afterModal(List<Token> ts, int k) {
        int m = k > 0 && ts.get(k - 1).word().equalsIgnoreCase("be") ? k - 2 : k - 1;
        return m >= 0 && (ts.get(m).word().equalsIgnoreCase("should") || ts.get(m).word().equalsIgnoreCase("must"));
    }

    /** "held Reid responsible", "viewed Reid as responsible": an answerable word within eight words after the verb. */
    private static boolean answerableAfter(List<Token> ts, int i) {
        return anyAfter(ts, i, 8, k -> Labelling.isAnswerableAt(ts, k));
    }

    /** "called Reid a liar", "described the plan as reckless": an insult after the naming verb, not anywhere in the sentence. */
    private static boolean insultAfter(List<Token> ts, int i) {
        return anyAfter(ts, i, ts.size(), k -> Labelling.isInsultAt(ts, k));
    }

    private static boolean hasContinuationCue(Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            int at = i;
            if (cues(ts.get(i)).anyMatch(c -> c.kind() == Cue.Kind.CONTINUATION
                    && c.particles().stream().anyMatch(p -> followedBy(ts, at, p, 4)))) {
                return true;
            }
        }
        return false;
    }

    /** "questioned Reid's judgment": a quality of qualities.txt within a few words after the verb. */
    private static boolean followedByQuality(List<Token> ts, int i, int window) {
        return anyAfter(ts, i, window, k -> VerbActive.QUALITIES.contains(lemma(ts.get(k))));
    }

    /** What opens the clause a QUALITY cue questions: "questioned whether", "doubted that". */
    private static final Set<String> QUESTIONED = Set.of("whether", "if", "that");

    /**
     * "questioned whether Reid had the judgment to lead", "doubted that Reid was fit to serve": "whether", "if" or "that"
     * right after the verb, then a quality (or one whose denial insults) within ten words.
     */
    private static boolean questionedAfter(List<Token> ts, int i) {
        return anyAfter(ts, i, 2, k -> QUESTIONED.contains(ts.get(k).word().toLowerCase(Locale.ROOT)))
                && anyAfter(ts, i, 10, k -> VerbActive.QUALITIES.contains(lemma(ts.get(k)))
                        || SaidLabel.isQualityWord(ts.get(k).word()));
    }

    /** "gave Reid a tongue-lashing": a form of "give" at most five words before the noun at {@code i}. */
    private static boolean givenBefore(List<Token> ts, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (ts.get(k).pos().startsWith("VB") && lemma(ts.get(k)).equals("give")) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedBy(List<Token> ts, int i, String word, int window) {
        return anyAfter(ts, i, window, k -> ts.get(k).word().equalsIgnoreCase(word));
    }

    /** Whether {@code at} holds of one of the {@code window} tokens after token {@code i}. */
    static boolean anyAfter(List<Token> ts, int i, int window, java.util.function.IntPredicate at) {
        for (int k = i + 1; k < Math.min(ts.size(), i + 1 + window); k++) {
            if (at.test(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "not" or "n't" is one of the three tokens before token {@code i}: "cannot be trusted", "won't work". */
    static boolean negatedJustBefore(List<Token> ts, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            String w = ts.get(k).word();
            if (w.equalsIgnoreCase("not") || w.equalsIgnoreCase("n't")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence tells of physical violence at all ("Reid punched Holt"): what "That" then stands for is no speech. */
    static boolean tellsOfViolence(Sentence s) {
        List<Token> ts = s.tokens();
        return java.util.stream.IntStream.range(0, ts.size()).anyMatch(i -> violence(ts, i));
    }

    /** A word of violence (violence.txt), not part of a person's name ("by judge Natalia Kills"). */
    private static boolean violence(List<Token> ts, int i) {
        Token t = ts.get(i);
        return VIOLENCE.contains(lemma(t)) && !"PERSON".equals(t.ner()) && !gunPolicy(ts, i);
    }

    /** What guns are as a matter of policy: "gun control", "gun rights", "the gun lobby". */
    private static final Set<String> GUN_POLICY = Set.of("control", "controls", "rights", "law", "laws", "lobby",
            "owner", "owners", "ownership", "safety", "violence", "policy", "policies", "legislation", "manufacturer",
            "manufacturers", "maker", "makers", "industry", "reform", "reforms", "sale", "sales", "measure", "measures",
            "bill", "bills", "issue", "issues", "regulation", "regulations", "restrictions", "debate", "vote", "votes");

    /** What a policy follows: "Reid's record on guns", "a row over guns". */
    private static final Set<String> POLICY_PREPOSITIONS = Set.of("on", "about", "over");

    /**
     * "attacked Reid's record on guns", "hit Reid on gun control": a gun as a matter of policy (a noun after "on",
     * "about" or "over", or before a word of policy), not a weapon.
     */
    private static boolean gunPolicy(List<Token> ts, int i) {
        if (!lemma(ts.get(i)).equals("gun") || !ts.get(i).pos().startsWith("NN")) {
            return false;
        }
        boolean after = i > 0 && POLICY_PREPOSITIONS.contains(ts.get(i - 1).word().toLowerCase(Locale.ROOT));
        return after || i + 1 < ts.size() && GUN_POLICY.contains(ts.get(i + 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a cue stands within a few words of physical violence ("she was attacked and stabbed", "beaten and
     * kicked by"): then it is an assault, not a verbal attack, unless the cue names an accusation ("accused Reid of
     * raping her"). Violence elsewhere in the sentence ("criticized
     * Reid for opposing abortion in cases of rape", "slammed Reid ... her father teaching her to shoot") does
     * not make its criticism physical.
     */
    private static boolean violent(Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (!violence(ts, i)) {
                continue;
            }
            for (int k = Math.max(0, i - VIOLENCE_WINDOW); k < Math.min(ts.size(), i + VIOLENCE_WINDOW + 1); k++) {
                int at = k;
                if (k != i && !ACCUSATIONS.contains(lemma(ts.get(k))) && cues(ts.get(k)).anyMatch(c -> switch (c.kind()) {
                    // "said", "accused", "what she called a carbon bomb", "called for": words, no attack
                    case SAYING, LABEL, DEMAND -> false;
                    // "made a rape allegation" is no "made fun of", "took her to hospital" no "took aim at"
                    case PHRASAL, PARTICLE, RETORT -> followedBy(ts, at, c.particles().get(0), 3);
                    default -> true;
                })) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of an assault that are as often verbal: physical in a report of the police or a court. */
    private static final Set<String> ASSAULTS = Set.of("attack", "assault");
    /** Who reports a crime: "police said", "prosecutors alleged", "the court heard", "jurors were told". */
    private static final Set<String> CRIME_REPORTERS = Set.of("police", "prosecutor", "prosecutors", "court", "jury",
            "jurors", "juror", "detective", "detectives");
    /** What they do with it. */
    private static final Set<String> CRIME_REPORTING = Set.of("say", "allege", "hear", "tell", "claim");

    /**
     * "Y was attacked by X after he approached the car, police said", "Prosecutors alleged X attacked Y", "X attacked Y
     * after finding out ..., Worcester Crown Court heard": an attack or assault in a sentence that reports the police's
     * or a court's account is a crime, not criticism (a police or court word followed within three words by a verb of
     * saying, alleging or hearing).
     */
    private static boolean crimeReport(Sentence s) {
        List<Token> ts = s.tokens();
        if (ts.stream().noneMatch(t -> ASSAULTS.contains(lemma(t)))) {
            return false;
        }
        for (int i = 0; i < ts.size(); i++) {
            if (CRIME_REPORTERS.contains(ts.get(i).word().toLowerCase(Locale.ROOT))) {
                for (int k = i + 1; k < Math.min(ts.size(), i + 4); k++) {
                    if (CRIME_REPORTING.contains(lemma(ts.get(k))) && ts.get(k).pos().startsWith("VB")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** Whether a lemma is a criticism verb ("blast" of "Clinton Blasts Trump"), whatever the tagger made of it. */
    static boolean isVerbCue(String lemma) {
        return CUES.getOrDefault(lemma, List.of()).stream()
                .anyMatch(c -> c.kind() == Cue.Kind.VERB && c.relation() == Relation.CRITICISED);
    }

    private static final String COUNTER = "counter-";

    /**
     * The verb cues of the word after a prefix the lemmatiser leaves on ("counter-accused"): the word itself, or without
     * an inflection ("accused", "accuses", "accusing": "accuse").
     */
    private static List<Cue> prefixed(String word) {
        for (String stem : List.of(word, strip(word, "d"), strip(word, "ed"), strip(word, "s"), strip(word, "es"),
                strip(word, "ing"), strip(word, "ing") + "e")) {
            List<Cue> found = CUES.getOrDefault(stem, List.of());
            if (!found.isEmpty()) {
                return found.stream().filter(c -> c.kind() == Cue.Kind.VERB).toList();
            }
        }
        return List.of();
    }

    private static String strip(String word, String suffix) {
        return word.endsWith(suffix) ? word.substring(0, word.length() - suffix.length()) : word;
    }

    /** The cues a token may be, given its part of speech. */
    static Stream<Cue> cues(Token t) {
        List<Cue> found = CUES.getOrDefault(lemma(t), List.of());
        if (found.isEmpty() && lemma(t).startsWith(COUNTER)) {
            found = prefixed(lemma(t).substring(COUNTER.length())); // "counter-accused her of battery"
        }
        String pos = t.pos();
        if (pos.equals("VBG")) { // "disparaging/VBG remarks": the participle's lemma is its verb's, the REMARK cue its word
            List<Cue> remark = CUES.getOrDefault(t.word().toLowerCase(Locale.ROOT), List.of()).stream()
                    .filter(c -> c.kind() == Cue.Kind.REMARK).toList();
            if (!remark.isEmpty()) {
                found = java.util.stream.Stream.concat(found.stream(), remark.stream()).toList();
            }
        }
        return found.stream().filter(c -> switch (c.kind()) {
            case VERB, PHRASAL, PARTICLE, RETORT, RECIPROCAL, CONTINUATION, LABEL, QUALITY, SAYING, REASON -> pos.startsWith("VB");
            case NOUN, UNDER -> pos.startsWith("NN");
            case ADJ -> pos.startsWith("JJ");
            case FEELING -> pos.equals("VBN") || pos.startsWith("JJ");
            case DEMAND -> pos.startsWith("VB") || pos.startsWith("NN"); // "joined calls for Reid to quit"
            case REMARK -> pos.startsWith("JJ") || pos.equals("VBG"); // "disparaging/VBG remarks"
        });
    }
}
