package org.newskg.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalised keys for names: how two spellings of one person or party become one node. */
public final class Names {

    private static final Set<String> HONORIFICS = Honorifics.ALL;
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\s-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Names() {
    }

    /**
     * A letter garbled by a wrong decoding read as the letter ({@link Mojibake#repaired}: "FranÃ§ois" is "François"),
     * NFKC, lower case, possessive 's dropped, punctuation other than hyphens dropped, whitespace collapsed.
     */
    public static String normalise(String name) {
        String s = Normalizer.normalize(Mojibake.repaired(name), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = NOT_WORD.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The text without its accents, for comparing spellings: "François" -> "Francois", "García" -> "Garcia". */
    public static String withoutAccents(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * A person's key: {@link #normalise} with leading honorifics ({@link Honorifics#ALL}) dropped ("Mr Ken
     * Livingstone" -> "ken livingstone").
     */
    public static String personKey(String name) {
        String s = normalise(name);
        boolean changed = true;
        while (changed) {
            changed = false;
            int space = s.indexOf(' ');
            if (space > 0 && HONORIFICS.contains(s.substring(0, space))) {
                s = s.substring(space + 1);
                changed = true;
            }
        }
        return s;
    }

    /** A party's key: {@link #normalise} with a leading "the" and a trailing "party" dropped. */
    public static String partyKey(String name) {
        String s = normalise(name);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (s.endsWith(" party")) {
            s = s.substring(0, s.length() - 6);
        }
        return s.strip();
    }
}
