package org.newskg.extractor;

import java.util.List;
import org.newskg.model.Article;
import org.newskg.model.PartyCandidate;
import org.newskg.model.Triple;

/**
 * What extraction made of one article: its triples, or the error that stopped it.
 *
 * @param article the article
 * @param triples    its triples in text order (empty when it failed)
 * @param candidates persons it names with no party, beside the parties it names, for {@link CorpusParties}
 * @param error      null when it worked, else what went wrong
 */
public record ExtractionResult(Article article, List<Triple> triples, List<PartyCandidate> candidates, String error) {

    public ExtractionResult {
        triples = List.copyOf(triples);
        candidates = List.copyOf(candidates);
    }

    /** A failed extraction. */
    public static ExtractionResult failure(Article article, String error) {
        return new ExtractionResult(article, List.of(), List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }
}
