package org.newskg.model;

/**
 * One input article.
 *
 * @param id        the article id (file name without extension, or the id field of a csv/jsonl row)
 * @param text      the article text
 * @param title     optional title, may be null
 * @param source    optional source, may be null
 * @param url       optional url, may be null
 * @param published optional publication date as given, may be null
 * @param origin    where it was read from, for messages: "path" or "path:line"
 */
public record Article(String id, String text, String title, String source, String url, String published,
        String origin) {

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        if (text == null) {
            throw new IllegalArgumentException("article text must not be null");
        }
        origin = origin == null ? id : origin;
    }

    public static Article of(String id, String text) {
        return new Article(id, text, null, null, null, null, id);
    }
}
