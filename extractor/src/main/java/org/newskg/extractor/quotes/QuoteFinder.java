package org.newskg.extractor.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        return out;
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
            Set<Integer> ignored = new HashSet<>();
            for (int attempt = 0; ; attempt++) {
                List<Quote> found = new ArrayList<>();
                Deque<Open> stack = new ArrayDeque<>();
                match(found, stack, ignored);
                runsOn = false;
                if (stack.isEmpty()) {
                    return found;
                }
                Open outer = stack.peekLast();
                if (nextOpens == (outer.mark.dbl() ? 1 : 0)) {
                    // runs on into the next paragraph, which re-opens it
                    emit(found, outer, end, false);
                    runsOn = true;
                    return found;
                }
                if (attempt >= MAX_STRAYS) {
                    return found;
                }
                ignored.add(stack.peek().index);
            }
        }

        private void match(List<Quote> found, Deque<Open> stack, Set<Integer> ignored) {
            for (int k = 0; k < marks.size(); k++) {
                if (ignored.contains(k)) {
                    continue;
                }
                QuoteMark m = marks.get(k);
                Open top = stack.peek();
                boolean sameFamilyOpen = stack.stream().anyMatch(o -> o.mark.dbl() == m.dbl());
                boolean close = m.canClose() && sameFamilyOpen
                        && (!m.ambiguous() || top.mark.dbl() == m.dbl())
                        && !(m.weak() && laterCloser(k, m.dbl(), ignored));
                if (close) {
                    Open o = stack.pop();
                    while (o.mark.dbl() != m.dbl()) {
                        o = stack.pop();
                    }
                    if (stack.isEmpty()) {
                        emit(found, o, m.end(), true);
                    }
                } else if (m.canOpen()) {
                    boolean continued = carry && found.isEmpty() && stack.isEmpty() && text.substring(start, m.pos()).isBlank();
                    if (stack.size() == 1 && top.mark.dbl() == m.dbl() && reopens(m)) {
                        // "First sentence. "Second sentence.": the quote goes on in a new sentence
                        stack.pop();
                        emit(found, top, m.pos(), false);
                        continued = true;
                    }
                    stack.push(new Open(m, k, continued));
                }
            }
        }

        /** A later strong closing mark of the family, before any opening one: this weak one is an apostrophe. */
        private boolean laterCloser(int k, boolean dbl, Set<Integer> ignored) {
            for (int j = k + 1; j < marks.size(); j++) {
                QuoteMark n = marks.get(j);
                if (n.dbl() != dbl || ignored.contains(j)) {
                    continue;
                }
                if (n.canOpen() && !n.canClose()) {
                    return false;
                }
                if (n.canClose() && !n.weak()) {
                    return true;
                }
            }
            return false;
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

        private void emit(List<Quote> found, Open open, int to, boolean closed) {
            int from = open.mark.end();
            int contentEnd = closed ? to - closedMarkLength(to) : to;
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
                int qEnd = closed ? to : e;
                found.add(new Quote(open.mark.pos(), qEnd, b, e, closed, open.continued));
            }
        }

        private int closedMarkLength(int to) {
            for (QuoteMark m : marks) {
                if (m.end() == to) {
                    return m.length();
                }
            }
            return 1;
        }
    }

    private record Open(QuoteMark mark, int index, boolean continued) {
    }
}
