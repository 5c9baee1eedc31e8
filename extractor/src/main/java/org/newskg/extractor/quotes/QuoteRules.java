package org.newskg.extractor.quotes;

import java.util.List;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.model.Triple;

/** SAID: direct quotes and their speakers. */
public final class QuoteRules {

    /** The SAID triples of one article. Thread-safe. */
    public List<Triple> extract(Doc doc, PersonIndex persons) {
        return List.of();
    }
}
