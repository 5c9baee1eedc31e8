package org.newskg.extractor.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The word lists the quote rules read from resources: verbs of saying, roles, unnamed speakers. */
final class Lexicon {

    static final Lexicon DEFAULT = new Lexicon();

    final Set<String> speechVerbs = load("speech-verbs.txt");
    final Set<String> framingVerbs = load("framing-verbs.txt");
    final Set<String> roleNouns = load("role-nouns.txt");
    final Set<String> unnamedSpeakers = load("organisation-speakers.txt");
    final Set<String> documentNouns = load("document-nouns.txt");

    /** "the 28-year-old said": an age standing for a person already named. */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d+-years?-old");

    private Lexicon() {
    }

    /** Whether {@code word} (lower case) names a person by role, as a noun head ("the chancellor", "the 28-year-old"). */
    boolean role(String word) {
        return roleNouns.contains(word) || AGE.matcher(word).matches();
    }

    private static Set<String> load(String name) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/newskg/extractor/quotes/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
