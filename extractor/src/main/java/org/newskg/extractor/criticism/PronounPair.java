package org.newskg.extractor.criticism;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.persons.PersonMention;

/**
 * "Sanders questioned Mr. Trump's veracity. He called him a 'pathological liar'.": a critic and a target that are
 * both pronouns of one gender continue the sentence before. Resolving the target first gives it the salient person,
 * who is the critic, and turns the criticism round; so the critic is resolved first (the one resolver,
 * persons/Discourse), and the pair stands only when the reading is sure: the critic is the named main-clause subject
 * of the sentence before, which names exactly one other person of that gender, and the resolver gives the target
 * pronoun that person once the critic is set aside. First, though, one person of that gender named between the two
 * pronouns ("He maintained that Ryan should focus on the budget, and mocked him") is the target.
 */
final class PronounPair {

    private PronounPair() {
    }

    /** Whether a critic and a target node are pronouns of one gender ("he ... him", "she ... her"). */
    static boolean applies(ParsedSentence p, int critic, int target) {
        return p.isPronoun(critic) && p.isPronoun(target) && male(p.word(critic)) == male(p.word(target))
                && !namedBetween(p, critic, target);
    }

    /**
     * "He singled out Pike, accusing him of ...": a person of the pronouns' gender named between them, an argument
     * of the verb the target's clause hangs on, is "him".
     */
    private static boolean namedBetween(ParsedSentence p, int critic, int target) {
        return critic < target && p.governingArgument(target, Set.of()).filter(named -> p.persons
                .mentionsIn(p.d.token(critic).end(), p.d.token(target).begin()).stream()
                .anyMatch(m -> m.canonical().equals(named))).isPresent();
    }

    /** The critic and the target, in that order, when the sentence before makes them sure; else empty. */
    static Optional<List<String>> resolve(ParsedSentence p, int critic, int target) {
        Optional<String> who = p.persons.resolvePronoun(p.d.token(critic).begin(), Set.of());
        String gender = male(p.word(critic)) ? "MALE" : "FEMALE";
        Optional<String> between = namedBetweenOnly(p, critic, target, who, gender);
        if (between.isPresent()) {
            return Optional.of(List.of(who.get(), between.get()));
        }
        int before = p.s.index() - 1;
        if (before < 0) {
            return Optional.empty();
        }
        Optional<String> subject = p.persons.discourse().subjectOf(before);
        if (subject.isEmpty() || who.isEmpty() || !who.get().equals(subject.get())
                || !p.persons.gender(who.get()).equals(gender)) {
            return Optional.empty();
        }
        Sentence previous = p.doc.sentences().get(before);
        Set<String> others = new LinkedHashSet<>();
        for (PersonMention m : p.persons.mentionsIn(previous.begin(), previous.end())) {
            if (!m.canonical().equals(who.get()) && !p.persons.gender(m.canonical()).equals(oppositeOf(gender))) {
                others.add(m.canonical());
            }
        }
        if (others.size() != 1 || !p.persons.gender(others.iterator().next()).equals(gender)) {
            return Optional.empty();
        }
        String other = others.iterator().next();
        if (coordinated(p, previous, who.get(), other)) {
            return Optional.empty(); // "Reid and Hale met. He accused him ...": either may be "he"
        }
        Optional<String> whom = p.persons.resolveObjectPronoun(p.d.token(target).begin(), Set.of(who.get()));
        return whom.filter(other::equals).map(t -> List.of(who.get(), t));
    }

    /**
     * "He maintained that Ryan should focus on the budget, and mocked him": the one person of the pronouns' gender the
     * sentence names between a resolved critic and the target (not the critic) is the target; empty when none or
     * several.
     */
    private static Optional<String> namedBetweenOnly(ParsedSentence p, int critic, int target, Optional<String> who,
            String gender) {
        if (who.isEmpty() || critic > target || !p.persons.gender(who.get()).equals(gender)) {
            return Optional.empty();
        }
        Set<String> named = new LinkedHashSet<>();
        for (PersonMention m : p.persons.mentionsIn(p.d.token(critic).end(), p.d.token(target).begin())) {
            named.add(m.canonical());
        }
        named.remove(who.get());
        if (named.size() != 1 || !p.persons.gender(named.iterator().next()).equals(gender)) {
            return Optional.empty();
        }
        return Optional.of(named.iterator().next());
    }

    /** Whether the sentence names the two persons as one coordination ("Reid and Hale", "Hale, Reid and Cole"). */
    private static boolean coordinated(ParsedSentence p, Sentence sentence, String one, String other) {
        List<PersonMention> named = p.persons.mentionsIn(sentence.begin(), sentence.end());
        for (int i = 0; i + 1 < named.size(); i++) {
            PersonMention a = named.get(i);
            PersonMention b = named.get(i + 1);
            Set<String> pair = Set.of(a.canonical(), b.canonical());
            if (pair.contains(one) && pair.contains(other) && !a.canonical().equals(b.canonical())
                    && p.doc.text(a.end(), b.begin()).strip().matches(",|and|or|, and|, or")) {
                return true;
            }
        }
        return false;
    }

    private static boolean male(String pronoun) {
        return !(pronoun.equals("she") || pronoun.equals("her"));
    }

    private static String oppositeOf(String gender) {
        return gender.equals("MALE") ? "FEMALE" : "MALE";
    }
}
