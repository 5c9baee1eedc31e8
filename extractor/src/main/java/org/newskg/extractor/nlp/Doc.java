package org.newskg.extractor.nlp;

import java.util.List;

/**
 * An analysed article: text, sentences and tokens, as plain records. Rules work on this.
 *
 * @param articleId the article id
 * @param text      the article text (offsets refer to it)
 * @param sentences sentences in order
 */
public record Doc(String articleId, String text, List<Sentence> sentences) {

    public Doc {
        sentences = List.copyOf(sentences);
    }

    /** The sentence containing character offset {@code offset}, or the nearest one before it. */
    public Sentence sentenceAt(int offset) {
        Sentence found = sentences.isEmpty() ? null : sentences.get(0);
        for (Sentence s : sentences) {
            if (s.begin() <= offset) {
                found = s;
            } else {
                break;
            }
        }
        return found;
    }

    public String text(int begin, int end) {
        return text.substring(begin, end);
    }
}
