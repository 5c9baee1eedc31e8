package org.newskg.extractor.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extractor.persons.NameLexicon.Gender;

/**
 * What the written form of a name says, apart from any article: whether two full names can be one person
 * ("J. Smith" and "John Smith", "Kilroy-Silk" and "Kilroy Silk", a maiden name before the married one), how a
 * canonical name is displayed (ALL-CAPS in title case), and the spellings that count as one (case, accents).
 * Pure text logic over {@link NameLexicon}'s lists; {@link PersonIndex} asks it when it groups an article's names.
 */
final class NameShape {

    private static final NameLexicon LEX = NameLexicon.DEFAULT;
    /** Academic and court titles that are also given names: a title when the article names a namesake in full. */
    private static final Set<String> TITLE_GIVEN_NAMES = Set.of("dean");
    /** Generational suffixes written after a surname: "Joseph R. Biden Jr.", "Duncan Hunter Sr.", "Joe Manchin III". */
    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "senior", "ii", "iii", "iv");
    /** The suffixes that mark the elder of two men of one name: a name without one is the son. */
    private static final Set<String> ELDER = Set.of("sr", "senior");

    private NameShape() {
    }

    /**
     * Whether {@code shorter}, a name of two words or more, is all of {@code longer} but its last word: a
     * maiden name with the married one after it. One word only: "Hillary Clinton Drops Into Detroit", a
     * headline NER took for a name, is no longer form of Hillary Clinton.
     */
    static boolean namePrefix(List<String> shorter, List<String> longer) {
        if (shorter.size() < 2 || shorter.size() + 1 != longer.size() || elder(longer)) {
            return false; // "Duncan Hunter" beside "his father, Duncan Hunter Sr.": two men
        }
        for (int i = 0; i < shorter.size(); i++) {
            if (!folded(shorter.get(i)).replace(".", "").equals(folded(longer.get(i)).replace(".", ""))) {
                return false;
            }
        }
        return true;
    }

    /** The generational suffix a name ends in ("jr" of "Joseph R. Biden Jr."), else "". */
    private static String generation(List<String> words) {
        String last = folded(words.get(words.size() - 1)).replace(".", "");
        return words.size() >= 2 && GENERATIONS.contains(last) ? last : "";
    }

    /** Whether a name ends in a suffix of the elder ("Duncan Hunter Sr."). */
    private static boolean elder(List<String> words) {
        return ELDER.contains(generation(words));
    }

    /**
     * A full name's surname: its last word, or the word before a generational suffix ("Biden" of "Joseph R. Biden
     * Jr.", so that "Mr. Biden" is he).
     */
    static String surname(List<String> words) {
        return generation(words).isEmpty() ? words.get(words.size() - 1) : words.get(words.size() - 2);
    }

    /** Same surname, or a hyphenated surname written with a space: "Kilroy-Silk" = "Kilroy Silk". */
    private static boolean sameSurname(List<String> a, List<String> b) {
        if (elder(a) != elder(b)) {
            return false; // "Duncan Hunter" beside "his father, Duncan Hunter Sr.": two men
        }
        String la = folded(surname(a));
        String lb = folded(surname(b));
        return la.equals(lb) || la.contains("-") && b.size() >= 3 && la.equals(folded(b.get(b.size() - 2)) + "-" + lb)
                || lb.contains("-") && a.size() >= 3 && lb.equals(folded(a.get(a.size() - 2)) + "-" + la);
    }

    /** How many accented letters a spelling has: of two spellings of one name, the one with more is kept. */
    static long accents(String s) {
        return s.chars().filter(ch -> ch > 127 && Character.isLetter(ch)).count();
    }

    /** Lower case without accents: "François" and "Francois", "García" and "Garcia" are one spelling. */
    static String folded(String s) {
        return org.newskg.model.Names.withoutAccents(lower(s));
    }

    /** Whether a name opens with a title that is also a given name ("Dean Amar"). */
    static boolean titleLike(List<String> words) {
        return TITLE_GIVEN_NAMES.contains(lower(words.get(0)));
    }

    /**
     * Whether two full names can be one person: same surname, and given names equal or one an initial of
     * the other, or one of them a title that is also a given name ("Dean Amar" for the dean Vikram Amar).
     */
    static boolean compatible(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2) {
            return false;
        }
        if (namePrefix(a, b) || namePrefix(b, a)) {
            return true; // "Dena Minning" for "Dena Minning Grayson": the shorter name begins the longer one
        }
        if (!sameSurname(a, b)) {
            return false;
        }
        if (a.size() == 2 && !generation(a).isEmpty() || b.size() == 2 && !generation(b).isEmpty()) {
            return true; // "Trump Jr." for "Donald Trump Jr."
        }
        String fa = folded(a.get(0)).replace(".", "");
        String fb = folded(b.get(0)).replace(".", "");
        if (a.size() >= 3 && b.size() == 2 && lower(a.get(a.size() - 2)).equals(lower(b.get(0)))
                && LEX.givenNameGender(b.get(0)) == Gender.UNKNOWN) {
            return true; // "Eskelsen García" for "Lily Eskelsen García": a two-word surname
        }
        return LEX.sameGivenName(fa, fb) || misspelt(fa, fb)
                || fa.length() == 1 && fb.startsWith(fa) || fb.length() == 1 && fa.startsWith(fb)
                || a.size() == 2 && b.size() == 2 && (TITLE_GIVEN_NAMES.contains(fa) || TITLE_GIVEN_NAMES.contains(fb));
    }

    /**
     * "Wilfired Zaha" for "Wilfried Zaha", "Dominc Raab" for "Dominic Raab": two given names (lower case, of five
     * letters or more) one letter dropped, added, changed or two swapped apart, with the same first letter, not both
     * known given names ("Louis" and "Louise" are two people).
     */
    static boolean misspelt(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < 5 || a.charAt(0) != b.charAt(0)
                || LEX.givenNameGender(a) != Gender.UNKNOWN && LEX.givenNameGender(b) != Gender.UNKNOWN) {
            return false;
        }
        return oneEditApart(a, b);
    }

    /** Whether two different words are one letter dropped, added or changed, or two neighbouring letters swapped, apart. */
    private static boolean oneEditApart(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() - shorter.length() > 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        if (longer.length() != shorter.length()) {
            return longer.substring(i + 1).equals(shorter.substring(i)); // "Dominc" for "Dominic"
        }
        return longer.substring(i + 1).equals(shorter.substring(i + 1)) // one letter changed
                || i + 1 < longer.length() && longer.charAt(i) == shorter.charAt(i + 1)
                && longer.charAt(i + 1) == shorter.charAt(i) && longer.substring(i + 2).equals(shorter.substring(i + 2));
    }

    /**
     * How a name is written as a canonical: as in the text, but ALL-CAPS words in title case, and an opening word in
     * capitals before a name that is not, as a paper's first paragraph sets it ("ALASDAIR Rennie"; not "JK Rowling").
     */
    static String display(List<String> words) {
        List<String> out = new ArrayList<>();
        boolean allCaps = words.stream().allMatch(NameShape::isAllCaps);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean lead = i == 0 && words.size() > 1 && isAllCaps(w) && w.chars().filter(Character::isLetter).count() >= 3;
            out.add(allCaps || lead ? titleCase(w) : w);
        }
        return String.join(" ", out);
    }

    private static String titleCase(String w) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char ch : w.toCharArray()) {
            sb.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = ch == '-' || ch == '\'' || ch == '’';
        }
        return sb.toString();
    }

    /** Whether a word is written in capitals only ("BBC", "KEN"). */
    static boolean isAllCaps(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
    }

    /** Lower case, whatever the default locale. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
