package org.newskg.extractor.criticism;

import static org.newskg.extractor.criticism.NamedPersons.ROLE_NOUNS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.criticism.NamedPersons.Named;
import org.newskg.extractor.persons.PersonMention;

/**
 * Which persons a word for several of them names in a {@link ParsedSentence}: "the pair", "both men", "the two
 * senators", "both Comries", "the couple", "his three rivals"; and "her namesake", the one other person of a surname.
 */
final class PersonGroups extends SentencePart {

    PersonGroups(ParsedSentence parsed) {
        super(parsed);
    }

    /**
     * "Isla Baird, no relation, attacked her namesake": the one other person of the article who shares the surname of
     * the named critic ({@code critics}); none when there are several or none.
     */
    Optional<String> namesake(Set<String> critics) {
        Set<String> found = new LinkedHashSet<>();
        for (String critic : critics) {
            String surname = surname(critic);
            for (PersonMention m : persons.mentions()) {
                String c = m.canonical();
                if (!critics.contains(c) && c.contains(" ") && surname(c).equals(surname)) {
                    found.add(c);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Plurals for the others in a contest: "his three rivals", "both of her opponents". */
    private static final Set<String> CONTESTANTS = Set.of("rivals", "opponents", "challengers", "contenders",
            "adversaries");
    /** How many sentences back the sentence that lists a field of contestants may be: a news story lists it early. */
    private static final int FIELD_WINDOW = 25;
    /** Numbers a count of contestants is written with. */
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "both", 2);

    /**
     * "Krishnamurthy mocked his three rivals", "Lavoie came under attack from both of his rivals": a counted plural of
     * contestants owned by "his" or "her", whose owner is the one person of {@code exclude} (the cue's other side), names
     * the others of the latest sentence (this one or the {@value #FIELD_WINDOW} before) that names the owner and exactly
     * that many other persons ("Hollis, Ortega-Grant, Pruitt and Krishnamurthy each spoke"); none without such a
     * sentence.
     */
    List<Named> counted(int n, Set<String> exclude) {
        int plural = n;
        Integer count = null;
        if (word(n).equals("both")) {
            plural = d.children(n).stream().filter(c -> d.label(c).startsWith("nmod") && CONTESTANTS.contains(word(c))
                    && d.children(c, "case").stream().anyMatch(k -> word(k).equals("of"))).findFirst().orElse(-1);
            count = 2;
        }
        if (plural < 0 || !CONTESTANTS.contains(word(plural)) || exclude.size() != 1
                || d.children(plural, "nmod:poss").stream().noneMatch(c -> word(c).equals("his") || word(c).equals("her"))) {
            return List.of();
        }
        if (count == null) {
            count = d.children(plural).stream().filter(c -> d.label(c).equals("nummod") || d.label(c).startsWith("det"))
                    .map(c -> COUNTS.get(word(c))).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        if (count == null) {
            return List.of();
        }
        String owner = exclude.iterator().next();
        Map<Integer, Set<String>> bySentence = new HashMap<>();
        for (PersonMention m : persons.mentions()) {
            if (m.sentence() <= s.index() && m.sentence() >= s.index() - FIELD_WINDOW) {
                bySentence.computeIfAbsent(m.sentence(), k -> new LinkedHashSet<>()).add(m.canonical());
            }
        }
        for (int k = s.index(); k >= s.index() - FIELD_WINDOW; k--) {
            Set<String> named = bySentence.getOrDefault(k, Set.of());
            if (named.contains(owner) && named.size() == count + 1) {
                return named.stream().filter(c -> !c.equals(owner)).map(c -> new Named(c, true)).toList();
            }
        }
        return List.of();
    }

    /** Words for two persons together: "the pair", "the duo", "the two men", "both men", "both". */
    private static final Set<String> PAIRS = Set.of("pair", "duo");

    /**
     * "Holt mocked the pair as ...", "Holt attacked both men", "Holt lambasted the two": a definite mention of two persons
     * with no names of its own (no appositive, no "of" phrase: not "the pair of them", "the two of them").
     */
    boolean thePair(int n) {
        String w = word(n);
        return PAIRS.contains(w) && definitePair(n, true) || w.equals("two") && definitePair(n, true)
                || d.token(n).pos().equals("NNS") && definitePair(n, false)
                        && (ROLE_NOUNS.contains(w) || PERSON_PLURALS.contains(w)) && !OFFICES.containsKey(w)
                || w.equals("both") && d.children(n).isEmpty()
                || (w.equals("both") || (PAIRS.contains(w) || w.equals("two")) && definitePair(n, true, true)) && ofThem(n)
                        && !persons.discourse().insideQuote(d.token(n).begin()); // a speaker's "both of them" is the speaker's to tell
    }

    /** "both of them", "the two of them", "the pair of them": an "of them" phrase is the node's only modifier but its determiner and preposition. */
    private boolean ofThem(int n) {
        List<Integer> of = d.children(n).stream().filter(c -> !d.label(c).equals("det") && !d.label(c).equals("case")).toList();
        return of.size() == 1 && d.label(of.get(0)).equals("nmod") && word(of.get(0)).equals("them")
                && d.children(of.get(0), "case").stream().anyMatch(k -> word(k).equals("of"));
    }

    /**
     * Whether {@code n} is a definite mention of two with no names of its own: "the pair", "both men", "the two
     * rivals" (with {@code theOnly}, "the" alone suffices); no appositive, no "of" phrase ("the two of them").
     */
    boolean definitePair(int n, boolean theOnly) {
        return definitePair(n, theOnly, false);
    }

    /** {@link #definitePair(int, boolean)}, with {@code ofPhrase} allowing an "of" phrase ("the two of them"). */
    private boolean definitePair(int n, boolean theOnly, boolean ofPhrase) {
        if (d.children(n).stream().anyMatch(c -> d.label(c).equals("appos") || !ofPhrase && d.label(c).startsWith("nmod"))) {
            return false;
        }
        boolean the = d.children(n, "det").stream().anyMatch(c -> word(c).equals("the"));
        boolean both = d.children(n).stream().anyMatch(c -> word(c).equals("both") && (d.label(c).equals("det")
                || d.label(c).equals("det:predet") || d.label(c).equals("cc:preconj")));
        boolean two = d.children(n, "nummod").stream().anyMatch(c -> word(c).equals("two"));
        return theOnly ? the : both || two && the;
    }

    /** Plural offices and the title their holders carry: "both ministers" are two persons titled minister. */
    static final Map<String, String> OFFICES = Map.of("ministers", "minister", "senators", "senator",
            "mps", "mp", "councillors", "councillor", "secretaries", "secretary", "governors", "governor",
            "mayors", "mayor");

    /**
     * "In a swipe at both ministers", "mocked the two senators": the two persons the article titled with the office
     * latest before, else none (not the two persons of the latest criticism, who may hold no such office).
     */
    List<Named> officeHolders(int n, Set<String> exclude) {
        int at = d.token(n).begin();
        List<String> role = List.of(OFFICES.get(word(n)));
        Optional<String> first = persons.discourse().titled(at, role, exclude);
        if (first.isEmpty()) {
            return List.of();
        }
        Set<String> without = new java.util.HashSet<>(exclude);
        without.add(first.get());
        return persons.discourse().titled(at, role, without)
                .map(second -> List.of(new Named(first.get(), true), new Named(second, true))).orElse(List.of());
    }

    /** Plural nouns for persons that "both" or "the two" may go with besides the role words: "both men", "the two women". */
    private static final Set<String> PERSON_PLURALS = Set.of("men", "women", "rivals", "candidates", "contenders", "leaders",
            "politicians", "opponents", "adversaries", "colleagues", "lawmakers");

    /** How many sentences back "the pair" and "his rival" look for the persons they mean. */
    static final int PAIR_WINDOW = 8;

    /**
     * The two persons named last before node {@code n} (this sentence and the {@value #PAIR_WINDOW} before it), other
     * than {@code exclude} (the critic): whom "the pair" or "both men" means after an exchange between two persons; none
     * unless two are found.
     */
    List<Named> lastPair(int n, Set<String> exclude) {
        int at = d.token(n).begin();
        List<String> found = new ArrayList<>();
        List<PersonMention> all = persons.mentions();
        for (int k = all.size() - 1; k >= 0 && found.size() < 2; k--) {
            PersonMention m = all.get(k);
            if (m.end() > at || m.sentence() > s.index()) {
                continue;
            }
            if (m.sentence() < s.index() - PAIR_WINDOW) {
                break;
            }
            if (!exclude.contains(m.canonical()) && !found.contains(m.canonical())) {
                found.add(m.canonical());
            }
        }
        return found.size() < 2 ? List.of() : found.stream().map(c -> new Named(c, true)).toList();
    }

    /**
     * "She turned on both Comries", "the two Tuohys traded insults": a capitalised plural of a surname that two or more
     * persons named before node {@code n} share names them all (but {@code exclude}); empty for any other word.
     */
    List<Named> family(int n, Set<String> exclude) {
        String w = d.token(n).word();
        if (!d.token(n).pos().startsWith("NN") || !w.endsWith("s") || w.length() < 3
                || !Character.isUpperCase(w.charAt(0)) || persons.mentionAt(d.token(n).begin()).isPresent()) {
            return List.of();
        }
        String one = w.substring(0, w.length() - 1);
        Set<String> found = new LinkedHashSet<>();
        for (PersonMention m : persons.mentions()) {
            String c = m.canonical();
            String last = c.contains(" ") ? surname(c) : "";
            if (m.end() <= d.token(n).begin() && !last.isEmpty() && !exclude.contains(c)
                    && (last.equals(one) || w.endsWith("es") && last.equals(one.substring(0, one.length() - 1)))) {
                found.add(c);
            }
        }
        return found.size() < 2 ? List.of() : found.stream().map(c -> new Named(c, true)).toList();
    }

    /** The persons a family plural earlier in the sentence than node {@code n} names ({@link #family}), else empty. */
    List<Named> familyBefore(int n, Set<String> exclude) {
        for (int k = n - 1; k >= 0; k--) {
            List<Named> named = family(k, exclude);
            if (!named.isEmpty()) {
                return named;
            }
        }
        return List.of();
    }

    /** The last word of a canonical name: "Baird" of "Isla Baird". */
    private static String surname(String canonical) {
        return canonical.substring(canonical.lastIndexOf(' ') + 1);
    }

    /**
     * "accusing the couple of running the council like a family business": the two persons of one surname named latest
     * before node {@code n} (this sentence and the {@value #PAIR_WINDOW} before it), other than {@code exclude}; none
     * unless two such are found.
     */
    List<Named> couple(int n, Set<String> exclude) {
        int at = d.token(n).begin();
        Map<String, Set<String>> bySurname = new HashMap<>();
        List<PersonMention> all = persons.mentions();
        for (int k = all.size() - 1; k >= 0; k--) {
            PersonMention m = all.get(k);
            String c = m.canonical();
            if (m.end() > at || m.sentence() > s.index() || exclude.contains(c) || !c.contains(" ")) {
                continue;
            }
            if (m.sentence() < s.index() - PAIR_WINDOW) {
                break;
            }
            Set<String> same = bySurname.computeIfAbsent(surname(c), x -> new LinkedHashSet<>());
            same.add(c);
            if (same.size() == 2) {
                return same.stream().map(x -> new Named(x, true)).toList();
            }
        }
        return List.of();
    }
}
