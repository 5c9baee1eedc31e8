package org.newskg.model;

import java.util.Locale;

/** The output formats of triples: RFC 4180 CSV with a header, or JSON Lines with the same fields. */
public enum TriplesFormat {
    CSV, JSONL;

    public static TriplesFormat parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
