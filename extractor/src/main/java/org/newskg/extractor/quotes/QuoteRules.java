package org.newskg.extractor.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * SAID: direct quotes and their speakers. Quotes come from {@link QuoteFinder} (raw text), speakers
 * from {@link Attributor} (tokens, part of speech and person mentions). A quote whose speaker is not
 * a named person ("a spokesman said", "the BBC reported") or cannot be found gives no triple.
 */
public final class QuoteRules {

    /** Quotes of at most this many words are fragments ("a ‘distraction’"): kept only when directly attributed. */
    static final int FRAGMENT_WORDS = 3;

    /** Fragments are uncertain as quotes of the speaker (gold makes them optional): below the usual 0.5 cut. */
    static final double FRAGMENT_CONFIDENCE = 0.45;

    /** How far back (in characters) the evidence of a continued quote reaches for its attribution. */
    static final int MAX_EVIDENCE_REACH = 1000;

    private final Lexicon lexicon = Lexicon.DEFAULT;

    /** The SAID triples of one article. Thread-safe. */
    public List<Triple> extract(Doc doc, PersonIndex persons) {
        String text = doc.text();
        List<Quote> quotes = QuoteFinder.find(text);
        if (quotes.isEmpty()) {
            return List.of();
        }
        TextIndex ix = new TextIndex(doc, persons, quotes);
        List<Attribution> speakers = new Attributor(ix, persons, lexicon).attributeAll();
        List<Triple> out = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        int lastTitle = -2;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            Attribution a = speakers.get(i);
            String quoted = q.text(text);
            boolean listed = i > 0 && lastTitle == i - 1 && LIST_GAP.matcher(text.substring(quotes.get(i - 1).end(),
                    Math.max(quotes.get(i - 1).end(), q.begin()))).matches();
            if (isTitle(quoted) && (titleCue(text, q.begin()) || titles.contains(quoted.strip()) || listed)) {
                titles.add(quoted.strip());
                lastTitle = i;
                continue; // "Pissarro's 1886 'Shepherdess Bringing in Sheep'", "the artwork - titled 'Entwined'": a title
            }
            if (a == null || !a.named()) {
                continue;
            }
            double confidence = a.confidence();
            String rule = a.rule();
            if (QuoteFinder.words(q.text(text)) <= FRAGMENT_WORDS && embedded(ix, q)) {
                // a scare quote or fragment ("a ‘distraction’"): kept for the graph, under evaluate's 0.5 cut
                if (a.inherited()) {
                    continue;
                }
                confidence = Math.min(confidence, FRAGMENT_CONFIDENCE);
                rule += "/fragment";
            }
            int[] span = evidence(ix, q, a.anchor());
            List<String> together = new ArrayList<>(List.of(a.speaker()));
            together.addAll(coSpeakers(ix, a));
            for (String speaker : together) {
                out.add(new Triple(doc.articleId(), speaker, EntityType.PERSON, Relation.SAID, q.text(text),
                        EntityType.QUOTE, Math.max(0, Math.min(1, confidence)), text.substring(span[0], span[1]),
                        span[0], span[1], rule));
            }
        }
        return out;
    }

    /** Finite verb tags: a verb of saying two persons share ("X and Y said"), not a participle ("X and Y adding:"). */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    /** Small words a title leaves in lower case ("Shepherdess Bringing in Sheep"). */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in",
            "on", "at", "to", "for", "by", "with", "from");
    private static final int TITLE_WORDS = 8;

    /**
     * Whether a quotation is a title or name rather than speech: at most eight words, every one capitalised (or a number)
     * but the small words of a title, and no sentence punctuation but a comma at its end ("Entwined", "Shepherdess
     * Bringing in Sheep", "Apollo 13,"; not "Yes!", not "Thank you").
     */
    static boolean isTitle(String quote) {
        String t = quote.strip();
        if (t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).strip(); // "roles in “How the Grinch Stole Christmas,” ..."
        }
        if (t.isEmpty() || ".!?,;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > TITLE_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean number = i > 0 && Character.isDigit(w.charAt(0)); // "Apollo 13"
            if (!number && (!Character.isLetter(w.charAt(0)) || Character.isLowerCase(w.charAt(0))
                    && !(i > 0 && TITLE_SMALL_WORDS.contains(w)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The other speakers of a quote two named persons say together, joined by "and" right before or after the verb
     * that attributes it to one of them ("..., Fox executives Dana Walden and Gary Newman said in a statement", "said Ann
     * Holt and Tom Reid"); only for a speaker named there (not a pronoun, a role or one carried over), both by a full
     * name.
     */
    private static List<String> coSpeakers(TextIndex ix, Attribution a) {
        if (a.rule().contains("/") || a.inherited() || a.anchor() < 0) {
            return List.of();
        }
        int v = ix.firstAtOrAfter(a.anchor());
        List<PersonMention> pair = new ArrayList<>();
        if (v >= 2 && v < ix.size() && ix.mentionEnding[v - 1] != null) {
            int second = ix.mentionStartOf[v - 1];
            if (second >= 2 && "and".equals(ix.lower(second - 1)) && ix.mentionEnding[second - 2] != null) {
                pair = List.of(ix.mentionEnding[second - 2], ix.mentionEnding[v - 1]);
            }
        } else if (v + 1 < ix.size() && ix.mentionStarting[v + 1] != null) {
            int e = ix.endOfMention(v + 1);
            if (e + 2 < ix.size() && "and".equals(ix.lower(e + 1)) && ix.mentionStarting[e + 2] != null) {
                pair = List.of(ix.mentionStarting[v + 1], ix.mentionStarting[e + 2]);
            }
        }
        List<String> names = pair.stream().map(PersonMention::canonical).distinct().toList();
        boolean finite = v < ix.size() && FINITE.contains(ix.pos(v)); // not "adding:"
        if (names.size() != 2 || !names.contains(a.speaker()) || !finite
                || pair.stream().anyMatch(m -> !m.surface().strip().contains(" "))) {
            // both named in full: not "Ernst and Young's", "Strutt and Parker", "Princes William and Harry"
            return List.of();
        }
        return names.stream().filter(n -> !n.equals(a.speaker())).toList();
    }

    /** Words right before a quotation that make it a title: "titled 'X'", "the painting 'X'", "his 2003 book 'X'". */
    private static final Set<String> TITLE_CUES = Set.of("titled", "entitled", "named", "called",
            "artwork", "painting", "portrait", "sculpture", "book", "novel", "memoir", "film", "movie", "documentary", "song",
            "album", "single", "show", "series", "play", "musical", "poem", "exhibition", "programme", "program", "episode",
            "column", "essay", "report", "campaign", "slogan", "hashtag", "role", "roles", "starred", "starring");

    /** What stands between titles in a list: "“Apollo 13,” and “Austin Powers”". */
    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile("[\\s,;\u00a0]*(?:and|or)?[\\s\u00a0]*");

    /**
     * Whether the words before a quotation (up to three, past a year) name a work or say it is titled, or end in a
     * possessive ("Pissarro's 1886 'Shepherdess Bringing in Sheep'").
     */
    static boolean titleCue(String text, int quoteBegin) {
        String before = text.substring(Math.max(0, quoteBegin - 60), quoteBegin).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}'\u2019 ]", " ").strip();
        String[] ws = before.isEmpty() ? new String[0] : before.split("\\s+");
        int seen = 0;
        for (int k = ws.length - 1; k >= 0 && seen < 3; k--) {
            String w = ws[k];
            if (w.matches("\\d{4}")) {
                continue; // "Pissarro's 1886 'Shepherdess ...'"
            }
            if (TITLE_CUES.contains(w) || seen == 0 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** Whether the quote sits inside a sentence of narration, not at its start or after a colon. */
    static boolean embedded(TextIndex ix, Quote q) {
        int first = ix.firstAtOrAfter(q.begin());
        if (first >= ix.size()) {
            return false;
        }
        boolean narration = false;
        for (int i = ix.sentenceStart[first]; i < first; i++) {
            narration |= !ix.inQuote(i) && !ix.isPunct(i);
        }
        int before = q.begin() - 1;
        while (before >= 0 && Character.isWhitespace(ix.text.charAt(before))) {
            before--;
        }
        return narration && (before < 0 || ix.text.charAt(before) != ':');
    }

    /** The sentences holding the quote and its attribution, as character offsets. */
    private static int[] evidence(TextIndex ix, Quote q, int attribution) {
        // an attribution paragraphs away (a long quote running on) is not pulled into the evidence
        int anchor = attribution >= 0 && q.begin() - attribution <= MAX_EVIDENCE_REACH ? attribution : -1;
        int lo = anchor >= 0 ? Math.min(q.begin(), anchor) : q.begin();
        int hi = anchor >= 0 ? Math.max(q.end(), anchor + 1) : q.end();
        int begin = lo;
        int end = hi;
        int first = ix.firstAtOrAfter(lo);
        if (first < ix.size() && ix.toks[first].begin() < hi) {
            begin = Math.min(begin, ix.toks[ix.sentenceStart[first]].begin());
        }
        int last = ix.lastBefore(hi);
        if (last < 0 || ix.toks[last].end() <= lo) {
            last = ix.firstAtOrAfter(lo);
        }
        if (last >= 0 && last < ix.size()) {
            end = Math.max(end, ix.toks[ix.sentenceEnd[last] - 1].end());
        }
        return new int[] {begin, end};
    }
}
