package org.newskg.extractor.criticism;

import static org.newskg.extractor.criticism.ParsedSentence.RELATIVES;
import static org.newskg.extractor.criticism.ParsedSentence.genderOf;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;

/**
 * Whom a "he", "she", "his", "her" or "him" of a {@link ParsedSentence} stands for when its sentence tells: the one who
 * reports the clause it is in, the named subject of the main clause, a person the verb above it has for its object,
 * or the one person of its gender the article named; before {@link PersonIndex} resolves it by salience.
 */
final class Pronouns extends SentencePart {

    /** Nouns for an unnamed woman or man a "her" or "him" may stand for. */
    private static final Set<String> FEMALE_NOUNS = Set.of("woman", "women", "mother", "girl", "daughter", "wife", "sister",
            "spokeswoman", "lady", "actress", "chairwoman", "congresswoman", "businesswoman", "grandmother", "widow",
            "girlfriend", "queen", "mom", "aunt", "niece", "princess");
    private static final Set<String> MALE_NOUNS = Set.of("man", "men", "father", "boy", "son", "husband", "brother", "spokesman",
            "gentleman", "actor", "chairman", "congressman", "businessman", "grandfather", "widower", "boyfriend", "king",
            "dad", "uncle", "nephew", "prince");

    Pronouns(ParsedSentence parsed) {
        super(parsed);
    }

    /**
     * "He is less forgiving of X, who mocked his speech": a "his" or "her" inside a relative clause is the person of
     * the main clause's subject pronoun of the same sex (the relative's own subject is the other argument).
     */
    Optional<String> mainSubjectOwns(int n, Set<String> exclude) {
        String subject = word(n).equals("his") ? "he" : word(n).equals("her") ? "she" : null;
        if (subject == null || !d.label(n).equals("nmod:poss")) {
            return Optional.empty();
        }
        boolean relative = false;
        int root = n;
        while (d.head(root) >= 0) {
            relative |= d.label(root).equals("acl:relcl");
            root = d.head(root);
        }
        if (!relative) {
            return Optional.empty();
        }
        for (int c : d.children(root, "nsubj")) {
            if (c < n && word(c).equals(subject)) {
                return persons.resolvePronoun(d.token(c).begin(), exclude);
            }
        }
        return Optional.empty();
    }

    /**
     * "Dean apologised to Trump for accusing him", "Holt wrote to Reid, accusing him of lying", "met Reid and attacked
     * him": a target "him" or "her" whose clause hangs (adverbial, complement or conjunct) on a verb with exactly one
     * person of that gender among its objects, that person (not an excluded critic), before salience decides.
     */
    Optional<String> governingArgument(int n, Set<String> exclude) {
        String w = word(n);
        if (!(w.equals("her") || w.equals("him")) || !d.label(n).equals("obj")) {
            return Optional.empty();
        }
        String gender = genderOf(w);
        int cur = d.head(n);
        if (cur >= 0 && d.label(cur).equals("acl") && d.head(cur) >= 0 && parsed.freeAdjunctOf(cur, d.head(cur)) >= 0) {
            Optional<String> named = parsed.direct(d.head(cur)).filter(x -> !exclude.contains(x) && persons.gender(x).equals(gender));
            if (named.isPresent()) {
                return named; // "He singled out Pike, accusing him of ...": Pike, on whom the parser hung the participle
            }
        }
        for (int step = 0; step < 3 && cur >= 0 && (GOVERNED.contains(d.label(cur))
                || d.label(cur).equals("dep") && d.token(cur).pos().equals("VBG")); step++) { // "..., accusing him"
            int verb = d.head(cur);
            if (verb < 0 || !d.token(verb).pos().startsWith("VB")) {
                return Optional.empty();
            }
            Set<String> found = new LinkedHashSet<>();
            for (int c : d.children(verb)) {
                String l = d.label(c);
                if (c < n && (l.equals("obj") || l.equals("iobj") || l.startsWith("obl")) && !l.equals("obl:tmod")) {
                    parsed.direct(c).filter(x -> !exclude.contains(x) && persons.gender(x).equals(gender)).ifPresent(found::add);
                }
            }
            if (!found.isEmpty()) {
                return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
            }
            cur = verb;
        }
        return Optional.empty();
    }

    /** How a clause hangs on the verb whose objects a pronoun in it may mean. */
    private static final Set<String> GOVERNED = Set.of("advcl", "xcomp", "conj");

    /**
     * "Trump continued to attack the Democratic nominee's integrity, blaming her for ...", Hillary Clinton named four
     * sentences before: an object "her" or "him" the resolver leaves open is the one person of its gender the article
     * named before it, when every person it named is of a known gender, none is the other argument, and no noun for a
     * person of that gender ("the woman", "his mother") stands in its sentence or the three before.
     */
    Optional<String> onlyOfGender(int n, Set<String> exclude) {
        String w = word(n);
        if (!(w.equals("her") || w.equals("him")) || d.label(n).equals("nmod:poss") || persons.discourse().insideQuote(d.token(n).begin())) {
            return Optional.empty();
        }
        String gender = genderOf(w);
        Set<String> nouns = gender.equals("FEMALE") ? FEMALE_NOUNS : MALE_NOUNS;
        int at = d.token(n).begin();
        for (int si = Math.max(0, s.index() - 3); si <= s.index(); si++) {
            for (Token t : doc.sentences().get(si).tokens()) {
                if (t.begin() < at && nouns.contains(t.word().toLowerCase(Locale.ROOT))) {
                    return Optional.empty(); // "a woman who claims she was groped ...": someone unnamed
                }
            }
        }
        Set<String> found = new LinkedHashSet<>();
        for (PersonMention m : persons.mentionsIn(0, at)) {
            String g = persons.gender(m.canonical());
            if (g.equals("UNKNOWN")) {
                return Optional.empty();
            }
            if (g.equals(gender)) {
                found.add(m.canonical());
            }
        }
        return found.size() == 1 && !exclude.contains(found.iterator().next()) ? Optional.of(found.iterator().next())
                : Optional.empty();
    }

    /**
     * "with Ann Holt pressing her attack that ...": a possessive pronoun on the object of a verb whose subject
     * is named is that subject.
     */
    Optional<String> possessorSubject(int pronoun) {
        int noun = d.head(pronoun);
        if (!d.label(pronoun).equals("nmod:poss") || noun < 0 || !d.label(noun).equals("obj")) {
            return Optional.empty();
        }
        for (int subject : d.children(d.head(noun), "nsubj")) {
            Optional<PersonMention> m = persons.mentionAt(d.token(subject).begin());
            if (m.isPresent()) {
                return Optional.of(m.get().canonical());
            }
        }
        return Optional.empty();
    }

    /**
     * "Rubio said his attacks on Trump had paid off", "He said his criticism of Reid was fair": a possessive pronoun
     * on a noun inside the reported clause of a verb of saying is the one who says it, when that subject is a person
     * of the pronoun's gender (a pronoun subject resolved as in any main clause); so is the subject pronoun of the
     * reported clause ("Holt said she was proud of the plan and accused Reid of hypocrisy": Holt), and the object
     * pronoun of a report with a named subject ("Holt says Reid attacked her": Holt; {@link #reportedObject}).
     */
    Optional<String> reporter(int pronoun, Set<String> exclude) {
        String w = word(pronoun);
        boolean reportedSubject = d.label(pronoun).equals("nsubj") && (w.equals("he") || w.equals("she"))
                && d.head(pronoun) >= 0 && d.label(d.head(pronoun)).equals("ccomp");
        boolean possessive = d.label(pronoun).equals("nmod:poss") && (w.equals("his") || w.equals("her"));
        if (!reportedSubject && !possessive && !reportedObject(pronoun)) {
            return Optional.empty();
        }
        String gender = genderOf(word(pronoun));
        int cur = d.head(pronoun);
        for (int step = 0; step < 3 && cur >= 0 && !d.label(cur).equals("ccomp"); step++) {
            if (d.label(cur).startsWith("acl") || d.label(cur).equals("conj")) {
                return Optional.empty();
            }
            cur = d.head(cur);
        }
        if (cur < 0 || !d.label(cur).equals("ccomp") || d.head(cur) < 0) {
            return Optional.empty();
        }
        int verb = d.head(cur);
        if (CriticismRules.cues(d.token(verb)).noneMatch(c -> c.kind() == Cue.Kind.SAYING)
                || d.hasChild(verb, "nsubj:pass") || parsed.opaque(verb)) {
            return Optional.empty();
        }
        for (int subject : d.children(verb, "nsubj")) {
            Optional<String> who;
            if (RELATIVES.contains(word(subject)) && d.label(verb).equals("acl:relcl") && d.head(verb) >= 0) {
                who = parsed.direct(d.head(verb)).filter(c -> persons.gender(c).equals(gender)); // "Cruz, who says ..."
            } else if (isPronoun(subject)) {
                boolean same = gender.equals("MALE") ? word(subject).equals("he") : word(subject).equals("she");
                who = same ? persons.resolvePronoun(d.token(subject).begin(), exclude) : Optional.empty();
            } else {
                who = persons.mentionAt(d.token(subject).begin()).map(PersonMention::canonical)
                        .filter(c -> persons.gender(c).equals(gender)
                                || reportedSubject && persons.gender(c).equals("UNKNOWN"));
            }
            return who.filter(c -> !exclude.contains(c));
        }
        return Optional.empty();
    }

    /**
     * "Holt says Reid attacked her", "Cruz, who says Trump is attacking him": "him" or "her" the object of a verb whose
     * reported clause has a named subject of its own (who cannot be the pronoun), so the one who reports it, as
     * {@link #reporter} reads the pronouns of a report.
     */
    private boolean reportedObject(int pronoun) {
        String w = word(pronoun);
        int clause = d.head(pronoun);
        return (w.equals("him") || w.equals("her")) && d.label(pronoun).equals("obj") && clause >= 0
                && d.label(clause).equals("ccomp") && d.children(clause, "nsubj").stream()
                        .anyMatch(n -> !isPronoun(n) && persons.mentionAt(d.token(n).begin()).isPresent());
    }

    /**
     * "Reid caused a stir in May, when he criticised Holt", "Reid gave a speech in which he attacked Holt", "Reid spoke
     * at a rally, where he mocked Holt": the pronoun subject of a relative clause on a time, a place or a thing ("when",
     * "where", "in which") is the named subject of the main clause, when that person is of the pronoun's gender; no one
     * else.
     */
    Optional<String> mainSubject(int pronoun, Set<String> exclude) {
        int clause = d.head(pronoun);
        if (!(word(pronoun).equals("he") || word(pronoun).equals("she")) || !d.label(pronoun).equals("nsubj")
                || clause < 0 || !d.label(clause).equals("acl:relcl") || d.children(clause).stream().noneMatch(c -> c < pronoun
                        && ((word(c).equals("when") || word(c).equals("where")) && d.label(c).equals("advmod")
                                || word(c).equals("which") && d.label(c).startsWith("obl")))) {
            return Optional.empty();
        }
        int main = parsed.governingVerb(d.head(clause));
        while (main >= 0 && d.label(main).startsWith("advcl") && d.head(main) >= 0 && !d.children(main, "mark").isEmpty()
                && d.children(main, "nsubj").stream().noneMatch(c -> persons.mentionAt(d.token(c).begin()).isPresent())) {
            main = d.head(main); // "X spoke, after Arizona was called, following a day in which she ...": X's clause
        }
        if (main < 0) {
            return Optional.empty();
        }
        String gender = genderOf(word(pronoun));
        for (int subject : d.children(main, "nsubj")) {
            return persons.mentionAt(d.token(subject).begin()).map(PersonMention::canonical)
                    .filter(c -> persons.gender(c).equals(gender) && !exclude.contains(c));
        }
        return Optional.empty();
    }
}
