package org.newskg.model;

/**
 * A person an article names without giving them a party, beside a party the same article names: what the
 * corpus sieve ({@link CorpusParties}) needs to decide, once every article of the run is read, whether
 * the article ties that person to that party.
 *
 * @param person   the person's canonical name in the article
 * @param party    the canonical name of a party the article names
 * @param evidence the first sentence naming both, else the first sentence naming the person
 * @param start    character offset of the evidence in the article text
 * @param end      character offset just past the evidence
 */
public record PartyCandidate(String person, String party, String evidence, int start, int end) {
}
