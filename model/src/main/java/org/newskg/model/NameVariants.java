package org.newskg.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How two spellings of a person's name can be variants of one another, for the graph's cross-article
 * resolution of persons: the words of a name without its leading honorifics and titles, first names that are
 * short forms of one another (hypocoristics.txt), initials. Pure functions on the lists; no decision about
 * who is who (that needs the whole corpus: the graph loader's resolver).
 */
public final class NameVariants {

    /** Words before a name that are never part of it (name-prefixes.txt) and the honorifics. */
    private static final Set<String> PREFIXES;
    /** The prefixes that are offices ("president", "senator"), marked so in name-prefixes.txt. */
    private static final Set<String> OFFICES;
    /** Short first name to the formal names it stands for. */
    private static final Map<String, Set<String>> SHORT_FORMS;
    /** Generational suffixes: part of who a person is ("Donald Trump Jr." is not his father). */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    static {
        Set<String> prefixes = new HashSet<>(Honorifics.ALL);
        Set<String> offices = new HashSet<>();
        for (String line : ResourceFiles.lines(NameVariants.class, "name-prefixes.txt")) {
            String[] f = line.strip().split("\t");
            String word = f[0].strip().toLowerCase(Locale.ROOT);
            prefixes.add(word);
            if (f.length > 1 && f[1].strip().equals("office")) {
                offices.add(word);
            }
        }
        PREFIXES = Set.copyOf(prefixes);
        OFFICES = Set.copyOf(offices);
        Map<String, Set<String>> shortForms = new HashMap<>();
        for (String line : ResourceFiles.lines(NameVariants.class, "hypocoristics.txt")) {
            String[] f = line.strip().split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("hypocoristics.txt: expected 'short<TAB>formal[,formal]': " + line);
            }
            Set<String> formal = new HashSet<>();
            for (String x : f[1].split(",")) {
                formal.add(x.strip().toLowerCase(Locale.ROOT));
            }
            shortForms.put(f[0].strip().toLowerCase(Locale.ROOT), Set.copyOf(formal));
        }
        SHORT_FORMS = Map.copyOf(shortForms);
    }

    private NameVariants() {
    }

    /** Whether a (normalised, lower-case) word is an honorific or title that stands before names. */
    public static boolean isPrefix(String word) {
        return PREFIXES.contains(word);
    }

    /**
     * Whether a (normalised, lower-case) word before names is an office rather than an honorific, a kinship or a
     * role of any kind ("president", "sen", "governor", "minister", "mp"): those of name-prefixes.txt marked so.
     */
    public static boolean isOffice(String word) {
        return OFFICES.contains(word);
    }

    /**
     * Titles a person named by one word alone keeps in their name: a judge's ("Mr Justice Eady" is Justice Eady), a
     * pope's or a royal's ("Pope Francis", "Prince Charles"), a peer's ("Lord Falconer", "Baroness Kennedy":
     * "Kennedy" alone is anyone of that surname, "Scotland" of "Baroness Scotland" no person at all).
     */
    private static final Set<String> NAME_TITLES = Set.of("justice", "pope", "king", "queen", "prince", "princess",
            "lord", "lady", "baroness", "baron", "viscount", "earl", "countess");

    /** Whether a (normalised, lower-case) word is a title a person named by one word keeps ({@link #NAME_TITLES}). */
    public static boolean isNameTitle(String word) {
        return NAME_TITLES.contains(word);
    }

    /** Whether a (normalised) word is a generational suffix (jr, sr, ii, iii, iv). */
    public static boolean isSuffix(String word) {
        return SUFFIXES.contains(word);
    }

    /**
     * The words of a name ({@link Names#normalise}d, accents dropped) without its leading honorifics and
     * titles; the last word is always kept. "Sen. Harry M. Reid" -> [harry, m, reid]; "François Hollande" ->
     * [francois, hollande], the same words as "Francois Hollande".
     */
    public static List<String> words(String name) {
        String n = Names.withoutAccents(Names.normalise(name));
        List<String> words = new ArrayList<>(List.of(n.isEmpty() ? new String[0] : n.split(" ")));
        while (words.size() > 1 && PREFIXES.contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }

    /** Whether a normalised word is an initial (one letter). */
    public static boolean isInitial(String word) {
        return word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0));
    }

    /**
     * Whether two first names can name one person: equal, one the initial of the other, one a short form of
     * the other (Vince, Vincent), or both short forms of one formal name (Bill, Will).
     */
    public static boolean firstNamesCompatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (isInitial(a) || isInitial(b)) {
            return a.codePointAt(0) == b.codePointAt(0);
        }
        Set<String> fa = SHORT_FORMS.getOrDefault(a, Set.of());
        Set<String> fb = SHORT_FORMS.getOrDefault(b, Set.of());
        if (fa.contains(b) || fb.contains(a)) {
            return true;
        }
        for (String x : fa) {
            if (fb.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two lists of middle names can be one person's: either is empty, or both have as many words and
     * each pair is equal or an initial of the other ("J." and "John"). George W. and George H. W. are not.
     */
    public static boolean middlesCompatible(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean same = x.equals(y) || (isInitial(x) || isInitial(y)) && x.codePointAt(0) == y.codePointAt(0);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
