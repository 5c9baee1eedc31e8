package org.newskg.extractor.parties;

/**
 * A political party of the gazetteer.
 *
 * @param canonical the name triples use ("Labour Party")
 * @param country   ISO 3166 alpha-2 code of its country ("GB", "US")
 */
public record Party(String canonical, String country) {

    public Party {
        if (canonical == null || canonical.isBlank() || country == null || country.isBlank()) {
            throw new IllegalArgumentException("party needs a canonical name and a country");
        }
    }
}
