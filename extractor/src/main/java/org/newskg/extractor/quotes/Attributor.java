package org.newskg.extractor.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.newskg.extractor.persons.Discourse;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.quotes.Candidate.Kind;

/**
 * Finds the speaker of each quote: after it ("‘...,’ Mr X said"), before it ("X said:", "X told the BBC
 * that ‘...’"), a colon, a continued paragraph, or the quote just before with nothing in between.
 * Pronouns and roles ("he", "the chancellor") go to the latest compatible subject or speaker.
 *
 * <p>This class holds what the attribution of one article shares (who is salient where, the named speakers of
 * narration, the attributions so far and the quote being attributed) and tries, for each quote in turn, the places
 * its speaker may be named, in order: the words after the quote ({@link SpeakerAfter}), those before it
 * ({@link SpeakerBefore}), and the quote before ({@link SpeakerCarriedOver}). A speaker found as a name, he/she, a
 * role or a document is made a person by {@link CandidateSpeakers}.
 */
final class Attributor {

    final TextIndex ix;
    final PersonIndex persons;
    final Subjects subjects;
    final Lexicon lex;
    final Discourse discourse;
    /** Named subjects of verbs of saying in narration, by token: "..., Professor X said." */
    final TreeMap<Integer, String> narrationSpeakers = new TreeMap<>();
    /** Main-clause subjects, speakers of indirect speech and of quotes, by offset: what he/she can refer to. */
    final TreeMap<Integer, String> salient;
    final List<Attribution> done = new ArrayList<>();
    /** The quote being attributed. */
    int current = -1;

    /** The parts that answer for this attribution; the passes ask the speakers who a candidate is. */
    final CandidateSpeakers speakers;
    private final SpeakerAfter speakerAfter;
    private final SpeakerBefore speakerBefore;
    private final SpeakerCarriedOver carriedOver;

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
        this.speakers = new CandidateSpeakers(this);
        this.speakerAfter = new SpeakerAfter(this);
        this.speakerBefore = new SpeakerBefore(this);
        this.carriedOver = new SpeakerCarriedOver(this);
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
        return j < ix.size() && !ix.inQuote(j) && ix.isTensed(j);
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
        Attribution a = colonBefore ? speakerBefore.left(q, first) : speakerAfter.right(q, after);
        if (a == null) {
            a = colonBefore ? speakerAfter.right(q, after) : speakerBefore.left(q, first);
        }
        if (a == null && !quote.continued() && !heading(quote)) {
            a = speakerBefore.leadIn(first);
        }
        if (a == null && q > 0 && !heading(quote)) {
            a = quote.continued() ? SpeakerCarriedOver.inherit(done.get(q - 1), "said.continued", 0.8)
                    : carriedOver.followOn(q);
        }
        return a;
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

    private boolean colonBefore(int first) {
        int i = first - 1;
        while (i >= 0 && !ix.inQuote(i) && ix.isPunct(i) && !":".equals(ix.word(i))) {
            i--;
        }
        return i >= 0 && ":".equals(ix.word(i));
    }
}
