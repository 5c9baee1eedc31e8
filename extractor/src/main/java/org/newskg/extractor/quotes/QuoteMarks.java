package org.newskg.extractor.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the quotation mark candidates of one paragraph and decides what each may do: open, close,
 * or nothing (an apostrophe: "Labour’s", "wasn't", "O'Brien", "'90s").
 */
final class QuoteMarks {

    /** What follows an apostrophe inside a word: it's, don't, we're, I've, we'll, I'd, I'm. */
    private static final Pattern CONTRACTION = Pattern.compile("(?i)(s|t|re|ve|ll|d|m)(?![\\p{L}])");
    private static final String OPEN_PUNCT = "([{<—–-/";
    private static final String CLOSE_PUNCT = ".,;:!?)]}>—–-…*";
    private static final String QUOTE_CHARS = "\"'`‘’“”„‚«»‹›";

    private QuoteMarks() {
    }

    /** Whether the article writes double quotes as {@code ``...''} or {@code ''...''}. */
    static boolean usesDoubleApostrophes(String text) {
        if (text.contains("``")) {
            return true;
        }
        int i = text.indexOf("''");
        while (i >= 0) {
            boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            boolean wordAfter = i + 2 < text.length() && Character.isLetterOrDigit(text.charAt(i + 2));
            if (spaceBefore && wordAfter) {
                return true;
            }
            i = text.indexOf("''", i + 2);
        }
        return false;
    }

    /** The marks in {@code text[from, to)}, in order. */
    static List<QuoteMark> scan(String text, int from, int to, boolean doubleApostrophes) {
        List<QuoteMark> marks = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (QUOTE_CHARS.indexOf(c) < 0) {
                continue;
            }
            if ((c == '`' || c == '\'') && i + 1 < to && text.charAt(i + 1) == c
                    && (c == '`' || doubleApostrophes)) {
                boolean left = leftFlanking(text, from, to, i, 2);
                boolean right = rightFlanking(text, from, to, i, 2);
                boolean open = c == '`' || left || !right;
                boolean close = c != '`' && (right || !left);
                marks.add(new QuoteMark(i, 2, true, open, close, false));
                i++;
                continue;
            }
            QuoteMark m = classify(text, from, to, i, c);
            if (m != null) {
                marks.add(m);
            }
        }
        return marks;
    }

    private static QuoteMark classify(String text, int from, int to, int i, char c) {
        boolean left = leftFlanking(text, from, to, i, 1);
        boolean right = rightFlanking(text, from, to, i, 1);
        char prev = i > from ? text.charAt(i - 1) : ' ';
        char next = i + 1 < to ? text.charAt(i + 1) : ' ';
        switch (c) {
            case '“', '„', '«':
                return new QuoteMark(i, 1, true, true, false, false);
            case '”', '»':
                return new QuoteMark(i, 1, true, left && !right, true, false);
            case '‘', '‚', '‹':
                return new QuoteMark(i, 1, false, true, right && !left, false);
            case '›':
                return new QuoteMark(i, 1, false, false, true, false);
            case '`':
                return new QuoteMark(i, 1, false, true, false, false);
            case '"':
                return new QuoteMark(i, 1, true, left || !right, right || !left, false);
            case '’':
                if (apostrophe(text, to, i, prev, next) || Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
                    return null;
                }
                return Character.isWhitespace(prev) || i == from ? null
                        : new QuoteMark(i, 1, false, false, true, plural(prev, next));
            case '\'':
                if (apostrophe(text, to, i, prev, next)) {
                    return null;
                }
                if (Character.isLetter(prev) && Character.isLetter(next)) {
                    // a missing space before an opening mark: "a'stalemate hung Parliament'"
                    return new QuoteMark(i, 1, false, true, false, false);
                }
                if (!left && !right) {
                    return null;
                }
                return new QuoteMark(i, 1, false, left, right, right && plural(prev, next));
            default:
                return null;
        }
    }

    /** An apostrophe rather than a quotation mark: it's, O'Brien, 1990's, '90s, Sophie in 't Veld, rock 'n' roll. */
    private static boolean apostrophe(String text, int to, int i, char prev, char next) {
        if (Character.isDigit(prev)) {
            return true;
        }
        if (isSpace(prev) && ELIDED.indexOf(next) >= 0 && i + 2 < to
                && (isSpace(text.charAt(i + 2)) || text.charAt(i + 2) == '\'' || text.charAt(i + 2) == '’')) {
            return true; // a one-letter elided word: "Sophie in 't Veld", "rock 'n' roll"
        }
        if (ELIDED.indexOf(prev) >= 0 && i >= 3 && (text.charAt(i - 2) == '\'' || text.charAt(i - 2) == '’')
                && isSpace(text.charAt(i - 3))) {
            return true; // the second mark of "rock 'n' roll"
        }
        if (Character.isDigit(next) && i + 3 <= to && Character.isDigit(text.charAt(i + 2))
                && (i + 3 == to || !Character.isLetterOrDigit(text.charAt(i + 3))
                || text.charAt(i + 3) == 's')) {
            return true;
        }
        if (!Character.isLetter(prev) || !Character.isLetter(next)) {
            return false;
        }
        if (CONTRACTION.matcher(text).region(i + 1, to).lookingAt()) {
            return true;
        }
        // O'Brien, d'Estaing, l'Oreal: a one-letter word before the mark, a capital or vowel after
        boolean oneLetter = i < 2 || !Character.isLetter(text.charAt(i - 2));
        String p = String.valueOf(prev).toLowerCase(Locale.ROOT);
        return oneLetter && ("o".equals(p) || "d".equals(p) || "l".equals(p)) && Character.isUpperCase(next);
    }

    /** Lower-case letters that stand alone after an apostrophe as an elided word ("in 't Veld", "'n'"), never a quote's start. */
    private static final String ELIDED = "tsn";

    /** A plural possessive could end here: "MPs' expenses". */
    private static boolean plural(char prev, char next) {
        return (prev == 's' || prev == 'S') && Character.isWhitespace(next);
    }

    private static boolean leftFlanking(String text, int from, int to, int i, int len) {
        boolean before = i == from || isSpace(text.charAt(i - 1)) || OPEN_PUNCT.indexOf(text.charAt(i - 1)) >= 0
                || QUOTE_CHARS.indexOf(text.charAt(i - 1)) >= 0;
        return before && i + len < to && !isSpace(text.charAt(i + len));
    }

    private static boolean rightFlanking(String text, int from, int to, int i, int len) {
        boolean after = i + len >= to || isSpace(text.charAt(i + len)) || CLOSE_PUNCT.indexOf(text.charAt(i + len)) >= 0
                || QUOTE_CHARS.indexOf(text.charAt(i + len)) >= 0;
        return after && i > from && !isSpace(text.charAt(i - 1));
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
