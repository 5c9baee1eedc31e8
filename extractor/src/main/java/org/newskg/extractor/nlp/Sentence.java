package org.newskg.extractor.nlp;

import java.util.List;

/**
 * One sentence: its character span and tokens.
 *
 * @param index  index within the document
 * @param begin  character offset of its first token
 * @param end    character offset just past its last token
 * @param tokens its tokens
 */
public record Sentence(int index, int begin, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
