package org.newskg.extractor.nlp;

import java.util.regex.Pattern;

/**
 * A photograph's caption that ends in its bracket ("... in the NHS (file picture)", "Rory Mcilroy (left)", "(stock
 * image)") right before a quotation that opens with a capital: an online article's caption set between two paragraphs
 * of someone's quote, which a flattened text runs into one sentence and one paragraph with the quote after it (30 such
 * brackets in the bulk corpus; 28 end a caption, and the two that do not open their quote in lower case: "Mr Scurfield
 * (pictured) 'gave his life ...'"). {@link Analyzer} reads the space after the bracket as a line break, which ends a
 * sentence. (The quote finder reads the text as written: reading the break there too made a flattened quote re-open
 * across the caption.)
 */
final class Captions {

    private static final Pattern END = Pattern.compile(
            "(\\([^()]{0,40}?\\b(?i:picture|pictured|photo|image|above|below|left|right|centre|center)\\b[^()]{0,20}\\))"
                    + " (?=['\u2018\"\u201c]\\p{Lu})");

    private Captions() {
    }

    /** {@code text} with the space after each caption's closing bracket read as a line break (the same length). */
    static String endsAsLineBreaks(String text) {
        return END.matcher(text).replaceAll("$1\n");
    }
}
