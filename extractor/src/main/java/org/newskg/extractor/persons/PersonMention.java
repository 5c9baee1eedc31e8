package org.newskg.extractor.persons;

/**
 * One place in the text that names a person, with the person it resolves to.
 *
 * @param begin     character offset of the name in the article text
 * @param end       character offset just past the name
 * @param surface   the text as written ("Mr Livingstone")
 * @param canonical the fullest form of the name in the article ("Ken Livingstone")
 * @param sentence  index of the sentence it is in
 */
public record PersonMention(int begin, int end, String surface, String canonical, int sentence) {
}
