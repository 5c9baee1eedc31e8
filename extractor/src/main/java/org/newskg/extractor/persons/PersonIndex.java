package org.newskg.extractor.persons;

import static org.newskg.extractor.persons.NameShape.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.parties.PartyGazetteer;
import org.newskg.extractor.persons.NameLexicon.Gender;
import org.newskg.extractor.persons.NameSpans.Span;

/**
 * The persons of one article: every name mention, each resolved to the fullest form of that name in
 * the article ("Mr Livingstone", "Livingstone", "Ken Livingstone's" -> "Ken Livingstone"), honorifics
 * and titles dropped, outlets that NER mistakes for persons left out. Pronouns and roles are resolved by
 * its {@link Discourse}; definite descriptions ("the Labour peer") here, to the person just named.
 *
 * <p>Names come from NER PERSON spans plus capitalised words after an honorific that NER missed ({@link NameSpans}).
 * Full names (two words or more) define the persons; a surname alone resolves to the most mentioned
 * person with that surname, a given name alone to the only person with that given name, and a given
 * name after a kinship word ("his brother David", "Clinton's husband, Bill") takes the relative's surname.
 * Whether two written names can be one person is {@link NameShape}'s to say; what a kinship word before a name
 * says, {@link Kinship}'s. The grouping of spans into persons is {@link MentionResolver}'s; which namesake a lone
 * surname names, {@link Namesakes}'s.
 */
public final class PersonIndex {

    private static final NameLexicon LEX = NameLexicon.DEFAULT;

    private final Doc doc;
    private final List<PersonMention> mentions;
    private final Map<String, Gender> genders;
    private final Map<String, String> formToCanonical;
    private final Map<String, List<String>> bySurname;
    private final Map<String, List<String>> byGivenName;
    private final Map<String, Integer> counts;
    private final Set<String> titled;
    private Discourse discourse;

    PersonIndex(Doc doc, List<PersonMention> mentions, Map<String, Gender> genders,
            Map<String, String> formToCanonical, Map<String, Integer> counts, Set<String> titled) {
        this.doc = doc;
        this.titled = Set.copyOf(titled);
        this.mentions = List.copyOf(mentions);
        this.genders = Map.copyOf(genders);
        this.formToCanonical = Map.copyOf(formToCanonical);
        this.counts = Map.copyOf(counts);
        Map<String, List<String>> sn = new HashMap<>();
        Map<String, List<String>> gn = new HashMap<>();
        for (String c : new LinkedHashSet<>(formToCanonical.values())) {
            List<String> w = NameLexicon.words(c);
            if (w.size() >= 2) {
                sn.computeIfAbsent(lower(NameShape.surname(w)), k -> new ArrayList<>()).add(c);
                gn.computeIfAbsent(lower(w.get(0)), k -> new ArrayList<>()).add(c);
            }
        }
        this.bySurname = sn;
        this.byGivenName = gn;
    }

    /** Finds and resolves the person mentions of {@code doc}. */
    public static PersonIndex of(Doc doc) {
        return of(doc, Offices.NONE);
    }

    /** As {@link #of(Doc)}, with the holders of offices the run's articles name ({@link Offices}). */
    public static PersonIndex of(Doc doc, Offices offices) {
        PersonIndex persons = resolved(doc, offices);
        Set<String> canonicals = new LinkedHashSet<>();
        persons.mentions.forEach(m -> canonicals.add(m.canonical()));
        persons.discourse = new Discourse(doc, persons, offices.heldIn(doc.text(), canonicals));
        return persons;
    }

    private static PersonIndex resolved(Doc doc, Offices offices) {
        List<Span> spans = NameSpans.spans(doc);
        PersonIndex first = new MentionResolver(doc, spans, offices).resolve();
        List<Span> more = NameSpans.missedNames(doc, spans, first.nameKeys(), first.loneNames());
        if (more.isEmpty()) {
            return first;
        }
        List<Span> all = new ArrayList<>(spans);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(Span::begin));
        return new MentionResolver(doc, all, offices).resolve();
    }

    /** The surnames of the persons found, and the given names only one of them has (lower case). */
    private Set<String> nameKeys() {
        Set<String> keys = new HashSet<>(bySurname.keySet());
        for (Map.Entry<String, List<String>> e : byGivenName.entrySet()) {
            if (e.getValue().size() == 1) {
                keys.add(e.getKey());
            }
        }
        return keys;
    }

    /** The persons known by one word only ("Okafor" where NER missed "Grace Okafor"), lower case. */
    private Set<String> loneNames() {
        Set<String> out = new HashSet<>();
        for (String c : formToCanonical.values()) {
            if (NameLexicon.words(c).size() == 1) {
                out.add(lower(c));
            }
        }
        return out;
    }

    /** Who each sentence is about and who its pronouns refer to: the one resolver every predicate uses. */
    public Discourse discourse() {
        return discourse;
    }

    /** Every person mention, in text order. */
    public List<PersonMention> mentions() {
        return mentions;
    }

    /** The mentions lying inside [begin, end). */
    public List<PersonMention> mentionsIn(int begin, int end) {
        List<PersonMention> out = new ArrayList<>();
        for (PersonMention m : mentions) {
            if (m.begin() >= begin && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mention covering character offset {@code offset}, if any. */
    public Optional<PersonMention> mentionAt(int offset) {
        for (PersonMention m : mentions) {
            if (m.begin() <= offset && offset < m.end()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The distinct canonical names of the article, in order of first mention. */
    public List<String> persons() {
        return List.copyOf(new LinkedHashSet<>(mentions.stream().map(PersonMention::canonical).toList()));
    }

    /**
     * The canonical name for a surface form ("Mr Livingstone", "Livingstone's", "Sen. Ted Cruz",
     * "Ken"), if this article names such a person.
     */
    public Optional<String> canonical(String surface) {
        List<String> words = new ArrayList<>(List.of(surface.strip().replaceAll("['’]s$", "").split("\\s+")));
        while (!words.isEmpty() && !formToCanonical.containsKey(lower(String.join(" ", words)))
                && (LEX.isTitle(words.get(0)) || !NameLexicon.isNameWord(words.get(0))
                || PartyGazetteer.DEFAULT.isPartyName(words.get(0)) || words.size() > 1 && NameShape.isAllCaps(words.get(0))
                && words.get(0).length() <= 4)) {
            words.remove(0); // "Labour MP Wes Streeting", "Sen. Sanders"
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String form = lower(String.join(" ", words));
        String c = formToCanonical.get(form);
        if (c != null) {
            return Optional.of(c);
        }
        if (words.size() == 1) {
            List<String> owners = bySurname.getOrDefault(form, List.of());
            if (!owners.isEmpty()) {
                return owners.stream().max((x, y) -> counts.getOrDefault(x, 0) - counts.getOrDefault(y, 0));
            }
            List<String> given = byGivenName.getOrDefault(form, List.of());
            return given.size() == 1 ? Optional.of(given.get(0)) : Optional.empty();
        }
        for (String cand : bySurname.getOrDefault(lower(NameShape.surname(words)), List.of())) {
            if (NameShape.compatible(NameLexicon.words(cand), words)) {
                return Optional.of(cand);
            }
        }
        return Optional.empty();
    }

    /**
     * The person a third-person pronoun at {@code offset} most likely refers to (see {@link Discourse}).
     * Persons in {@code exclude} (canonical names) are skipped, e.g. the other argument of the verb ("he
     * attacked Clinton": not Clinton).
     */
    public Optional<String> resolvePronoun(int offset, Set<String> exclude) {
        return discourse.resolvePronoun(offset, exclude, java.util.Collections.emptyNavigableMap());
    }

    /**
     * The person a pronoun in what is criticised refers to: the one person of its gender named earlier in its
     * own sentence and not excluded ("Holt railed against Reid, taking aim at his record": Reid, not the
     * subject of the sentence before), else as {@link #resolvePronoun(int, Set)}.
     */
    public Optional<String> resolveObjectPronoun(int offset, Set<String> exclude) {
        return discourse.namedInSentence(offset, exclude).or(() -> resolvePronoun(offset, exclude));
    }

    /** {@link #resolvePronoun(int, Set)} without exclusions. */
    public Optional<String> resolvePronoun(int offset) {
        return resolvePronoun(offset, Set.of());
    }

    /**
     * The person latest named with these title or role words before {@code offset}, not excluded: "the
     * president" after "President Barack Obama", "the Tory leader" after "Tory leader Michael Howard".
     */
    public Optional<String> resolveTitled(int offset, List<String> role, Set<String> exclude) {
        return discourse.titled(offset, role, exclude);
    }

    /**
     * The person a role nominal starting at {@code offset} stands for ("the Tory leader", "the senator", "the
     * Nevada Democrat"; {@code words} as written, a determiner may lead), persons in {@code exclude} skipped:
     * see {@link Discourse#resolveNominal}.
     */
    public Optional<String> resolveNominal(int offset, List<String> words, Set<String> exclude) {
        return discourse.resolveNominal(offset, words, exclude, java.util.Collections.emptyNavigableMap());
    }

    /**
     * The person a definite description at {@code offset} ("the Labour peer", "the ex-Mayor of London")
     * most likely refers to: the only person named in the nearest earlier sentence (of the three
     * before) that names anyone. Empty when that sentence names several persons: precision first.
     */
    public Optional<String> resolveDescription(int offset) {
        Sentence here = doc.sentenceAt(offset);
        for (PersonMention m : mentions) {
            if (m.sentence() == here.index() && m.end() <= offset) {
                return Optional.empty(); // a person named just before: the description may well be someone else
            }
        }
        for (int si = here.index() - 1; si >= Math.max(0, here.index() - 3); si--) {
            Set<String> named = new LinkedHashSet<>();
            for (PersonMention m : mentions) {
                if (m.sentence() == si && !modifiesNoun(m)) {
                    named.add(m.canonical());
                }
            }
            if (named.size() == 1) {
                return Optional.of(named.iterator().next());
            }
            if (named.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "the Obama administration", "the Blair government": a name used as a noun's modifier names no one who acts here. */
    private boolean modifiesNoun(PersonMention m) {
        for (Token t : doc.sentences().get(m.sentence()).tokens()) {
            if (t.begin() >= m.end()) {
                return t.pos().startsWith("NN") && !t.pos().startsWith("NNP");
            }
        }
        return false;
    }

    /**
     * Whether the article makes it plain that this is a person: a full name ("Donald Trump"), or a single
     * name that some mention puts after an honorific or title ("President Obama", "Mr Howard"). A bare
     * single word ("Nabisco") may be an organisation NER took for a person.
     */
    public boolean isClearlyPerson(String canonical) {
        return canonical.contains(" ") || titled.contains(canonical);
    }

    /** "MALE", "FEMALE" or "UNKNOWN": what honorifics and the given name say about a person. */
    public String gender(String canonical) {
        return genders.getOrDefault(canonical, Gender.UNKNOWN).name();
    }
}
