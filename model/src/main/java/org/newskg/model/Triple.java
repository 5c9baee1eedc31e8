package org.newskg.model;

import java.util.Objects;

/**
 * One extracted fact with its evidence: a row of triples.csv.
 *
 * @param articleId  the article it came from
 * @param subject    canonical subject name
 * @param subjectType the subject's kind
 * @param predicate  the relation
 * @param object     canonical object name (for SAID, the quote text without outer marks)
 * @param objectType the object's kind
 * @param confidence in [0,1]
 * @param evidence   the sentence(s) the triple came from
 * @param start      character offset of the evidence in the article text
 * @param end        character offset just past the evidence
 * @param rule       the rule or model that produced it
 */
public record Triple(
        String articleId,
        String subject,
        EntityType subjectType,
        Relation predicate,
        String object,
        EntityType objectType,
        double confidence,
        String evidence,
        int start,
        int end,
        String rule) {

    public Triple {
        requireText(articleId, "articleId");
        requireText(subject, "subject");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(predicate, "predicate");
        requireText(object, "object");
        Objects.requireNonNull(objectType, "objectType");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
        evidence = evidence == null ? "" : evidence;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets [" + start + "," + end + ")");
        }
        rule = rule == null ? "" : rule;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
