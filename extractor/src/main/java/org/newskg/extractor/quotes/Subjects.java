package org.newskg.extractor.quotes;

import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.extractor.persons.RoleWords;
import org.newskg.extractor.quotes.Candidate.Kind;

/** Finds the phrase that speaks: the subject of a verb of saying, or the phrase after an inverted one. */
final class Subjects {

    private static final Set<String> SKIPPABLE = Set.of("also", "then", "later", "today", "tonight", "yesterday",
            "again", "only", "just", "has", "had", "have", "was", "is", "were", "did", "does", "once",
            "previously", "recently", "earlier", "simply", "repeatedly", "reportedly", "separately", "finally",
            "further", "would", "will", "could", "might");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** A reflexive that stresses the subject before it: "Sanders himself acknowledged". */
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself");
    private static final Set<String> SUBORDINATORS = Set.of("when", "if", "after", "although", "though", "while",
            "because", "since", "before", "once", "until", "whereas", "as");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "we", "you", "i", "who", "which");
    /** Verbs that say something with "back" after them: "Sanders shot back, ‘...’", "Clinton fired back that ‘...’". */
    private static final Set<String> RETORTS = Set.of("fire", "shoot", "hit", "snap", "push", "write");

    /** How many tokens a clause may run before its subject is no longer looked for (keeps huge sentences linear). */
    static final int WINDOW = 80;

    private final TextIndex ix;
    private final Lexicon lex;

    Subjects(TextIndex ix, Lexicon lex) {
        this.ix = ix;
        this.lex = lex;
    }

    boolean speechVerb(int i) {
        return ix.isVerb(i) && !ix.inQuote(i) && (lex.speechVerbs.contains(ix.lemma(i))
                || RETORTS.contains(ix.lemma(i)) && i + 1 < ix.size() && "back".equals(ix.lower(i + 1))
                || "read".equals(ix.lemma(i)) && i > 0 && lex.documentNouns.contains(ix.lower(i - 1))); // "his message read"
    }

    /** "X was asked", "X was told": the subject of a passive verb of saying is the one spoken to. */
    boolean passive(int v) {
        if (!"VBN".equals(ix.pos(v))) {
            return false;
        }
        int i = v - 1;
        while (i >= 0 && ix.pos(i).startsWith("RB")) {
            i--;
        }
        return i >= 0 && !ix.inQuote(i) && "be".equals(ix.lemma(i));
    }

    boolean framingVerb(int i) {
        return ix.isVerb(i) && !ix.inQuote(i) && lex.framingVerbs.contains(ix.lemma(i));
    }

    /** The subject of the verb at {@code v}, looking no further left than {@code lb}. */
    Candidate subjectOf(int v, int lb) {
        if (!"VBG".equals(ix.pos(v))) {
            return finiteSubject(v, lb);
        }
        // a participle ("X said, noting that", "X attacked the plans saying"): a name right before it,
        // else the subject of the clause it hangs on
        Candidate direct = finiteSubject(v, lb);
        if (direct != null && (direct.kind() == Kind.PERSON || direct.kind() == Kind.PRONOUN)
                && !objectOfPreposition(direct, v, lb) && !objectOfPersonsVerb(direct, v, lb)
                && !governedEarlier(direct, v, lb)) {
            return direct;
        }
        Candidate object = v - 1 >= lb && "for".equals(ix.lower(v - 1)) ? objectBefore(v - 1, lb) : null;
        if (object != null) {
            return object; // "Clinton slammed Obama as elitist for suggesting that voters 'cling to guns'": Obama's
        }
        int from = v;
        while (from - 1 >= lb && from - 1 >= v - 40 && !ix.inQuote(from - 1)) {
            from--;
        }
        // the first finite verb with a subject: "X said Y will have to choose whose side she's on, saying" is X's
        for (int k = from; k < v; k++) {
            String pos = ix.pos(k);
            if (ix.isVerb(k) && !"VBG".equals(pos) && !"VBN".equals(pos) && !"MD".equals(pos)) {
                Candidate c = finiteSubject(k, lb);
                if (c != null) {
                    return c;
                }
            }
        }
        return mainSubject(lb, v);
    }

    /**
     * "slammed Obama as elitist for", "thanked Ann Holt for": the person who is the object of the verb before {@code k}
     * (named right after it, no other verb, comma or quote between), who does what a participle after "for" says.
     */
    private Candidate objectBefore(int k, int lb) {
        for (int j = k - 1; j >= lb && j >= k - 12 && !ix.inQuote(j); j--) {
            if (ix.mentionEnding[j] != null) {
                int s = ix.mentionStartOf[j];
                boolean object = s - 1 >= lb && !ix.inQuote(s - 1) && ix.isVerb(s - 1) && !"VBG".equals(ix.pos(s - 1))
                        && !speechVerb(s - 1);
                return object ? new Candidate(Kind.PERSON, ix.mentionEnding[j].canonical(), s, j) : null;
            }
            if (ix.isVerb(j) || ",".equals(ix.word(j))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "X hit back at Y, calling ...": a person in a prepositional phrase right before ", VBG" does not do what
     * the participle says; the clause's subject does ("The film showed Y, telling ..." is Y's). So too a person in
     * apposition to a role in that phrase: "turned her fire on her neighbouring MP, Giles Pennington, accusing ...".
     * Without the comma only after "to": "wrote to Tom Walsh asking him for an update" is the writer's asking, where
     * "a letter from Tom Walsh asking for patience" may be Walsh's.
     */
    private boolean objectOfPreposition(Candidate c, int v, int lb) {
        int k = nounsBefore(coordinationStart(c.start(), lb) - 1, lb);
        if (k - 1 >= lb && ",".equals(ix.word(k)) && !ix.inQuote(k - 1) && ix.isNoun(k - 1)
                && RoleWords.any(ix.lower(k - 1))) {
            k--; // the role's phrase: "her neighbouring MP", "Pike's boss"
            while (k >= lb && !ix.inQuote(k)) {
                String pos = ix.pos(k);
                if ("POS".equals(pos) && k - 1 >= lb && ix.mentionEnding[k - 1] != null) {
                    k = ix.mentionStartOf[k - 1] - 1;
                } else if ((ix.isNoun(k) || pos.startsWith("JJ") || "VBG".equals(pos)) && ix.mentionStartOf[k] < 0
                        || "PRP$".equals(pos) || "DT".equals(pos) || "POS".equals(pos)) {
                    k--;
                } else {
                    break;
                }
            }
        }
        if (c.kind() != Kind.PERSON || k < lb || ix.inQuote(k)) {
            return false;
        }
        return v - 1 >= lb && ",".equals(ix.word(v - 1)) && c.end() == v - 2
                && Set.of("IN", "TO", "RP").contains(ix.pos(k)) // "turned on Mr Hale, calling"
                || c.end() == v - 1 && "to".equals(ix.lower(k)); // "wrote to Tom Walsh asking him"
    }

    /**
     * Where the names joined to the one starting at {@code start} begin: "both A and B", "A, B and C" (back over "and",
     * commas and names, and a "both" or "either" before them); {@code start} when no name is joined to it.
     */
    private int coordinationStart(int start, int lb) {
        int s = start;
        while (s - 2 >= lb && !ix.inQuote(s - 1) && ("and".equals(ix.lower(s - 1)) || ",".equals(ix.word(s - 1)))
                && ix.mentionEnding[s - 2] != null) {
            s = ix.mentionStartOf[s - 2];
        }
        if (s < start && s - 1 >= lb && Set.of("both", "either").contains(ix.lower(s - 1))) {
            s--;
        }
        return s;
    }

    /** Past the nouns and adjectives that no name starts, back from {@code k}: where they begin, less one. */
    private int nounsBefore(int k, int lb) {
        while (k >= lb && !ix.inQuote(k) && (ix.isNoun(k) || ix.pos(k).startsWith("JJ")) && ix.mentionStartOf[k] < 0) {
            k--;
        }
        return k;
    }

    /**
     * "Alan Johnson said it was wrong to suggest the chancellor would usurp Mr Milburn, adding they would '...'": a
     * person right before ", VBG" who is the object of a verb does not do what the participle says when a person is
     * the subject of the sentence ("The film showed Mr Reid, telling the crowd: '...'" is still Reid's); nor when a
     * relative clause or a phrase between commas follows that person ("refused to criticise Sir Geoffrey, who brought
     * him into the cabinet, saying ...").
     */
    private boolean objectOfPersonsVerb(Candidate c, int v, int lb) {
        if (c.kind() != Kind.PERSON || v - 1 < lb || !",".equals(ix.word(v - 1))
                || c.end() != v - 2 && !(c.end() + 1 < v - 1 && ",".equals(ix.word(c.end() + 1)))) {
            return false; // the person right before ", VBG", or before a clause between commas that ends there
        }
        int k = coordinationStart(c.start(), lb) - 1;
        while (k >= lb && !ix.inQuote(k) && (ix.pos(k).startsWith("JJ") || "DT".equals(ix.pos(k))
                || ix.isNoun(k) && ix.mentionStartOf[k] < 0 || "PRP$".equals(ix.pos(k))
                || ",".equals(ix.word(k)) && k - 1 >= lb && ix.isNoun(k - 1) && ix.mentionStartOf[k - 1] < 0)) {
            k--; // "refused to blame her predecessor, Alun Griffiths, ..., telling"
        }
        if (k < lb || ix.inQuote(k) || !ix.isVerb(k) || "VBG".equals(ix.pos(k)) && !gerundAfterPreposition(k, lb)) {
            return false;
        }
        Candidate main = mainSubject(lb, c.start());
        return main != null && (main.kind() == Kind.PERSON || main.kind() == Kind.PRONOUN) && main.start() < k;
    }

    /** A gerund in a prepositional phrase, "for not supporting", "after meeting": not a participle of its own clause. */
    private boolean gerundAfterPreposition(int g, int lb) {
        int k = g - 1;
        while (k >= lb && "RB".equals(ix.pos(k)) && !ix.inQuote(k)) {
            k--;
        }
        return k >= lb && !ix.inQuote(k) && "IN".equals(ix.pos(k));
    }

    /** Words tagged as prepositions that open a clause, whose subject the name may be. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "because", "although", "though",
            "while", "as", "since", "after", "before", "once", "until", "unless", "when");

    /** The marks that may end the clause a participle hangs on: ", calling", "– accusing". */
    private static final Set<String> PARTICIPLE_BREAKS = Set.of(",", "-", "–", "—", "--");

    /**
     * "The Liberal leader tore into the prime minister, Lachlan Verity, over the cost of the link, calling ...": a person
     * a preposition governs (past a role and its comma, or a possessor: "the SNP's Neil X"), with words between the
     * name and the participle's comma or dash, does not do what the participle says ("The film showed Y, apparently
     * talking about the EU, telling ..." is still Y's).
     */
    private boolean governedEarlier(Candidate c, int v, int lb) {
        if (c.kind() != Kind.PERSON || c.end() >= v - 2 || v - 1 < lb || !PARTICIPLE_BREAKS.contains(ix.word(v - 1))) {
            return false;
        }
        int k = c.start() - 1;
        while (k >= lb && k >= c.start() - 8 && !ix.inQuote(k) && (ix.pos(k).startsWith("JJ") || "DT".equals(ix.pos(k))
                || "POS".equals(ix.pos(k)) || "PRP$".equals(ix.pos(k))
                || ",".equals(ix.word(k)) && k - 1 >= lb && RoleWords.any(ix.lower(k - 1)) // "the prime minister, X"
                || ix.isNoun(k) && ix.mentionStartOf[k] < 0)) {
            k--;
        }
        return k >= lb && !ix.inQuote(k) && Set.of("IN", "TO", "RP").contains(ix.pos(k)) // not "showed Y, ..., telling"
                && !CLAUSE_OPENERS.contains(ix.lower(k)); // not "expressed frustration that Mr X was ..., telling"
    }

    private Candidate finiteSubject(int v, int lb) {
        int i = v - 1;
        while (i >= lb && !ix.inQuote(i)) {
            if (ix.pos(i).startsWith("RB") || "MD".equals(ix.pos(i)) || SKIPPABLE.contains(ix.lower(i)) && !ix.isNoun(i)
                    || "CD".equals(ix.pos(i))) {
                i--;
                continue;
            }
            int day = dayBefore(i, lb);
            if (day < 0) {
                break;
            }
            i = day; // "Tom Reid on Tuesday said", "Obama on Tuesday night accused"
        }
        if (i - 1 >= lb && REFLEXIVES.contains(ix.lower(i)) && !ix.inQuote(i - 1)
                && (ix.mentionEnding[i - 1] != null || PRONOUNS.contains(ix.lower(i - 1)))) {
            i--; // "Sanders himself acknowledged": the name the reflexive stresses
        }
        if (i < lb || ix.inQuote(i)) {
            return null;
        }
        if (closing(i)) {
            return bracketed(i, lb); // "Sen. Ann Holt (D-N.Y.) said", "Holt (R-Texas) told reporters": past the bracket
        }
        String w = ix.lower(i);
        if (w.equals("who") && i - 1 >= lb && ",".equals(ix.word(i - 1))) {
            return endingAt(i - 2, lb);
        }
        boolean joined = w.equals("and") || w.equals(",") && "then".equals(ix.lower(i + 1)) && i + 1 < v;
        if (joined && "VBD".equals(ix.pos(v))) {
            Candidate shared = coordinatedSubject(i, lb);
            if (shared != null) {
                return shared; // "Y accused him of ‘...’ and said ...", "X said he respected Y, then added": not Y
            }
        }
        if (w.equals(",")) {
            // an appositive: "Mike Smith, the party's deputy leader, said", "The minister, Mary Jones, said",
            // "Jones, 54, from Leeds, said"
            Candidate inner = endingAt(i - 1, lb);
            int relative = relativeOpening(i, lb);
            if (relative >= 0) {
                // "X, who is backing Mrs Harcourt, said", "X, a former chairman who backs Y, said": the person the
                // relative clause describes, not the one it names
                Candidate before = endingAt(relative - 1, lb);
                if (before != null && before.kind() == Kind.PERSON) {
                    return before;
                }
            } else if (inner != null && inner.kind() == Kind.PERSON && !titledAfterPreposition(inner, lb)
                    && !prepositionObject(inner, lb)) {
                return inner;
            }
            for (int c = i - 1; c >= lb && c >= i - 25 && !ix.inQuote(c); c--) {
                if (",".equals(ix.word(c))) {
                    // "Sen. Ted Cruz (R-Tex.), a Republican candidate, tweeted": the name before the bracket, unless
                    // a preposition governs it ("X, who worked for Sen. Y (R-Tenn.), one of ..., called it")
                    Candidate before = c - 1 >= lb && closing(c - 1) ? bracketed(c - 1, lb) : endingAt(c - 1, lb);
                    if (before != null && closing(c - 1)
                            && (titledAfterPreposition(before, lb) || prepositionObject(before, lb))) {
                        continue;
                    }
                    if (before != null) {
                        return before.kind() == Kind.UNNAMED ? null : before;
                    }
                }
            }
            return null;
        }
        Candidate c = endingAt(i, lb);
        boolean parenthetical = v + 1 < ix.size() && ",".equals(ix.word(v + 1)); // "Clinton, a top aide said, “is ...”"
        if ((c == null || c.kind() != Kind.PERSON || titledAfterPreposition(c, lb)) && !parenthetical) {
            // also "X, a former agent for President Y has written": the appositive's comma missing after a titled name
            Candidate named = unclosedAppositive(i, lb);
            if (named != null) {
                return named; // "Mark Serwotka, the leader of the PCS union said:": an appositive whose comma is missing
            }
        }
        if (c == null || c.kind() == Kind.UNNAMED) {
            Candidate described = relativeAntecedent(v, lb);
            if (described != null) {
                return described;
            }
        }
        return c;
    }

    /**
     * The subject a verb in the past after "and" at {@code and} shares with an earlier one: the subject of the earliest
     * verb in the past before it (past quotations, back to a comma or semicolon), the main clause's, when it is a
     * person, a pronoun or a role with no finite verb between them ("Y accused him of ‘managing decline’ and said", "Y
     * said the plan was ‘a farce’ and mocked X": not "the plan"; "X claimed Y was ‘horrified’ and said": not Y); else
     * null ("Police confirmed X had died and said": nobody named).
     */
    private Candidate coordinatedSubject(int and, int lb) {
        int first = -1;
        for (int k = and - 1; k >= lb && k >= and - 25; k--) {
            if (ix.inQuote(k)) {
                continue;
            }
            if (",".equals(ix.word(k)) || ";".equals(ix.word(k))) {
                break;
            }
            if ("VBD".equals(ix.pos(k))) {
                first = k; // the earliest is the main clause's: "X claimed Y was ‘horrified’ and said" is X's
                if (k - 2 >= lb && "who".equals(ix.lower(k - 1)) && ix.mentionEnding[k - 2] != null) {
                    // "she was approached by Clinton who took her by the arm and said": the relative clause's
                    return endingAt(k - 2, lb);
                }
            }
        }
        Candidate c = first < 0 ? null : finiteSubject(first, lb);
        boolean someone = c != null && (c.kind() == Kind.PERSON || c.kind() == Kind.PRONOUN || c.kind() == Kind.ROLE);
        return someone && !verbBetween(c.end() + 1, first) ? c : null; // not "Police confirmed X had died and said"
    }

    /** Whether a finite verb outside quotations stands from {@code from} (inclusive) to {@code to} (exclusive). */
    private boolean verbBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!ix.inQuote(k) && ix.isVerb(k) && !"VBG".equals(ix.pos(k)) && !"VBN".equals(ix.pos(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "... from Rep. Curtis Engel, who held up a gift card and mocked her bill as ‘...’": a verb further on in a
     * relative clause ", who ..." that no comma has closed is done by the person the clause describes (past a quote
     * and a possessor inside the clause).
     */
    private Candidate relativeAntecedent(int v, int lb) {
        for (int k = v - 1; k - 2 >= lb && k >= v - 25; k--) {
            if (ix.inQuote(k)) {
                continue; // "who called Sandhu's criticism ‘unfair’ and accused the NDP MP of ‘...’"
            }
            String w = ix.word(k);
            boolean possessor = ix.mentionEnding[k] != null && "POS".equals(ix.pos(k + 1));
            if (",".equals(w) || ";".equals(w) || ":".equals(w) || ix.mentionEnding[k] != null && !possessor
                    || "PRP".equals(ix.pos(k))) {
                return null; // "Bannon, who Beck called ‘...’", "who he says asked": the clause's own subject speaks
            }
            if ("who".equals(ix.lower(k)) && ",".equals(ix.word(k - 1)) && !PLURAL_VERBS.contains(ix.lower(k + 1))) {
                int end = k - 2;
                for (int c = k - 2; ix.mentionEnding[end] == null && c > lb && c >= k - 10 && !ix.inQuote(c)
                        && !ix.isVerb(c); c--) {
                    if (",".equals(ix.word(c))) {
                        // "Rep. Curtis Engel, R-Gaylord, who", "Ann Holt, 54, who", "Gerald Fontaine, the parliamentary
                        // secretary for housing, who"
                        end = c - 1;
                    }
                }
                Candidate before = ix.mentionEnding[end] != null ? endingAt(end, lb) : null;
                return before != null && before.kind() == Kind.PERSON ? before : null;
            }
        }
        return null;
    }

    private static final Set<String> RELATIVES = Set.of("who", "whose", "whom");
    /** "the agents Sanderson Young, who are dealing with ...": a firm or group, not one person. */
    private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have");

    /**
     * The comma opening the stretch that ends at the comma {@code i} when that stretch holds a relative clause before
     * any name ("X, who is backing Y," "X, a former chairman who backs Y,") that does not name the person it
     * describes ("whose real name is Y"), or -1.
     */
    private int relativeOpening(int i, int lb) {
        for (int c = i - 1; c >= lb && c >= i - 25 && !ix.inQuote(c); c--) {
            if (",".equals(ix.word(c))) {
                for (int k = c + 1; k < i; k++) {
                    if (ix.mentionStarting[k] != null || ix.isVerb(k)) {
                        return -1;
                    }
                    if (RELATIVES.contains(ix.lower(k))) {
                        for (int n = k + 1; n < i; n++) {
                            if ("name".equals(ix.lower(n)) || "names".equals(ix.lower(n))) {
                                return -1; // "The Game, whose real name is Jayceon Taylor, told": the same person
                            }
                        }
                        return c;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * The person named at the start of the sentence before an appositive that runs up to the verb without its closing
     * comma ("Mark Serwotka, the leader of the Public and Commercial Services Union said:"), or null.
     */
    private Candidate unclosedAppositive(int i, int lb) {
        for (int k = i; k >= lb && k >= i - 15 && !ix.inQuote(k) && !ix.isVerb(k); k--) {
            if (",".equals(ix.word(k))) {
                if (k + 1 > i || !"DT".equals(ix.pos(k + 1)) || k - 1 < lb || ix.mentionEnding[k - 1] == null) {
                    return null;
                }
                Candidate named = endingAt(k - 1, lb);
                return named != null && named.kind() == Kind.PERSON && named.start() == ix.sentenceStart[named.start()]
                        ? named : null;
            }
        }
        return null;
    }

    /**
     * Where "on Tuesday" (or "on Tuesday night") ending at {@code i} begins, less one: the date between a subject and its
     * verb in "Tom Reid on Tuesday said"; -1 when no such date ends there.
     */
    private int dayBefore(int i, int lb) {
        int k = i;
        if (PARTS_OF_DAY.contains(ix.lower(k)) && k - 1 >= lb) {
            k--;
        }
        return k - 1 >= lb && WordLists.WEEKDAYS.contains(ix.lower(k)) && "on".equals(ix.lower(k - 1)) && !ix.inQuote(k - 1)
                ? k - 2 : -1;
    }

    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    /** The name right before the bracket that closes at {@code close}: "Holt (R-Texas)"; null when none. */
    private Candidate bracketed(int close, int lb) {
        for (int k = close - 1; k >= lb && k >= close - 8 && !ix.inQuote(k); k--) {
            if (opening(k)) {
                return k - 1 >= lb && ix.mentionEnding[k - 1] != null ? endingAt(k - 1, lb) : null;
            }
        }
        return null;
    }

    private boolean opening(int i) {
        return "(".equals(ix.word(i)) || "-LRB-".equals(ix.word(i));
    }

    private boolean closing(int i) {
        return ")".equals(ix.word(i)) || "-RRB-".equals(ix.word(i));
    }

    /**
     * "Miss Higgs, from Middleton, said", "X, head of buying for Jacamo, said", "X, a close friend of the late Y, said": a
     * name ending an appositive after a preposition (and any determiners, adjectives or numbers) is the object of the
     * appositive's phrase, a place or a firm NER took for a person, not the speaker; not the source of "according to X".
     */
    private boolean prepositionObject(Candidate c, int lb) {
        int k = c.start() - 1;
        while (k >= lb && !ix.inQuote(k) && ix.mentionStartOf[k] < 0
                && Set.of("DT", "JJ", "CD", "PRP$").contains(ix.pos(k))) {
            k--;
        }
        return k >= lb && !ix.inQuote(k) && ("IN".equals(ix.pos(k)) || "TO".equals(ix.pos(k)))
                && !SUBORDINATORS.contains(ix.lower(k))
                && !(k - 1 >= lb && "according".equals(ix.lower(k - 1))); // "The problem, according to Mr X, is"
    }

    /**
     * "X, a former aide to Senator Y, wrote", "X, a spokesman for House Speaker Y, said": a name after a preposition
     * and a title is the object of the appositive's phrase, not the appositive itself ("The minister, Senator Y, said"
     * is Y).
     */
    private boolean titledAfterPreposition(Candidate c, int lb) {
        int k = c.start() - 1;
        boolean titled = false;
        while (k >= lb && !ix.inQuote(k) && ix.mentionStartOf[k] < 0) {
            if (RoleWords.TITLE.words().contains(ix.lower(k).replace(".", ""))) {
                titled = true;
            } else if (!titled || !ix.pos(k).startsWith("NNP")) {
                break; // a capitalised word before the title is of it: "for House Speaker Paul Ryan"
            }
            k--;
        }
        return titled && k >= lb && !ix.inQuote(k) && ("IN".equals(ix.pos(k)) || "TO".equals(ix.pos(k)));
    }

    /** The speaker phrase ending at token {@code i}, with its prepositional attachments sorted out. */
    Candidate endingAt(int i, int lb) {
        Candidate c = phraseEndingAt(i, lb);
        if (c == null) {
            return null;
        }
        int before = c.start() - 1;
        boolean afterPreposition = before - 1 >= lb && !ix.inQuote(before) && ("IN".equals(ix.pos(before))
                || "TO".equals(ix.pos(before)));
        if (!afterPreposition || c.kind() == Kind.PERSON && SUBORDINATORS.contains(ix.lower(before))
                && !"as".equals(ix.lower(before))) {
            return c; // "The issue came up after Mr. Reid had said, '...'": a clause's subject, no preposition's object
        }
        Candidate head = phraseEndingAt(before - 1, lb);
        if (c.kind() == Kind.ROLE && head != null && !Set.of("DT", "PRP$", "POS").contains(ix.pos(c.start()))) {
            // "The frontrunner to replace Nick Clegg as Liberal Democrat leader has ... saying": a bare role after a
            // preposition is what someone is or becomes, not who speaks ("after the Democratic front-runner had said")
            return new Candidate(Kind.UNNAMED, c.name(), head.start(), c.end());
        }
        if (c.kind() == Kind.PERSON && head != null && head.kind() != Kind.PERSON) {
            // "the spokesman for Mr Jones said", "a friend of Mr Jones said": not Mr Jones
            return new Candidate(Kind.UNNAMED, head.name(), head.start(), c.end());
        }
        if (c.kind() == Kind.UNNAMED && head != null && head.kind() == Kind.ROLE && "of".equals(ix.lower(before))
                && ix.pos(c.end()).startsWith("NNP") && "the".equals(ix.lower(head.start()))) {
            // "The Mayor of London said", "said the Leader of the House": the role with what it is "of"; not the
            // relative clause's "Packer, who is chairman of Our Principles PAC, said"
            return new Candidate(Kind.ROLE, head.name(), head.start(), c.end());
        }
        if (c.kind() == Kind.UNNAMED && head != null && head.kind() == Kind.PERSON
                && Set.of("of", "from").contains(ix.lower(before))) {
            // "Sen. Ted Cruz of Texas said", "Smith from Leeds said"
            return new Candidate(Kind.PERSON, head.name(), head.start(), c.end());
        }
        return c;
    }

    private Candidate phraseEndingAt(int i, int lb) {
        if (i < lb || i < 0 || ix.inQuote(i)) {
            return null;
        }
        PersonMention m = ix.mentionEnding[i];
        if (m != null) {
            return new Candidate(Kind.PERSON, m.canonical(), ix.mentionStartOf[i], i);
        }
        String w = ix.lower(i);
        if (ix.pos(i).startsWith("PRP") || GROUP_PRONOUNS.contains(w)) {
            if (PRONOUNS.contains(w)) {
                return new Candidate(Kind.PRONOUN, w, i, i);
            }
            return new Candidate(Kind.UNNAMED, w, i, i);
        }
        if (ix.isNoun(i) || lex.role(w) && ix.pos(i).startsWith("JJ")) {
            int start = i;
            while (start - 1 >= lb && !ix.inQuote(start - 1) && modifier(start - 1)) {
                start--;
                if (lex.role(w) && start - 2 >= lb && "and".equals(ix.lower(start - 1)) && !ix.inQuote(start - 2)
                        && lex.role(ix.lower(start - 2)) && ix.isNoun(start - 2)) {
                    start -= 2; // "the Florida senator and Republican presidential candidate said": one person
                }
            }
            if (lex.role(w) && !ix.pos(i).endsWith("S") && !indefinite(start)) {
                return new Candidate(Kind.ROLE, w, start, i);
            }
            return new Candidate(Kind.UNNAMED, w, start, i);
        }
        return null;
    }

    /** The speaker phrase starting at {@code i} (after an inverted verb: "said Idaho executive Frank Smith"). */
    Candidate startingAt(int i, int end) {
        if (i < end && !ix.inQuote(i) && PRONOUNS.contains(ix.lower(i))) {
            return new Candidate(Kind.PRONOUN, ix.lower(i), i, i);
        }
        int k = i;
        while (k < end && k < i + 8 && !ix.inQuote(k) && ix.mentionStarting[k] == null
                && (modifier(k) || k > i && "VBG".equals(ix.pos(k)) || titleOf(k, i, end))) {
            k++;
        }
        if (k < end && !ix.inQuote(k) && ix.mentionStarting[k] != null) {
            int owned = ownedName(ix.endOfMention(k) + 1, end);
            if (owned >= 0) {
                // "said former Obama adviser David Axelrod": the adviser, not the person he advised
                return new Candidate(Kind.PERSON, ix.mentionStarting[owned].canonical(), i, ix.endOfMention(owned));
            }
            return new Candidate(Kind.PERSON, ix.mentionStarting[k].canonical(), i, ix.endOfMention(k));
        }
        if (k + 1 < end && ",".equals(ix.word(k)) && !ix.inQuote(k + 1) && ix.mentionStarting[k + 1] != null) {
            // "said another leading advocate, Andrew Pincus of the firm": the name in apposition
            return new Candidate(Kind.PERSON, ix.mentionStarting[k + 1].canonical(), i, ix.endOfMention(k + 1));
        }
        int head = k - 1;
        if (head < i || !ix.isNoun(head)) {
            return null;
        }
        String w = ix.lower(head);
        if (lex.role(w) && !ix.pos(head).endsWith("S") && !indefinite(i)) {
            return new Candidate(Kind.ROLE, w, i, head);
        }
        return new Candidate(Kind.UNNAMED, w, i, head);
    }

    /**
     * "Obama adviser David Axelrod", "Clinton's campaign manager Robby Mook": a name right after a person's name
     * and the common nouns (and adjectives) of a role ({@code j} is the token after the first name), as its token index; else -1.
     */
    private int ownedName(int j, int end) {
        if (j < end && !ix.inQuote(j) && "POS".equals(ix.pos(j))) {
            j++;
        }
        int k = j;
        while (k < end && k < j + 5 && !ix.inQuote(k) && ix.mentionStarting[k] == null
                && ("NN".equals(ix.pos(k)) || "NNS".equals(ix.pos(k)) || ix.pos(k).startsWith("JJ"))) {
            k++; // "Clinton's top foreign policy aide Jake Sullivan"
        }
        return k > j && k < end && !ix.inQuote(k) && ix.mentionStarting[k] != null
                && (lex.role(ix.lower(k - 1)) || RoleWords.any(ix.lower(k - 1))) ? k : -1; // "aide" too
    }

    /**
     * The subject of the sentence's main clause before {@code limit}: the first person or he/she not
     * governed by a preposition or verb. For participles ("..., adding:") and coordinated verbs.
     */
    Candidate mainSubject(int from, int limit) {
        int stop = Math.min(limit, from + WINDOW);
        for (int j = clauseStart(from, stop); j < stop; j++) {
            if (ix.inQuote(j)) {
                continue;
            }
            boolean starts = ix.mentionStarting[j] != null || PRONOUNS.contains(ix.lower(j));
            if (!starts) {
                if (ix.isVerb(j) && !"VBG".equals(ix.pos(j)) && !"VBN".equals(ix.pos(j))) {
                    // past the main verb: anything later is an object
                    return null;
                }
                continue;
            }
            int p = j - 1;
            while (p >= from && (ix.isNoun(p) || "JJ".equals(ix.pos(p))) && ix.mentionStartOf[p] < 0) {
                p--;
            }
            if (p > from && ix.pos(p).equals("POS") && !personBefore(p)) {
                p--; // "Reform UK's Clive Barraclough said": back past the party or place that owns the name
                while (p > from && (ix.pos(p).startsWith("NNP") || "DT".equals(ix.pos(p))) && ix.mentionStartOf[p] < 0) {
                    p--;
                }
            }
            boolean governed = p >= from && (ix.pos(p).equals("IN") || ix.pos(p).equals("TO")
                    || ix.isVerb(p) || ix.pos(p).equals("POS") || ix.pos(p).startsWith("PRP"));
            int afterName = ix.endOfMention(j) + 1;
            boolean possessor = ix.mentionStarting[j] != null && afterName + 1 < limit
                    && "POS".equals(ix.pos(afterName)) && !ix.isVerb(afterName + 1);
            // "the Fisher case was argued", "The Peter Hain attack": a name modifying a noun is not the subject
            boolean modifier = ix.mentionStarting[j] != null && (afterName < limit
                    && ("NN".equals(ix.pos(afterName)) || "NNS".equals(ix.pos(afterName)))
                    || j - 1 >= from && "DT".equals(ix.pos(j - 1)) && "the".equals(ix.lower(j - 1)));
            if (governed || possessor || modifier) {
                if (ix.mentionStarting[j] != null) {
                    j = ix.endOfMention(j);
                }
                continue;
            }
            if (ix.mentionStarting[j] != null) {
                return new Candidate(Kind.PERSON, ix.mentionStarting[j].canonical(), j, ix.endOfMention(j));
            }
            return new Candidate(Kind.PRONOUN, ix.lower(j), j, j);
        }
        return null;
    }

    /**
     * Whether the possessive at {@code pos} follows a person ("Reid's aide X") or a common noun ("the party's X"), not
     * a party or a place: "Reform UK's Clive Barraclough also attacked ..." has Barraclough for its subject (but "by
     * Variety's Gordon Cox" is governed by "by").
     */
    private boolean personBefore(int pos) {
        return pos - 1 < 0 || ix.mentionEnding[pos - 1] != null || !ix.pos(pos - 1).startsWith("NNP");
    }

    /** Past a leading subordinate clause ("When the case was argued, X said"): its first comma, if any. */
    int clauseStart(int from, int stop) {
        if (from >= stop || ix.inQuote(from) || !SUBORDINATORS.contains(ix.lower(from))) {
            return from;
        }
        for (int j = from + 1; j < stop && !ix.inQuote(j); j++) {
            if (",".equals(ix.word(j))) {
                return j + 1;
            }
        }
        return from;
    }

    /** "a top strategist", "another official": someone not named before, not a role to resolve. */
    private boolean indefinite(int start) {
        return Set.of("a", "an", "another", "one", "some", "any").contains(ix.lower(start));
    }

    /**
     * "said former secretary of state X": an "of" inside a title, after a role word and before a word of no name (not
     * "said a friend of X", "said the spokesman of X": someone else's words about X's circle).
     */
    private boolean titleOf(int k, int from, int end) {
        return k > from && k + 1 < end && "of".equals(ix.lower(k)) && RoleWords.any(ix.lower(k - 1))
                && ix.mentionStarting[k + 1] == null && ix.isNoun(k + 1);
    }

    private boolean modifier(int k) {
        String p = ix.pos(k);
        return "DT".equals(p) || p.startsWith("JJ") || p.startsWith("NN") || "POS".equals(p) || "PRP$".equals(p)
                || "HYPH".equals(p) || "CD".equals(p);
    }
}
