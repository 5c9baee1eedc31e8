package org.newskg.extractor.membership;

import java.util.List;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.model.Triple;

/** MEMBER_OF: persons and the political parties they belong (or belonged) to. */
public final class MembershipRules {

    /** The MEMBER_OF triples of one article. Thread-safe. */
    public List<Triple> extract(Doc doc, PersonIndex persons) {
        return List.of();
    }
}
