package org.newskg.evaluate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.model.Honorifics;
import org.newskg.model.ResourceFiles;

/**
 * The comparison keys of the scoring rules (evaluation/SCORING.md, "Scoring"): person and party
 * names, and the word tokens of quotes. Written for scoring only, so that the rules live in one place;
 * tools/score.py implements the same rules independently.
 */
public final class NameKeys {

    /** The honorifics dropped from the start of a name, exactly the scoring rules' list (model's honorifics.txt). */
    static final Set<String> HONORIFICS = Honorifics.SCORED;

    /** The subject of a gold SAID row with no named speaker. */
    public static final String NO_SPEAKER = "*";

    private static final String ALIASES_RESOURCE = "party-aliases.tsv";
    private static final Map<String, String> PARTY_ALIASES = loadAliases();

    private NameKeys() {
    }

    /**
     * A person's key: NFKC, lower case, a possessive 's dropped, every character other than a letter,
     * digit or hyphen turned into a space, spaces collapsed, then leading honorifics dropped
     * ("Mr. Ken Livingstone's" -> "ken livingstone").
     */
    public static String person(String name) {
        List<String> words = words(name);
        while (words.size() > 1 && HONORIFICS.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /**
     * A party's key: {@link #person}, then a leading "the" and a trailing "party" dropped, then an alias
     * replaced by what it stands for ("the Tories" -> "conservative", "Labour Party" -> "labour").
     */
    public static String party(String name) {
        List<String> words = new ArrayList<>(List.of(person(name).split(" ")));
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        if (words.size() > 1 && words.get(words.size() - 1).equals("party")) {
            words.remove(words.size() - 1);
        }
        String key = String.join(" ", words);
        return PARTY_ALIASES.getOrDefault(key, key);
    }

    /**
     * The word tokens of a quote as a multiset: NFKC, lower case, maximal runs of letters and digits
     * (Unicode categories L and N); everything else separates tokens ("Labour’s" -> labour, s).
     */
    public static Map<String, Integer> tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Map<String, Integer> bag = new HashMap<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < s.length() && isWordChar(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            bag.merge(s.substring(start, i), 1, Integer::sum);
        }
        return bag;
    }

    /** The number of tokens in a multiset. */
    static int size(Map<String, Integer> bag) {
        int n = 0;
        for (int c : bag.values()) {
            n += c;
        }
        return n;
    }

    /** The size of the multiset intersection of {@code a} and {@code b}. */
    static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    /** Whether {@code part} tokens make at least 60% of {@code whole} tokens (integer arithmetic, no rounding). */
    static boolean atLeast60Percent(int part, int whole) {
        return whole > 0 && 5L * part >= 3L * whole;
    }

    private static List<String> words(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            boolean possessive = (cp == '\'' || cp == '\u2019') && i + 1 < s.length() && s.charAt(i + 1) == 's'
                    && (i + 2 >= s.length() || !isWordChar(s.codePointAt(i + 2)));
            if (possessive) {
                i += 2;
                continue;
            }
            b.append(isWordChar(cp) || cp == '-' ? new String(Character.toChars(cp)) : " ");
            i += width;
        }
        List<String> words = new ArrayList<>();
        for (String w : b.toString().split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    private static Map<String, String> loadAliases() {
        Map<String, String> aliases = new HashMap<>();
        for (String line : ResourceFiles.lines(NameKeys.class, ALIASES_RESOURCE)) {
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException(ALIASES_RESOURCE + ": expected 'alias<TAB>key': " + line);
            }
            aliases.put(parts[0].strip(), parts[1].strip());
        }
        return Map.copyOf(aliases);
    }
}
