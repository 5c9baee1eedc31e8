package org.newskg.extractor.criticism;

/**
 * One named rule of the criticism sieve: finds critic and target nodes in a parsed sentence and hands
 * them to {@link Findings}, which resolves them to persons and makes the triple. Sieves run in order;
 * a cue token one sieve settled is skipped by the later ones. The name is the triple's rule
 * ("criticism." + name).
 */
interface Sieve {

    String name();

    void apply(ParsedSentence p, Findings out);
}
