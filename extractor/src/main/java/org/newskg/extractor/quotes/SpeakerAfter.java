package org.newskg.extractor.quotes;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newskg.extractor.quotes.Candidate.Kind;

/**
 * Who the words after a quote name as its speaker: "‘...,’ Mr X said.", "..., said Mr X.", "..., Smith said in a
 * statement.", a sentence that runs on and ends on its speaker, a quote ending on "!" or "?" with its attribution cut
 * off by the sentence splitter, "That was the verdict of X", a headline's "‘...’: X on Y", "according to X", and a
 * name with its appositives before the verb.
 */
final class SpeakerAfter extends AttributionPass {

    SpeakerAfter(Attributor attributor) {
        super(attributor);
    }

    /**
     * "‘one of the most shocking things I have ever heard’, suggesting Mr Farage wanted ...": the verb after the quote
     * is a participle whose clause has the name as its own subject (a finite verb after it), not an inverted
     * attribution ("..., said Mr X", "..., says Smith").
     */
    private boolean reportsClause(int verb, int end) {
        if (!"VBG".equals(ix.pos(verb))) {
            return false;
        }
        Candidate c = subjects.startingAt(verb + 1, end);
        int after = c == null ? -1 : c.end() + 1;
        return after > 0 && after < end && ix.isTensed(after);
    }

    /** "‘...,’ Mr X said." / "..., said Mr X." / "..., Smith said in a statement." */
    Attribution right(int q, int after) {
        if (after >= ix.size()) {
            return null;
        }
        int lastWord = ix.lastBefore(ix.quotes.get(q).textEnd());
        boolean sameSentence = lastWord >= 0 && ix.sentenceStart[after] == ix.sentenceStart[lastWord];
        if (!sameSentence && ix.sentenceStart[after] == after) {
            Attribution owned = ownedAfter(after);
            if (owned != null) {
                return owned;
            }
        }
        if (!sameSentence && !Character.isLowerCase(ix.word(after).charAt(0)) && !exclaimedBefore(q, after)
                && !stoppedBefore(q, after)) {
            return null;
        }
        int end = ix.sentenceEnd[after];
        int p = after;
        while (p < end && !ix.inQuote(p) && ix.isPunct(p)) {
            p++;
        }
        if (p >= end || ix.inQuote(p)) {
            return null;
        }
        if (subjects.speechVerb(p) && !reportsClause(p, end)) {
            Candidate c = subjects.startingAt(p + 1, end);
            return c == null ? null : resolve(c, "said.after-inverted", 0.9, p);
        }
        if (":".equals(ix.word(after)) && p == after + 1 && ix.mentionStarting[p] != null && headline(q)
                && ix.toks[ix.sentenceStart[after]].begin() >= ix.quotes.get(q).begin()) {
            // "‘I’m done being polite’: Aroha Penhallow-Tait on the Prime Minister": a headline's quote and its speaker
            // (not a caption's label: "'Hero': Jacey Jones (left) has been praised")
            return resolve(new Candidate(Kind.PERSON, ix.mentionStarting[p].canonical(), p, ix.endOfMention(p)),
                    "said.colon", 0.8, p);
        }
        if (accordingTo(p, end)) {
            Candidate c = subjects.startingAt(p + 2, end);
            return c == null ? null : resolve(c, "said.according-to", 0.85, p);
        }
        Attribution apposed = apposedSpeaker(p, end);
        if (apposed != null) {
            return apposed;
        }
        for (int v = p; v < end && v < p + 12 && !ix.inQuote(v); v++) {
            if ("MD".equals(ix.pos(v)) && FUTURES.contains(ix.word(v)) && v + 1 < end && subjects.speechVerb(v + 1)
                    && FUTURE_SPEECH.contains(ix.lemma(v + 1))) {
                continue; // "‘...,’ the two-term president will say, according to excerpts of his speech"
            }
            if (PERFECT.contains(ix.lower(v)) && v + 1 < end && subjects.speechVerb(v + 1)
                    && "VBN".equals(ix.pos(v + 1)) && v > p && endsOnComma(q)
                    && (ix.mentionEnding[v - 1] != null || HE_SHE.contains(ix.lower(v - 1)))) {
                // "‘...,’ Simas had said", "‘...,’ she has said": the verb of saying after its auxiliary (not "‘deplorable’
                // Response: Mr Bowen has responded", a caption's label and a sentence of its own)
                continue;
            }
            if (subjects.speechVerb(v)) {
                if (askedThenAnswered(q, v)) {
                    return null;
                }
                Candidate c = subjects.subjectOf(v, p);
                if (c != null && onlyModifiers(p, c.start())) {
                    return resolve(c, "said.after", 0.9, v);
                }
                if (c != null && c.start() > p && ",".equals(ix.word(c.start() - 1)) && c.end() + 1 == v
                        && (v + 1 >= end || ".".equals(ix.word(v + 1)))
                        && QuoteFinder.words(ix.quotes.get(q).text(ix.text)) > QuoteRules.FRAGMENT_WORDS) {
                    // "‘... more credible’ than that of the CIA chief, Zuckoff said.": the sentence ends on its
                    // speaker (not a scare quote's: "it became a ‘distraction’ for the party, X wrote.")
                    return resolve(c, "said.after", 0.85, v);
                }
                return sentenceEnd(q, p, end); // "‘...’ for Clinton, said Kunin."
            }
            if (ix.isVerb(v) || ";".equals(ix.word(v))) {
                return orSentenceEnd(trailingInverted(p, end), q, p, end);
            }
        }
        return orSentenceEnd(trailingInverted(p, end), q, p, end);
    }

    /**
     * Modals of words to be said, from a text released before ("will say") or said later ("would say"), before a verb
     * that only reports words ("X will claim to be ..." reports no quote); not "Will" the name.
     */
    private static final Set<String> FUTURES = Set.of("will", "would");
    private static final Set<String> FUTURE_SPEECH = Set.of("say", "tell", "add");
    /** Auxiliaries of the perfect before a verb of saying: "‘...,’ Simas had said". */
    private static final Set<String> PERFECT = Set.of("has", "had", "have");
    private static final Set<String> HE_SHE = Set.of("he", "she");
    /** Tags that open an adjunct after a verb of saying: "she said in a video message", "he said to reporters". */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("IN", "TO");

    /** Whether the quote's words end on a comma inside its marks, as a quote does before its attribution. */
    private boolean endsOnComma(int q) {
        String text = ix.quotes.get(q).text(ix.text).strip();
        return !text.isEmpty() && text.charAt(text.length() - 1) == ',';
    }

    private Attribution orSentenceEnd(Attribution found, int q, int p, int end) {
        if (found != null) {
            return found;
        }
        Attribution a = sentenceEnd(q, p, end);
        return a != null ? a : tagged(q, p, end);
    }

    /** Verbs after a quote that do not say it: "‘...,’ Reid was told", "‘...,’ Holt thought". */
    private static final Set<String> NOT_TAGS = Set.of("be", "have", "do", "get", "go", "come", "think", "feel",
            "know", "believe", "hope", "realise", "realize", "hear", "read", "see");

    /**
     * "‘Nobody's gonna believe him!’ he spluttered.", "‘Let me say to him,’ Reid spluttered, gulping for air": a quote that
     * opens its sentence and ends on a comma, "!" or "?" inside its marks, followed by its speaker and one verb in the past
     * that ends the clause, is that speaker's, whatever the verb (a manner of speaking no lexicon lists). A named speaker
     * only: "he straight-batted" after a quote of someone else's would take the pronoun's last man, not the speaker.
     */
    private Attribution tagged(int q, int p, int end) {
        String text = ix.quotes.get(q).text(ix.text).strip();
        if (text.isEmpty() || ",!?".indexOf(text.charAt(text.length() - 1)) < 0) {
            return null;
        }
        int mark = ix.firstAtOrAfter(ix.quotes.get(q).begin());
        int before = mark - 1;
        if (before >= 0 && ix.sentenceStart[before] == ix.sentenceStart[mark] && !":".equals(ix.word(before))) {
            return null; // "called it ‘a disgrace,’ he ...": a quote inside a sentence of the writer's
        }
        Candidate c = subjects.startingAt(p, end);
        int v = c == null ? -1 : c.end() + 1;
        if (c == null || c.kind() != Kind.PERSON || c.start() != p || v >= end || !"VBD".equals(ix.pos(v))
                || NOT_TAGS.contains(ix.lemma(v))
                || !(v + 1 >= end || ".".equals(ix.word(v + 1)) || ",".equals(ix.word(v + 1)))) {
            return null;
        }
        return resolve(c, "said.tagged", 0.8, v);
    }

    /** Persons' pronouns that, before a quote in its sentence, may be the ones whose words it is. */
    private static final Set<String> OTHER_VOICES = Set.of("he", "she", "they", "his", "her", "their");

    /** Verbs of saying whose object is the one spoken to: "..., told CNN anchor Alex Thomas." is not Thomas's. */
    private static final Set<String> LISTENED = Set.of("tell", "ask", "warn", "urge", "remind", "assure", "inform",
            "advise", "brief", "promise");

    /**
     * "Fundraising was “stagnant for about a month or six weeks” as donors waited to see how a “turbulent election cycle”
     * played out, he said.", "“There's a sense of stability now,” and donations began to pick up again last week, Gilbert
     * said.": a quote of more than a fragment's words in a sentence that runs on after it and ends on ", <speaker> said."
     * (or on a short adjunct after it: ", she said in a video message.") is the speaker's, when the sentence names nobody
     * (and has no he, she or they) before the quote and no other quote (but a scare quote) or verb of saying after it
     * ("X called Y ‘a liar of the first order’ on Monday, Z said": X's words, not Z's). So too a sentence ending on
     * ", said <speaker>." ("‘This will be a challenge’ for Clinton, said Kunin."), also with a description after the name
     * (", said Tom Walsh, founder of the Freedom Party."), not on a listener (", told X."). A
     * speaker who is no named person here leaves the quote to the rules after this one.
     */
    private Attribution sentenceEnd(int q, int p, int end) {
        if (end - 2 <= p || !".".equals(ix.word(end - 1))
                || QuoteFinder.words(ix.quotes.get(q).text(ix.text)) <= QuoteRules.FRAGMENT_WORDS) {
            return null;
        }
        int v = end - 2;
        if (!subjects.speechVerb(v)) {
            int adjunct = beforeAdjunct(p, end);
            v = adjunct > 0 ? adjunct : v; // ", she said in a video message to the convention."
        }
        Candidate c = subjects.speechVerb(v) ? subjects.subjectOf(v, p) : null;
        int first = c == null ? -1 : c.start(); // where the attribution begins, after its comma
        if (c == null || c.end() + 1 != v || c.start() <= p || !",".equals(ix.word(c.start() - 1))) {
            c = null;
            int comma = commaBefore(end - 2, p);
            int last = end - 2; // where the speaker's name must end
            if (comma > p && ",".equals(ix.word(comma)) && !subjects.speechVerb(comma + 1) && appositive(comma + 1, end - 1)) {
                last = comma - 1; // ", said Tom Walsh, founder of the Freedom Party.": past the appositive
                comma = commaBefore(comma - 1, p);
            }
            v = comma + 1; // "‘This will be a challenge’ for Clinton, said Kunin.": inverted
            if (comma > p && ",".equals(ix.word(comma)) && subjects.speechVerb(v) && !LISTENED.contains(ix.lemma(v))) {
                c = subjects.startingAt(v + 1, end);
                c = c != null && c.end() == last && c.kind() == Kind.PERSON ? c : null;
                first = v;
            }
        }
        if (c == null) {
            return null;
        }
        for (int k = p; k < first; k++) {
            boolean scare = ix.inQuote(k)
                    && QuoteFinder.words(ix.quotes.get(ix.quoteOf[k]).text(ix.text)) <= QuoteRules.FRAGMENT_WORDS;
            if (ix.inQuote(k) && !scare || subjects.speechVerb(k)) {
                return null; // a quote of its own between: someone's other words (a scare quote's are the speaker's)
            }
        }
        int quoteBegins = ix.quotes.get(q).begin();
        for (int k = ix.sentenceStart[p]; k < ix.size() && ix.toks[k].begin() < quoteBegins; k++) {
            if (ix.mentionStarting[k] != null || OTHER_VOICES.contains(ix.lower(k))) {
                return null;
            }
        }
        Attribution a = resolve(c, "said.sentence-end", 0.75, v);
        return a != null && a.named() ? a : null; // "..., the memo stated": the rules after may know whose memo
    }


    /** Whether the words from {@code from} to {@code end} (exclusive) are a short description: no verb, quote or comma. */
    private boolean appositive(int from, int end) {
        if (end - from < 1 || end - from > 12) {
            return false;
        }
        for (int k = from; k < end; k++) {
            if (ix.inQuote(k) || ix.isVerb(k) || ",".equals(ix.word(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The verb of saying of a sentence that ends on a short adjunct after it, with no verb, comma or quote in that
     * adjunct: ", she said in a video message to the convention." (-1 when there is none).
     */
    private int beforeAdjunct(int p, int end) {
        for (int v = end - 3; v > p && v >= end - 12; v--) {
            if (ix.inQuote(v) || ",".equals(ix.word(v))) {
                return -1;
            }
            if (subjects.speechVerb(v)) {
                return ADJUNCT_OPENERS.contains(ix.pos(v + 1)) ? v : -1;
            }
            if (ix.isVerb(v)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "‘... how could you have thought anything other?’ Mr X replied that they were not": a question, then
     * someone's answer in indirect speech; the question is the other side's.
     */
    private boolean askedThenAnswered(int q, int verb) {
        String t = ix.quotes.get(q).text(ix.text).strip();
        return !t.isEmpty() && t.charAt(t.length() - 1) == '?' && verb + 1 < ix.size() && !ix.inQuote(verb + 1)
                && "that".equals(ix.lower(verb + 1));
    }

    /**
     * "“...” about fixing inequality and enabling unions, said Ann Holt, director of ...": the quote's sentence
     * runs on, then an inverted verb of saying with a named speaker ends it.
     */
    private Attribution trailingInverted(int p, int end) {
        for (int v = p + 1; v + 1 < end && v < p + 30 && !ix.inQuote(v) && !";".equals(ix.word(v)); v++) {
            if (subjects.speechVerb(v) && ",".equals(ix.word(v - 1)) && ix.mentionStarting[v + 1] != null) {
                Candidate c = subjects.startingAt(v + 1, end);
                return c == null ? null : resolve(c, "said.after-inverted", 0.85, v);
            }
        }
        return null;
    }

    /**
     * "‘... paid!’ Smith declared.": a quote ending in ! or ? that the sentence splitter cut off from its
     * attribution, a name and a verb of saying right after it (or the verb, then the name).
     */
    private boolean exclaimedBefore(int q, int after) {
        Quote quote = ix.quotes.get(q);
        String t = withoutInnerClose(quote.text(ix.text));
        if (t.isEmpty() || "!?".indexOf(t.charAt(t.length() - 1)) < 0 || after + 1 >= ix.size()
                || ix.text.substring(quote.end(), ix.toks[after].begin()).contains("\n")) {
            return false; // not across a paragraph: "... — resign!” // Ginsburg said in an interview ..."
        }
        if (ix.mentionStarting[after] != null) {
            int e = ix.endOfMention(after);
            return e + 1 < ix.size() && subjects.speechVerb(e + 1);
        }
        return subjects.speechVerb(after) && ix.mentionStarting[after + 1] != null;
    }

    /**
     * "“... the 30,000 emails that are missing.” Trump said.", "“...” Trump said to cheers.": a quote closed on a
     * full stop, then a sentence of only a name or he/she, a verb of saying and at most a few words of audience, place
     * or time (no verb, no "that"): the quote's attribution, written with a full stop for a comma. Not "“...” Trump
     * said the plan would fail."
     */
    private boolean stoppedBefore(int q, int after) {
        Quote quote = ix.quotes.get(q);
        String t = withoutInnerClose(quote.text(ix.text));
        if (t.isEmpty() || t.charAt(t.length() - 1) != '.' || after + 1 >= ix.size() || QuoteRules.embedded(ix, quote)
                || ix.text.substring(quote.end(), ix.toks[after].begin()).contains("\n")) {
            return false; // not across a paragraph ("... voting.” // Paradis agrees."), nor a quote inside a sentence
        }
        int v = ix.mentionStarting[after] != null ? ix.endOfMention(after) + 1
                : "he".equals(ix.lower(after)) || "she".equals(ix.lower(after)) ? after + 1 : -1;
        if (v < 0 || v >= ix.size() || !subjects.speechVerb(v)) {
            return false;
        }
        int end = ix.sentenceEnd[after];
        if (end > v + 7) {
            return false;
        }
        for (int k = v + 1; k < end; k++) {
            if (ix.inQuote(k) || ix.isVerb(k) || "that".equals(ix.lower(k)) || ",".equals(ix.word(k))) {
                return false;
            }
        }
        return true;
    }

    /** The quote's text without the closing marks of a quote inside it that ends with it ("... ‘What can I do?’"). */
    private static String withoutInnerClose(String quoted) {
        String t = quoted.strip();
        while (!t.isEmpty() && "'’\"”".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** What a quote is called in "That was the verdict of X": the statements and a few more. */
    private static final Set<String> VERDICTS = Stream.concat(SpeakerBefore.STATEMENTS.stream(), Stream.of("view",
            "assessment", "reaction", "judgment", "judgement", "warning", "comment", "riposte"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * "‘...’ That was the verdict of Alasdair X, the Scottish Conservative leader", "‘...’ The words came from Rep. Y":
     * a sentence right after a quote that gives the quote an owner, "That was the" and a word for what is said
     * ({@link SpeakerBefore#STATEMENTS}, "verdict", "view") then "of" and a name, or "The words came from" and a name.
     */
    private Attribution ownedAfter(int s) {
        int end = ix.sentenceEnd[s];
        int name = -1;
        if (s + 4 < end && Set.of("that", "this").contains(ix.lower(s)) && "was".equals(ix.lower(s + 1))
                && "the".equals(ix.lower(s + 2))) {
            int k = s + 3;
            while (k < end && k < s + 6 && ix.pos(k).startsWith("JJ")) {
                k++; // "That was the blunt verdict of"
            }
            if (k + 1 < end && VERDICTS.contains(ix.lower(k)) && "of".equals(ix.lower(k + 1))) {
                name = k + 2;
            }
        } else if (s + 4 < end && "the".equals(ix.lower(s)) && "words".equals(ix.lower(s + 1))
                && "came".equals(ix.lower(s + 2)) && "from".equals(ix.lower(s + 3))) {
            name = s + 4;
        }
        if (name < 0) {
            return null;
        }
        Candidate c = subjects.startingAt(name, end);
        return c == null ? null : resolve(c, "said.after", 0.8, c.end()); // the evidence runs to the owner's name
    }

    /** Whether quote {@code q} opens the article's first line and sentence, its headline, and is more than a fragment. */
    private boolean headline(int q) {
        int firstBreak = ix.text.indexOf('\n');
        int firstSentenceEnd = ix.size() == 0 ? 0 : ix.toks[ix.sentenceEnd[0] - 1].end();
        return (firstBreak < 0 || ix.quotes.get(q).end() <= firstBreak) && ix.quotes.get(q).begin() < firstSentenceEnd
                && QuoteFinder.words(ix.quotes.get(q).text(ix.text)) > QuoteRules.FRAGMENT_WORDS;
    }

    /** "‘...,’ Mr X, the attorney general of Y, one of the states suing Z, said": a name, its appositives, the verb. */
    private Attribution apposedSpeaker(int p, int end) {
        if (ix.mentionStarting[p] == null) {
            return null;
        }
        int e = ix.endOfMention(p);
        if (e + 1 >= end || !",".equals(ix.word(e + 1))) {
            return null;
        }
        for (int v = e + 2; v < end && v < e + 40 && !ix.inQuote(v) && !";".equals(ix.word(v)); v++) {
            if (subjects.speechVerb(v)) {
                return ",".equals(ix.word(v - 1)) ? resolve(new Candidate(Kind.PERSON,
                        ix.mentionStarting[p].canonical(), p, e), "said.after", 0.85, v) : null;
            }
        }
        return null;
    }

    private boolean onlyModifiers(int from, int to) {
        // "Front Line Action on Coal's Alex Walker said": a possessive organisation may hold a preposition
        boolean possessive = to - 1 >= from && "POS".equals(ix.pos(to - 1));
        for (int i = from; i < to; i++) {
            if (possessive && ("IN".equals(ix.pos(i)) || "CC".equals(ix.pos(i)))) {
                continue;
            }
            if ("and".equals(ix.lower(i)) && i + 1 == to && i - 1 >= from && ix.mentionEnding[i - 1] != null) {
                continue; // "..., Dana Walden and Gary Newman said": two speakers (QuoteRules gives it to both)
            }
            if ("of".equals(ix.lower(i)) && i - 1 >= from && "NNP".equals(ix.pos(i - 1)) && i + 1 < to
                    && ("NNP".equals(ix.pos(i + 1)) || "DT".equals(ix.pos(i + 1)))) {
                continue; // "..., Secretary of Homeland Security Jeh Johnson said": a title with its "of"
            }
            if (!(ix.isPunct(i) || ix.isNoun(i) || "DT".equals(ix.pos(i)) || "JJ".equals(ix.pos(i))
                    || "POS".equals(ix.pos(i)) || "PRP$".equals(ix.pos(i)))) {
                return false;
            }
        }
        return true;
    }
}
