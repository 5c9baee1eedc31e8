package org.newskg.cli;

import java.util.Locale;

/** How many articles were extracted and how many triples they gave, for the summary line. */
final class ExtractionTally {

    private long articles;
    private long triples;

    /** One article extracted, with {@code found} triples. */
    void add(int found) {
        articles++;
        triples += found;
    }

    /** "Extraction COMPLETED: 4 articles, 58 triples, 0 problems". */
    String summary(String what, Problems problems) {
        return String.format(Locale.ROOT, "%s %s: %,d articles, %,d triples, %,d problems", what, problems.outcome(),
                articles, triples, problems.count());
    }
}
