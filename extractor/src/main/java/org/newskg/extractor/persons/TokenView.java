package org.newskg.extractor.persons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.quotes.Quote;
import org.newskg.extractor.quotes.QuoteFinder;

/**
 * One article's tokens as its {@link Discourse} reads them: every token in text order with the bounds of its
 * sentence, whether it lies inside a quotation (the article's quotations as {@link QuoteFinder} finds them: the
 * speakers' words, not narration), which sentences have words outside quotes, and which person mention outside
 * quotes starts at or covers each token; with what is asked of one token (its word in lower case, its tag, noun,
 * verb or punctuation). Built once per article, shared by the discourse's title reading ({@link TitleReader}) and
 * its subject finders ({@link ClauseSubjects}).
 */
final class TokenView {

    private final Token[] toks;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final boolean[] quoted;
    /** The article's quotations, as {@link QuoteFinder} finds them, in text order. */
    private final List<Quote> quotes;
    /** The indexes of the sentences with words outside quotes. */
    private final Set<Integer> narrated = new HashSet<>();
    private final PersonMention[] mentionStarting;
    private final int[] mentionStartOf;

    TokenView(Doc doc, List<PersonMention> mentions) {
        List<Token> all = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            all.addAll(s.tokens());
        }
        int n = all.size();
        toks = all.toArray(new Token[0]);
        sentenceStart = new int[n];
        sentenceEnd = new int[n];
        for (int i = 0; i < n; i++) {
            sentenceStart[i] = i > 0 && toks[i - 1].sentence() == toks[i].sentence() ? sentenceStart[i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) {
            sentenceEnd[i] = i + 1 < n && toks[i + 1].sentence() == toks[i].sentence() ? sentenceEnd[i + 1] : i + 1;
        }
        quoted = new boolean[n];
        quotes = QuoteFinder.find(doc.text());
        int q = 0;
        for (int i = 0; i < n; i++) {
            int mid = (toks[i].begin() + toks[i].end()) / 2;
            while (q < quotes.size() && quotes.get(q).end() <= mid) {
                q++;
            }
            quoted[i] = q < quotes.size() && quotes.get(q).begin() <= mid;
        }
        for (int i = 0; i < n; i++) {
            if (!quoted[i] && !isPunct(i)) {
                narrated.add(toks[i].sentence());
            }
        }
        mentionStarting = new PersonMention[n];
        mentionStartOf = new int[n];
        java.util.Arrays.fill(mentionStartOf, -1);
        Map<Integer, Integer> tokenAt = new HashMap<>();
        for (int i = 0; i < n; i++) {
            tokenAt.putIfAbsent(toks[i].begin(), i);
        }
        for (PersonMention m : mentions) {
            Integer a = tokenAt.get(m.begin());
            if (a == null || quoted[a]) {
                continue;
            }
            mentionStarting[a] = m;
            for (int k = a; k < n && toks[k].begin() < m.end(); k++) {
                mentionStartOf[k] = a;
            }
        }
    }

    /** How many tokens the article has. */
    int size() {
        return toks.length;
    }

    /** Token {@code i} of the article (tokens counted across sentences). */
    Token token(int i) {
        return toks[i];
    }

    /** The first token of token {@code i}'s sentence. */
    int sentenceStart(int i) {
        return sentenceStart[i];
    }

    /** The token just past token {@code i}'s sentence. */
    int sentenceEnd(int i) {
        return sentenceEnd[i];
    }

    /** Whether token {@code i} lies inside a quotation. */
    boolean quoted(int i) {
        return quoted[i];
    }

    /** The person mention outside quotes that starts at token {@code i}, else null. */
    PersonMention mentionStarting(int i) {
        return mentionStarting[i];
    }

    /** The first token of the person mention outside quotes that covers token {@code i}, else -1. */
    int mentionStartOf(int i) {
        return mentionStartOf[i];
    }

    /** The last token of the mention starting at token {@code j}. */
    int endOfMention(int j) {
        int e = j;
        while (e + 1 < toks.length && mentionStartOf[e + 1] == j) {
            e++;
        }
        return e;
    }

    /**
     * The sentence before sentence {@code here}, past those wholly inside a quote ("‘Does anybody think so?’ |
     * said the businessman." is split after the question mark), or -1.
     */
    int previousNarrated(int here) {
        int j = here - 1;
        while (j >= 0 && !narrated.contains(j)) {
            j--;
        }
        return j;
    }

    /** Whether {@code offset} falls inside a quotation that opened before it. */
    boolean insideQuote(int offset) {
        for (Quote q : quotes) {
            if (q.begin() < offset && offset < q.end()) {
                return true;
            }
        }
        return false;
    }

    /** The token starting at character {@code offset}, else -1. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = toks.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (toks[mid].begin() < offset) {
                lo = mid + 1;
            } else if (toks[mid].begin() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Whether the token starting at {@code offset} lies inside a quotation (false when no token starts there). */
    boolean quotedAt(int offset) {
        int i = indexAt(offset);
        return i >= 0 && quoted[i];
    }

    // ---------------------------------------------------------------- one token

    String lower(int i) {
        return toks[i].word().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return toks[i].pos() == null ? "" : toks[i].pos();
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB") || "MD".equals(pos(i));
    }

    boolean isPunct(int i) {
        return toks[i].word().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }
}
