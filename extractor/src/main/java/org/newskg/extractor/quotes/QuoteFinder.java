package org.newskg.extractor.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the direct quotations of an article in its raw text, one linear pass per paragraph, no NLP.
 *
 * <p>Handles every common mark (' " ‘ ’ “ ” `` ''), apostrophes inside quotes, nested quotes (only the
 * outermost is reported), a quote running over several paragraphs (each paragraph re-opens the mark,
 * only the last closes it: one quote per paragraph, later ones marked {@link Quote#continued()}), the
 * same convention inside one paragraph ({@code "First sentence. "Second sentence."}), a missing space
 * before the mark ("a'stalemate"), and stray marks (an opening mark never closed is ignored).
 */
public final class QuoteFinder {

    /** How many stray opening marks one paragraph may drop before giving up on its open quotes. */
    private static final int MAX_STRAYS = 16;
    /** A paragraph with more marks than this gets one rescan, not {@link #MAX_STRAYS}: hostile input stays linear. */
    private static final int MANY_MARKS = 2000;
    /** An attribution inside a would-be quote: "..., the suit said", ". He added". */
    private static final java.util.regex.Pattern NARRATION = java.util.regex.Pattern.compile(
            "[,.!?;]\\s+(?:he|she|they|[Tt]he\\s+\\p{Ll}+|(?:Mr|Mrs|Ms|Dr)\\.?\\s+\\p{Lu}\\p{L}+|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)"
            + "\\s+(?:said|says|added|adds|told|tells|explained|insisted|wrote|continued)\\b");
    private static final java.util.regex.Pattern PERSONAL =
            java.util.regex.Pattern.compile("\\b(I|I'm|I’m|me|my|we|we're|we’re|our|us|you|your|you're|you’re)\\b",
                    java.util.regex.Pattern.CASE_INSENSITIVE);

    private QuoteFinder() {
    }

    /** The quotes of {@code text}, in order, not overlapping. */
    public static List<Quote> find(String text) {
        boolean dbl = QuoteMarks.usesDoubleApostrophes(text);
        List<Quote> out = new ArrayList<>();
        boolean carry = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                // blank lines between paragraphs keep a running quote open
                Paragraph p = new Paragraph(text, lineStart, lineEnd, dbl, carry, opensNextParagraph(text, lineEnd, dbl));
                out.addAll(p.quotes());
                carry = p.runsOn;
            }
            lineStart = lineEnd + 1;
        }
        // <tweet tweet-id="7713...">: an attribute value of markup left in the text, nobody's words
        out.removeIf(q -> q.begin() > 0 && text.charAt(q.begin() - 1) == '=');
        return out;
    }

    /** The number of words (runs of letters and digits) in {@code s}. */
    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    /** The family of the opening mark starting the next non-blank paragraph: 1 double, 0 single, -1 none. */
    private static int opensNextParagraph(String text, int lineEnd, boolean dbl) {
        int i = lineEnd;
        while (i < text.length() && QuoteMarks.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '“' || c == '"' || c == '„' || c == '«'
                || (c == '`' || c == '\'') && i + 1 < text.length() && text.charAt(i + 1) == c) {
            return c == '\'' && !dbl ? 0 : 1;
        }
        return c == '‘' || c == '\'' || c == '`' ? 0 : -1;
    }

    /** One paragraph: its marks matched with a stack, stray openers dropped and rescanned. */
    private static final class Paragraph {
        private final String text;
        private final int start;
        private final int end;
        private final boolean carry;
        private final int nextOpens;
        private final List<QuoteMark> marks;
        private final List<QuoteMark> strayClosers = new ArrayList<>();
        private int suspicious = -1;
        private boolean runsOn;

        Paragraph(String text, int start, int end, boolean dbl, boolean carry, int nextOpens) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.carry = carry;
            this.nextOpens = nextOpens;
            this.marks = QuoteMarks.scan(text, start, end, dbl);
        }

        List<Quote> quotes() {
            boolean[] ignored = new boolean[marks.size()];
            List<Integer> strays = new ArrayList<>();
            for (int attempt = 0; ; attempt++) {
                List<Quote> found = new ArrayList<>();
                Deque<Open> stack = new ArrayDeque<>();
                strayClosers.clear();
                suspicious = -1;
                match(found, stack, ignored);
                runsOn = false;
                if (suspicious >= 0 && attempt < (marks.size() > MANY_MARKS ? 1 : MAX_STRAYS)) {
                    // a "quote" with narration inside ("..., the statement said. ...") lost its closing mark
                    ignored[suspicious] = true;
                    strays.add(suspicious);
                    continue;
                }
                if (stack.isEmpty()) {
                    return recoverStrays(found, strays);
                }
                Open outer = stack.peekLast();
                if (nextOpens == (outer.mark.dbl() ? 1 : 0)) {
                    // runs on into the next paragraph, which re-opens it
                    emit(found, outer, end, end, false);
                    runsOn = true;
                    return found;
                }
                if (attempt >= (marks.size() > MANY_MARKS ? 1 : MAX_STRAYS)) {
                    return found;
                }
                ignored[stack.peek().index] = true;
                strays.add(stack.peek().index);
            }
        }

        /**
         * Quotes whose other mark is missing. An opening mark never closed: its sentence, and the next
         * ones while they speak in the first or second person, up to the next mark. A closing mark never
         * opened: back to a colon ("He added: I am not saying ... the key point.'").
         */
        private List<Quote> recoverStrays(List<Quote> found, List<Integer> ignored) {
            if (ignored.isEmpty() && strayClosers.isEmpty()) {
                return found;
            }
            List<Quote> out = new ArrayList<>(found);
            for (int k : ignored) {
                QuoteMark m = marks.get(k);
                boolean clean = m.pos() == start || QuoteMarks.isSpace(text.charAt(m.pos() - 1))
                        || "(:".indexOf(text.charAt(m.pos() - 1)) >= 0;
                if (!m.canOpen() || m.canClose() || !clean) {
                    continue;
                }
                int limit = nextBoundary(m.end(), found);
                int e = sentenceEnd(m.end(), limit);
                while (e < limit) {
                    int next = sentenceEnd(e, limit);
                    if (!personal(e, next)) {
                        break;
                    }
                    e = next;
                }
                addTrimmed(out, m.pos(), m.end(), e, false);
            }
            for (QuoteMark c : strayClosers) {
                int from = previousBoundary(c.pos(), found);
                int colon = c.pos() - 1;
                while (colon >= from && text.charAt(colon) != ':') {
                    colon--;
                }
                if (colon >= from && colon >= start) {
                    addTrimmed(out, colon + 1, colon + 1, c.pos(), true);
                }
            }
            out.sort(java.util.Comparator.comparingInt(Quote::begin));
            List<Quote> clean = new ArrayList<>();
            int last = start;
            for (Quote q : out) {
                if (q.begin() >= last) {
                    clean.add(q);
                    last = q.end();
                }
            }
            return clean;
        }

        private void addTrimmed(List<Quote> out, int begin, int from, int to, boolean closedByMark) {
            int b = from;
            int e = to;
            while (b < e && QuoteMarks.isSpace(text.charAt(b))) {
                b++;
            }
            while (e > b && QuoteMarks.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (words(text.substring(b, e)) >= 3) {
                int qBegin = Math.min(begin, b);
                out.add(new Quote(qBegin, closedByMark ? to + 1 : e, b, e, closedByMark, false));
            }
        }

        /** The first mark or found quote at or after {@code from}, or the paragraph end. */
        private int nextBoundary(int from, List<Quote> found) {
            int limit = end;
            for (QuoteMark m : marks) {
                if (m.pos() >= from) {
                    limit = Math.min(limit, m.pos());
                    break;
                }
            }
            for (Quote q : found) {
                if (q.begin() >= from) {
                    limit = Math.min(limit, q.begin());
                }
            }
            return limit;
        }

        /** Just past the last mark or found quote before {@code to}, or the paragraph start. */
        private int previousBoundary(int to, List<Quote> found) {
            int from = start;
            for (QuoteMark m : marks) {
                if (m.end() <= to - 1 && m.pos() < to) {
                    from = Math.max(from, m.end());
                }
            }
            for (Quote q : found) {
                if (q.end() <= to) {
                    from = Math.max(from, q.end());
                }
            }
            return from;
        }

        /** Just past the sentence starting at {@code from}: after .?! and space, or {@code limit}. */
        private int sentenceEnd(int from, int limit) {
            for (int i = from; i < limit; i++) {
                char c = text.charAt(i);
                if (".?!…".indexOf(c) >= 0 && (i + 1 >= limit || QuoteMarks.isSpace(text.charAt(i + 1)))) {
                    return i + 1;
                }
            }
            return limit;
        }

        /**
         * Where a re-opened quote's text really ends: a paragraph flattened into one line ("‘First words.
         * Caption. Caption. ‘More words.’") leaves narration inside: the quote stops before the first two
         * sentences in a row after its first that are not in the first or second person.
         */
        private int runOnEnd(int from, int to) {
            List<Integer> ends = new ArrayList<>();
            for (int e = sentenceEnd(from, to); ends.size() < 64; e = sentenceEnd(e, to)) {
                if (!text.substring(ends.isEmpty() ? from : ends.get(ends.size() - 1), e).isBlank()) {
                    ends.add(e);
                }
                if (e >= to) {
                    break;
                }
            }
            for (int k = 1; k + 1 < ends.size(); k++) {
                if (!personal(ends.get(k - 1), ends.get(k)) && !personal(ends.get(k), ends.get(k + 1))) {
                    return ends.get(k - 1);
                }
            }
            return to;
        }

        /** Whether {@code text[from, to)} holds an attribution ("..., the suit said,"): narration, not a quote. */
        private boolean narrates(int from, int to) {
            return to - from > 80 && NARRATION.matcher(text).region(from, to).find();
        }

        /** Whether {@code text[from, to)} speaks in the first or second person. */
        private boolean personal(int from, int to) {
            return PERSONAL.matcher(text).region(from, to).find();
        }

        private void match(List<Quote> found, Deque<Open> stack, boolean[] ignored) {
            int n = marks.size();
            // strong closing and opening marks after each position, per family: what a weak mark may leave to them
            int[][] closersAfter = new int[2][n + 1];
            int[][] openersAfter = new int[2][n + 1];
            // the next mark of each family from each position on (-1: none)
            int[][] nextMark = new int[2][n + 1];
            nextMark[0][n] = -1;
            nextMark[1][n] = -1;
            for (int j = n - 1; j >= 0; j--) {
                QuoteMark m = marks.get(j);
                for (int f = 0; f < 2; f++) {
                    closersAfter[f][j] = closersAfter[f][j + 1];
                    openersAfter[f][j] = openersAfter[f][j + 1];
                    nextMark[f][j] = nextMark[f][j + 1];
                }
                if (!ignored[j]) {
                    nextMark[family(m)][j] = j;
                }
                if (!ignored[j] && !m.ambiguous()) {
                    int f = family(m);
                    if (m.canOpen()) {
                        openersAfter[f][j]++;
                    } else if (!m.weak()) {
                        closersAfter[f][j]++;
                    }
                }
            }
            int[] open = new int[2];
            for (int k = 0; k < n; k++) {
                if (ignored[k]) {
                    continue;
                }
                QuoteMark m = marks.get(k);
                int f = family(m);
                Open top = stack.peek();
                // "‘... to use taxpayers’ money to perpetuate itself. ... their vision.’": with one quote open, a weak
                // mark whose family's next mark only closes is a plural possessive, or that closer would close nothing
                // (with two open, "‘I would call them ‘sensible elements’ myself.’", it closes the outer)
                int next = nextMark[f][k + 1];
                boolean closerNext = next >= 0 && marks.get(next).canClose() && !marks.get(next).canOpen()
                        && !marks.get(next).weak();
                boolean apostrophe = m.weak() && (closersAfter[f][k + 1] >= open[f] + openersAfter[f][k + 1]
                        || open[f] == 1 && closerNext);
                boolean close = m.canClose() && open[f] > 0 && (!m.ambiguous() || family(top.mark) == f) && !apostrophe;
                if (close) {
                    Open o = stack.pop();
                    open[family(o.mark)]--;
                    while (family(o.mark) != f) {
                        o = stack.pop();
                        open[family(o.mark)]--;
                    }
                    if (stack.isEmpty()) {
                        if (suspicious < 0 && narrates(o.mark.end(), m.pos())) {
                            suspicious = o.index;
                        }
                        emit(found, o, m.pos(), m.end(), true);
                    }
                } else if (m.canClose() && !m.canOpen() && !m.weak() && open[f] == 0) {
                    if (strayClosers.size() < MAX_STRAYS) {
                        strayClosers.add(m);
                    }
                } else if (m.canOpen()) {
                    boolean continued = carry && found.isEmpty() && stack.isEmpty()
                            && text.substring(start, m.pos()).isBlank();
                    if (stack.size() == 1 && family(top.mark) == f && reopens(m)) {
                        // "First sentence. "Second sentence.": the quote goes on in a new sentence
                        stack.pop();
                        open[f]--;
                        int cut = runOnEnd(top.mark.end(), m.pos());
                        emit(found, top, cut, cut, false);
                        continued = true;
                    }
                    stack.push(new Open(m, k, continued));
                    open[f]++;
                }
            }
        }

        private static int family(QuoteMark m) {
            return m.dbl() ? 1 : 0;
        }

        /** An opening mark after the end of a sentence, with only space between. */
        private boolean reopens(QuoteMark m) {
            int i = m.pos() - 1;
            if (i < start || !QuoteMarks.isSpace(text.charAt(i))) {
                return false;
            }
            while (i >= start && QuoteMarks.isSpace(text.charAt(i))) {
                i--;
            }
            return i >= start && ".?!…".indexOf(text.charAt(i)) >= 0;
        }

        /** Adds the quote opened by {@code open}, its text ending at {@code contentEnd}, the quote at {@code to}. */
        private void emit(List<Quote> found, Open open, int contentEnd, int to, boolean closed) {
            int from = open.mark.end();
            int b = from;
            int e = Math.max(from, contentEnd);
            while (b < e && QuoteMarks.isSpace(text.charAt(b))) {
                b++;
            }
            while (e > b && QuoteMarks.isSpace(text.charAt(e - 1))) {
                e--;
            }
            boolean hasWord = false;
            for (int i = b; i < e && !hasWord; i++) {
                hasWord = Character.isLetterOrDigit(text.charAt(i));
            }
            if (hasWord) {
                found.add(new Quote(open.mark.pos(), closed ? to : e, b, e, closed, open.continued));
            }
        }
    }

    private record Open(QuoteMark mark, int index, boolean continued) {
    }
}
