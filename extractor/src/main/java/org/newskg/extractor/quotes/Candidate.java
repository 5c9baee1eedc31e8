package org.newskg.extractor.quotes;

/**
 * Who a verb of saying has as its subject, before resolution to a person.
 *
 * @param kind   what sort of phrase names the speaker
 * @param name   the canonical person name (PERSON), the role noun (ROLE) or the pronoun (PRONOUN)
 * @param start  index of the phrase's first token
 * @param end    index of the phrase's last token
 */
record Candidate(Kind kind, String name, int start, int end) {

    enum Kind {
        /** A named person: "Mr Livingstone", "London Mayor Sadiq Khan". */
        PERSON,
        /** "he", "she". */
        PRONOUN,
        /** A role standing for a person: "the chancellor", "the Labour veteran". */
        ROLE,
        /** No named person: "a spokesman", "the BBC", "the Tories", "they". */
        UNNAMED
    }
}
