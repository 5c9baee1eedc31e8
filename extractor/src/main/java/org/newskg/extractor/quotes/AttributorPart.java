package org.newskg.extractor.quotes;

import java.util.List;
import java.util.TreeMap;
import org.newskg.extractor.persons.Discourse;
import org.newskg.extractor.persons.PersonIndex;

/**
 * A part of an {@link Attributor} that answers one kind of question about a quote's speaker: the article it answers
 * for (its text index, persons, discourse and subjects) and what the attribution shares, the Attributor's own.
 */
abstract sealed class AttributorPart permits CandidateSpeakers, AttributionPass {

    final Attributor attributor;
    final TextIndex ix;
    final PersonIndex persons;
    final Subjects subjects;
    final Lexicon lex;
    final Discourse discourse;
    /** Named subjects of verbs of saying in narration, by token. */
    final TreeMap<Integer, String> narrationSpeakers;
    /** Main-clause subjects, speakers of indirect speech and of quotes, by offset: what he/she can refer to. */
    final TreeMap<Integer, String> salient;
    /** The attributions of the quotes before the current one. */
    final List<Attribution> done;

    AttributorPart(Attributor attributor) {
        this.attributor = attributor;
        this.ix = attributor.ix;
        this.persons = attributor.persons;
        this.subjects = attributor.subjects;
        this.lex = attributor.lex;
        this.discourse = attributor.discourse;
        this.narrationSpeakers = attributor.narrationSpeakers;
        this.salient = attributor.salient;
        this.done = attributor.done;
    }

    /** The quote being attributed. */
    final int current() {
        return attributor.current;
    }
}
