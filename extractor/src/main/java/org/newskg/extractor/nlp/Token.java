package org.newskg.extractor.nlp;

/**
 * One token of an analysed article: our own record, so CoreNLP types stay inside {@code nlp}.
 *
 * @param index    index within the document
 * @param word     the original text of the token
 * @param begin    character offset in the article text
 * @param end      character offset just past the token
 * @param pos      Penn part-of-speech tag
 * @param lemma    lemma
 * @param ner      NER tag (PERSON, ORGANIZATION, LOCATION, O, ...)
 * @param sentence index of the sentence it belongs to
 */
public record Token(int index, String word, int begin, int end, String pos, String lemma, String ner, int sentence) {
}
