package org.newskg.extractor.persons;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newskg.extractor.WordLists;

/**
 * The word lists behind name handling, read from resources: honorifics (with gender), titles, names
 * that are not persons, and given names with their usual gender. Pure text logic, no models.
 */
final class NameLexicon {

    /** Gender as far as an honorific, a given name or a pronoun tells it. */
    enum Gender { MALE, FEMALE, UNKNOWN }

    /** Accents, as Unicode's combining marks after decomposition (before {@link #DEFAULT}: its loading uses them). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final NameLexicon DEFAULT = load();

    private static final Pattern OUTLET_SHAPE = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(Online|Radio|News|Post|Feed|Times|Mail|Tube|Book|Sport|TV|Media|Press|Live)");
    /** A campaign or a place named after a person: "Team Trump", "Camp David". */
    private static final Pattern CAMPAIGN_SHAPE = Pattern.compile("(Team|Camp) \\p{Lu}\\S*");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "del", "della", "der", "den", "van",
            "von", "bin", "ap", "al", "el", "le", "la", "du", "dos", "ibn", "ter", "y", "ó", "ní", "nic", "uí");

    private final Map<String, Gender> honorifics;
    private final Set<String> surnameHonorifics;
    private final Set<String> titles;
    private final Set<String> notPersons;
    private final Map<String, Gender> givenNames;
    /** Nickname -> the given names it stands for ("chuck" -> charles). */
    private final Map<String, Set<String>> nicknames;

    private NameLexicon(Map<String, Gender> honorifics, Set<String> surnameHonorifics, Set<String> titles,
            Set<String> notPersons, Map<String, Gender> givenNames, Map<String, Set<String>> nicknames) {
        this.honorifics = Map.copyOf(honorifics);
        this.surnameHonorifics = Set.copyOf(surnameHonorifics);
        this.titles = Set.copyOf(titles);
        this.notPersons = Set.copyOf(notPersons);
        this.givenNames = Map.copyOf(givenNames);
        this.nicknames = Map.copyOf(nicknames);
    }

    private static NameLexicon load() {
        Map<String, Gender> honorifics = new HashMap<>();
        Set<String> beforeSurname = new HashSet<>();
        lines("honorifics.txt", l -> {
            String[] f = l.split("\t");
            honorifics.put(f[0], gender(f.length > 1 ? f[1] : "-"));
            if (f.length > 2 && f[2].strip().equals("surname")) {
                beforeSurname.add(f[0]);
            }
        });
        Set<String> titles = new HashSet<>(RoleWords.TITLE.words());
        Set<String> notPersons = new HashSet<>();
        lines("not-persons.txt", l -> notPersons.add(key(l)));
        Map<String, Gender> given = new HashMap<>();
        lines("first-names.tsv", l -> {
            String[] f = l.split("\t");
            given.put(unaccented(f[0]), gender(f[1]));
        });
        Map<String, Set<String>> nicknames = new HashMap<>();
        lines("nicknames.tsv", l -> {
            String[] f = l.split("\t");
            nicknames.computeIfAbsent(f[0].strip(), k -> new HashSet<>()).add(f[1].strip());
        });
        return new NameLexicon(honorifics, beforeSurname, titles, notPersons, given, nicknames);
    }

    private static Gender gender(String code) {
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "M" -> Gender.MALE;
            case "F" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    private static void lines(String resource, Consumer<String> sink) {
        WordLists.lines(NameLexicon.class, resource).forEach(l -> sink.accept(l.toLowerCase(Locale.ROOT)));
    }

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip();
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** A given name without its accents: "Seán" and "Sean", "José" and "Jose", "Pádraig" are looked up as one. */
    private static String unaccented(String word) {
        if (word.chars().allMatch(ch -> ch < 0x80)) {
            return word; // most words, on every token's lookup: nothing to take off
        }
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    }

    boolean isHonorific(String word) {
        return honorifics.containsKey(key(word));
    }

    /** An honorific or a title ("Mr", "Sen.", "President"): words that precede a name and are not part of it. */
    boolean isTitle(String word) {
        String k = key(word);
        return honorifics.containsKey(k) || titles.contains(k);
    }

    /** "Mr", "Dr": an honorific that stands before a surname alone ("Mr Howard" is never Howard Flight). */
    boolean standsBeforeSurname(String word) {
        return surnameHonorifics.contains(key(word.replace(".", "")));
    }

    Gender honorificGender(String word) {
        return honorifics.getOrDefault(key(word), Gender.UNKNOWN);
    }

    /** Whether two given names (lower case) are one: equal, or one a nickname of the other ("chuck", "charles"). */
    boolean sameGivenName(String a, String b) {
        return a.equals(b) || nicknames.getOrDefault(a, Set.of()).contains(b) || nicknames.getOrDefault(b, Set.of()).contains(a);
    }

    Gender givenNameGender(String word) {
        return givenNames.getOrDefault(unaccented(key(word)), Gender.UNKNOWN);
    }

    /**
     * The sex a person's first given name suggests, a double one by its first part ("Eva-Maria", "Anne-Sophie"); only
     * for he/she, never to tell a given name from a surname ("Lloyd-Webber" is no given name).
     */
    Gender sexOfGivenName(String word) {
        Gender g = givenNameGender(word);
        String k = unaccented(key(word));
        int hyphen = k.indexOf('-');
        return g == Gender.UNKNOWN && hyphen > 0 ? givenNames.getOrDefault(k.substring(0, hyphen), Gender.UNKNOWN) : g;
    }

    /** Whether a cleaned name is an outlet, organisation or brand that NER mistakes for a person. */
    boolean isNotPerson(String name) {
        String spaced = name.strip().replaceAll("\\s+", " ");
        return notPersons.contains(key(spaced)) || (!name.contains(" ") && OUTLET_SHAPE.matcher(name).matches())
                || CAMPAIGN_SHAPE.matcher(spaced).matches();
    }

    /** Whether a word is a lower-case particle of a surname: "de", "van", "bin", "ap". */
    static boolean isParticle(String word) {
        return NAME_PARTICLES.contains(word);
    }

    /** Whether a token can be part of a person's name: capitalised, or a particle such as "de" or "van". */
    static boolean isNameWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (NAME_PARTICLES.contains(word)) {
            return true;
        }
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) && word.codePoints().anyMatch(Character::isLetter);
    }

    /** The words of a name, for tests and callers that split names the way this lexicon does. */
    static List<String> words(String name) {
        return List.of(name.strip().split("\\s+"));
    }
}
