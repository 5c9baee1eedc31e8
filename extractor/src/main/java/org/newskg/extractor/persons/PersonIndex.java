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
 * says, {@link Kinship}'s.
 */
public final class PersonIndex {

    private static final NameLexicon LEX = NameLexicon.DEFAULT;
    /** Prefixes of surnames that a text sometimes drops by mistake ("Cluskey" for "McCluskey"). */
    private static final List<String> SURNAME_PREFIXES = List.of("mc", "mac", "o'", "o’");

    private final Doc doc;
    private final List<PersonMention> mentions;
    private final Map<String, Gender> genders;
    private final Map<String, String> formToCanonical;
    private final Map<String, List<String>> bySurname;
    private final Map<String, List<String>> byGivenName;
    private final Map<String, Integer> counts;
    private final Set<String> titled;
    private Discourse discourse;

    private PersonIndex(Doc doc, List<PersonMention> mentions, Map<String, Gender> genders,
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
        PersonIndex first = new Resolver(doc, spans, offices).resolve();
        List<Span> more = NameSpans.missedNames(doc, spans, first.nameKeys(), first.loneNames());
        if (more.isEmpty()) {
            return first;
        }
        List<Span> all = new ArrayList<>(spans);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(Span::begin));
        return new Resolver(doc, all, offices).resolve();
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

    // ---------------------------------------------------------------- resolution

    /** Groups spans into persons and picks each person's canonical name. */
    private static final class Resolver {
        private final Doc doc;
        private final List<Span> spans;
        /** What the kinship words before the names say ("his wife Ann Holt", "Clinton's husband, Bill"). */
        private final Kinship kinship;
        /** The run's office holders, for a ranked surname of namesakes the article ranks none of ("President Bush"). */
        private final Offices offices;
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

        Resolver(Doc doc, List<Span> spans, Offices offices) {
            this.doc = doc;
            this.spans = spans;
            this.offices = offices;
            this.kinship = new Kinship(doc, spans);
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
            for (Span sp : full) {
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
            respell(full, resolved);
            // 2. given names after a kinship word take the relative's surname
            for (Span sp : spans) {
                if (sp.words().size() == 1 && surnameOwners(sp.form()).isEmpty()) {
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
                if (c == null && (caseName(sp) || familyPlural(sp) || captionLabel(sp))) {
                    continue;
                }
                if (c == null) {
                    c = resolveSingle(sp, resolved);
                    if (!forms.containsKey(c) && titledOnly.containsKey(lower(c))) {
                        c = titledOnly.get(lower(c)) + " " + c; // "Mr Justice Eady ... Eady said": named only so
                    }
                    resolved.put(sp, c);
                    if (sp.gender() != Gender.UNKNOWN && genderOf(c) == Gender.UNKNOWN && forms.containsKey(c)) {
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
         * Titles a person named by one word alone keeps in their name: a judge's ("Mr Justice Eady" is Justice Eady), a
         * pope's or a royal's ("Pope Francis", "King Abdullah", "Prince Charles").
         */
        private static final Set<String> NAME_TITLES = Set.of("Justice", "Pope", "King", "Queen", "Prince", "Princess");

        /**
         * The one-word names (lower case) the article writes after one of {@link #NAME_TITLES} ("Mr Justice Eady",
         * "Lord Justice Leveson", "Pope Francis") and that are nobody's surname, each with its title: the title is part
         * of how such a person is named, not a rank ("Eady" or "Francis" alone could be anyone).
         */
        private Map<String, String> titledOnly() {
            Map<String, String> out = new HashMap<>();
            for (Span sp : spans) {
                List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
                String title = sp.firstToken() > 0 ? ts.get(sp.firstToken() - 1).word() : "";
                if (sp.words().size() == 1 && NAME_TITLES.contains(title) && surnameOwners(sp.form()).isEmpty()) {
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

        private List<String> surnameOwners(String word) {
            List<String> out = new ArrayList<>();
            for (String c : forms.keySet()) {
                List<String> w = NameLexicon.words(c);
                boolean doubleBarrelled = w.size() >= 3
                        && lower(w.get(w.size() - 2) + "-" + w.get(w.size() - 1)).equals(word);
                if (w.size() >= 2 && lower(NameShape.surname(w)).equals(word) || doubleBarrelled) {
                    out.add(c);
                    continue;
                }
                for (String f : forms.get(c)) { // "Minning" for "Dena Minning Grayson", once named "Dena Minning"
                    List<String> fw = List.of(f.split(" "));
                    if (fw.size() >= 2 && fw.get(fw.size() - 1).equals(word) && NameShape.namePrefix(fw, w)) {
                        out.add(c);
                        break;
                    }
                }
            }
            return out;
        }

        /**
         * The namesakes whose given name does not contradict the honorific of a surname ("Mrs Clinton" is not
         * Bill Clinton); all of them when none fits among several or the honorific says nothing; none when the
         * only namesake is of the other sex ("Mr. Clinton" in an article naming only Hillary Clinton in full).
         */
        private List<String> ofGender(List<String> owners, Gender gender) {
            if (gender == Gender.UNKNOWN) {
                return owners;
            }
            List<String> fit = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String o : owners) {
                Gender g = genderOf(o);
                if (g == gender) {
                    fit.add(o);
                } else if (g == Gender.UNKNOWN) {
                    unknown.add(o);
                }
            }
            if (!fit.isEmpty()) {
                return fit; // "Mrs Lennox": the brothers' mother, not Calum, whose sex no name or word gives
            }
            return unknown.isEmpty() && owners.size() > 1 ? owners : unknown;
        }

        /** A person's sex by their given name, or by how the article introduced them ("his wife Ann Holt", "Mrs Ann Holt"). */
        private Gender genderOf(String canonical) {
            Gender g = LEX.sexOfGivenName(NameLexicon.words(canonical).get(0));
            return g != Gender.UNKNOWN ? g : sexOfFullName.getOrDefault(canonical, Gender.UNKNOWN);
        }

        /**
         * The namesakes a reader knows when reaching {@code sp}: those named in full before it, when some are and others
         * are named only later ("Mrs Marsh said" before the article introduces an unrelated Ms Gillian Marsh).
         */
        /**
         * "'...,' Clinton declared of Hillary Clinton", "Bush praised Jeb Bush": a bare surname right before (at most
         * five words) a full name of one of its two namesakes is the other one; the writer does not name one person
         * twice so, once by surname and then in full. Not a full name before the surname ("'Not just Bernie Sanders,'
         * Sanders told CNN"; "Bill Clinton ..., and Broaddrick, who claimed that Clinton had raped her"). Null unless
         * exactly one namesake is named so and one is left.
         */
        private String namesakeOfTheOneNamedBeside(Span sp, List<String> owners, Map<Span, String> resolved) {
            Set<String> beside = new HashSet<>();
            for (Span other : spans) {
                String c = resolved.get(other);
                if (other.sentence() == sp.sentence() && other.words().size() >= 2 && owners.contains(c)
                        && other.firstToken() > sp.firstToken() && other.firstToken() - sp.firstToken() <= 6) {
                    beside.add(c);
                }
            }
            List<String> left = owners.stream().filter(o -> !beside.contains(o)).toList();
            return beside.size() == 1 && left.size() == 1 ? left.get(0) : null;
        }

        private List<String> knownBefore(Span sp, List<String> owners, Map<Span, String> resolved) {
            List<String> known = new ArrayList<>();
            for (String o : owners) {
                if (firstNamed(o, resolved) < sp.begin()) {
                    known.add(o);
                }
            }
            return known.isEmpty() ? owners : known;
        }

        /** "The Clintons", "the Obamas": a family named by the plural of a surname the article gives a person. */
        private boolean familyPlural(Span sp) {
            String w = sp.form();
            if (sp.words().size() != 1 || !w.endsWith("s") || !surnameOwners(w).isEmpty()) {
                return false;
            }
            List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
            if (sp.firstToken() > 0 && LEX.isTitle(ts.get(sp.firstToken() - 1).word())) {
                return false; // "Mr Sans" after "Ana San" is a man of his own, not a family
            }
            String one = w.substring(0, w.length() - 1);
            return !surnameOwners(one).isEmpty() || w.endsWith("es") && !surnameOwners(one.substring(0, one.length() - 1)).isEmpty();
        }

        /**
         * "In Fisher, the court held": a lone unknown word opening a sentence after "In" and before a comma
         * names a court case or a place, not a person.
         */
        private boolean caseName(Span sp) {
            List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
            int i = sp.firstToken();
            return sp.words().size() == 1 && i == 1 && ts.get(0).word().equals("In") && i + 1 < ts.size()
                    && ",".equals(ts.get(i + 1).word()) && surnameOwners(sp.form()).isEmpty();
        }

        /**
         * "Boycott: Sir Elton John (pictured with his husband) spoke out against ...": a lone word opening a picture
         * caption before its colon is the caption's label, no person, unless it is the surname of one the article names.
         */
        private boolean captionLabel(Span sp) {
            List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
            int i = sp.firstToken();
            return sp.words().size() == 1 && i == 0 && i + 1 < ts.size() && ":".equals(ts.get(i + 1).word())
                    && ts.stream().anyMatch(t -> t.word().equalsIgnoreCase("pictured")) && surnameOwners(sp.form()).isEmpty();
        }

        /**
         * The one person with this surname named in full in this or the two sentences before {@code sp};
         * null when none or several are. Only for a bare surname: "Mr. Trump" after "Ivanka Trump" is not her.
         */
        private String recentOwner(Span sp, List<String> owners, Map<Span, String> resolved) {
            Set<String> recent = new HashSet<>();
            for (Map.Entry<Span, String> e : resolved.entrySet()) {
                Span other = e.getKey();
                if (owners.contains(e.getValue()) && other.begin() < sp.begin() && other.words().size() >= 2
                        && other.sentence() >= sp.sentence() - 2 && !other.form().equals(sp.form())
                        && endsIn(other, sp.form())) {
                    recent.add(e.getValue());
                }
            }
            return recent.size() == 1 ? recent.iterator().next() : null;
        }

        /**
         * When several namesakes were named in full in this or the two sentences before {@code sp}, the one
         * named first in the latest such sentence, the topic there: "Pat Smith, whose son, Sean Smith, was
         * killed ... Smith was a speaker" is Pat Smith. Null when none was.
         */
        private String firstOfLatest(Span sp, List<String> owners, Map<Span, String> resolved) {
            Span best = null;
            for (Map.Entry<Span, String> e : resolved.entrySet()) {
                Span other = e.getKey();
                if (owners.contains(e.getValue()) && other.begin() < sp.begin() && other.sentence() >= sp.sentence() - 2
                        && other.words().size() >= 2 && endsIn(other, sp.form()) && (best == null || other.sentence() > best.sentence()
                        || other.sentence() == best.sentence() && other.begin() < best.begin())) {
                    best = other;
                }
            }
            return best == null ? null : resolved.get(best);
        }

        /**
         * The sex a pronoun of its own sentence shows of a bare surname whose namesakes are of both sexes: a possessive
         * before it with no name or quotation mark before it ("For her part, Clinton was measured"), else the first
         * he, she, possessive or reflexive after it ("Clinton said she would", "Clinton thanked her supporters"), before
         * any other name, quotation mark, relative pronoun or noun of one sex ("Clinton met a woman who said she"), and
         * only when no name before it in the sentence may be of that sex ("Broaddrick claimed Clinton had raped her").
         * Never an object pronoun: in its clause it is someone else ("Clinton, without naming him, accused Sanders").
         * UNKNOWN when none.
         */
        private Gender pronounSex(Span sp) {
            List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
            List<Span> before = spans.stream().filter(o -> o != sp && o.sentence() == sp.sentence() && o.begin() < sp.begin())
                    .toList();
            for (Token t : ts) {
                if (t.begin() >= sp.begin() || !before.isEmpty() || NameSpans.QUOTE_MARKS.contains(t.word())) {
                    break;
                }
                Gender g = t.pos().equals("PRP$") ? sexOfPronoun(t.word()) : Gender.UNKNOWN;
                if (g != Gender.UNKNOWN) {
                    return g;
                }
            }
            for (Token t : ts) {
                if (t.begin() < sp.end()) {
                    continue;
                }
                String w = t.word().toLowerCase(Locale.ROOT);
                boolean otherName = spans.stream().anyMatch(o -> o != sp && o.sentence() == sp.sentence() && o.begin() == t.begin());
                if (otherName || NameSpans.QUOTE_MARKS.contains(w) || w.equals("who") || w.equals("whom")
                        || w.equals("whose") || TitleReader.genderOf(w) != '?'
                        || TitleReader.genderOf(w.replaceAll("s$", "")) != '?') {
                    return Gender.UNKNOWN;
                }
                boolean object = w.equals("him") || w.equals("her") && !t.pos().equals("PRP$");
                Gender g = object ? Gender.UNKNOWN : sexOfPronoun(w);
                if (g != Gender.UNKNOWN) {
                    Gender shown = g;
                    return before.stream().anyMatch(o -> sexOfSpan(o) != (shown == Gender.MALE ? Gender.FEMALE : Gender.MALE))
                            ? Gender.UNKNOWN : g;
                }
            }
            return Gender.UNKNOWN;
        }

        /** A span's sex by its honorific, else by its given name. */
        private static Gender sexOfSpan(Span o) {
            return o.gender() != Gender.UNKNOWN ? o.gender() : LEX.sexOfGivenName(o.words().get(0));
        }

        private static Gender sexOfPronoun(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "he", "his", "him", "himself" -> Gender.MALE;
                case "she", "her", "herself" -> Gender.FEMALE;
                default -> Gender.UNKNOWN;
            };
        }

        private String resolveSingle(Span sp, Map<Span, String> resolved) {
            String word = sp.form();
            List<String> namesakes = surnameOwners(word);
            List<String> owners = ofGender(knownBefore(sp, namesakes, resolved), sp.gender()); // "Mrs Clinton": not Bill
            if (owners.isEmpty()) {
                owners = ofGender(namesakes, sp.gender()); // "Mrs Carr" after her husband, before her own name
            }
            if (owners.size() > 1 && owners.stream().allMatch(o -> firstNamed(o, resolved) > sp.begin())) {
                // "The party of Bush yields ... After Jeb Bush's exit": a surname before any of its namesakes is named in
                // full is of the sex the article's "Mr."/"Mrs." give that surname ("Obama Sees 'Personal Insult'" where
                // every later one is "Mr. Obama"), then the one the article names first, not the one it names most
                Set<Gender> titled = spans.stream().filter(o -> o.words().size() == 1 && o.gender() != Gender.UNKNOWN
                        && lower(o.form()).equals(lower(word))).map(Span::gender).collect(java.util.stream.Collectors.toSet());
                List<String> ofTitled = titled.size() == 1 ? ofGender(owners, titled.iterator().next()) : List.of();
                List<String> candidates = ofTitled.isEmpty() ? owners : ofTitled;
                owners = List.of(candidates.stream().min(java.util.Comparator.comparingInt(o -> firstNamed(o, resolved)))
                        .orElseThrow());
            }
            Set<Gender> sexes = owners.stream().map(this::genderOf).collect(java.util.stream.Collectors.toSet());
            if (sp.gender() == Gender.UNKNOWN && sexes.contains(Gender.MALE) && sexes.contains(Gender.FEMALE)) {
                Gender shown = pronounSex(sp); // "For her part, Clinton was measured": not Bill
                if (shown != Gender.UNKNOWN) {
                    Gender other = shown == Gender.MALE ? Gender.FEMALE : Gender.MALE;
                    owners = owners.stream().filter(o -> genderOf(o) != other).toList();
                }
            }
            String other = owners.size() > 1 ? namesakeOfTheOneNamedBeside(sp, owners, resolved) : null;
            if (other != null) {
                return other; // "'...,' Clinton declared of Hillary Clinton": not the one the sentence names in full
            }
            String rank = rankBefore(sp);
            if (owners.size() > 1 && rank != null) { // "President Bush": the namesake the article called President, else
                // the one the run's articles call (or called) so, else the one of them named in full just before ("Cllr
                // Tuohy" after "Sinn Féin councillor Pádraig Tuohy")
                List<String> ranked = ranked(owners, rank, resolved);
                if (ranked.isEmpty()) {
                    ranked = offices.everHeldBy(owners, TitleReader.title(rank)); // the one the run calls president
                }
                String recent = ranked.size() > 1 ? firstOfLatest(sp, ranked, resolved) : null;
                return ranked.size() == 1 ? ranked.get(0) : recent != null ? recent : NameShape.display(sp.words());
            }
            String described = owners.size() > 1 ? rankAfter(sp) : null;
            List<String> describedAs = described == null ? List.of() : ranked(owners, described, resolved);
            if (describedAs.size() == 1) {
                return describedAs.get(0); // "Whitfield, the commissioner, said"
            }
            String recent = owners.size() > 1 && sp.gender() == Gender.UNKNOWN ? recentOwner(sp, owners, resolved) : null;
            if (recent != null) {
                return recent; // "Bill Clinton ... Clinton said": the one just named
            }
            if (!owners.isEmpty()) {
                String best = owners.get(0);
                Map<String, Integer> bySurname = surnameCounts(word, resolved, sp.begin()); // "Dena Minning" is no "Grayson"
                for (String o : owners) {
                    int more = bySurname.getOrDefault(o, 0) - bySurname.getOrDefault(best, 0);
                    if (more > 0 || more == 0 && sp.gender() != Gender.UNKNOWN && relatives.contains(best)
                            && !relatives.contains(o)) { // "Mr. Khan" is not "her son, Humayun Khan" on a tie
                        best = o;
                    }
                }
                String topic = owners.size() > 1 && sp.gender() == Gender.UNKNOWN ? firstOfLatest(sp, owners, resolved) : null;
                if (topic != null && 2 * bySurname.getOrDefault(topic, 0) > bySurname.getOrDefault(best, 0)) {
                    return topic; // namesakes named about as often: the topic of the latest sentence naming one
                }
                return best;
            }
            List<String> given = new ArrayList<>();
            for (String c : forms.keySet()) {
                List<String> w = NameLexicon.words(c);
                if (w.size() >= 2 && lower(w.get(0)).equals(word)) {
                    given.add(c);
                }
            }
            if (given.size() == 1 && !sp.surnameOnly()) { // "Mr Howard" is a surname, never Howard Flight
                return given.get(0);
            }
            if (given.size() == 1 && NameLexicon.words(given.get(0)).size() == 2
                    && LEX.givenNameGender(word) == Gender.UNKNOWN && firstNamed(given.get(0), resolved) < sp.begin()) {
                return given.get(0); // "Gao Junlan ... Ms. Gao said", "Xi Jinping ... Mr. Xi": the family name first
            }
            if (given.isEmpty() && !sp.surnameOnly()) {
                // "Rebecca Mead ... Becca said": a short form of one given name, after the full name is first named
                for (String c : forms.keySet()) {
                    List<String> w = NameLexicon.words(c);
                    if (w.size() >= 2 && LEX.sameGivenName(lower(w.get(0)), word)) {
                        given.add(c);
                    }
                }
                if (given.size() == 1 && firstNamed(given.get(0), resolved) < firstAlone(word)) {
                    return given.get(0);
                }
            }
            for (String c : forms.keySet()) {
                if (lower(c).equals(word)) {
                    return c;
                }
            }
            String misspelt = withoutPrefix(word);
            return misspelt != null ? misspelt : NameShape.display(sp.words());
        }

        /** Where a person is first named in full ("Khizr" of "Khizr and Ghazala Khan" too; character offset), or MAX_VALUE. */
        private int firstNamed(String canonical, Map<Span, String> resolved) {
            int first = Integer.MAX_VALUE;
            for (Map.Entry<Span, String> e : resolved.entrySet()) {
                if (e.getValue().equals(canonical) && (e.getKey().words().size() >= 2 || coupled.contains(e.getKey()))) {
                    first = Math.min(first, e.getKey().begin());
                }
            }
            return first;
        }

        /** Where a one-word name (lower case) first stands alone (character offset). */
        private int firstAlone(String word) {
            int first = Integer.MAX_VALUE;
            for (Span other : spans) {
                if (other.words().size() == 1 && other.form().equals(word)) {
                    first = Math.min(first, other.begin());
                }
            }
            return first;
        }

        /** How often each person was named before {@code before} by a name ending in {@code word} (its other forms not counted). */
        private Map<String, Integer> surnameCounts(String word, Map<Span, String> resolved, int before) {
            Map<String, Integer> out = new HashMap<>();
            for (Map.Entry<Span, String> e : resolved.entrySet()) {
                if (e.getKey().begin() >= before) {
                    continue; // a reader knows only the names before: not "George W. Bush" named at the end of an article on Jeb
                }
                if (endsIn(e.getKey(), word) || coupled.contains(e.getKey())
                        && lower(e.getValue()).endsWith(" " + word)) {
                    out.merge(e.getValue(), 1, Integer::sum);
                }
            }
            return out;
        }

        /** Whether a name ends in the surname {@code word} (lower case; "kilroy-silk" for "Kilroy Silk" too). */
        private boolean endsIn(Span sp, String word) {
            List<String> w = sp.words();
            return lower(NameShape.surname(w)).equals(word)
                    || w.size() >= 2 && lower(w.get(w.size() - 2) + "-" + w.get(w.size() - 1)).equals(word);
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

        /**
         * The rank titles of the title phrase right before a full name: "president" of "Former President Bill Clinton",
         * "secretary" of "Secretary of State Hillary Clinton" (so that "Secretary Clinton" is she); up to four words
         * back, through "of", "the" and capitalised words.
         */
        private Set<String> ranksBefore(Span sp) {
            List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
            Set<String> out = new HashSet<>();
            for (int k = sp.firstToken() - 1; k >= Math.max(0, sp.firstToken() - 4); k--) {
                String w = ts.get(k).word();
                String r = rank(w);
                if (r != null) {
                    out.add(r);
                } else if (!(w.equals("of") || w.equals("the") || Character.isUpperCase(w.charAt(0)))) {
                    break; // "Secretary of State Hillary Clinton": "State" and "of" are part of the title
                }
            }
            return out;
        }

        /** The namesakes the article named in full with this rank before them ("Commissioner Dale Whitfield"). */
        private List<String> ranked(List<String> owners, String rank, Map<Span, String> resolved) {
            List<String> ranked = new ArrayList<>();
            for (Map.Entry<Span, String> e : resolved.entrySet()) {
                if (e.getKey().words().size() >= 2 && owners.contains(e.getValue())
                        && ranksBefore(e.getKey()).stream().map(TitleReader::title).anyMatch(TitleReader.title(rank)::equals)
                        && !ranked.contains(e.getValue())) {
                    ranked.add(e.getValue());
                }
            }
            return ranked;
        }

        /** The rank of an appositive right after a bare surname ("Whitfield, the commissioner, said"), else null. */
        private String rankAfter(Span sp) {
            List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
            int k = sp.firstToken();
            while (k < ts.size() && ts.get(k).begin() < sp.end()) {
                k++;
            }
            if (sp.words().size() != 1 || k + 3 >= ts.size() || !",".equals(ts.get(k).word())
                    || !"the".equalsIgnoreCase(ts.get(k + 1).word()) || !",".equals(ts.get(k + 3).word())) {
                return null;
            }
            return rank(ts.get(k + 2).word());
        }

        /** The rank title right before a name ("President", "Sen."; not an honorific such as "Mr"), lower case; else null. */
        private String rankBefore(Span sp) {
            List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
            if (sp.firstToken() == 0) {
                return null;
            }
            return rank(ts.get(sp.firstToken() - 1).word());
        }

        /** A title that is not an honorific, as a rank ("president" of "President", "sen" of "Sen."), else null. */
        private static String rank(String w) {
            return LEX.isTitle(w) && !LEX.isHonorific(w) ? lower(w).replace(".", "") : null;
        }

        /**
         * "Mr Cluskey" in an article about Len McCluskey: a surname that only misses the Mc, Mac or O' of the
         * one person with that surname, a common slip; null when none or several match.
         */
        private String withoutPrefix(String word) {
            Set<String> found = new LinkedHashSet<>();
            for (String c : forms.keySet()) {
                List<String> w = NameLexicon.words(c);
                String last = lower(NameShape.surname(w));
                for (String prefix : SURNAME_PREFIXES) {
                    if (w.size() >= 2 && last.equals(prefix + word)) {
                        found.add(c);
                    }
                }
            }
            return found.size() == 1 && word.length() >= 4 ? found.iterator().next() : null;
        }
    }

    // ---------------------------------------------------------------- API

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
