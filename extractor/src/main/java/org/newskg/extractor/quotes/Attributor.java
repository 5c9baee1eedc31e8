package org.newskg.extractor.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newskg.extractor.persons.Discourse;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.extractor.persons.RoleWords;
import org.newskg.extractor.quotes.Candidate.Kind;

/**
 * Finds the speaker of each quote: after it ("‘...,’ Mr X said"), before it ("X said:", "X told the BBC
 * that ‘...’"), a colon, a continued paragraph, or the quote just before with nothing in between.
 * Pronouns and roles ("he", "the chancellor") go to the latest compatible subject or speaker.
 */
final class Attributor {

    /** How far a quote of its own may follow the quote it goes on from. */
    private static final int RESUME_TOKENS = 150;
    /** The longest heading of one person's answer ("Sherwood on his touchline antics and emotional nature."). */
    private static final int LABEL_TOKENS = 16;
    /** Where a photograph is, in brackets: "(left)", "(pictured)", "(second right)": the sentence is a caption. */
    private static final Set<String> PHOTO_PLACES = Set.of("left", "right", "centre", "center", "pictured", "top",
            "bottom", "above", "below", "inset", "front", "back", "middle");

    private final TextIndex ix;
    private final PersonIndex persons;
    private final Subjects subjects;
    private final Lexicon lex;
    private final Discourse discourse;
    /** Named subjects of verbs of saying in narration, by token: "..., Professor X said." */
    private final TreeMap<Integer, String> narrationSpeakers = new TreeMap<>();
    /** Main-clause subjects, speakers of indirect speech and of quotes, by offset: what he/she can refer to. */
    private final TreeMap<Integer, String> salient;
    private final List<Attribution> done = new ArrayList<>();
    /** The quote being attributed. */
    private int current = -1;

    Attributor(TextIndex ix, PersonIndex persons, Lexicon lex) {
        this.ix = ix;
        this.persons = persons;
        this.lex = lex;
        this.subjects = new Subjects(ix, lex);
        this.discourse = persons.discourse();
        this.salient = new TreeMap<>(discourse.subjects());
        for (int i = 0; i < ix.size(); i++) {
            if (subjects.speechVerb(i)) {
                // "..., Law said.": the speaker of indirect speech is salient too
                // "..., argued Mr Howard." names the speaker after the verb; "X, a member of the caucus, said Reid had
                // gone too far" names, after it, the subject of what X said
                Candidate c = i > 0 && ",".equals(ix.word(i - 1)) && i + 1 < ix.size()
                        && ix.mentionStarting[i + 1] != null && !subjectOfReport(ix.endOfMention(i + 1) + 1)
                        ? subjects.startingAt(i + 1, ix.sentenceEnd[i])
                        : subjects.subjectOf(i, ix.sentenceStart[i]);
                if (c != null && c.kind() == Kind.PERSON) {
                    salient.put(ix.toks[c.start()].begin(), c.name());
                    narrationSpeakers.put(i, c.name());
                }
            }
        }
    }

    /**
     * Whether a finite verb follows a name at {@code k} (adverbs between), or a possessive and its noun: the name after
     * a verb of saying is then the subject of the clause reported ("said Reid had gone too far"), or owns it ("said
     * Reid's statement did not clarify"), not the speaker placed after the verb.
     */
    private boolean subjectOfReport(int k) {
        int j = k;
        if (j + 1 < ix.size() && "POS".equals(ix.pos(j)) && ix.isNoun(j + 1)) {
            return true;
        }
        while (j < ix.size() && !ix.inQuote(j) && ix.pos(j).startsWith("RB")) {
            j++;
        }
        return j < ix.size() && !ix.inQuote(j) && Set.of("VBD", "VBZ", "VBP", "MD").contains(ix.pos(j));
    }

    /** The speaker of each quote, in order (null entries for quotes without one). */
    List<Attribution> attributeAll() {
        for (int q = 0; q < ix.quotes.size(); q++) {
            Attribution a = attribute(q);
            done.add(a);
            Quote quote = ix.quotes.get(q);
            boolean fragment = QuoteFinder.words(quote.text(ix.text)) <= QuoteRules.FRAGMENT_WORDS
                    && QuoteRules.embedded(ix, quote);
            if (a != null && a.named() && !fragment) {
                // a scare quote ("a ‘distraction’") is weak evidence of who speaks next
                salient.put(quote.begin(), a.speaker());
            }
        }
        return done;
    }

    private Attribution attribute(int q) {
        current = q;
        Quote quote = ix.quotes.get(q);
        int first = ix.firstAtOrAfter(quote.begin());
        int after = ix.firstAtOrAfter(quote.end());
        boolean colonBefore = colonBefore(first);
        Attribution a = colonBefore ? left(q, first) : right(q, after);
        if (a == null) {
            a = colonBefore ? right(q, after) : left(q, first);
        }
        if (a == null && !quote.continued() && !heading(quote)) {
            a = leadIn(first);
        }
        if (a == null && q > 0 && !heading(quote)) {
            a = quote.continued() ? inherit(done.get(q - 1), "said.continued", 0.8) : followOn(q);
        }
        return a;
    }

    /** A quote after one by a named speaker, with no attribution of its own: {@link #adjacent}, else {@link #resumed}. */
    private Attribution followOn(int q) {
        Attribution prev = done.get(q - 1);
        if (prev == null || !prev.named()) {
            return null;
        }
        int from = ix.firstAtOrAfter(ix.quotes.get(q - 1).end());
        int to = ix.firstAtOrAfter(ix.quotes.get(q).begin());
        Attribution a = adjacent(q, prev, from, to);
        return a != null ? a : resumed(q, prev, from, to);
    }

    /**
     * "'I knew Bolasie would cross it,' Zaha said. [two or three sentences, captions of photographs among them] 'I
     * had to get on the end of it.'": a quote that is a sentence of its own, with no attribution after it either, goes
     * on with the named speaker of the quote before, within {@value #RESUME_TOKENS} tokens, when nobody speaks in
     * between (no verb of saying past the quote before's own sentence), nobody who has spoken in the article is the
     * subject of a sentence in between, and the sentence right before the quote is not about someone else (unless it
     * is a caption: "Costa (left) battles with Luiz") or a group ("A group of fans were filmed ...").
     */
    private Attribution resumed(int q, Attribution prev, int from, int to) {
        if (to == 0 || to >= ix.size() || to - from > RESUME_TOKENS) {
            return null;
        }
        for (int i = ix.sentenceStart[to]; i < to; i++) {
            if (!ix.isPunct(i)) {
                return null; // narration before the quote in its own sentence
            }
        }
        boolean caption = caption(ix.sentenceStart[to - 1], to); // "Costa (left) battles with Luiz"
        int last = Math.max(from, ix.sentenceStart[to - 1]); // the sentence right before, past the quote before
        if (saidAfter(q) || !caption && (groupBefore(last, to) || someoneElseBefore(last, to, prev.speaker()))) {
            return null;
        }
        int own = from > 0 ? ix.sentenceEnd[from - 1] : from; // the quote before's own attribution: "..., Zaha said."
        for (int i = Math.max(from, own); i < to; i++) {
            if (subjects.speechVerb(i)) {
                return null;
            }
        }
        Set<String> spoke = new HashSet<>();
        for (int k = 0; k < q; k++) {
            if (done.get(k) != null && done.get(k).named()) {
                spoke.add(done.get(k).speaker());
            }
        }
        spoke.addAll(narrationSpeakers.values());
        int gapBegin = ix.quotes.get(q - 1).end();
        int gapEnd = ix.quotes.get(q).begin();
        int lastBegin = to > 0 ? ix.toks[ix.sentenceStart[to - 1]].begin() : gapEnd; // the sentence right before
        for (Map.Entry<Integer, String> e : salient.subMap(gapBegin, gapEnd).entrySet()) {
            String who = e.getValue();
            if (who.equals(prev.speaker())) {
                continue;
            }
            if (spoke.contains(who) || e.getKey() >= lastBegin && !caption) {
                return null; // someone who speaks here, or whom the sentence just before is about
            }
        }
        return inherit(prev, "said.resumed", 0.7);
    }

    /**
     * "'...,' said a person close to the Clintons": a verb of saying after the quote in its sentence, an attribution
     * of its own.
     */
    private boolean saidAfter(int q) {
        int after = ix.firstAtOrAfter(ix.quotes.get(q).end());
        int lastWord = ix.lastBefore(ix.quotes.get(q).textEnd());
        if (lastWord < 0 || after >= ix.size() || ix.sentenceStart[after] != ix.sentenceStart[lastWord]) {
            return false;
        }
        for (int i = after; i < ix.size() && i < ix.sentenceEnd[after] && !ix.inQuote(i); i++) {
            if (subjects.speechVerb(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code start} to token {@code to} (the sentence right before a quote) are about someone
     * other than {@code speaker}: they name another person and not the speaker ("The film started with Mr Cameron at a
     * football game. 'Come on!'"), or an unnamed person stands before their first verb ("Another older woman, sitting
     * in a cart, starts sobbing. '...'"; not a title before a name: "Southampton midfielder Steven Davis returns").
     */
    private boolean someoneElseBefore(int start, int to, String speaker) {
        boolean other = false;
        boolean self = false;
        for (int i = start; i < to; i++) {
            PersonMention m = ix.mentionStarting[i];
            if (m != null && !ix.inQuote(i)) {
                self |= m.canonical().equals(speaker);
                other |= !m.canonical().equals(speaker);
            }
        }
        if (other && !self) {
            return true;
        }
        for (int i = start; i < to && !ix.isVerb(i); i++) {
            if (!ix.inQuote(i) && ix.isNoun(i) && ix.mentionStartOf[i] < 0 && RoleWords.any(ix.lower(i))
                    && (i + 1 >= to || ix.mentionStarting[i + 1] == null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code start} to token {@code to} (the sentence right before a quote, not "Teachers are
     * '...,' X said.", the quote before's own) have a plural noun before their first verb ("A group of fans were
     * filmed ...", "Others sat with a sign"): a group there may be who speaks next.
     */
    private boolean groupBefore(int start, int to) {
        int i = start;
        while (i < to && ix.inQuote(i)) {
            i++; // "'Great fans,' Reid said.": the quote before is no subject
        }
        for (; i < to && !ix.isVerb(i); i++) {
            if (!ix.inQuote(i) && ("NNS".equals(ix.pos(i)) || "NNPS".equals(ix.pos(i)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code from} to {@code to} hold a photograph's place in brackets ("Costa (left) battles ..."). */
    private boolean caption(int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            boolean bracket = "(".equals(ix.word(i)) || "-LRB-".equals(ix.word(i));
            if (bracket && (PHOTO_PLACES.contains(ix.lower(i + 1)) || i + 2 < to && PHOTO_PLACES.contains(ix.lower(i + 2)))) {
                return true;
            }
        }
        return false;
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
        return after > 0 && after < end && Set.of("VBD", "VBZ", "VBP", "MD").contains(ix.pos(after));
    }

    /** "‘...,’ Mr X said." / "..., said Mr X." / "..., Smith said in a statement." */
    private Attribution right(int q, int after) {
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
     * "Fundraising was “stagnant for about a month or six weeks” as donors waited to see ..., he said.", "“There's a sense
     * of stability now,” and donations began to pick up again last week, Gilbert said.": a quote of more than a
     * fragment's words in a sentence that runs on after it and ends on ", <speaker> said." is the speaker's, when the
     * sentence names nobody (and has no he, she or they) before the quote and no other quote or verb of saying after
     * it ("X called Y ‘a liar of the first order’ on Monday, Z said": X's words, not Z's). So too a sentence ending on
     * ", said <speaker>." ("‘This will be a challenge’ for Clinton, said Kunin."), not on a listener (", told X."). A
     * speaker who is no named person here leaves the quote to the rules after this one.
     */
    private Attribution sentenceEnd(int q, int p, int end) {
        if (end - 2 <= p || !".".equals(ix.word(end - 1))
                || QuoteFinder.words(ix.quotes.get(q).text(ix.text)) <= QuoteRules.FRAGMENT_WORDS) {
            return null;
        }
        int v = end - 2;
        Candidate c = subjects.speechVerb(v) ? subjects.subjectOf(v, p) : null;
        int first = c == null ? -1 : c.start(); // where the attribution begins, after its comma
        if (c == null || c.end() + 1 != v || c.start() <= p || !",".equals(ix.word(c.start() - 1))) {
            c = null;
            int comma = end - 2;
            while (comma > p && !",".equals(ix.word(comma)) && !ix.inQuote(comma)) {
                comma--;
            }
            v = comma + 1; // "‘This will be a challenge’ for Clinton, said Kunin.": inverted
            if (comma > p && ",".equals(ix.word(comma)) && subjects.speechVerb(v) && !LISTENED.contains(ix.lemma(v))) {
                c = subjects.startingAt(v + 1, end);
                c = c != null && c.end() == end - 2 && c.kind() == Kind.PERSON ? c : null;
                first = v;
            }
        }
        if (c == null) {
            return null;
        }
        for (int k = p; k < first; k++) {
            if (ix.inQuote(k) || subjects.speechVerb(k)) {
                return null;
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

    /**
     * "‘...’ That was the verdict of Alasdair X, the Scottish Conservative leader", "‘...’ The words came from Rep. Y":
     * a sentence right after a quote that gives the quote an owner, "That was the" and a word for what is said
     * ({@link #STATEMENTS}, "verdict", "view") then "of" and a name, or "The words came from" and a name.
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

    /** "X said: ‘...’", "X told the BBC ‘...’", "X said the plan was ‘a disgrace’". */
    private Attribution left(int q, int first) {
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

    /** Nouns for what a person says at length: "Her closing statement ... was the longest answer of the night:". */
    private static final Set<String> STATEMENTS = Set.of("statement", "speech", "answer", "reply", "response", "remarks",
            "words", "message", "address", "verdict", "retort", "plea");

    /** What a quote is called in "That was the verdict of X": the statements and a few more. */
    private static final Set<String> VERDICTS = Stream.concat(STATEMENTS.stream(), Stream.of("view", "assessment",
            "reaction", "judgment", "judgement", "warning", "comment", "riposte")).collect(Collectors.toUnmodifiableSet());

    /**
     * "Her closing statement, which aides later circulated in full, was the longest answer of the night: ‘...’", "Mr
     * Holt's reply was short: ‘...’": the owner of the statement noun that opens the clause before the colon (a
     * possessive pronoun, or a name with 's, and at most two modifiers between).
     */
    private Candidate ownerOfStatement(int start, int colon) {
        if (start < 0 || start >= colon || ix.inQuote(start)) {
            return null;
        }
        Candidate owner;
        int k = start;
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
            if (STATEMENTS.contains(ix.lower(m)) && ix.isNoun(m)) {
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
     * "Mr X said closing pubs for a day did not work. ‘If it's ...’": a quote opening its sentence right after
     * a sentence of indirect speech goes on in X's own words.
     */
    private Attribution leadIn(int first) {
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
        int after = ix.firstAtOrAfter(ix.quotes.get(current).end());
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

    /** The next quote after one by X, with nothing but X's attribution between: X again. */
    private Attribution adjacent(int q, Attribution prev, int from, int to) {
        if (to - from > 40) {
            return null;
        }
        if (to < ix.size() && ownClause(from, to) && !mentionsSpeaker(to, prev.speaker())) {
            // "Outlets reported the Secret Service had “more than one conversation”": a clause about someone else
            return null;
        }
        int gapBegin = ix.quotes.get(q - 1).end();
        int gapEnd = ix.quotes.get(q).begin();
        if (gapBegin < gapEnd) {
            for (String other : salient.subMap(gapBegin, gapEnd).values()) {
                if (!other.equals(prev.speaker())) {
                    // someone else is the subject in between
                    return null;
                }
            }
        }
        for (int i = from; i < to; i++) {
            if (subjects.speechVerb(i) && (prev.anchor() < ix.toks[i].begin() || prev.anchor() >= ix.toks[i].end())) {
                Candidate c = subjects.subjectOf(i, from);
                if (c == null || c.kind() == Kind.UNNAMED) {
                    return null;
                }
                Attribution other = c.kind() == Kind.PERSON ? null : resolve(c, "said.adjacent", 0.75, i);
                if (other != null && other.named() && !other.speaker().equals(prev.speaker())) {
                    return null; // "..., he says, ...": someone else speaks in between
                }
            }
        }
        return inherit(prev, "said.adjacent", 0.75);
    }

    /** Whether the quote at token {@code to} follows a finite verb of narration of its own sentence (after {@code from}). */
    private boolean ownClause(int from, int to) {
        for (int i = Math.max(from, ix.sentenceStart[to]); i < to; i++) {
            if (!ix.inQuote(i) && ("VBD".equals(ix.pos(i)) || "VBZ".equals(ix.pos(i)) || "VBP".equals(ix.pos(i)))
                    && !subjects.speechVerb(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the narration of token {@code k}'s sentence names {@code speaker} before the quote at {@code k}
     * ("When Trump used the words, ‘...’") or has a he/she that may be them ("..., she added").
     */
    private boolean mentionsSpeaker(int k, String speaker) {
        char g = discourse.gender(speaker);
        for (int i = ix.sentenceStart[k]; i < ix.sentenceEnd[k]; i++) {
            if (ix.inQuote(i)) {
                continue;
            }
            if (i < k && ix.mentionStarting[i] != null && ix.mentionStarting[i].canonical().equals(speaker)) {
                return true;
            }
            String w = ix.lower(i);
            if ("he".equals(w) && g != 'f' || "she".equals(w) && g != 'm') {
                return true;
            }
        }
        return false;
    }

    private static Attribution inherit(Attribution prev, String rule, double confidence) {
        if (prev == null || !prev.named()) {
            return null;
        }
        // the evidence reaches back to the attribution the speaker was found by
        return new Attribution(prev.speaker(), Math.min(prev.confidence(), confidence), rule, prev.anchor());
    }

    private Attribution resolve(Candidate c, String rule, double confidence, int verb) {
        int anchor = ix.toks[verb].begin();
        switch (c.kind()) {
            case PERSON:
                return new Attribution(c.name(), confidence, rule, anchor);
            case PRONOUN: {
                Set<String> exclude = notTheSpeaker(c, verb);
                String who = discourse.resolvePronoun(ix.toks[c.start()].begin(), exclude, salient).orElse(null);
                String previous = previousSentenceSpeaker(c.start());
                if (previous != null && discourse.genderOnlyFromGivenName(previous) && !exclude.contains(previous)
                        && !samePronounBefore(c.start(), previous)) {
                    // "..., Professor Lee Epstein said. ‘...,’ she said.": the speaker just named, whatever her name suggests;
                    // not "He reminds the house that Caroline Dutt told ... ‘...,’ he says": that "he" is the one
                    who = previous;
                }
                return who == null ? Attribution.unnamed(rule, anchor)
                        : new Attribution(who, confidence - 0.1, rule + "/pronoun", anchor);
            }
            case ROLE: {
                String apposed = apposedName(c.end() + 1, ix.sentenceEnd[c.start()]);
                if (apposed != null) {
                    return new Attribution(apposed, confidence, rule, anchor); // "said the chairman of ..., Labour MP X."
                }
                if ("ORGANIZATION".equals(ix.toks[roleHead(c)].ner())) {
                    return Attribution.unnamed(rule, anchor); // "The New Hampshire Union Leader said": a newspaper
                }
                List<String> words = new ArrayList<>();
                for (int k = c.start(); k <= c.end(); k++) {
                    words.add(ix.word(k));
                }
                String who = discourse.resolveNominal(ix.toks[c.start()].begin(), words, notTheSpeaker(c, verb), salient)
                        .orElse(null);
                return who == null ? Attribution.unnamed(rule, anchor)
                        : new Attribution(who, confidence - 0.15, rule + "/role", anchor);
            }
            default: {
                String author = !lex.documentNouns.contains(c.name()) ? null
                        : "the".equals(ix.lower(c.start())) ? author(c.start(), c.name()) : null;
                if (author == null && lex.documentNouns.contains(c.name())) {
                    author = possessor(c); // "Fontenot's statement said", "the letter from Fontenot said"
                }
                return author == null ? Attribution.unnamed(rule, anchor)
                        : new Attribution(author, confidence - 0.15, rule + "/document", anchor);
            }
        }
    }

    /** The last word of a role speaker's role: "Mayor" of "The Mayor of London", else the phrase's last word. */
    private int roleHead(Candidate c) {
        for (int k = c.start() + 1; k < c.end(); k++) {
            if ("of".equals(ix.lower(k))) {
                return k - 1;
            }
        }
        return c.end();
    }

    /**
     * The name in apposition to a role speaker: "said the chairman of the Commons education select committee, Labour MP
     * Barry Sheerman.": after the role's phrase (no verb, no quote), a comma, up to four capitalised title words, and a
     * name that ends the sentence or the phrase (a comma, a full stop, a bracket). Null when there is none.
     */
    private String apposedName(int from, int end) {
        for (int k = from; k < end && k < from + 15 && !ix.inQuote(k); k++) {
            if (ix.isVerb(k) || ";".equals(ix.word(k)) || ix.mentionStarting[k] != null) {
                return null;
            }
            if (",".equals(ix.word(k))) {
                int j = k + 1;
                while (j < end && j < k + 5 && ix.mentionStarting[j] == null && !ix.inQuote(j)
                        && Character.isUpperCase(ix.word(j).charAt(0)) && ix.toks[j].pos().startsWith("NNP")) {
                    j++; // "Labour MP", "Rep."
                }
                if (j >= end || ix.mentionStarting[j] == null) {
                    return null;
                }
                int e = ix.endOfMention(j);
                String after = e + 1 < end ? ix.word(e + 1) : ".";
                return e + 1 >= end || ",".equals(after) || ".".equals(after) || "(".equals(after) || "-LRB-".equals(after)
                        ? ix.mentionStarting[j].canonical() : null;
            }
        }
        return null;
    }

    /**
     * Who a he/she or role speaking at token {@code k} is not: a person named in the quote itself ("And he lacks the
     * ties that Hillary has," she said), or in the clause the pronoun's verb reports ("Trump isn't a
     * conservative, he said"), as nobody speaks of themselves by name.
     */
    private Set<String> notTheSpeaker(Candidate c, int verb) {
        int k = c.start();
        Set<String> out = new java.util.HashSet<>();
        if (current >= 0) {
            Quote q = ix.quotes.get(current);
            for (PersonMention m : persons.mentionsIn(q.textBegin(), q.textEnd())) {
                out.add(m.canonical());
            }
            int first = ix.firstAtOrAfter(q.begin());
            if (verb < first && first < ix.size() && ix.sentenceStart[verb] == ix.sentenceStart[first]) {
                // "the paper said Mr Rubio had been ‘rocked’": the reported clause's subject is someone else (but
                // not whoever it names further in: "He said that the campaign's claim that Carson was leaving")
                int i = verb + 1;
                while (i < first && !ix.inQuote(i) && ("that".equals(ix.lower(i)) || ",".equals(ix.word(i)))) {
                    i++;
                }
                if (i < first && ix.mentionStarting[i] != null && !ix.inQuote(i)) {
                    out.add(ix.mentionStarting[i].canonical());
                }
            }
            if (first < verb && first < ix.size() && ix.sentenceStart[verb] == ix.sentenceStart[first]) {
                // "‘...,’ the candidate said of running against Mr Trump": whom the narration speaks of after the
                // verb is not the speaker
                for (int i = verb + 1; i < ix.sentenceEnd[verb] && !ix.inQuote(i); i++) {
                    if (ix.mentionStarting[i] != null && i > verb + 1
                            && ("IN".equals(ix.pos(i - 1)) || "TO".equals(ix.pos(i - 1)))) {
                        out.add(ix.mentionStarting[i].canonical());
                    }
                }
            }
        }
        if ("he".equalsIgnoreCase(ix.word(k)) || "she".equalsIgnoreCase(ix.word(k))) {
            // "He then attacked Mr Hale, saying ...": a name the subject pronoun's own clause goes on to name, before
            // a comma, is someone else (not so "As he arrived, Mr Botin greeted the media, saying")
            for (int i = c.end() + 1; i < verb && ix.sentenceStart[i] == ix.sentenceStart[k] && !ix.inQuote(i)
                    && !",".equals(ix.word(i)); i++) {
                if (ix.mentionStarting[i] != null) {
                    out.add(ix.mentionStarting[i].canonical());
                }
            }
        }
        int s = ix.sentenceStart[k];
        int after = c.end() + 1;
        while (after < ix.size() && ix.pos(after).startsWith("RB")) {
            after++;
        }
        if (k - 1 > s && ",".equals(ix.word(k - 1)) && !ix.inQuote(k - 1) && subjects.clauseStart(s, k) == s
                && after < ix.size() && subjects.speechVerb(after)) {
            for (int i = s; i < k - 1; i++) {
                if (ix.mentionStarting[i] != null && !ix.inQuote(i) && !selfReport(ix.endOfMention(i) + 1, k - 1)) {
                    out.add(ix.mentionStarting[i].canonical());
                }
            }
        }
        return out;
    }

    /** Verbs of a state of mind only its holder reports: "Henry is hoping ..., he told the Mirror" is Henry's. */
    private static final Set<String> SELF_REPORTS = Set.of("hope", "believe", "think", "feel", "expect", "want", "fear",
            "worry", "wish", "intend", "doubt", "suspect");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

    /**
     * Whether the words from {@code from} (right after a name) to {@code end} open with a state of mind of that name's
     * (auxiliaries and adverbs between): "Holt is hoping the similarities end, he said" reports Holt's own hope, where
     * "Reid is unfit, he said" is someone else's view of Reid.
     */
    private boolean selfReport(int from, int end) {
        int j = from;
        while (j < end && (ix.pos(j).startsWith("RB") || ix.pos(j).equals("MD")
                || AUXILIARIES.contains(ix.lemma(j)) && j + 1 < end && ix.isVerb(j + 1))) {
            j++;
        }
        return j < end && ix.isVerb(j) && SELF_REPORTS.contains(ix.lemma(j));
    }

    /**
     * "‘...,’ Fontenot's statement said", "the letter from Fontenot said": the person whose writing a document noun's
     * phrase names, or null.
     */
    private String possessor(Candidate c) {
        for (int k = Math.max(1, c.start() - 1); k <= c.end(); k++) {
            if (ix.inQuote(k)) {
                continue;
            }
            if ("POS".equals(ix.pos(k)) && ix.mentionEnding[k - 1] != null
                    && ix.mentionEnding[k - 1].canonical().contains(" ")) {
                return ix.mentionEnding[k - 1].canonical(); // a person known by full name: "Chelsea's statement" is a club's
            }
            if (("from".equals(ix.lower(k)) || "by".equals(ix.lower(k))) && k + 1 < ix.size() && ix.mentionStarting[k + 1] != null) {
                return ix.mentionStarting[k + 1].canonical();
            }
        }
        return null;
    }

    /**
     * "Cook provided a written statement. ‘...,’ the statement said": the named person who issued the
     * writing, in one of the three sentences before, by the verb before the noun or a possessive ("Cook's letter").
     */
    private String author(int at, String noun) {
        int floor = ix.sentenceStart[at];
        for (int n = 0; n < 3 && floor > 0; n++) {
            floor = ix.sentenceStart[floor - 1];
        }
        for (int k = at - 1; k >= floor; k--) {
            if (ix.inQuote(k) || !noun.equals(ix.lower(k))) {
                continue;
            }
            int sentence = ix.sentenceStart[k];
            int m = k - 1;
            while (m > sentence && (ix.pos(m).startsWith("JJ") || "VBN".equals(ix.pos(m)))) {
                m--;
            }
            if (m - 1 >= sentence && "POS".equals(ix.pos(m)) && ix.mentionEnding[m - 1] != null) {
                return ix.mentionEnding[m - 1].canonical();
            }
            for (int v = m; v >= sentence && v >= k - 6; v--) {
                if (ix.isVerb(v)) {
                    Candidate c = subjects.subjectOf(v, sentence);
                    return c != null && c.kind() == Kind.PERSON ? c.name() : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * Whether the narration of the sentence before the one at {@code k} holds the pronoun at {@code k} before it names
     * {@code speaker}: "He reminds the house that Caroline Dutt told ...", where "he" is someone else; not "Lee Gilmore
     * said she understood ...", where "she" is the speaker.
     */
    private boolean samePronounBefore(int k, String speaker) {
        int s = ix.sentenceStart[k];
        if (s == 0) {
            return false;
        }
        for (int i = ix.sentenceStart[s - 1]; i < s; i++) {
            if (ix.mentionStarting[i] != null && ix.mentionStarting[i].canonical().equals(speaker)) {
                return false;
            }
            if (!ix.inQuote(i) && ix.lower(i).equals(ix.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The named speaker of indirect speech in the sentence before token {@code k}'s, if no one else is named there or between. */
    private String previousSentenceSpeaker(int k) {
        int s = ix.sentenceStart[k];
        if (s == 0) {
            return null;
        }
        for (int i = s; i < k; i++) {
            if (ix.mentionStarting[i] != null && !ix.inQuote(i)) {
                return null;
            }
        }
        int previous = ix.sentenceStart[s - 1];
        Map.Entry<Integer, String> e = narrationSpeakers.lowerEntry(s);
        if (e == null || e.getKey() < previous) {
            return null;
        }
        for (int i = previous; i < s; i++) {
            if (ix.mentionStarting[i] != null && !ix.mentionStarting[i].canonical().equals(e.getValue())) {
                // someone else is named there too: the usual gender-aware resolution decides
                return null;
            }
        }
        return e.getValue();
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

    /** A short capitalised quote standing alone as a paragraph: a subheading ("'Coal Isn't the Villain.'"). */
    private boolean heading(Quote q) {
        String t = ix.text;
        int b = q.begin();
        while (b > 0 && t.charAt(b - 1) != '\n' && Character.isWhitespace(t.charAt(b - 1))) {
            b--;
        }
        int e = q.end();
        while (e < t.length() && t.charAt(e) != '\n' && Character.isWhitespace(t.charAt(e))) {
            e++;
        }
        boolean alone = (b == 0 || t.charAt(b - 1) == '\n') && (e == t.length() || t.charAt(e) == '\n');
        if (!alone) {
            return false;
        }
        String[] words = q.text(t).split("\\s+");
        int capitalised = 0;
        for (String w : words) {
            capitalised += !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        }
        return words.length <= 8 && capitalised * 2 > words.length;
    }

    /** "‘...,’ said X. ‘...’": an inverted verb of saying right after an earlier quote. */
    private boolean afterQuote(int v) {
        int i = v - 1;
        while (i >= 0 && !ix.inQuote(i) && ix.isPunct(i)) {
            i--;
        }
        return i >= 0 && ix.inQuote(i);
    }

    private boolean accordingTo(int k, int end) {
        return k + 2 < end && !ix.inQuote(k) && ix.lower(k).equals("according") && ix.lower(k + 1).equals("to");
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

    private boolean colonBefore(int first) {
        int i = first - 1;
        while (i >= 0 && !ix.inQuote(i) && ix.isPunct(i) && !":".equals(ix.word(i))) {
            i--;
        }
        return i >= 0 && ":".equals(ix.word(i));
    }
}
