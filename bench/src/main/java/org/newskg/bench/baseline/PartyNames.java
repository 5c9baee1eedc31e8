package org.newskg.bench.baseline;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newskg.evaluate.NameKeys;
import org.newskg.model.ResourceFiles;

/**
 * Maps the object of a KBP membership relation ("Labour", "the Republican Party") to a canonical party
 * name, using the extractor's party gazetteer (canonical name, country, names, modifiers, members) when
 * it is on the classpath. An object that names no party (an employer, a newspaper) maps to nothing.
 */
final class PartyNames {

    static final String GAZETTEER = "/org/newskg/extractor/parties/parties.tsv";

    private final Map<String, String> byKey;

    private PartyNames(Map<String, String> byKey) {
        this.byKey = byKey;
    }

    static PartyNames load() {
        Map<String, String> byKey = new HashMap<>();
        for (String line : ResourceFiles.lines(PartyNames.class, GAZETTEER)) {
            String[] cols = line.split("\t", -1);
            String canonical = cols[0].strip();
            // first listed wins: the gazetteer orders the reading news most often means first
            byKey.putIfAbsent(NameKeys.party(canonical), canonical);
            for (int c = 2; c < cols.length; c++) {
                for (String alias : cols[c].split("\\|")) {
                    if (!alias.isBlank()) {
                        byKey.putIfAbsent(NameKeys.party(alias), canonical);
                    }
                }
            }
        }
        return new PartyNames(byKey);
    }

    Optional<String> canonical(String mention) {
        return Optional.ofNullable(byKey.get(NameKeys.party(mention)));
    }
}
