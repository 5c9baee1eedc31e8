package org.newskg.extractor.quotes;

import org.newskg.extractor.persons.RoleWords;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newskg.extractor.WordLists;

/** The word lists the quote rules read from resources: verbs of saying, roles, unnamed speakers. */
final class Lexicon {

    static final Lexicon DEFAULT = new Lexicon();

    final Set<String> speechVerbs = load("speech-verbs.txt");
    final Set<String> framingVerbs = load("framing-verbs.txt");
    final Set<String> roleNouns = RoleWords.SPEAKER.words();
    final Set<String> unnamedSpeakers = load("organisation-speakers.txt");
    final Set<String> documentNouns = load("document-nouns.txt");

    private Lexicon() {
    }

    /** Whether {@code word} (lower case) names a person by role, as a noun head ("the chancellor", "the 28-year-old"). */
    boolean role(String word) {
        return roleNouns.contains(word) || RoleWords.description(word);
    }

    private static Set<String> load(String name) {
        Set<String> words = new HashSet<>();
        WordLists.lines(Lexicon.class, name).forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }
}
