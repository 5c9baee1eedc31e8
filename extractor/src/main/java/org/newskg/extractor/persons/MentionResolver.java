package org.newskg.extractor.persons;

import static org.newskg.extractor.persons.NameShape.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.NameLexicon.Gender;
import org.newskg.extractor.persons.NameSpans.Span;
import org.newskg.model.NameVariants;

/**
 * Groups the name spans of one article into persons and picks each person's canonical name, for {@link PersonIndex}:
 * full names first (grouped by surname and compatible given names; longest form wins), then given names after a
 * kinship word or before "and" and a full name, then single words, which {@link Namesakes} resolves. It also reads
 * each person's sex from honorifics, given names, kinship words and pronouns.
 */
final class MentionResolver {

    private static final NameLexicon LEX = NameLexicon.DEFAULT;

    private final Doc doc;
    private final List<Span> spans;
    /** What the kinship words before the names say ("his wife Ann Holt", "Clinton's husband, Bill"). */
    private final Kinship kinship;
    /** canonical name -> its full forms (lower case). */
    private final Map<String, Set<String>> forms = new LinkedHashMap<>();
    /** The sex a full name's own mention shows ("Mrs Ann Holt", "his wife Ann Holt"), when its given name does not. */
    private final Map<String, Gender> sexOfFullName = new HashMap<>();
    /** Full names introduced by a kinship word ("his son Thomas Reid"): never joined to a nickname's namesake. */
    private final Set<String> relatives = new HashSet<>();
    /** Given names that took the surname of the name after "and" ("Khizr" of "Khizr and Ghazala Khan"). */
    private final Set<Span> coupled = new HashSet<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();
    /** Whom a one-word name stands for, read from the state above as it fills. */
    private final Namesakes namesakes;
    /** The capitalised words (lower case) the article writes right after an organisation noun; read when first asked. */
    private Set<String> organisationNamed;

    MentionResolver(Doc doc, List<Span> spans, Offices offices) {
        this.doc = doc;
        this.spans = spans;
        this.kinship = new Kinship(doc, spans);
        this.namesakes = new Namesakes(doc, spans, offices, forms, sexOfFullName, relatives, coupled);
    }

    /**
     * The sex a pronoun shows of a person neither honorific nor given name told ("Coroner Chinyere Okafor also said
     * he needed to know"): the one person a sentence names, the subject of a verb of saying right after the name
     * (adverbs between), and "he" or "she" opening what was said; only when every such sentence agrees.
     */
    private Map<String, Gender> saidPronouns(List<PersonMention> mentions) {
        Map<Integer, List<PersonMention>> bySentence = new HashMap<>();
        for (PersonMention m : mentions) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Gender> shown = new HashMap<>();
        for (List<PersonMention> in : bySentence.values()) {
            if (in.stream().map(PersonMention::canonical).distinct().count() != 1) {
                continue;
            }
            PersonMention m = in.get(0);
            List<Token> ts = doc.sentences().get(m.sentence()).tokens();
            int k = 0;
            while (k < ts.size() && (ts.get(k).begin() < m.end() || ts.get(k).pos().equals("RB"))) {
                k++; // "Okafor also said he"
            }
            if (k + 1 < ts.size() && SAYING.contains(ts.get(k).word().toLowerCase(Locale.ROOT))) {
                int p = ts.get(k + 1).word().equalsIgnoreCase("that") ? k + 2 : k + 1;
                String w = p < ts.size() ? ts.get(p).word().toLowerCase(Locale.ROOT) : "";
                Gender g = w.equals("he") ? Gender.MALE : w.equals("she") ? Gender.FEMALE : Gender.UNKNOWN;
                if (g != Gender.UNKNOWN) {
                    shown.merge(m.canonical(), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
                }
            }
        }
        shown.values().removeIf(g -> g == Gender.UNKNOWN);
        return shown;
    }

    /** Verbs of saying, as written, after which "he" or "she" is the speaker's own: "Okafor said he ...". */
    private static final Set<String> SAYING = Set.of("said", "says", "told", "added", "insisted", "explained",
            "claimed", "argued", "wrote", "admitted", "stressed", "warned");

    PersonIndex resolve() {
        // 1. full names, grouped by surname and compatible given names; longest form wins
        List<Span> full = new ArrayList<>();
        for (Span sp : spans) {
            if (sp.words().size() >= 2) {
                full.add(sp);
            }
        }
        full.sort((x, y) -> y.words().size() != x.words().size() ? y.words().size() - x.words().size()
                : NameShape.titleLike(x.words()) != NameShape.titleLike(y.words())
                ? Boolean.compare(NameShape.titleLike(x.words()), NameShape.titleLike(y.words()))
                : y.form().length() != x.form().length() ? Integer.compare(y.form().length(), x.form().length())
                : Long.compare(NameShape.accents(y.form()), NameShape.accents(x.form()))); // "François" over "Francois"
        Map<Span, String> resolved = new HashMap<>();
        Map<Span, Span> epithets = epithets(full);
        for (Span sp : full) {
            if (epithets.containsKey(sp)) {
                continue; // "Demogorgon Trump": a form of the Donald Trump the article names, below
            }
            // "Tom Reid ... his son Thomas Reid": a relative is no nickname of the person named before
            boolean kin = kinship.gender(sp) != Gender.UNKNOWN;
            // "Ms Mac Giolla Rua": the Róisín Mac Giolla Rua named before, whose surname is several words
            String c = sp.surnameOnly() ? endingIn(sp.words()) : null;
            c = c != null ? c : findCompatible(sp.words(), !kin);
            if (c == null) {
                c = NameShape.display(sp.words());
                forms.put(c, new LinkedHashSet<>());
            }
            if (kin) {
                relatives.add(c);
            }
            forms.get(c).add(sp.form());
            resolved.put(sp, c);
            Gender g = sp.gender() != Gender.UNKNOWN ? sp.gender() : kinship.gender(sp);
            if (g != Gender.UNKNOWN) {
                sexOfFullName.merge(c, g, (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        }
        // "Tom Reid and his wife Ann Reid": the owner of "his" is a man
        for (Span sp : full) {
            Span owner = kinship.owner(sp);
            String pronoun = owner == null ? null : kinship.ownerPronoun(sp);
            if (owner != null && resolved.containsKey(owner) && pronoun != null) {
                sexOfFullName.merge(resolved.get(owner), "his".equals(pronoun) ? Gender.MALE : Gender.FEMALE,
                        (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        }
        epithets.forEach((sp, named) -> {
            String c = resolved.get(named);
            forms.get(c).add(sp.form());
            resolved.put(sp, c);
        });
        respell(full, resolved);
        // 2. given names after a kinship word take the relative's surname
        for (Span sp : spans) {
            if (sp.words().size() == 1 && namesakes.surnameOwners(sp.form()).isEmpty()) {
                String relative = kinship.surname(sp, resolved);
                Span partner = relative == null ? couplePartner(sp) : null;
                if (partner != null) {
                    relative = partner.words().get(1); // "Khizr and Ghazala Khan": Khizr Khan
                }
                if (relative != null) {
                    List<String> words = List.of(sp.words().get(0), relative);
                    String c = findCompatible(words, true);
                    if (c == null) {
                        c = NameShape.display(words);
                        forms.put(c, new LinkedHashSet<>());
                    }
                    forms.get(c).add(sp.form());
                    resolved.put(sp, c);
                    if (partner != null) {
                        coupled.add(sp);
                        coupleSexes(c, resolved.get(partner), partner.words().get(1));
                    }
                }
            }
        }
        for (Map.Entry<Span, String> e : resolved.entrySet()) {
            counts.merge(e.getValue(), 1, Integer::sum);
        }
        // 3. single words: surname, else unique given name, else a person of its own
        Map<String, String> titledOnly = titledOnly();
        List<PersonMention> out = new ArrayList<>();
        for (Span sp : spans) {
            String c = resolved.get(sp);
            if (c == null && (caseName(sp) || familyPlural(sp) || captionLabel(sp) || organisation(sp))) {
                continue;
            }
            if (c == null) {
                c = namesakes.resolveSingle(sp, resolved);
                if (!forms.containsKey(c) && titledOnly.containsKey(lower(c))) {
                    c = titledOnly.get(lower(c)) + " " + c; // "Mr Justice Eady ... Eady said": named only so
                }
                resolved.put(sp, c);
                if (sp.gender() != Gender.UNKNOWN && namesakes.genderOf(c) == Gender.UNKNOWN && forms.containsKey(c)) {
                    sexOfFullName.put(c, sp.gender()); // "Mr. Khan" says Khizr Khan is a man; his given name does not
                }
                if (!forms.containsKey(c)) {
                    forms.put(c, new LinkedHashSet<>());
                }
                forms.get(c).add(sp.form());
                counts.merge(c, 1, Integer::sum);
            }
            if (sp.gender() != Gender.UNKNOWN) {
                genders.merge(c, sp.gender(), (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
            out.add(new PersonMention(sp.begin(), sp.end(), doc.text(sp.begin(), sp.end()).replaceAll("\\s+", " "),
                    c, sp.sentence()));
        }
        for (String c : forms.keySet()) {
            List<String> w = NameLexicon.words(c);
            if (!genders.containsKey(c) && w.size() >= 2) {
                Gender g = LEX.sexOfGivenName(w.get(0));
                if (g == Gender.UNKNOWN) {
                    g = sexOfFullName.getOrDefault(c, Gender.UNKNOWN);
                }
                if (g != Gender.UNKNOWN) {
                    genders.put(c, g);
                }
            }
        }
        saidPronouns(out).forEach(genders::putIfAbsent);
        Set<String> titled = new HashSet<>();
        for (Span sp : spans) {
            List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
            String c = resolved.get(sp);
            if (c != null && sp.firstToken() > 0 && LEX.isTitle(ts.get(sp.firstToken() - 1).word())) {
                titled.add(c);
            }
        }
        Map<String, String> formToCanonical = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : forms.entrySet()) {
            formToCanonical.put(lower(e.getKey()), e.getKey());
            for (String f : e.getValue()) {
                formToCanonical.putIfAbsent(f, e.getKey());
            }
        }
        return new PersonIndex(doc, out, genders, formToCanonical, counts, titled);
    }

    /**
     * "... brought to mind Donald Trump. ... their experimentation unleashed Demogorgon Trump": a two-word name written
     * once whose first word is no given name the lexicon knows, never a name of its own in the article ("Kirstie said"),
     * and a word the article uses outside any name ("The Demogorgon begins kidnapping"), beside the one other two-word
     * name of that surname with a known given name, is that person with an epithet, not a second person (who would
     * take every "Trump" after it). Each such span with the span of the person it names.
     */
    private Map<Span, Span> epithets(List<Span> full) {
        Map<Span, Span> out = new HashMap<>();
        for (Span sp : full) {
            if (sp.words().size() != 2 || sp.surnameOnly()) {
                continue;
            }
            String first = lower(sp.words().get(0));
            if (LEX.givenNameGender(first) != Gender.UNKNOWN || NameVariants.isInitial(first)
                    || full.stream().filter(o -> o.form().equals(sp.form())).count() != 1) {
                continue;
            }
            String surname = lower(sp.words().get(1));
            List<Span> named = full.stream().filter(o -> o.words().size() == 2 && !o.surnameOnly()
                    && lower(o.words().get(1)).equals(surname) && !lower(o.words().get(0)).equals(first)
                    && LEX.givenNameGender(o.words().get(0)) != Gender.UNKNOWN).toList();
            boolean aName = spans.stream().anyMatch(o -> o.words().size() == 1 && lower(o.words().get(0)).equals(first));
            if (named.stream().map(Span::form).distinct().count() == 1 && !aName && usedOutsideNames(first)) {
                out.put(sp, named.get(0));
            }
        }
        return out;
    }

    /** Determiners before a word that make it a common noun ("The Demogorgon begins"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that");

    /**
     * Whether the article writes the word (lower case) outside every name span as a word, not a name: in lower case,
     * after a determiner, or tagged a place or an organisation ("Liverpool"); not a given name NER left untagged.
     */
    private boolean usedOutsideNames(String word) {
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (!lower(t.word()).equals(word)
                        || spans.stream().anyMatch(sp -> t.begin() >= sp.begin() && t.begin() < sp.end())) {
                    continue;
                }
                String ner = t.ner() == null ? "O" : t.ner();
                if (t.word().equals(word) || i > 0 && DETERMINERS.contains(lower(ts.get(i - 1).word()))
                        || !ner.equals("O") && !ner.equals("PERSON")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The one-word names (lower case) the article writes after a title a person named by one word keeps
     * ({@link NameVariants#isNameTitle}: "Mr Justice Eady", "Lord Justice Leveson", "Pope Francis", "Lord Falconer",
     * "Baroness Kennedy") and that are nobody's surname, each with its title: the title is part of how such a person
     * is named, not a rank ("Eady" or "Kennedy" alone could be anyone).
     */
    private Map<String, String> titledOnly() {
        Map<String, String> out = new HashMap<>();
        for (Span sp : spans) {
            List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
            String title = sp.firstToken() > 0 ? ts.get(sp.firstToken() - 1).word() : "";
            if (sp.words().size() == 1 && NameVariants.isNameTitle(title.toLowerCase(Locale.ROOT))
                    && namesakes.surnameOwners(sp.form()).isEmpty()) {
                out.putIfAbsent(lower(sp.form()), title);
            }
        }
        return out;
    }

    /**
     * "Nemanaja Matic" once and "Nemanja Matic" three times: a person joined from two spellings of one given name
     * ({@link NameShape#misspelt}) is named by the spelling the article uses more, not by the longer one.
     */
    private void respell(List<Span> full, Map<Span, String> resolved) {
        Map<String, Map<String, Integer>> uses = new HashMap<>();
        for (Span sp : full) {
            String c = resolved.get(sp);
            if (c != null && NameLexicon.words(c).size() == sp.words().size()) {
                uses.computeIfAbsent(c, k -> new HashMap<>()).merge(NameShape.display(sp.words()), 1, Integer::sum);
            }
        }
        Map<String, String> renamed = new HashMap<>();
        uses.forEach((c, byForm) -> {
            List<String> cw = NameLexicon.words(c);
            byForm.forEach((form, n) -> {
                List<String> fw = NameLexicon.words(form);
                boolean respelt = !form.equals(c) && fw.subList(1, fw.size()).equals(cw.subList(1, cw.size()))
                        && NameShape.misspelt(lower(fw.get(0)), lower(cw.get(0)));
                String best = renamed.getOrDefault(c, c);
                if (respelt && n > byForm.getOrDefault(best, 0)) {
                    renamed.put(c, form);
                }
            });
        });
        if (renamed.isEmpty()) {
            return;
        }
        Map<String, Set<String>> kept = new LinkedHashMap<>();
        forms.forEach((c, f) -> {
            String to = renamed.getOrDefault(c, c);
            Set<String> all = new LinkedHashSet<>(f);
            all.add(lower(c));
            kept.put(to, all);
        });
        forms.clear();
        forms.putAll(kept);
        resolved.replaceAll((sp, c) -> renamed.getOrDefault(c, c));
        renamed.forEach((from, to) -> {
            if (relatives.remove(from)) {
                relatives.add(to);
            }
            Gender g = sexOfFullName.remove(from);
            if (g != null) {
                sexOfFullName.put(to, g);
            }
        });
    }

    private String findCompatible(List<String> words, boolean nicknames) {
        for (String c : forms.keySet()) {
            List<String> w = NameLexicon.words(c);
            if (NameShape.compatible(w, words) && (nicknames && !relatives.contains(c)
                    || NameShape.folded(w.get(0)).equals(NameShape.folded(words.get(0)))
                    || w.get(0).length() <= 2 || words.get(0).length() <= 2)) {
                return c;
            }
        }
        return null;
    }

    /** The one person named so far whose name ends in these words (a surname of several words), else null. */
    private String endingIn(List<String> words) {
        String found = null;
        for (String c : forms.keySet()) {
            List<String> w = NameLexicon.words(c);
            if (w.size() > words.size() && lower(String.join(" ", w.subList(w.size() - words.size(), w.size())))
                    .equals(lower(String.join(" ", words)))) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** "The Clintons", "the Obamas": a family named by the plural of a surname the article gives a person. */
    private boolean familyPlural(Span sp) {
        String w = sp.form();
        if (sp.words().size() != 1 || !w.endsWith("s") || !namesakes.surnameOwners(w).isEmpty()) {
            return false;
        }
        List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
        if (sp.firstToken() > 0 && LEX.isTitle(ts.get(sp.firstToken() - 1).word())) {
            return false; // "Mr Sans" after "Ana San" is a man of his own, not a family
        }
        String one = w.substring(0, w.length() - 1);
        return !namesakes.surnameOwners(one).isEmpty() || w.endsWith("es") && !namesakes.surnameOwners(one.substring(0, one.length() - 1)).isEmpty();
    }

    /** Nouns that make the capitalised word after them an organisation's name ("newspaper Marca", "giant Orange"). */
    private static final Set<String> ORGANISATION_NOUNS = WordLists.words(MentionResolver.class, "organisation-nouns.txt");

    /**
     * "Mobile phone giant Orange launched ... 'Our brand is important to us,' Orange said": a lone word the article
     * writes right after an organisation noun (organisation-nouns.txt) names an organisation, not a person, unless it
     * is the surname of one the article names or is ever written with an honorific or a title ("Mr Marsh").
     */
    private boolean organisation(Span sp) {
        if (sp.words().size() != 1 || !namesakes.surnameOwners(sp.form()).isEmpty()
                || !organisationNamed().contains(sp.form())) {
            return false;
        }
        for (Span other : spans) {
            if (other.words().size() == 1 && other.form().equals(sp.form())) {
                List<Token> ts = doc.sentences().get(other.sentence()).tokens();
                if (other.gender() != Gender.UNKNOWN
                        || other.firstToken() > 0 && LEX.isTitle(ts.get(other.firstToken() - 1).word())) {
                    return false;
                }
            }
        }
        return true;
    }

    private Set<String> organisationNamed() {
        if (organisationNamed == null) {
            organisationNamed = new HashSet<>();
            for (Sentence s : doc.sentences()) {
                List<Token> ts = s.tokens();
                for (int i = 1; i < ts.size(); i++) {
                    if (Character.isUpperCase(ts.get(i).word().charAt(0))
                            && ORGANISATION_NOUNS.contains(ts.get(i - 1).word())) {
                        organisationNamed.add(lower(ts.get(i).word()));
                    }
                }
            }
        }
        return organisationNamed;
    }

    /**
     * "In Fisher, the court held": a lone unknown word opening a sentence after "In" and before a comma
     * names a court case or a place, not a person.
     */
    private boolean caseName(Span sp) {
        List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
        int i = sp.firstToken();
        return sp.words().size() == 1 && i == 1 && ts.get(0).word().equals("In") && i + 1 < ts.size()
                && ",".equals(ts.get(i + 1).word()) && namesakes.surnameOwners(sp.form()).isEmpty();
    }

    /**
     * "Boycott: Sir Elton John (pictured with his husband) spoke out against ...": a lone word opening a picture
     * caption before its colon is the caption's label, no person, unless it is the surname of one the article names.
     */
    private boolean captionLabel(Span sp) {
        List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
        int i = sp.firstToken();
        return sp.words().size() == 1 && i == 0 && i + 1 < ts.size() && ":".equals(ts.get(i + 1).word())
                && ts.stream().anyMatch(t -> t.word().equalsIgnoreCase("pictured")) && namesakes.surnameOwners(sp.form()).isEmpty();
    }

    /**
     * "the parents, Khizr and Ghazala Khan,": a lone given name right before "and" and a two-word name is that
     * person's namesake, when the given name is a known one or the article speaks of the family ("the Khans",
     * "the Khan family"); else null.
     */
    private Span couplePartner(Span sp) {
        List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
        int i = sp.firstToken() + 1;
        if (i + 1 >= ts.size() || !"and".equals(ts.get(i).word())) {
            return null;
        }
        for (Span other : spans) {
            if (other.sentence() == sp.sentence() && other.firstToken() == i + 1 && other.words().size() == 2) {
                return NameSpans.coupleCue(doc, ts.get(sp.firstToken()), other.words().get(1)) ? other : null;
            }
        }
        return null;
    }

    /**
     * "Khizr and Ghazala Khan", given names that say nothing of sex, in an article that writes both "Mr. Khan"
     * and "Mrs."/"Ms. Khan": the couple is a man and a woman, named man first as in "Mr. and Mrs. Khan".
     */
    private void coupleSexes(String first, String second, String surname) {
        if (LEX.givenNameGender(NameLexicon.words(first).get(0)) != Gender.UNKNOWN
                || LEX.givenNameGender(NameLexicon.words(second).get(0)) != Gender.UNKNOWN) {
            return;
        }
        boolean man = false;
        boolean woman = false;
        for (Span other : spans) {
            if (other.words().size() == 1 && other.surnameOnly() && lower(other.words().get(0)).equals(lower(surname))) {
                man |= other.gender() == Gender.MALE;
                woman |= other.gender() == Gender.FEMALE;
            }
        }
        if (man && woman) {
            sexOfFullName.putIfAbsent(first, Gender.MALE);
            sexOfFullName.putIfAbsent(second, Gender.FEMALE);
        }
    }
}
