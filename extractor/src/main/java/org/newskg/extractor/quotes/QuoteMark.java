package org.newskg.extractor.quotes;

/**
 * One quotation mark candidate in raw text.
 *
 * @param pos      offset of the mark
 * @param length   1, or 2 for the {@code ``} / {@code ''} convention
 * @param dbl      whether it belongs to the double-mark family (else single)
 * @param canOpen  whether it may open a quote
 * @param canClose whether it may close a quote
 * @param weak     a closing mark that may as well be a plural possessive ("MPs' ")
 */
record QuoteMark(int pos, int length, boolean dbl, boolean canOpen, boolean canClose, boolean weak) {

    int end() {
        return pos + length;
    }

    /** Whether the side it takes depends on what is open. */
    boolean ambiguous() {
        return canOpen == canClose;
    }
}
