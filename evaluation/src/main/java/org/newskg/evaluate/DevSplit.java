package org.newskg.evaluate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * The fixed split of a development set into a tuning part (about two thirds), from whose errors rules are
 * written, and a checking part, measured only. An article is in the checking part when the first byte of
 * the SHA-256 of its id (UTF-8) is divisible by 3; the rule depends on nothing but the id, so an article
 * never changes part and new articles fall into either part without anyone choosing.
 */
public enum DevSplit {
    /** Every article. */
    ALL,
    /** The articles whose errors rules may be written from. */
    TUNING,
    /** The articles kept for measuring whether the rules generalise. */
    CHECKING;

    /** The part {@code articleId} belongs to: {@link #TUNING} or {@link #CHECKING}. */
    public static DevSplit of(String articleId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(articleId.strip().getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xff) % 3 == 0 ? CHECKING : TUNING;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether {@code articleId} is in this part ({@link #ALL} holds every article). */
    public boolean contains(String articleId) {
        return this == ALL || of(articleId) == this;
    }

    /** The gold rows of this part. */
    public List<GoldRow> select(List<GoldRow> rows) {
        return rows.stream().filter(r -> contains(r.articleId())).toList();
    }

    /** Parses "all", "tuning" or "checking" in any case. */
    public static DevSplit parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
