package org.newskg.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sentence a fact was extracted from says about the person named in it, for the graph's
 * cross-article resolution of persons: the sex an honorific or a pronoun gives them ("Mr. Biden said", "...," she
 * said), and the office title written right before their name ("Vice President Joe Biden", "Sen. Cruz"). Pure
 * functions of the name and the sentence; which person the cues help decide is the resolver's business.
 */
public final class NameCues {

    /** Sex as far as an honorific or a pronoun tells it: 'M', 'F', or 0 when it says nothing or both. */
    public static final char MALE = 'M';
    public static final char FEMALE = 'F';

    /** As written (a full stop after them dropped): matched case-sensitively, so that {@link #MAY_HAVE_HONORIFIC} holds. */
    private static final Set<String> MALE_HONORIFICS = Set.of("Mr", "Mister", "MR", "MISTER");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("Mrs", "Ms", "Miss", "MRS", "MS", "MISS");
    /**
     * Strings one of which a sentence contains whenever {@link #sex} finds an honorific in it: a reader may skip
     * the other sentences (kg's resolution does, in Cypher).
     */
    public static final List<String> MAY_HAVE_HONORIFIC = List.of("Mr", "Ms", "Miss", "Mister", "MR", "MS", "MISS");
    /** Quoted words: a pronoun inside a quote is the speaker's, not about the speaker. */
    private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]*)[\"“”]|''(.*?)''|‘([^’]*)’");
    private static final Pattern HE = Pattern.compile("\\b(?i:he)\\b");
    private static final Pattern SHE = Pattern.compile("\\b(?i:she)\\b");
    /** The word (with its full stop, if any) right before a name. */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}-]+)\\.?\\s+$");

    private NameCues() {
    }

    /**
     * The sex an honorific right before the last word of {@code name} gives them in the sentence ("Mr. Biden",
     * "Mrs Clinton"); 0 when there is none, when there are both, or when the sentence also has the full name
     * (there "Mr. Trump" beside "Melania Trump" is someone else).
     */
    public static char sex(String name, String sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return 0;
        }
        String[] words = name.strip().split("\\s+");
        return words.length > 1 && sentence.contains(name.strip()) ? 0 : honorificSex(surname(words), sentence);
    }

    /**
     * The sex the pronoun a fact was found through gives its subject (the rule says "/pronoun"): the one of
     * "he" and "she" the sentence has outside quotes; 0 otherwise. Weaker than an honorific: it is only as right
     * as the extractor's attribution.
     */
    public static char pronounSex(String sentence, String rule) {
        if (sentence == null || rule == null || !rule.contains("/pronoun")) {
            return 0;
        }
        String outside = QUOTED.matcher(sentence).replaceAll(" ");
        boolean he = HE.matcher(outside).find();
        boolean she = SHE.matcher(outside).find();
        return he == she ? 0 : he ? MALE : FEMALE;
    }

    private static char honorificSex(String surname, String sentence) {
        if (surname.isEmpty()) {
            return 0;
        }
        boolean male = false;
        boolean female = false;
        int from = 0;
        while (true) {
            int at = sentence.indexOf(surname, from);
            if (at < 0) {
                break;
            }
            from = at + surname.length();
            String before = wordAsWritten(sentence, at);
            if (before != null) {
                male |= MALE_HONORIFICS.contains(before);
                female |= FEMALE_HONORIFICS.contains(before);
            }
        }
        return male == female ? 0 : male ? MALE : FEMALE;
    }

    /**
     * The title written right before {@code name} in the sentence, lower case without its full stop ("president"
     * in "Vice President Joe Biden", "sen" in "Sen. Cruz"), when it is an office ({@link NameVariants#isOffice});
     * null otherwise.
     */
    public static String office(String name, String sentence) {
        if (sentence == null || name == null || name.isEmpty()) {
            return null;
        }
        int at = sentence.indexOf(name);
        if (at < 0) {
            return null;
        }
        String before = word(sentence, at);
        return before != null && NameVariants.isOffice(before) ? before : null;
    }

    /** The lower-case word right before position {@code at} (its full stop dropped), or null. */
    private static String word(String sentence, int at) {
        String w = wordAsWritten(sentence, at);
        return w == null ? null : w.toLowerCase(Locale.ROOT);
    }

    /** The word right before position {@code at} as written (its full stop dropped), or null. */
    private static String wordAsWritten(String sentence, int at) {
        if (at > 0 && Character.isLetterOrDigit(sentence.charAt(at - 1))) {
            return null; // inside a word: "Trumpet", "McBiden"
        }
        int from = Math.max(0, at - 40);
        Matcher m = WORD_BEFORE.matcher(sentence.substring(from, at));
        return m.find() ? m.group(1) : null;
    }

    /** The last word but a generational suffix ("Biden" of "Joseph R. Biden Jr."), without a full stop. */
    private static String surname(String[] w) {
        String last = w[w.length - 1];
        if (w.length > 2 && NameVariants.isSuffix(Names.normalise(last))) {
            last = w[w.length - 2];
        }
        return last.endsWith(".") || last.endsWith(",") ? last.substring(0, last.length() - 1) : last;
    }
}
