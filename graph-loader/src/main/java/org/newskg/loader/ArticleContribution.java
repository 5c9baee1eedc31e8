package org.newskg.loader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.newskg.model.Article;
import org.newskg.model.Triple;

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
        List<String> lines = new ArrayList<>(triples.size() + 1);
        for (Triple t : triples) {
            lines.add(String.join("\u0001", t.subject(), t.subjectType().name(), t.predicate().name(), t.object(),
                    t.objectType().name(), Double.toString(t.confidence()), t.evidence(),
                    Integer.toString(t.start()), Integer.toString(t.end()), t.rule()));
        }
        lines.sort(null);
        // the version of what the loader writes for a triple: a graph written by an older loader (fact
        // relationships without subjectName/objectName) gets every article rewritten once
        StringBuilder sb = new StringBuilder("v2\n");
        for (String field : new String[] {title, source, url, published, textSha256}) {
            sb.append(field == null ? "\u0000" : field).append('\u0002');
        }
        for (String line : lines) {
            sb.append(line).append('\n');
        }
        return sha256(sb.toString());
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
