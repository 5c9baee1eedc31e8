package org.newskg.extractor.quotes;

import java.util.Set;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.extractor.quotes.Candidate.Kind;

/**
 * Who the words before a quote name as its speaker: "X said: ‘...’", "X told the BBC ‘...’", "X said the plan was
 * ‘a disgrace’", "According to Mr X, ‘...’", the owner of a statement before a colon ("Mr Holt's reply was short:"),
 * a sentence of indirect speech or an announcement right before a quote that opens its own ("said.lead-in"), and a
 * heading of one person's answer ("Sturridge on Mario Balotelli.": "said.label").
 */
final class SpeakerBefore extends AttributionPass {

    /** The longest heading of one person's answer ("Sherwood on his touchline antics and emotional nature."). */
    private static final int LABEL_TOKENS = 16;

    SpeakerBefore(Attributor attributor) {
        super(attributor);
    }

    /**
     * Verbs that only ever introduce speech: a quote after one whose subject is no named person is that subject's
     * words, whoever reports them ("Mr Howard said the police had said ID cards could ‘help them ...’"); the other
     * verbs of saying also take a plain clause ("the government had pledged ‘...’", "cannot continue ‘...’").
     */
    private static final Set<String> CORE_SPEECH = Set.of("say", "tell", "ask", "add", "write", "tweet", "reply", "answer",
            "respond", "declare", "explain", "insist", "shout", "scream", "yell", "exclaim", "whisper", "mutter", "retort",
            "quip", "joke", "interject", "interrupt");

    /**
     * The speaker of an earlier verb of saying in the sentence whose report holds the verb at {@code inner} ("He added
     * the government had pledged ‘...’", "Mr Howard argues government cannot continue ‘...’"): a named person, a
     * pronoun or a role; null when there is none.
     */
    private Attribution reporter(int from, int inner) {
        for (int v = inner - 1; v >= from; v--) {
            if (ix.inQuote(v) || ";".equals(ix.word(v))) {
                return null;
            }
            if (subjects.speechVerb(v) && !subjects.passive(v)) {
                Candidate c = subjects.subjectOf(v, from);
                return c == null || c.kind() == Kind.UNNAMED ? null : resolve(c, "said.before-distant", 0.75, v);
            }
        }
        return null;
    }

    /** "X said: ‘...’", "X told the BBC ‘...’", "X said the plan was ‘a disgrace’". */
    Attribution left(int q, int first) {
        int limit = Math.min(first, ix.size());
        int from = first < ix.size() ? Math.max(ix.sentenceStart[first], limit - Subjects.WINDOW) : ix.size();
        boolean hasText = false;
        for (int i = from; i < limit; i++) {
            hasText |= !ix.inQuote(i) && !ix.isPunct(i);
        }
        boolean previousSentence = false;
        if (!hasText) {
            // the attribution ends the sentence before: "Mr X said:" then the quote
            int prev = from - 1;
            if (prev < 0 || ix.inQuote(prev) || !":".equals(ix.word(prev))) {
                return null;
            }
            limit = prev + 1;
            from = Math.max(ix.sentenceStart[prev], limit - Subjects.WINDOW);
            previousSentence = true;
        }
        Attribution claimed = previousSentence ? null : claimThat(from, limit);
        if (claimed != null) {
            return claimed;
        }
        for (int v = limit - 1; v >= from; v--) {
            boolean speech = subjects.speechVerb(v);
            if (!speech && !(subjects.framingVerb(v) && !previousSentence)) {
                continue;
            }
            int main = subjects.clauseStart(from, limit);
            if (v < main && ":".equals(ix.word(limit - 1))) {
                // "When X suggested ..., Y fired back: ‘...’": the main clause before the colon speaks
                Candidate m = subjects.mainSubject(from, limit - 1);
                return m == null ? null : resolve(m, "said.colon", 0.75, m.start());
            }
            if (subjects.passive(v)) {
                return Attribution.unnamed("said.before", ix.toks[v].begin());
            }
            Candidate c = afterQuote(v) ? subjects.startingAt(v + 1, limit) : subjects.subjectOf(v, from);
            if (c == null && v - 2 >= from && "WDT".equals(ix.pos(v - 1)) && ix.isNoun(v - 2)
                    && ix.mentionEnding[v - 2] == null && !lex.documentNouns.contains(ix.lower(v - 2))) {
                // "X posted it under a headline that said, ‘...’": the headline's words, not X's (but "X released
                // a statement that said" is X's)
                return Attribution.unnamed("said.before", ix.toks[v].begin());
            }
            if (c == null) {
                c = subjects.mainSubject(from, v);
            }
            if (c == null) {
                return Attribution.unnamed("said.before", ix.toks[v].begin());
            }
            if (c.kind() == Kind.UNNAMED && !previousSentence && !":".equals(ix.word(limit - 1))
                    && !ix.pos(c.start()).startsWith("PRP") // not "only to have her ask, ‘...?’": her words
                    && !CORE_SPEECH.contains(ix.lemma(v))) { // not "X said the police had said ‘...’": the police's
                Attribution outer = reporter(from, v);
                if (outer != null) {
                    return outer; // "He added the government had originally pledged ‘for every pupil ...’": his words
                }
            }
            boolean near = near(v + 1, limit);
            String rule = ":".equals(ix.word(limit - 1)) ? "said.colon-before" : near ? "said.before" : "said.before-distant";
            return resolve(c, rule, near ? 0.9 : 0.75, v);
        }
        for (int k = from; k < limit; k++) {
            if (accordingTo(k, limit)) {
                // "According to Mr X, ‘...’" (but "According to X the minister said: ‘...’" is the minister's)
                Candidate c = subjects.startingAt(k + 2, limit);
                if (c != null) {
                    return resolve(c, "said.according-to", 0.85, k);
                }
            }
        }
        if (limit - 1 >= from && ":".equals(ix.word(limit - 1))) {
            Candidate c = subjects.mainSubject(from, limit - 1);
            if (c == null) {
                c = byNameBeforeColon(from, limit - 1);
            }
            if (c == null) {
                c = ownerOfStatement(subjects.clauseStart(from, limit - 1), limit - 1);
            }
            return c == null ? null : resolve(c, "said.colon", 0.75, ix.toks[c.start()].begin() >= 0 ? c.start() : from);
        }
        return null;
    }

    /** Nouns of what a person asserts, before a clause that gives it: "Trump's claim that ...". */
    private static final Set<String> CLAIMS = Set.of("claim", "assertion", "suggestion", "accusation", "allegation",
            "charge", "insistence", "declaration", "contention", "argument", "prediction", "promise", "pledge", "vow",
            "warning", "boast", "complaint", "remark", "comment", "statement", "tweet");

    /**
     * "Pence blamed the media for making an issue of Donald Trump's claim that President Obama “founded ISIS”": a quote in
     * the clause of a named person's claim ("X's claim that", "X's latest accusation that") is that person's, not the
     * words of the sentence's subject; null when no such claim stands between the quote and any verb of saying.
     */
    private Attribution claimThat(int from, int limit) {
        for (int k = limit - 1; k - 3 >= from && !ix.inQuote(k); k--) {
            if (subjects.speechVerb(k) || ";".equals(ix.word(k))) {
                return null; // "... Trump's declaration that it was a bomb, Clinton said, “...”"
            }
            if (!"that".equals(ix.lower(k)) || !CLAIMS.contains(ix.lemma(k - 1)) || !ix.isNoun(k - 1)) {
                continue;
            }
            int pos = k - 2;
            while (pos > from && ix.pos(pos).startsWith("JJ")) {
                pos--; // "Trump's latest claim that"
            }
            PersonMention owner = pos - 1 >= from && "POS".equals(ix.pos(pos)) ? ix.mentionEnding[pos - 1] : null;
            if (owner == null || !insideClause(k, limit)) {
                return null;
            }
            int start = ix.mentionStartOf[pos - 1];
            return resolve(new Candidate(Kind.PERSON, owner.canonical(), start, pos - 1), "said.claim-that", 0.75,
                    k - 1);
        }
        return null;
    }

    /**
     * Whether a quote at {@code limit} stands inside the clause opened by "that" at {@code that}: one tensed verb at most
     * between them (not "X's claim that Y is for it is ‘simply not true’", the claim's judge speaking), and no "as" right
     * before the quote ("describing Obama's statement that he opposed the war as ‘a fairy tale’").
     */
    private boolean insideClause(int that, int limit) {
        int tensed = 0;
        for (int k = that + 1; k < limit; k++) {
            if (!ix.inQuote(k) && ix.isTensed(k)) {
                tensed++;
            }
        }
        return tensed <= 1 && !"as".equals(ix.lower(limit - 1));
    }

    /** Nouns for what a person says at length: "Her closing statement ... was the longest answer of the night:". */
    static final Set<String> STATEMENTS = Set.of("statement", "speech", "answer", "reply", "response", "remarks",
            "words", "message", "address", "verdict", "retort", "plea");

    /** Nouns for what a person writes, owned by them before a colon: "From Bush's Facebook post: ‘...’". */
    private static final Set<String> WRITINGS = Set.of("post", "tweet", "letter", "blog", "column", "op-ed", "email",
            "e-mail");

    /**
     * "Her closing statement, which aides later circulated in full, was the longest answer of the night: ‘...’", "Mr
     * Holt's reply was short: ‘...’", "From Bush's Facebook post: ‘...’": the owner of the statement or writing noun
     * that opens the clause before the colon, or follows "From" or "In" there (a possessive pronoun, or a name with
     * 's, and at most two modifiers between).
     */
    private Candidate ownerOfStatement(int start, int colon) {
        if (start < 0 || start >= colon || ix.inQuote(start)) {
            return null;
        }
        Candidate owner;
        int k = "from".equals(ix.lower(start)) || "in".equals(ix.lower(start)) ? start + 1 : start;
        if (ix.lower(k).equals("his") || ix.lower(k).equals("her")) {
            owner = new Candidate(Kind.PRONOUN, ix.lower(k).equals("his") ? "he" : "she", k, k);
            k++;
        } else if (ix.mentionStarting[k] != null && ix.endOfMention(k) + 1 < colon
                && "POS".equals(ix.pos(ix.endOfMention(k) + 1))) {
            owner = new Candidate(Kind.PERSON, ix.mentionStarting[k].canonical(), k, ix.endOfMention(k));
            k = ix.endOfMention(k) + 2;
        } else {
            return null;
        }
        for (int m = k; m < colon && m <= k + 2; m++) {
            if ((STATEMENTS.contains(ix.lower(m)) || WRITINGS.contains(ix.lower(m))) && ix.isNoun(m)) {
                return owner;
            }
        }
        return null;
    }

    /** "the question posed by Leeds nurse Ann Holt: ‘...’": a name after "by" or "from" right before the colon. */
    private Candidate byNameBeforeColon(int from, int colon) {
        PersonMention m = colon - 1 >= from ? ix.mentionEnding[colon - 1] : null;
        if (m == null) {
            return null;
        }
        int start = ix.mentionStartOf[colon - 1];
        int k = start - 1;
        while (k >= from && !ix.inQuote(k) && (ix.isNoun(k) || ix.pos(k).startsWith("JJ")) && ix.mentionStartOf[k] < 0) {
            k--;
        }
        return k >= from && !ix.inQuote(k) && ("by".equals(ix.lower(k)) || "from".equals(ix.lower(k)))
                ? new Candidate(Kind.PERSON, m.canonical(), start, colon - 1) : null;
    }

    /**
     * "Mr X said closing pubs for a day did not work. ‘If it's ...’", "Closing pubs did not work, said Mr X. ‘If it's
     * ...’": a quote opening its sentence right after a sentence of indirect speech goes on in X's own words.
     */
    Attribution leadIn(int first) {
        if (first >= ix.size()) {
            return null;
        }
        int s = ix.sentenceStart[first];
        for (int i = s; i < first; i++) {
            if (!ix.isPunct(i)) {
                return null;
            }
        }
        if (s == 0 || ix.inQuote(s - 1) || !".".equals(ix.word(s - 1))) {
            return null;
        }
        int after = ix.firstAtOrAfter(ix.quotes.get(current()).end());
        for (int i = after; i < ix.size() && ix.sentenceStart[i] == s && !ix.inQuote(i); i++) {
            if (ix.isVerb(i)) {
                return null; // "“Call the roll,” came shouts from the crowd": the sentence says whose words
            }
        }
        int ps = ix.sentenceStart[s - 1];
        for (int i = ps; i < s; i++) {
            if (ix.inQuote(i)) {
                return null;
            }
        }
        // "Asked directly about the mill, Marchetti gave his longest answer": after a question, only an announcement
        boolean asked = subjects.speechVerb(ps) && "VBN".equals(ix.pos(ps));
        // "..., said Mr Thomas. ‘If in doubt ...’": the indirect speech's attribution ends it
        int tail = commaBefore(s - 2, Math.max(ps, s - 10));
        if (tail > ps && !asked && ",".equals(ix.word(tail)) && subjects.speechVerb(tail + 1)
                && !subjects.passive(tail + 1)) {
            Candidate c = subjects.startingAt(tail + 2, s - 1);
            if (c != null && c.kind() == Kind.PERSON && c.end() == s - 2) {
                return resolve(c, "said.lead-in", 0.7, tail + 1);
            }
        }
        for (int v = ps; v < s && v < ps + 20 && !asked; v++) {
            if (subjects.speechVerb(v)) {
                if (subjects.passive(v) || afterQuote(v)) {
                    return null;
                }
                Candidate c = subjects.subjectOf(v, ps);
                return c == null || c.kind() == Kind.UNNAMED ? null : resolve(c, "said.lead-in", 0.7, v);
            }
        }
        for (int n = ps; n < s && n < ps + 20; n++) {
            if (ANNOUNCEMENTS.contains(ix.lower(n)) && ix.isNoun(n) && ownAnnouncement(n, ps)) {
                // "Mr Pirie closed the debate with a warning to his old party. ‘I spent eleven years ...’"
                Candidate c = subjects.mainSubject(ps, n);
                return c == null || c.kind() == Kind.UNNAMED ? null : resolve(c, "said.lead-in", 0.7, n);
            }
        }
        return label(ps, s);
    }

    /**
     * Whether the announcement noun at {@code n} is the subject's own, about to be given: "a (stark) warning", "his
     * message"; not "the warning" (someone else's, told of before).
     */
    private boolean ownAnnouncement(int n, int from) {
        int k = n - 1;
        while (k > from && (ix.pos(k).startsWith("JJ") || ix.pos(k).startsWith("RB"))) {
            k--;
        }
        return OWN.contains(ix.lower(k));
    }

    /** Nouns for what a person is about to say, in the sentence before a quote that opens its own: "with a warning". */
    private static final Set<String> ANNOUNCEMENTS = Set.of("warning", "message", "plea", "appeal", "verdict",
            "retort", "reply", "riposte", "rebuke", "broadside", "challenge", "promise", "pledge", "vow", "prediction",
            "answer", "response", "explanation", "assessment");
    /** What makes an announcement noun the subject's own, still to come: "a warning", "his message". */
    private static final Set<String> OWN = Set.of("a", "an", "his", "her", "their");

    /**
     * "Sturridge on Mario Balotelli. ‘He is a great player ...’": a sentence of only a name, "on" and what the quote is
     * about, without a finite verb (one person's answers, each headed by its topic: "Sherwood on telling Redknapp to
     * take Bale off."), heads the quote that opens the next sentence.
     */
    private Attribution label(int ps, int s) {
        PersonMention m = ix.mentionStarting[ps];
        if (m == null || s - ps > LABEL_TOKENS) {
            return null;
        }
        int k = ps;
        while (k < s && ix.mentionStartOf[k] == ps) {
            k++;
        }
        if (k >= s || !"on".equals(ix.lower(k))) {
            return null;
        }
        for (int i = k + 1; i < s; i++) {
            String pos = ix.pos(i);
            if ("VBD".equals(pos) || "VBZ".equals(pos) || "VBP".equals(pos) || "MD".equals(pos)) {
                return null; // "Trump on Tuesday said ...", "Rubio on Monday is expected ...": a sentence, not a heading
            }
        }
        return new Attribution(m.canonical(), 0.75, "said.label", ix.toks[ps].begin());
    }

    /** Between the verb and the quote only its complements: ":", "that", "told MPs", "to the BBC". */
    private boolean near(int from, int limit) {
        int words = 0;
        for (int i = from; i < limit; i++) {
            if (ix.inQuote(i)) {
                continue;
            }
            if (ix.isVerb(i) || ix.pos(i).startsWith("PRP") && !"PRP$".equals(ix.pos(i))) {
                return false;
            }
            words++;
        }
        return words <= 8;
    }

    /** "‘...,’ said X. ‘...’": an inverted verb of saying right after an earlier quote. */
    private boolean afterQuote(int v) {
        int i = v - 1;
        while (i >= 0 && !ix.inQuote(i) && ix.isPunct(i)) {
            i--;
        }
        return i >= 0 && ix.inQuote(i);
    }
}
