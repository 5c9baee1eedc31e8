package org.newskg.extractor.criticism;

import org.newskg.extractor.nlp.Doc;

/**
 * Whether a sentence stands inside a quotation its paragraph opened before it ("“It was unseemly: Alan tried to
 * torpedo her endorsement. He kept calling her a liar ..."): there "he" is whoever the speaker means, which the
 * article's narration does not tell, so a pronoun critic there gives nothing.
 */
final class Quoted {

    private Quoted() {
    }

    /** Whether more quotation marks were opened than closed between the start of the paragraph and {@code offset}. */
    static boolean inside(Doc doc, int offset) {
        String text = doc.text();
        int from = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int curly = 0;
        int straight = 0;
        int doubled = 0;
        for (int i = from; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                curly++;
            } else if (c == '\u201d') {
                curly = Math.max(0, curly - 1);
            } else if (c == '"') {
                straight++;
            } else if (c == '\'' && i + 1 < offset && text.charAt(i + 1) == '\'') {
                doubled++; // ''...'' as some outlets write quotes
                i++;
            }
        }
        return curly > 0 || straight % 2 == 1 || doubled % 2 == 1;
    }
}
