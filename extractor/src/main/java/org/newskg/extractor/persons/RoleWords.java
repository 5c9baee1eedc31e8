package org.newskg.extractor.persons;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.WordLists;

/**
 * The role words of every rule, from one list ({@code persons/roles.tsv}): each word with the uses it has.
 * A word's uses differ ("mp" names a party role but is no speaker noun on its own), so each rule asks for
 * the words of its use.
 */
public enum RoleWords {
    /** Stands directly before a name and is never part of it: "Sen. Bernie Sanders", "President Obama". */
    TITLE("title"),
    /** Between a party and a name, or after a party in an appositive: "Labour MP X", "X, the Labour MP,". */
    PARTY_ROLE("party-role"),
    /** A noun naming a person by role: "the chancellor said", "the Labour veteran insisted". */
    SPEAKER("speaker"),
    /** Any other noun for a person, a possible subject that a later he/she refers to: "the woman said". */
    PERSON("person");

    private static final Map<RoleWords, Set<String>> WORDS = load();
    private static final Map<String, Set<String>> IMPLIED = implications();

    private final String column;

    RoleWords(String column) {
        this.column = column;
    }

    /** The words of this use, lower case. */
    public Set<String> words() {
        return WORDS.get(this);
    }

    /** Whether {@code word} (lower case) has any use here: a word of a role, not of the person it names. */
    public static boolean any(String word) {
        for (RoleWords r : values()) {
            if (r.words().contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The role words a title implies ({@code persons/role-implies.tsv}): "lord" a peer; empty for most words. */
    public static Set<String> implied(String word) {
        return IMPLIED.getOrDefault(word, Set.of());
    }

    private static Map<String, Set<String>> implications() {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        WordLists.pairs(RoleWords.class, "role-implies.tsv")
                .forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), Set.of(v.strip().split("\\s+"))));
        return Map.copyOf(out);
    }

    /** "the 52-year-old", "the mother-of-two": an age or a family standing for a person already named. */
    private static final java.util.regex.Pattern DESCRIPTION = java.util.regex.Pattern.compile(
            "\\d+-years?-old|(?:mother|father|grandmother|grandfather|mum|dad)-of-[a-z0-9-]+");

    /** Whether {@code word} (lower case) is an age or family description that stands for a named person. */
    public static boolean description(String word) {
        return DESCRIPTION.matcher(word).matches();
    }

    private static Map<RoleWords, Set<String>> load() {
        Map<RoleWords, Set<String>> sets = new EnumMap<>(RoleWords.class);
        for (RoleWords r : values()) {
            sets.put(r, new HashSet<>());
        }
        for (Map.Entry<String, String> e : WordLists.pairs(RoleWords.class, "roles.tsv").entrySet()) {
            for (String use : e.getValue().split(",")) {
                RoleWords r = byColumn(use.strip());
                sets.get(r).add(e.getKey().toLowerCase(Locale.ROOT));
            }
        }
        Map<RoleWords, Set<String>> out = new EnumMap<>(RoleWords.class);
        sets.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return out;
    }

    private static RoleWords byColumn(String use) {
        for (RoleWords r : values()) {
            if (r.column.equals(use)) {
                return r;
            }
        }
        throw new IllegalStateException("persons/roles.tsv: unknown use '" + use + "' (title, party-role, speaker or person)");
    }
}
