package org.newskg.loader;

import java.util.List;
import java.util.function.Consumer;
import org.newskg.model.Article;
import org.newskg.model.InputProblem;
import org.newskg.model.Triple;
import org.newskg.model.graph.NodeKeys;
import org.newskg.model.graph.PreparedArticle;

/**
 * Everything one article contributes to the graph: its metadata and all of its triples. Loading a
 * contribution replaces what the article contributed before, unless it is unchanged ({@link #contentHash()}).
 *
 * @param articleId  the article id
 * @param title      optional metadata, may be null (also source, url, published)
 * @param source     may be null
 * @param url        may be null
 * @param published  may be null
 * @param textSha256 SHA-256 of the article text when known (kg run), else null (kg load)
 * @param triples    all triples of the article
 * @param append     true when these triples add to a contribution loaded earlier in the same run (a triples
 *                   file whose rows for one article are not together): nothing is replaced then
 */
public record ArticleContribution(String articleId, String title, String source, String url, String published,
        String textSha256, List<Triple> triples, boolean append) {

    public ArticleContribution {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("articleId must not be blank");
        }
        triples = List.copyOf(triples);
        for (Triple t : triples) {
            if (!t.articleId().equals(articleId)) {
                throw new IllegalArgumentException("triple of article '" + t.articleId() + "' in the contribution of '"
                        + articleId + "'");
            }
        }
    }

    /** An extracted article: its metadata, the SHA-256 of its text, and its triples. */
    public static ArticleContribution of(Article article, List<Triple> triples) {
        return new ArticleContribution(article.id(), article.title(), article.source(), article.url(),
                article.published(), sha256(article.text()), triples, false);
    }

    /** The triples of one article read from a triples file (no metadata). */
    public static ArticleContribution ofTriples(String articleId, List<Triple> triples, boolean append) {
        return new ArticleContribution(articleId, null, null, null, null, null, triples, append);
    }

    /**
     * A hash of everything this contribution would write (metadata and the set of triples, in any order):
     * when the graph holds an article with the same hash, loading it again can change nothing.
     */
    public String contentHash() {
        return PreparedArticle.contentHash(title, source, url, published, textSha256, triples);
    }

    /** The query rows of this contribution; a triple whose names normalise to nothing is reported and left out. */
    PreparedArticle prepare(Consumer<InputProblem> problems) {
        return PreparedArticle.of(articleId, append, title, source, url, published, textSha256, triples, problems);
    }

    static String sha256(String text) {
        return NodeKeys.sha256(text);
    }
}
