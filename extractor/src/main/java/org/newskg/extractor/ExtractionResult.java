package org.newskg.extractor;

import java.util.List;
import org.newskg.model.Article;
import org.newskg.model.Triple;

/**
 * What extraction made of one article: its triples, or the error that stopped it.
 *
 * @param article the article
 * @param triples its triples in text order (empty when it failed)
 * @param error   null when it worked, else what went wrong
 */
public record ExtractionResult(Article article, List<Triple> triples, String error) {

    public ExtractionResult {
        triples = List.copyOf(triples);
    }

    public boolean failed() {
        return error != null;
    }
}
