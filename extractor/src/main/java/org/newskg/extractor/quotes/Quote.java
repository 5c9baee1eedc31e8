package org.newskg.extractor.quotes;

/**
 * A direct quotation found in raw text.
 *
 * @param begin     offset of the opening quotation mark
 * @param end       offset just past the closing mark (or past the paragraph, when the quote runs on)
 * @param textBegin offset of the first character of the quoted text (marks and outer spaces excluded)
 * @param textEnd   offset just past the last character of the quoted text
 * @param closed    whether a closing mark ends it (false when the next paragraph re-opens it)
 * @param continued whether it continues the previous quote (a re-opened paragraph or sentence)
 */
public record Quote(int begin, int end, int textBegin, int textEnd, boolean closed, boolean continued) {

    public Quote {
        if (begin < 0 || begin > textBegin || textBegin > textEnd || textEnd > end) {
            throw new IllegalArgumentException("bad quote span " + begin + "," + textBegin + "," + textEnd + "," + end);
        }
    }

    /** The quoted text, without the outer marks. */
    public String text(String article) {
        return article.substring(textBegin, textEnd);
    }
}
