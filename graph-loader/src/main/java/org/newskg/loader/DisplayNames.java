package org.newskg.loader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.model.NameVariants;
import org.newskg.model.Names;

/**
 * How a person is shown: the display name of the spellings of a cluster ({@link PersonResolver#displayName}),
 * titles dropped and capitals repaired.
 */
final class DisplayNames {

    private DisplayNames() {
    }

    /** The display name of a person used with these spellings, as {@link PersonResolver#displayName} describes it. */
    static String displayName(Map<String, Integer> spellings) {
        // words of each spelling without leading titles, as written
        Map<String, List<String>> cleaned = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> casings = new HashMap<>();
        Map<String, String> repairedAsIs = new HashMap<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(spellings).entrySet()) {
            List<String> words = new ArrayList<>(List.of(e.getKey().strip().split("\\s+")));
            while (words.size() > 1 && NameVariants.isPrefix(Names.normalise(words.get(0)))
                    && !(words.size() == 2 && NameVariants.isNameTitle(Names.normalise(words.get(0))))) {
                words.remove(0); // "Sen. Ted Cruz", "Mr Blair"; "Lord Falconer", "Pope Francis" keep their title
            }
            if (!NAME_LIKE.matcher(e.getKey()).matches()) {
                // not made of name words only: shown as written, never recased
                repairedAsIs.put(e.getKey(), String.join(" ", words));
            }
            cleaned.put(e.getKey(), words);
            if (repairedAsIs.containsKey(e.getKey())) {
                continue;
            }
            for (String w : words) {
                casings.computeIfAbsent(w.toLowerCase(Locale.ROOT), x -> new HashMap<>())
                        .merge(w, e.getValue(), Integer::sum);
            }
        }
        Map<String, String> casing = new HashMap<>();
        casings.forEach((lower, forms) -> casing.put(lower, forms.entrySet().stream().min(Comparator
                .comparing((Map.Entry<String, Integer> f) -> wellFormed(f.getKey()) ? 0
                        : f.getKey().equals(f.getKey().toLowerCase(Locale.ROOT)) ? 1 : 2)
                .thenComparing(f -> -f.getValue())
                .thenComparing(Map.Entry::getKey)).map(f -> wellFormed(f.getKey()) ? f.getKey()
                        : f.getKey().equals(f.getKey().toLowerCase(Locale.ROOT)) ? f.getKey()
                        : titleCase(f.getKey())).orElseThrow()));
        Map<String, Integer> repaired = new HashMap<>();
        cleaned.forEach((spelling, words) -> {
            if (repairedAsIs.containsKey(spelling)) {
                repaired.merge(repairedAsIs.get(spelling), spellings.get(spelling), Integer::sum);
                return;
            }
            List<String> out = new ArrayList<>();
            for (String w : words) {
                out.add(casing.get(w.toLowerCase(Locale.ROOT)));
            }
            repaired.merge(String.join(" ", out), spellings.get(spelling), Integer::sum);
        });
        return repaired.entrySet().stream().min(Comparator
                .comparing((Map.Entry<String, Integer> r) -> !r.getKey().contains(" ") ? 2
                        : NameVariants.isNameTitle(Names.normalise(r.getKey().split(" ")[0])) ? 1 : 0)
                .thenComparing(r -> -r.getValue())
                .thenComparing(r -> -r.getKey().length())
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse("");
    }

    /** Letters, marks, spaces, dots, apostrophes and hyphens: a name whose words can be recased. */
    private static final java.util.regex.Pattern NAME_LIKE = java.util.regex.Pattern.compile("[\\p{L}\\p{M} .'’-]+");

    /** Not all capitals (beyond one letter), and not two capitals before small letters ("HIllary"). */
    static boolean wellFormed(String word) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            }
        }
        if (letters > 1 && upper == letters) {
            return false;
        }
        if (letters > 0 && upper == 0) {
            return false;
        }
        return !(word.length() > 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1))
                && Character.isLowerCase(word.charAt(2)));
    }

    /** "HILLARY" -> "Hillary", "O'NEILL" -> "O'Neill", "SMITH-JONES" -> "Smith-Jones". */
    static String titleCase(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            sb.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return sb.toString();
    }
}
