package org.newskg.model;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The honorifics name keys drop (honorifics.txt, the one list): those of the scoring rules, and those the
 * graph's node keys drop as well.
 */
public final class Honorifics {

    private static final String RESOURCE = "honorifics.txt";

    /** The scoring rules' honorifics (evaluation/SCORING.md): Mr, Mrs, Ms, Miss, Dr, Sir, Lord, Lady, Dame, Rev, Prof. */
    public static final Set<String> SCORED;

    /** Every honorific a node key drops: {@link #SCORED} and a few more (Mx). */
    public static final Set<String> ALL;

    static {
        Set<String> scored = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (String line : ResourceFiles.lines(Honorifics.class, RESOURCE)) {
            String[] f = line.strip().split("\t");
            String word = f[0].strip().toLowerCase(Locale.ROOT);
            String where = f.length > 1 ? f[1].strip() : "";
            if (!where.equals("scored") && !where.equals("graph")) {
                throw new IllegalStateException(RESOURCE + ": expected 'word<TAB>scored|graph': " + line);
            }
            all.add(word);
            if (where.equals("scored")) {
                scored.add(word);
            }
        }
        SCORED = Set.copyOf(scored);
        ALL = Set.copyOf(all);
    }

    private Honorifics() {
    }
}
