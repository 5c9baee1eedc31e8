package org.newskg.extractor.criticism;

import org.newskg.extractor.nlp.Dependencies;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.persons.PersonIndex;

/**
 * A part of a {@link ParsedSentence} that answers one kind of question about it: the sentence it answers for, with
 * its document, parse and person index, and its words as the sentence reads them.
 */
abstract sealed class SentencePart permits VerbSubjects, Assertion, NamedPersons, Pronouns, PersonGroups, SayingOwners {

    final ParsedSentence parsed;
    final Doc doc;
    final Sentence s;
    final Dependencies d;
    final PersonIndex persons;

    SentencePart(ParsedSentence parsed) {
        this.parsed = parsed;
        this.doc = parsed.doc;
        this.s = parsed.s;
        this.d = parsed.d;
        this.persons = parsed.persons;
    }

    final String word(int n) {
        return parsed.word(n);
    }

    final String lemma(int n) {
        return parsed.lemma(n);
    }

    final boolean isPronoun(int n) {
        return parsed.isPronoun(n);
    }
}
