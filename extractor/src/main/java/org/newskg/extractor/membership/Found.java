package org.newskg.extractor.membership;

import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.parties.Party;

/** One finding of a sieve, before the article's findings are weighed against each other. */
record Found(String person, Party party, Sentence sentence, double confidence, String rule, boolean left) {
}
