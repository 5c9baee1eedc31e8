package org.newskg.evaluate;

import org.newskg.model.Relation;

/**
 * One line of the verbose listing: a required gold row that was missed, or a prediction that was wrong
 * or neutral.
 *
 * @param articleId the article
 * @param kind      what happened
 * @param predicate the predicate
 * @param subject   the subject as written in the gold or triples file
 * @param object    the object as written
 * @param detail    the predicting rule and confidence, or the gold file and line
 */
public record Finding(String articleId, Kind kind, Relation predicate, String subject, String object, String detail) {

    /** What happened to a row. */
    public enum Kind {
        /** A required gold row no prediction found. */
        MISSED,
        /** A prediction that matches no gold row. */
        FALSE_POSITIVE,
        /** A prediction that matches only optional or speakerless gold rows. */
        NEUTRAL
    }
}
