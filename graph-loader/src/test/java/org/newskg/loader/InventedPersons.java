package org.newskg.loader;

import java.util.List;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * Invented articles for the rules of the resolution of persons that read the facts' sentences (sex, office):
 * PersonResolutionIT pins what kg load makes of them, ImportResolutionIT that kg import makes the same.
 */
public final class InventedPersons {

    private InventedPersons() {
    }

    private static ArticleContribution article(String id, Triple... triples) {
        return ArticleContribution.ofTriples(id, List.of(triples), false);
    }

    /** A quote with the sentence it came from (what the resolution reads the person's sex and office from). */
    public static Triple said(String article, String speaker, String quote, String sentence, String rule) {
        return new Triple(article, speaker, Relation.SAID.subjectType(), Relation.SAID, quote,
                Relation.SAID.objectType(), 0.8, sentence, 0, sentence.length(), rule);
    }

    /** One man in two outlets' styles, and a father and son: invented articles (also ImportResolutionIT's). */
    public static final List<ArticleContribution> SUFFIXES = List.of(
            article("s1", said("s1", "Joseph Q. Stave Jr.", "We hold.", "Vice President Joseph Q. Stave Jr. said: \"We hold.\"", "said.colon-before"),
                    said("s1", "Ben Hart", "No.", "\"No,\" said Ben Hart.", "said.after-inverted")),
            article("s2", said("s2", "Joe Stave", "Again.", "\"Again,\" Vice President Joe Stave said.", "said.after"),
                    said("s2", "Cara Lind", "Yes.", "\"Yes,\" said Cara Lind.", "said.after-inverted")),
            article("s3", said("s3", "Joseph Q. Stave Jr.", "Later.", "\"Later,\" said Joseph Q. Stave Jr.", "said.after-inverted"),
                    said("s3", "Stave", "Soon.", "\"Soon,\" Mr. Stave said.", "said.after")),
            article("q1", said("q1", "Donald Quill", "Big.", "President Donald Quill said: \"Big.\"", "said.colon-before"),
                    said("q1", "Donald Quill Jr.", "Small.", "\"Small,\" said Donald Quill Jr.", "said.after-inverted")),
            article("q2", said("q2", "Donald Quill Jr.", "Fine.", "President Donald Quill Jr. said: \"Fine.\"", "said.colon-before")),
            article("q3", said("q3", "Donald Quill", "More.", "\"More,\" President Donald Quill said.", "said.after")));

    /** Two Voles, a man and a woman, and the surname alone in articles about each. */
    public static final List<ArticleContribution> SEXES = List.of(
            article("v1", said("v1", "Hilda Vole", "One.", "\"One,\" Mrs. Vole said.", "said.after"),
                    said("v1", "Ben Hart", "Two.", "\"Two,\" said Ben Hart.", "said.after-inverted")),
            article("v2", said("v2", "Hugo Vole", "Three.", "\"Three,\" he said.", "said.after/pronoun"),
                    said("v2", "Cara Lind", "Four.", "\"Four,\" said Cara Lind.", "said.after-inverted")),
            article("v3", said("v3", "Vole", "Five.", "\"Five,\" Mr. Vole said.", "said.after"),
                    said("v3", "Cara Lind", "Six.", "\"Six,\" said Cara Lind.", "said.after-inverted")),
            article("v4", said("v4", "Vole", "Seven.", "\"Seven,\" Mrs. Vole said.", "said.after"),
                    said("v4", "Ben Hart", "Eight.", "\"Eight,\" said Ben Hart.", "said.after-inverted")));

}
