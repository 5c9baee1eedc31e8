package org.newskg.extractor.quotes;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.extractor.persons.RoleWords;
import org.newskg.extractor.quotes.Candidate.Kind;

/**
 * Whether a quote with no attribution of its own goes on with the speaker of the quote before: the next quote with
 * nothing but that speaker's attribution between ("said.adjacent"), a quote that is a sentence of its own a few
 * sentences on, when nobody else speaks or is written about in between ("said.resumed"), and a paragraph that
 * continues a quote ("said.continued").
 */
final class SpeakerCarriedOver extends AttributionPass {

    /** How far a quote of its own may follow the quote it goes on from. */
    private static final int RESUME_TOKENS = 150;
    /** Where a photograph is, in brackets: "(left)", "(pictured)", "(second right)": the sentence is a caption. */
    private static final Set<String> PHOTO_PLACES = Set.of("left", "right", "centre", "center", "pictured", "top",
            "bottom", "above", "below", "inset", "front", "back", "middle");

    SpeakerCarriedOver(Attributor attributor) {
        super(attributor);
    }

    /** A quote after one by a named speaker, with no attribution of its own: {@link #adjacent}, else {@link #resumed}. */
    Attribution followOn(int q) {
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

    static Attribution inherit(Attribution prev, String rule, double confidence) {
        if (prev == null || !prev.named()) {
            return null;
        }
        // the evidence reaches back to the attribution the speaker was found by
        return new Attribution(prev.speaker(), Math.min(prev.confidence(), confidence), rule, prev.anchor());
    }
}
