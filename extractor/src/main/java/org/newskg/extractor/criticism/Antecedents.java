package org.newskg.extractor.criticism;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.persons.PersonMention;

/**
 * Antecedents the parse alone does not give: the person a possessive critic ("his criticism of ...") refers to
 * when its sentence named that person earlier, and the subject of a reported clause the parser took for the
 * reporting verb's object.
 */
final class Antecedents {

    private static final Set<String> POSSESSIVES = Set.of("his", "her");
    private static final Set<String> REPORTING = WordLists.words(Antecedents.class, "reporting-verbs.txt");
    private static final Set<String> PERFECT = Set.of("had", "has", "have");

    private Antecedents() {
    }

    /**
     * "The market views Trump as a great unknown, because of his penchant for controversy ... and his harsh
     * criticism of ... Yellen": a possessive critic is the one person of its gender its sentence named before it,
     * when every pronoun of that gender in between is the same possessive (one owner of a series of nouns), not
     * the subject of a sentence before.
     */
    static Optional<String> possessiveInSentence(ParsedSentence p, int pronoun, Set<String> exclude) {
        String w = p.word(pronoun);
        if (!POSSESSIVES.contains(w) || !p.d.label(pronoun).equals("nmod:poss")) {
            return Optional.empty();
        }
        int first = pronoun;
        for (int i = 0; i < pronoun; i++) {
            if (p.isPronoun(i) && sameGender(p.word(i), w)) {
                if (!p.word(i).equals(w) || !p.d.label(i).equals("nmod:poss")) {
                    return Optional.empty(); // "He said his attacks on Reid ...": he, as the discourse says
                }
                first = Math.min(first, i);
            }
        }
        return p.persons.discourse().namedInSentence(p.d.token(first).begin(), exclude);
    }

    /**
     * "Grell accused Mayhew-Sloane of shipping jobs to China, and she rounded on him": a he or she subject of a verb
     * joined by "and" to a verb whose object is a named person of the pronoun's gender (or of none known), and whose
     * subject is a named person of the other gender, is that object: the one just attacked answers, whoever the
     * article's salience points to.
     */
    static Optional<String> objectOfFirstConjunct(ParsedSentence p, int pronoun, Set<String> exclude) {
        String w = p.word(pronoun);
        int verb = p.d.head(pronoun);
        if (!(w.equals("he") || w.equals("she")) || !p.d.label(pronoun).equals("nsubj") || verb < 0
                || !p.d.label(verb).equals("conj") || p.d.head(verb) < 0 || p.d.head(verb) > pronoun) {
            return Optional.empty();
        }
        int first = p.d.head(verb);
        String gender = ParsedSentence.genderOf(w);
        Optional<String> object = Optional.empty();
        for (int o : p.d.children(first, "obj")) {
            object = p.persons.mentionAt(p.d.token(o).begin()).map(m -> m.canonical())
                    .filter(c -> p.persons.gender(c).equals(gender) || p.persons.gender(c).equals("UNKNOWN"));
        }
        boolean otherSubject = false;
        for (int c : p.d.children(first, "nsubj")) {
            otherSubject |= p.persons.mentionAt(p.d.token(c).begin()).map(m -> p.persons.gender(m.canonical()))
                    .filter(g -> !g.equals(gender) && !g.equals("UNKNOWN")).isPresent();
        }
        return otherSubject ? object.filter(c -> !exclude.contains(c)) : Optional.empty();
    }

    /** Verbs (lemmas) of asking: the one asked is the "he" of the question that follows. */
    private static final Set<String> ASKING = Set.of("ask", "press", "question", "quiz", "challenge");
    /** Words that open an indirect question. */
    private static final Set<String> QUESTION_WORDS = Set.of("why", "whether", "if", "how", "what", "when");

    /**
     * "Moderator Bret Baier started the exchange off by asking Rubio why he decided to attack Trump": the he or she
     * that opens an indirect question right after a verb of asking and the named person asked, of the pronoun's
     * gender (or of none known), is that person, not the asker. Read off the words, not the parse, which often hangs
     * the question elsewhere.
     */
    static Optional<String> askedListener(ParsedSentence p, int pronoun, Set<String> exclude) {
        String w = p.word(pronoun);
        if (!(w.equals("he") || w.equals("she")) || pronoun < 3 || !QUESTION_WORDS.contains(p.word(pronoun - 1))) {
            return Optional.empty();
        }
        Optional<PersonMention> asked = p.persons.mentionAt(p.d.token(pronoun - 2).begin());
        if (asked.isEmpty() || exclude.contains(asked.get().canonical())) {
            return Optional.empty();
        }
        int first = pronoun - 2;
        while (first > 0 && p.d.token(first - 1).begin() >= asked.get().begin()) {
            first--;
        }
        String gender = p.persons.gender(asked.get().canonical());
        boolean fits = gender.equals(ParsedSentence.genderOf(w)) || gender.equals("UNKNOWN");
        return first > 0 && ASKING.contains(p.lemma(first - 1)) && fits ? Optional.of(asked.get().canonical())
                : Optional.empty();
    }

    /**
     * "Rendell said the time is coming when Sanders will have to tone down his attacks on Clinton": a possessive on
     * the object of a verb whose subject (its own or the one it inherits through control or coordination) is a named
     * person of the pronoun's gender is that person, not whoever reports the clause.
     */
    static Optional<String> objectOwnedBySubject(ParsedSentence p, int pronoun, Set<String> exclude) {
        String w = p.word(pronoun);
        int noun = p.d.head(pronoun);
        if (!POSSESSIVES.contains(w) || !p.d.label(pronoun).equals("nmod:poss") || noun < 0
                || !p.d.label(noun).equals("obj") || p.d.head(noun) < 0) {
            return Optional.empty();
        }
        String gender = ParsedSentence.genderOf(w);
        int verb = p.d.head(noun);
        List<Integer> subjects = p.subjects(verb);
        for (int step = 0; step < 2 && subjects.isEmpty() && p.d.head(verb) >= 0 && infinitive(p, verb); step++) {
            verb = p.d.head(verb); // "Reid will have to tone down his attacks", parsed as a ccomp of "have"
            subjects = p.subjects(verb);
        }
        for (int subject : subjects) {
            Optional<String> who = p.persons.mentionAt(p.d.token(subject).begin()).map(m -> m.canonical());
            if (who.isPresent()) {
                String g = p.persons.gender(who.get());
                return who.filter(c -> !exclude.contains(c) && (g.equals(gender) || g.equals("UNKNOWN")));
            }
        }
        return Optional.empty();
    }

    /** A complement with "to": "have to tone down". */
    private static boolean infinitive(ParsedSentence p, int verb) {
        String l = p.d.label(verb);
        return (l.equals("ccomp") || l.equals("xcomp")) && p.d.children(verb, "mark").stream().anyMatch(m -> p.word(m).equals("to"));
    }

    private static boolean sameGender(String a, String b) {
        return a.equals("her") || a.equals("she") ? b.equals("her") : !b.equals("her");
    }

    /**
     * "Trump complained Khizr Khan unfairly had attacked him": the parser made Khan the object of "complained" and
     * "had attacked" a dep of it with no subject; the person named right before the perfect (adverbs between) is its
     * subject.
     */
    static Optional<Integer> objectTakenForSubject(ParsedSentence p, int v) {
        int head = p.d.head(v);
        if (head < 0 || !p.d.label(v).equals("dep") || !p.d.token(v).pos().equals("VBN") || !p.d.children(v, "nsubj").isEmpty()
                || !REPORTING.contains(p.lemma(head)) || p.d.children(v, "aux").stream().noneMatch(a -> PERFECT.contains(p.word(a)))) {
            return Optional.empty();
        }
        for (int o : p.d.children(head, "obj")) {
            boolean adjacent = o < v;
            for (int k = o + 1; k < v && adjacent; k++) {
                adjacent = p.d.head(k) == v && p.d.label(k).equals("aux") || p.d.label(k).equals("advmod");
            }
            if (adjacent && p.persons.mentionAt(p.d.token(o).begin()).isPresent()) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
