package org.newskg.extractor.quotes;

/**
 * The speaker found for one quote.
 *
 * @param speaker    canonical person name, or null when the speaker is not a named person
 * @param confidence in [0,1]
 * @param rule       the rule that found it ("said.after", "said.colon-before", ...)
 * @param anchor     character offset of the attribution (the verb or the speaker), or -1 for none in the text
 */
record Attribution(String speaker, double confidence, String rule, int anchor) {

    static Attribution unnamed(String rule, int anchor) {
        return new Attribution(null, 0.0, rule, anchor);
    }

    boolean named() {
        return speaker != null;
    }

    /** Whether the speaker was taken over from the quote before (a continued paragraph, an adjacent quote). */
    boolean inherited() {
        return rule.startsWith("said.continued") || rule.startsWith("said.adjacent");
    }
}
