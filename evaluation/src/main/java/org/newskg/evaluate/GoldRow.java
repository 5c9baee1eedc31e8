package org.newskg.evaluate;

import java.util.Objects;
import org.newskg.model.Relation;

/**
 * One row of a gold file ({@code article_id,subject,predicate,object,status}).
 *
 * @param articleId the article
 * @param subject   the subject's canonical name, or {@link NameKeys#NO_SPEAKER} for a quote without a named speaker
 * @param predicate MEMBER_OF, SAID or CRITICISED
 * @param object    a party, a quote's text or a person
 * @param required  {@code true} for status "required", {@code false} for "optional"
 * @param where     file and line, for messages
 */
public record GoldRow(String articleId, String subject, Relation predicate, String object, boolean required,
        String where) {

    public GoldRow {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("article_id must not be blank");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        Objects.requireNonNull(predicate, "predicate");
        if (!predicate.scored()) {
            throw new IllegalArgumentException(predicate + " is not scored");
        }
        if (object == null || object.isBlank()) {
            throw new IllegalArgumentException("object must not be blank");
        }
        where = where == null ? "" : where;
    }

    /** A SAID row whose speaker is not named: any attribution of its text is neutral. */
    public boolean noNamedSpeaker() {
        return subject.strip().equals(NameKeys.NO_SPEAKER);
    }
}
