package org.newskg.extractor.criticism;

import java.util.List;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.model.Triple;

/** CRITICISED: one named person verbally attacks another. */
public final class CriticismRules {

    /** The CRITICISED triples of one article. Thread-safe. */
    public List<Triple> extract(Doc doc, PersonIndex persons) {
        return List.of();
    }
}
