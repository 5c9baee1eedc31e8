package org.newskg.extractor.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;

/**
 * The tokens of an article in one array, with what the quote rules ask of them: which quote a token
 * lies in, which person mention starts or ends at it, and the sentence it belongs to.
 */
final class TextIndex {

    final String text;
    final Token[] toks;
    final int[] sentenceStart;
    final int[] sentenceEnd;
    final int[] quoteOf;
    final PersonMention[] mentionEnding;
    final PersonMention[] mentionStarting;
    final int[] mentionStartOf;
    final List<Quote> quotes;

    TextIndex(Doc doc, PersonIndex persons, List<Quote> quotes) {
        this.text = doc.text();
        this.quotes = quotes;
        List<Token> all = new ArrayList<>();
        List<Integer> sentOfList = new ArrayList<>();
        int si = 0;
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.begin() >= 0 && t.begin() <= t.end() && t.end() <= text.length()) {
                    all.add(t);
                    sentOfList.add(si);
                }
            }
            si++;
        }
        int n = all.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = all.get(i - 1).begin() <= all.get(i).begin();
        }
        if (!sorted) {
            java.util.Arrays.sort(order, Comparator.comparingInt(i -> all.get(i).begin()));
        }
        toks = new Token[n];
        int[] sentOf = new int[n];
        for (int i = 0; i < n; i++) {
            toks[i] = all.get(order[i]);
            sentOf[i] = sentOfList.get(order[i]);
        }
        sentenceStart = new int[n];
        sentenceEnd = new int[n];
        for (int i = 0; i < n; i++) {
            sentenceStart[i] = i > 0 && sentOf[i - 1] == sentOf[i] ? sentenceStart[i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) {
            sentenceEnd[i] = i + 1 < n && sentOf[i + 1] == sentOf[i] ? sentenceEnd[i + 1] : i + 1;
        }
        quoteOf = new int[n];
        for (int i = 0; i < n; i++) {
            quoteOf[i] = quoteAt((toks[i].begin() + toks[i].end()) / 2);
        }
        mentionEnding = new PersonMention[n];
        mentionStarting = new PersonMention[n];
        mentionStartOf = new int[n];
        java.util.Arrays.fill(mentionStartOf, -1);
        for (PersonMention m : persons.mentions()) {
            int a = firstAtOrAfter(m.begin());
            int b = lastBefore(m.end());
            if (a < n && b >= a && quoteOf[a] < 0) {
                mentionStarting[a] = m;
                mentionEnding[b] = m;
                for (int k = a; k <= b; k++) {
                    mentionStartOf[k] = a;
                }
            }
        }
    }

    private int quoteAt(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Quote q = quotes.get(mid);
            if (offset < q.begin()) {
                hi = mid - 1;
            } else if (offset >= q.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    int size() {
        return toks.length;
    }

    /** The last token of the mention starting at token {@code j}. */
    int endOfMention(int j) {
        int e = j;
        while (e + 1 < toks.length && mentionStartOf[e + 1] == j) {
            e++;
        }
        return e;
    }

    /** Index of the first token starting at or after {@code offset} (size() if none). */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = toks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks[mid].begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token ending at or before {@code offset} (-1 if none). */
    int lastBefore(int offset) {
        int i = firstAtOrAfter(offset) - 1;
        while (i >= 0 && toks[i].end() > offset) {
            i--;
        }
        return i;
    }

    String word(int i) {
        return toks[i].word();
    }

    String lower(int i) {
        return toks[i].word().toLowerCase(Locale.ROOT);
    }

    String lemma(int i) {
        String l = toks[i].lemma();
        return (l == null ? toks[i].word() : l).toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return toks[i].pos() == null ? "" : toks[i].pos();
    }

    boolean isPunct(int i) {
        String w = toks[i].word();
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetterOrDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB") || "MD".equals(pos(i));
    }

    /** Tags of a tensed verb or a modal, the verb a clause turns on: "is", "said", "will". */
    private static final java.util.Set<String> TENSED = java.util.Set.of("VBD", "VBZ", "VBP", "MD");

    boolean isTensed(int i) {
        return TENSED.contains(pos(i));
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean inQuote(int i) {
        return quoteOf[i] >= 0;
    }
}
