package org.newskg.extractor.persons;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a sentence's main-clause subject is, read from the article's {@link TokenView}: a named person or a
 * he/she not governed by a preposition or verb ("When the case was argued, X said"), a person set up front as
 * the topic ("As for X, he said"), a role noun ("The prime minister said"), the owner of the subject ("X's
 * devotion to her is unmoving"), the agent of a passive main clause ("The report was welcomed by X"), or, when
 * the main clause names no one, the subject of a later finite verb. Answers are token indexes; what they mean
 * for the discourse (who a later pronoun or role refers to) is {@link Discourse}'s to decide.
 */
final class ClauseSubjects {

    /** How many tokens a clause may run before its subject is no longer looked for. */
    private static final int CLAUSE_WINDOW = 80;
    /** The pronouns that may be a main clause's subject (and vote for a person's gender, in {@link Discourse}). */
    static final Set<String> PRONOUNS = Set.of("he", "she");
    /** What {@link #mainSubject} answers when the main clause's subject is he or she. */
    static final int PRONOUN_SUBJECT = -2;
    /** The words that open a role subject ("The prime minister said", "A spokeswoman said"). */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "be", "being");
    private static final Set<String> ROLE_NOUNS = roleNouns();
    private static final Set<String> SUBORDINATORS = Set.of("when", "if", "after", "although", "though", "while",
            "because", "since", "before", "once", "until", "whereas", "as");

    /** The verbs of saying that may follow a quotation with their speaker after them ("'...,' said Reid"). */
    private static final Set<String> SAYING = Set.of("say", "add", "continue", "insist", "write", "explain", "warn",
            "reply", "argue", "claim", "declare", "note", "recall", "admit", "concede", "ask", "respond", "tweet");

    /** Prepositions before a place, whose name NER sometimes tags as a person's ("71, from Llanelli"). */
    private static final Set<String> PLACE_WORDS = Set.of("from", "in", "of", "near");

    /** Participles that work as prepositions ("According to X, ..."): no participle clause. */
    private static final Set<String> PREPOSITIONAL_PARTICIPLES = Set.of("according", "including", "following",
            "regarding", "concerning", "considering", "given", "excluding", "barring", "pending", "compared",
            "provided", "notwithstanding", "judging");

    private final TokenView tokens;
    /** The token of the he/she that {@link #mainSubject} last found as a main-clause subject. */
    private int pronounSubject = -1;
    /** Each person's first mention outside quotes, as a token index. */
    private final Map<String, Integer> firstNamed = new HashMap<>();

    ClauseSubjects(TokenView tokens) {
        this.tokens = tokens;
        for (int j = 0; j < tokens.size(); j++) {
            PersonMention m = tokens.mentionStarting(j);
            if (m != null) {
                firstNamed.putIfAbsent(m.canonical(), j);
            }
        }
    }

    /** The token of the he/she that {@link #mainSubject} last found as a main-clause subject. */
    int pronounSubject() {
        return pronounSubject;
    }

    /**
     * The first named person or he/she of the main clause not governed by a preposition or verb, as a token
     * index (-1 when none, {@link #PRONOUN_SUBJECT} when it is a pronoun): "When the case was argued, Justice X's questions ..."
     * is not about X; "Mr X, the minister, said" is.
     */
    int mainSubject(int from, int limit) {
        int stop = Math.min(limit, from + CLAUSE_WINDOW);
        int inverted = invertedSubject(from, stop);
        if (inverted >= 0) {
            return inverted;
        }
        for (int j = clauseStart(from, stop); j < stop; j++) {
            if (tokens.quoted(j)) {
                continue;
            }
            boolean starts = tokens.mentionStarting(j) != null || PRONOUNS.contains(tokens.lower(j));
            if (!starts) {
                if (tokens.isVerb(j) && !"VBG".equals(tokens.pos(j)) && !"VBN".equals(tokens.pos(j))
                        && !misreadVerb(j, from)) {
                    return -1; // past the main verb: anything later is an object
                }
                continue;
            }
            int p = j - 1;
            while (p >= from && (tokens.isNoun(p) || "JJ".equals(tokens.pos(p))
                    || "DT".equals(tokens.pos(p)) && p > from) && tokens.mentionStartOf(p) < 0) {
                p--; // "Of the Green Party co-leader X, she says": X is governed by "Of"
            }
            if (p > from && "POS".equals(tokens.pos(p)) && !personBefore(p)) {
                p--; // "Reform UK's Clive Barraclough said": back past the party or place that owns the name
                while (p > from && (tokens.pos(p).startsWith("NNP") || "DT".equals(tokens.pos(p))) && tokens.mentionStartOf(p) < 0) {
                    p--;
                }
            }
            boolean governed = p >= from && ("IN".equals(tokens.pos(p)) || "TO".equals(tokens.pos(p))
                    || tokens.isVerb(p) && !(misreadVerb(p, from) && p < j - 1) || "POS".equals(tokens.pos(p))
                    || tokens.pos(p).startsWith("PRP"));
            int afterName = tokens.endOfMention(j) + 1;
            boolean possessor = tokens.mentionStarting(j) != null && afterName + 1 < limit
                    && "POS".equals(tokens.pos(afterName)) && !tokens.isVerb(afterName + 1);
            // "the Fisher case was argued", "The Peter Hain attack": a name modifying a noun is not the subject
            boolean modifier = tokens.mentionStarting(j) != null && (afterName < limit
                    && ("NN".equals(tokens.pos(afterName)) || "NNS".equals(tokens.pos(afterName)))
                    || j - 1 >= from && "DT".equals(tokens.pos(j - 1)) && "the".equals(tokens.lower(j - 1)));
            if (governed || possessor || modifier) {
                if (tokens.mentionStarting(j) != null) {
                    j = tokens.endOfMention(j);
                }
                continue;
            }
            pronounSubject = j;
            return tokens.mentionStarting(j) != null ? j : PRONOUN_SUBJECT;
        }
        return -1;
    }

    /**
     * Whether the possessive at {@code pos} follows a person ("Reid's aide X") or a common noun ("the party's X"), not
     * a party or a place: "Reform UK's Clive Barraclough also attacked ..." has Barraclough for its subject (but "by
     * Variety's Gordon Cox" is governed by "by").
     */
    private boolean personBefore(int pos) {
        return pos - 1 < 0 || tokens.mentionStartOf(pos - 1) >= 0 || !tokens.pos(pos - 1).startsWith("NNP");
    }

    /**
     * "Lib Dem hopeful Norris Fairclough, ..., had": a capitalised first word the tagger took for a verb, before another
     * capitalised word, is part of a name, not the main verb.
     */
    private boolean misreadVerb(int j, int from) {
        return j == from && j + 1 < tokens.size() && Character.isUpperCase(tokens.token(j).word().charAt(0))
                && Character.isUpperCase(tokens.token(j + 1).word().charAt(0)) && tokens.mentionStarting(j + 1) == null;
    }

    /**
     * "'We acted too late,' said Tom Reid.", "Belgium should have acted sooner and 'must now explain itself,' said Tom
     * Reid, the minister.": a verb of saying right after a closing quotation mark (and its comma), followed by the
     * speaker's phrase (the last name in it before a comma or the end: "said Speegle founder Gordon Renton"). The
     * token index of that name, else -1.
     */
    int quotedSpeaker(int from, int limit) {
        for (int j = from + 1; j + 1 < limit; j++) {
            if (tokens.quoted(j) || !tokens.isVerb(j) || !SAYING.contains(tokens.token(j).lemma())) {
                continue;
            }
            int before = ",".equals(tokens.token(j - 1).word()) ? j - 2 : j - 1;
            if (before < from || !tokens.quoted(before)) {
                continue;
            }
            int name = -1;
            for (int k = j + 1; k < limit && !tokens.quoted(k) && !tokens.isPunct(k) && !tokens.isVerb(k)
                    && !tokens.pos(k).startsWith("W"); k++) { // not "said the actor who plays Luke Skywalker"
                if (tokens.mentionStarting(k) != null) {
                    name = k;
                    k = tokens.endOfMention(k);
                }
            }
            return name;
        }
        return -1;
    }

    /**
     * "'...,' said the woman.", "'...,' a spokeswoman said.": a role or person noun (as {@link #roleSubject} reads one)
     * speaking right after a closing quotation mark (and its comma), where {@link #quotedSpeaker} finds no name and no
     * name follows in the sentence; the token index of the noun, else -1.
     */
    int quotedRoleSpeaker(int from, int limit) {
        for (int j = from + 1; j + 1 < limit; j++) {
            int before = ",".equals(tokens.token(j - 1).word()) ? j - 2 : j - 1;
            if (tokens.quoted(j) || before < from || !tokens.quoted(before)) {
                continue;
            }
            int head = roleNounAt(saying(tokens, j) ? j + 1 : j, limit); // "said the woman", "the woman said"
            if (head < 0 || !saying(tokens, j) && !saying(tokens, head + 1)) {
                return -1;
            }
            for (int k = head + 1; k < limit; k++) {
                if (tokens.mentionStartOf(k) >= 0) {
                    return -1; // "said the chairman of the committee, Labour MP Barry Sheerman": named after all
                }
            }
            return head;
        }
        return -1;
    }

    /** "the woman", "a spokeswoman for the firm": a determiner at {@code j} and the role or person noun heading it, else -1. */
    private int roleNounAt(int j, int limit) {
        if (j >= limit || tokens.quoted(j) || !DETERMINERS.contains(tokens.lower(j))) {
            return -1;
        }
        int head = -1;
        for (int k = j + 1; k < limit && k < j + 6 && !tokens.quoted(k) && tokens.mentionStartOf(k) < 0
                && (tokens.isNoun(k) || "JJ".equals(tokens.pos(k)) || "HYPH".equals(tokens.pos(k))); k++) {
            head = k;
        }
        return head >= 0 && tokens.isNoun(head) && ROLE_NOUNS.contains(tokens.lower(head)) && head + 1 < limit ? head : -1;
    }

    /** Whether token {@code j} is a verb of saying that may follow a quotation: "'...,' he added". */
    static boolean saying(TokenView tokens, int j) {
        return j < tokens.size() && tokens.isVerb(j) && SAYING.contains(tokens.token(j).lemma());
    }

    /**
     * "The prime minister said", "A spokeswoman for the firm said": a main clause whose subject is a person
     * named only by a role noun (the {@code speaker} and {@code party-role} words of {@code roles.tsv} and
     * the person nouns there), as the token index of that noun; -1 when the subject is anything else.
     */
    int roleSubject(int from, int limit) {
        int j = clauseStart(from, limit);
        if (j < limit && !tokens.quoted(j) && ("IN".equals(tokens.pos(j)) || "TO".equals(tokens.pos(j)))) {
            // "To a packed audience in Gateshead, the chancellor said": past a leading phrase to its comma
            for (int k = j + 1; k < limit && k < j + 15 && !tokens.quoted(k) && !tokens.isVerb(k); k++) {
                if (",".equals(tokens.token(k).word())) {
                    j = k + 1;
                    break;
                }
            }
        }
        while (j < limit && !tokens.quoted(j) && (",".equals(tokens.token(j).word()) || "CC".equals(tokens.pos(j))
                || tokens.pos(j).startsWith("RB"))) {
            j++;
        }
        int head = roleNounAt(j, limit);
        if (head < 0 || tokens.quoted(head + 1)) {
            return -1;
        }
        String next = tokens.pos(head + 1);
        boolean finite = "VBD".equals(next) || "VBZ".equals(next) || "VBP".equals(next) || "MD".equals(next);
        return finite ? head : -1;
    }

    /**
     * "It is surprising because Trump has not always ...": in a sentence whose main clause names no one,
     * the first person who is the subject of a finite verb (a name right before it) is what it is about; so is the
     * source of its words ("..., according to Nandakumar") and the one a contribution "came from" when a relative
     * clause tells what they did ("came from Gavin Threlfall of Reform UK, who lashed out at ...").
     */
    int clauseSubject(int from, int limit) {
        int lastDash = -1;
        for (int i = from; i < limit; i++) {
            lastDash = dash(i) ? i : lastDash;
        }
        int dashes = 0; // before j
        for (int j = from; j < limit; dashes += dash(j) ? 1 : 0, j++) {
            if (tokens.mentionStarting(j) == null || tokens.quoted(j) || dashes % 2 == 1 && lastDash > j) {
                continue; // in a dash aside: "'...' -- that Reid is a liberal -- '...,' he says" is not about Reid
            }
            int after = tokens.endOfMention(j) + 1;
            while (after < limit && tokens.pos(after).startsWith("RB")) {
                after++;
            }
            boolean possessive = after < limit && "POS".equals(tokens.pos(after));
            if (!possessive && after < limit && !tokens.quoted(after) && tokens.isVerb(after)
                    && !"VBG".equals(tokens.pos(after)) && !"VBN".equals(tokens.pos(after))) {
                return j;
            }
            if (j > from + 1 && "to".equals(tokens.lower(j - 1)) && "according".equals(tokens.lower(j - 2))) {
                return j; // "Health care will be 'the ballot question,' according to Nandakumar": whose words they are
            }
            if (j > from && "from".equals(tokens.lower(j - 1)) && cameFrom(from, j - 1) && relativeSubject(after, limit)) {
                return j; // "The loudest contribution came from Gavin Threlfall of Reform UK, who lashed out at ..."
            }
        }
        return -1;
    }

    /** Whether token {@code i} is a dash of the narration (not inside a quotation). */
    private boolean dash(int i) {
        return !tokens.quoted(i) && org.newskg.extractor.WordLists.DASHES.contains(tokens.lower(i));
    }

    /**
     * "Behind the numbers are patients such as Brenda Howells, 71, who has waited 27 months": in a sentence whose main
     * clause has no person for its subject, the one person it names, when named there for the first time in the article
     * and followed by a comma (an age, an apposition, a relative clause), as a token index; else -1.
     */
    int introduced(int from, int limit) {
        int found = -1;
        for (int j = from; j < limit; j++) {
            PersonMention m = tokens.mentionStarting(j);
            if (m == null || tokens.quoted(j) || j > from && PLACE_WORDS.contains(tokens.lower(j - 1))) {
                continue; // "Brenda Howells, 71, from Llanelli": a place NER may take for a person
            }
            if (found >= 0 && !tokens.mentionStarting(found).canonical().equals(m.canonical())) {
                return -1;
            }
            found = j;
        }
        int after = found < 0 ? -1 : tokens.endOfMention(found) + 1;
        if (found < 0 || after >= limit || !",".equals(tokens.token(after).word()) || governedByPreposition(found, from)) {
            return -1; // brought in as news brings in a speaker: "Brenda Howells, 71,", "X, a retired teacher,"
        }
        return firstNamed.get(tokens.mentionStarting(found).canonical()) >= from ? found : -1;
    }

    /**
     * "like President Obama", "of Gloriavale's leader, Neville Cooper,", "to fan Stephen Smith": a name whose phrase (back
     * over its title words, and over one comma to the noun it is in apposition to) is a preposition's object; "such as"
     * brings in an example, not an object.
     */
    private boolean governedByPreposition(int name, int from) {
        int k = name - 1;
        boolean comma = false;
        while (k >= from) {
            String pos = tokens.pos(k);
            if (",".equals(tokens.token(k).word()) && !comma && k == name - 1) {
                comma = true;
            } else if (!(pos.startsWith("NN") || pos.startsWith("JJ") || "DT".equals(pos) || "POS".equals(pos)
                    || "PRP$".equals(pos) || "CD".equals(pos))) {
                break;
            }
            k--;
        }
        return k >= from && ("IN".equals(tokens.pos(k)) || "TO".equals(tokens.pos(k))) && !"as".equals(tokens.lower(k));
    }

    /** Whether the verb nearest before {@code k} is "come": "The loudest contribution came, inevitably, from". */
    private boolean cameFrom(int from, int k) {
        for (int i = k - 1; i >= from; i--) {
            if (tokens.isVerb(i)) {
                return "come".equals(tokens.token(i).lemma());
            }
        }
        return false;
    }

    /**
     * Whether ", who" and a finite verb follow at {@code k}, past "of" and a place or party ("X of Reform UK, who") or
     * an apposition ("X, the member for Cwm Tawel, who").
     */
    private boolean relativeSubject(int k, int limit) {
        if (k < limit && "of".equals(tokens.lower(k))) {
            k++;
            while (k < limit && tokens.pos(k).startsWith("NNP") && !tokens.quoted(k)) {
                k++;
            }
        }
        if (k + 1 < limit && ",".equals(tokens.token(k).word()) && "DT".equals(tokens.pos(k + 1))) {
            int close = k + 2;
            while (close < limit && close < k + 12 && !",".equals(tokens.token(close).word()) && !tokens.isVerb(close)
                    && !tokens.quoted(close)) {
                close++;
            }
            if (close < limit && ",".equals(tokens.token(close).word())) {
                k = close;
            }
        }
        return k + 2 < limit && ",".equals(tokens.token(k).word()) && "who".equals(tokens.lower(k + 1))
                && FINITE.contains(tokens.pos(k + 2));
    }

    /**
     * "As for Tom Reid, he said ...", "Then there's Tom Reid.", "That's senator Ann Holt, who ...": a person set up front
     * as the topic of the sentence.
     */
    int topic(int from, int limit) {
        int j = from;
        while (j < limit && (",".equals(tokens.token(j).word()) || "CC".equals(tokens.pos(j))
                || tokens.pos(j).startsWith("RB"))) {
            j++;
        }
        if (j + 2 < limit && ("there".equals(tokens.lower(j)) || "that".equals(tokens.lower(j)))
                && ("'s".equals(tokens.lower(j + 1)) || "’s".equals(tokens.lower(j + 1)) || "is".equals(tokens.lower(j + 1)))) {
            int m = j + 2;
            while (m < limit && m < j + 6 && tokens.mentionStarting(m) == null && !tokens.quoted(m)
                    && (tokens.isNoun(m) || "JJ".equals(tokens.pos(m)) || "DT".equals(tokens.pos(m)))) {
                m++; // "That's independent senator Maxine Tolhurst, who ..."
            }
            if (m < limit && tokens.mentionStarting(m) != null && !tokens.quoted(m)) {
                int e = tokens.endOfMention(m);
                // "Then there's Axelrod." introduces who speaks next; "That's X, who holds the deciding vote" who spoke
                return e + 1 >= limit || tokens.isPunct(e + 1) ? m : -1;
            }
        }
        int presented = presented(j, limit);
        if (presented >= 0) {
            return presented;
        }
        int cleft = cleft(j, limit);
        if (cleft >= 0) {
            return cleft;
        }
        if (j + 2 >= limit || !"as".equals(tokens.lower(j)) || !"for".equals(tokens.lower(j + 1))
                || tokens.mentionStarting(j + 2) == null || tokens.quoted(j + 2)) {
            return -1;
        }
        int e = tokens.endOfMention(j + 2);
        return e + 1 < limit && ",".equals(tokens.token(e + 1).word()) ? j + 2 : -1;
    }

    /**
     * "It was Mr Considine's own remarks, made on Monday, that drew the questions", "It is Holt who decides", "Then it
     * was the turn of Hamish Tolmie, ...": the person a cleft sentence puts in focus (or whose words or deeds it does)
     * is what the sentence and a later "he" are about; -1 when the sentence opens otherwise.
     */
    private int cleft(int j, int limit) {
        if (j + 2 >= limit || !"it".equals(tokens.lower(j)) || !BE.contains(tokens.lower(j + 1))) {
            return -1;
        }
        int m = j + 2;
        if (m + 3 < limit && "the".equals(tokens.lower(m)) && "turn".equals(tokens.lower(m + 1))
                && "of".equals(tokens.lower(m + 2))) {
            m += 3; // "Then it was the turn of Hamish Tolmie, the Scottish Conservative leader, who ..."
            return tokens.mentionStarting(m) != null && !tokens.quoted(m) ? m : -1;
        }
        if (tokens.mentionStarting(m) == null || tokens.quoted(m)) {
            return -1;
        }
        int e = tokens.endOfMention(m);
        if (e + 1 < limit && "POS".equals(tokens.pos(e + 1))) {
            for (int k = e + 2; k < limit && !tokens.quoted(k); k++) {
                if ("that".equals(tokens.lower(k)) || "which".equals(tokens.lower(k))) {
                    return m;
                }
                if (tokens.isVerb(k) && !"VBN".equals(tokens.pos(k))) {
                    return -1;
                }
            }
            return -1;
        }
        return e + 1 < limit && ("who".equals(tokens.lower(e + 1)) || "that".equals(tokens.lower(e + 1))) ? m : -1;
    }

    /** Verbs that open a sentence bringing a person on stage: "Then came X"; after "which": "Which left X". */
    private static final Set<String> PRESENTING = Set.of("came", "comes");
    private static final Set<String> PRESENTING_AFTER_RELATIVE = Set.of("left", "leaves");

    /**
     * "Then came Kirsty Oduya, the Labour leader, who ...", "Which left the SNP's Duncan Fairlie, whose seat ...": the
     * person a presenting opener puts on stage (after a title or a party's possessive of up to four words) is what the
     * sentence and a later "he" are about; -1 when the sentence opens otherwise.
     */
    private int presented(int j, int limit) {
        boolean relative = j < limit && Set.of("which", "that", "this").contains(tokens.lower(j));
        int verb = relative ? j + 1 : j;
        if (verb >= limit || !(relative ? PRESENTING_AFTER_RELATIVE : PRESENTING).contains(tokens.lower(verb))) {
            return -1;
        }
        for (int k = verb + 1; k < limit && k <= verb + 5 && !tokens.quoted(k); k++) {
            if (tokens.mentionStarting(k) != null) {
                return k;
            }
            if (tokens.isVerb(k) || tokens.isPunct(k) && !"POS".equals(tokens.pos(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The report was welcomed by shadow pensions secretary X.": the person doing what a passive main clause
     * tells is what the sentence is about (a later "he said" is X's), when nobody else is named before.
     */
    int agent(int from, int limit) {
        int j = clauseStart(from, limit);
        for (; j < limit && !tokens.quoted(j); j++) {
            if (tokens.mentionStarting(j) != null) {
                return -1;
            }
            if (tokens.isVerb(j) && !"VBN".equals(tokens.pos(j)) && !BE.contains(tokens.lower(j))) {
                return -1; // an active main verb: not a passive clause
            }
            if ("VBN".equals(tokens.pos(j)) && j > from && BE.contains(tokens.lower(j - 1))) {
                break;
            }
        }
        if (j + 1 >= limit || !"by".equals(tokens.lower(j + 1))) {
            return -1;
        }
        for (int k = j + 2; k < limit && k < j + 8 && !tokens.quoted(k); k++) {
            if (tokens.mentionStarting(k) != null) {
                int e = tokens.endOfMention(k);
                return e + 1 >= limit || tokens.isPunct(e + 1) ? k : -1;
            }
            if (!(tokens.isNoun(k) || "JJ".equals(tokens.pos(k)) || "DT".equals(tokens.pos(k)))) {
                return -1;
            }
        }
        return -1;
    }

    /** "Abbott's devotion to her is unmoving": a person owning the sentence's subject is its topic. */
    int possessor(int sentence) {
        int end = tokens.sentenceEnd(sentence);
        int from = clauseStart(sentence, end);
        for (int j = from; j < end && j < from + 8; j++) {
            if (tokens.isVerb(j)) {
                return -1;
            }
            if (tokens.mentionStarting(j) != null) {
                int e = tokens.endOfMention(j);
                return e + 1 < tokens.size() && "POS".equals(tokens.pos(e + 1)) ? j : -1;
            }
        }
        return -1;
    }

    /** Verbs (lemmas) after which an opening phrase of place or a participle puts the subject: "Behind her sat X". */
    private static final Set<String> INVERSIONS = Set.of("be", "sit", "stand", "come", "lie");
    /** The tags of a finite verb of the present or past. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    /** Adverbs ending a measure of distance before an inverted subject: "Two booths down sat X", "Three rows back". */
    private static final Set<String> DISTANCES = Set.of("down", "away", "back", "along", "over", "up", "behind", "ahead");

    /**
     * "Two booths down sat Ellen Strout", "Watching from the back row was Hollis Brandvold", "Behind Mrs Holt sat her
     * own predecessor as Tory leader, Tom Reid": a sentence opening with a participle, a preposition or a distance,
     * whose first finite verb (before any comma) is "be", "sit", "stand", "come" or "lie", has its subject after that
     * verb: the person named right after it or after the comma of a description; the token index of that name, else
     * -1.
     */
    private int invertedSubject(int from, int stop) {
        if (from >= stop || tokens.quoted(from) || SUBORDINATORS.contains(tokens.lower(from))) {
            return -1;
        }
        String first = tokens.pos(from);
        boolean participle = "VBG".equals(first) && !PREPOSITIONAL_PARTICIPLES.contains(tokens.lower(from));
        boolean measured = "CD".equals(first) || "DT".equals(first); // "Two booths down sat X", "A few rows back sat X"
        if (!(participle || "IN".equals(first) || measured)) {
            return -1;
        }
        int v = from + 1;
        while (v < stop && !tokens.quoted(v) && !",".equals(tokens.token(v).word())
                && !FINITE.contains(tokens.pos(v))) {
            v++;
        }
        String lemma = v < stop ? tokens.token(v).lemma() : null;
        if (lemma == null || !FINITE.contains(tokens.pos(v)) || !INVERSIONS.contains(lemma)
                || measured && (v - 1 <= from || !DISTANCES.contains(tokens.lower(v - 1)))) {
            return -1;
        }
        for (int k = v + 1; k < stop && k <= v + 12 && !tokens.quoted(k) && !tokens.isVerb(k); k++) {
            if (tokens.mentionStarting(k) != null) {
                return k == v + 1 || ",".equals(tokens.token(k - 1).word()) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Past a leading subordinate clause ("When the case was argued, X said") or participle clause ("Asked whether Y had
     * gone too far, X paused"; "Speaking in Leeds, X said"): its first comma, if any. A participle used as a preposition
     * opens no clause: "According to X and Y, ..." keeps X as what the sentence is about.
     */
    private int clauseStart(int from, int stop) {
        if (from >= stop || tokens.quoted(from) || !(SUBORDINATORS.contains(tokens.lower(from))
                || ("VBN".equals(tokens.pos(from)) || "VBG".equals(tokens.pos(from)))
                && !PREPOSITIONAL_PARTICIPLES.contains(tokens.lower(from)))) {
            return from;
        }
        for (int j = from + 1; j < stop && !tokens.quoted(j); j++) {
            if (",".equals(tokens.token(j).word())) {
                return j + 1;
            }
        }
        return from;
    }

    private static Set<String> roleNouns() {
        Set<String> words = new HashSet<>(RoleWords.SPEAKER.words());
        words.addAll(RoleWords.PARTY_ROLE.words());
        words.addAll(RoleWords.PERSON.words());
        return Set.copyOf(words);
    }
}
