package org.newskg.extractor.criticism;

/**
 * Clauses the parser put inside a report that the writer narrates: "Mr. Khan said ... that Mr. Trump had shown
 * disrespect to his wife, and he accused Mr. Trump of running a campaign ...": a conjunct in the simple past with a
 * subject of its own, after a comma, joined to a reported clause in the past perfect is no longer the report.
 */
final class Narration {

    private Narration() {
    }

    static boolean afterPastPerfect(ParsedSentence p, int v) {
        int head = p.d.head(v);
        if (head < 0 || !p.d.label(v).equals("conj") || !p.d.token(v).pos().equals("VBD") || !p.d.label(head).equals("ccomp")
                || !p.d.children(v, "aux").isEmpty() || p.d.children(v, "nsubj").isEmpty()) {
            return false;
        }
        boolean pastPerfect = p.d.children(head, "aux").stream().anyMatch(a -> p.word(a).equals("had"));
        boolean comma = p.d.children(v, "cc").stream().anyMatch(c -> c > 0 && p.word(c - 1).equals(","));
        return pastPerfect && comma;
    }
}
