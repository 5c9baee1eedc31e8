package org.newskg.model;

/**
 * How the articles supporting two of one person's parties are weighed against each other, the one rule shared by
 * the graph's {@code contested} flag (graph-loader's PersonResolution) and the extractor's corpus sieve
 * ({@code member.corpus}): one party outweighs another when it has at least three times the supporting articles
 * and two more.
 */
public final class PartySupport {

    private PartySupport() {
    }

    /** Whether a party supported by {@code stronger} articles outweighs one supported by {@code weaker}. */
    public static boolean outweighs(int stronger, int weaker) {
        return stronger >= 3 * weaker && stronger >= weaker + 2;
    }
}
