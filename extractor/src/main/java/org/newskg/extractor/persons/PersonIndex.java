package org.newskg.extractor.persons;

import static org.newskg.extractor.persons.NameShape.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

/**
 * The persons of one article: every name mention, each resolved to the fullest form of that name in
 * the article ("Mr Livingstone", "Livingstone", "Ken Livingstone's" -> "Ken Livingstone"), honorifics
 * and titles dropped, outlets that NER mistakes for persons left out. Pronouns and roles are resolved by
 * its {@link Discourse}; definite descriptions ("the Labour peer") here, to the person just named.
 *
 * <p>Names come from NER PERSON spans plus capitalised words after an honorific that NER missed.
 * Full names (two words or more) define the persons; a surname alone resolves to the most mentioned
 * person with that surname, a given name alone to the only person with that given name, and a given
 * name after a kinship word ("his brother David", "Clinton's husband, Bill") takes the relative's surname.
 * Whether two written names can be one person is {@link NameShape}'s to say; what a kinship word before a name
 * says, {@link Kinship}'s.
 */
public final class PersonIndex {

    private static final NameLexicon LEX = NameLexicon.DEFAULT;
    /** The possessive endings the tokenizer leaves as tokens of their own ("Holt" "'s", "Jones" "'"). */
    static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’", "s");
    /** Last words that make a PERSON-tagged span a programme or institution ("Andrew Marr Show"), never surnames. */
    private static final Set<String> NOT_NAME_ENDS = Set.of("show", "programme", "foundation", "institute", "center",
            "centre", "committee", "campaign", "party", "fund", "council", "university", "college", "school",
            "airport", "station", "prize", "award", "inc", "ltd", "plc");
    /** Prefixes of surnames that a text sometimes drops by mistake ("Cluskey" for "McCluskey"). */
    private static final List<String> SURNAME_PREFIXES = List.of("mc", "mac", "o'", "o’");
    /** A capitalised "Said" opening an inverted attribution ("Said Ellis: ..."), which NER takes for a given name. */
    private static final Set<String> INVERTED_SAID = Set.of("Said", "Says");
    private static final Set<String> CASE_MARKERS = Set.of("v.", "v", "vs.", "case");

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
                sn.computeIfAbsent(lower(w.get(w.size() - 1)), k -> new ArrayList<>()).add(c);
                gn.computeIfAbsent(lower(w.get(0)), k -> new ArrayList<>()).add(c);
            }
        }
        this.bySurname = sn;
        this.byGivenName = gn;
    }

    /** Finds and resolves the person mentions of {@code doc}. */
    public static PersonIndex of(Doc doc) {
        PersonIndex persons = resolved(doc);
        persons.discourse = new Discourse(doc, persons);
        return persons;
    }

    private static PersonIndex resolved(Doc doc) {
        List<Span> spans = spans(doc);
        PersonIndex first = new Resolver(doc, spans).resolve();
        List<Span> more = missedNames(doc, spans, first);
        if (more.isEmpty()) {
            return first;
        }
        List<Span> all = new ArrayList<>(spans);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(Span::begin));
        return new Resolver(doc, all).resolve();
    }

    /** Who each sentence is about and who its pronouns refer to: the one resolver every predicate uses. */
    public Discourse discourse() {
        return discourse;
    }

    /**
     * Surnames (and unique given names) of persons already found that NER did not tag elsewhere
     * ("Trump", "Sanders" in some contexts): proper nouns standing alone, not part of a longer name
     * such as "Fox News".
     */
    private static List<Span> missedNames(Doc doc, List<Span> spans, PersonIndex first) {
        Set<String> keys = new HashSet<>(first.bySurname.keySet());
        for (Map.Entry<String, List<String>> e : first.byGivenName.entrySet()) {
            if (e.getValue().size() == 1) {
                keys.add(e.getKey());
            }
        }
        Set<Integer> covered = new HashSet<>();
        for (Span sp : spans) {
            covered.add(sp.nameBegin());
            covered.add(sp.begin());
        }
        List<Span> out = new ArrayList<>();
        for (Span sp : spans) { // "Khizr and Ghazala Khan": the given name NER left out
            List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
            int j = sp.firstToken();
            if (sp.words().size() == 2 && j >= 2 && "and".equals(ts.get(j - 1).word()) && isProperNoun(ts.get(j - 2))
                    && !LEX.isTitle(ts.get(j - 2).word())
                    && !covered.contains(ts.get(j - 2).begin()) && !inSpan(spans, ts.get(j - 2).begin())
                    && (j < 3 || !isProperNoun(ts.get(j - 3)) && !LEX.isTitle(ts.get(j - 3).word()))
                    && coupleCue(doc, ts.get(j - 2), sp.words().get(1))) {
                Token t = ts.get(j - 2);
                out.add(new Span(t.begin(), t.end(), t.begin(), List.of(t.word()), sp.sentence(), j - 2, Gender.UNKNOWN, false));
                covered.add(t.begin());
            }
        }
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if ("LOCATION".equals(t.ner()) || !t.pos().startsWith("NNP")
                        || !keys.contains(lower(t.word())) || covered.contains(t.begin())
                        || inSpan(spans, t.begin())) {
                    continue;
                }
                boolean before = i > 0 && isProperNoun(ts.get(i - 1)) && !LEX.isTitle(ts.get(i - 1).word());
                boolean after = i + 1 < ts.size() && isProperNoun(ts.get(i + 1));
                if (before || after) {
                    continue;
                }
                Gender g = Gender.UNKNOWN;
                int begin = t.begin();
                boolean surnameOnly = false;
                if (i > 0 && LEX.isHonorific(ts.get(i - 1).word())) {
                    g = LEX.honorificGender(ts.get(i - 1).word());
                    begin = ts.get(i - 1).begin();
                    surnameOnly = LEX.standsBeforeSurname(ts.get(i - 1).word());
                }
                out.add(new Span(begin, t.end(), t.begin(), List.of(t.word()), s.index(), i, g, surnameOnly));
            }
        }
        return out;
    }

    /**
     * Whether "A and B Surname" names two persons of that surname: A is a known given name (not tagged a place),
     * or the article speaks of the family ("the Khans", "the Khan family"; NER often takes a rare given name
     * for a place).
     */
    private static boolean coupleCue(Doc doc, Token given, String surname) {
        String q = java.util.regex.Pattern.quote(surname);
        boolean family = java.util.regex.Pattern.compile("\\b" + q + "(?:s\\b| family\\b)").matcher(doc.text()).find();
        return family || !"LOCATION".equals(given.ner()) && LEX.givenNameGender(given.word()) != Gender.UNKNOWN;
    }

    private static boolean isProperNoun(Token t) {
        return t.pos().startsWith("NNP") && NameLexicon.isNameWord(t.word());
    }

    private static boolean inSpan(List<Span> spans, int offset) {
        for (Span sp : spans) {
            if (sp.begin() <= offset && offset < sp.end()) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- spans

    /** One cleaned name occurrence before resolution. */
    record Span(int begin, int end, int nameBegin, List<String> words, int sentence, int firstToken, Gender gender,
            boolean surnameOnly) {
        String form() {
            return lower(String.join(" ", words));
        }
    }

    private static List<Span> spans(Doc doc) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            boolean[] name = new boolean[ts.size()];
            for (int i = 0; i < ts.size(); i++) {
                if ("PERSON".equals(ts.get(i).ner())) {
                    name[i] = true;
                } else if (i > 0 && LEX.isHonorific(ts.get(i - 1).word()) && NameLexicon.isNameWord(ts.get(i).word())
                        && !LEX.isTitle(ts.get(i).word()) && ts.get(i).pos().startsWith("NNP")) {
                    // "Mr Farage" where NER missed the name: up to three capitalised words
                    for (int j = i; j < Math.min(ts.size(), i + 3) && NameLexicon.isNameWord(ts.get(j).word())
                            && ts.get(j).pos().startsWith("NNP"); j++) {
                        name[j] = true;
                    }
                }
            }
            for (int i = 1; i + 1 < ts.size(); i++) {
                String w = ts.get(i).word();
                String prev = ts.get(i - 1).word();
                if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && NameLexicon.isNameWord(lower(w))
                        && !NameLexicon.isNameWord(lower(prev)) && ts.get(i - 1).pos().startsWith("NNP")
                        && LEX.givenNameGender(prev) != Gender.UNKNOWN && !LEX.isTitle(prev)
                        && ts.get(i + 1).pos().startsWith("NNP") && NameLexicon.isNameWord(ts.get(i + 1).word())
                        && !LEX.isTitle(ts.get(i + 1).word())) {
                    // "Marine Le Pen", "Frans Van Houten": a given name, a particle and a surname are one name,
                    // whatever NER made of them (a place, or a person "Le Pen" without her given name)
                    name[i - 1] = name[i] = name[i + 1] = true;
                }
            }
            for (int i = 0; i < ts.size(); i++) {
                if (!name[i]) {
                    continue;
                }
                int j = i;
                while (j + 1 < ts.size() && name[j + 1]) {
                    j++;
                }
                Span sp = clean(doc, s, i, j);
                if (sp != null) {
                    out.add(sp);
                }
                i = j;
            }
        }
        return out;
    }

    private static Span clean(Doc doc, Sentence s, int from, int to) {
        List<Token> ts = s.tokens();
        int b = from;
        int e = to;
        Gender gender = Gender.UNKNOWN;
        while (b <= e && (LEX.isTitle(ts.get(b).word()) || !NameLexicon.isNameWord(ts.get(b).word())
                || partyPrefix(ts, b, e) > 0)) {
            if (LEX.isHonorific(ts.get(b).word())) {
                gender = LEX.honorificGender(ts.get(b).word());
            }
            b += Math.max(1, partyPrefix(ts, b, e));
        }
        if (b < e && (b == 0 || !NameLexicon.isNameWord(ts.get(b - 1).word())) && INVERTED_SAID.contains(ts.get(b).word())
                && b + 1 < ts.size() && NameLexicon.isNameWord(ts.get(b + 1).word())) {
            b++; // "Said Ellis: ...": the verb of an inverted attribution, not the given name Said
        }
        while (e >= b && (POSSESSIVES.contains(lower(ts.get(e).word())) || !NameLexicon.isNameWord(ts.get(e).word()))) {
            e--;
        }
        if (b > e || to + 1 < ts.size() && CASE_MARKERS.contains(lower(ts.get(e + 1).word()))) {
            return null; // "Fisher v. University of Texas", "the Fisher case": a court case
        }
        List<String> words = new ArrayList<>();
        for (int k = b; k <= e; k++) {
            String w = ts.get(k).word().replaceAll("['’]s$", "");
            if (!NameLexicon.isNameWord(w) || LEX.isTitle(w) && k > b) {
                return null; // "Dump the Trump", "Smith Mr Jones": not one name
            }
            if (!words.isEmpty() && lower(words.get(words.size() - 1)).equals(lower(w))) {
                continue; // a doubled word is a typo: "Ann Holt Holt" is Ann Holt
            }
            words.add(w);
        }
        String text = String.join(" ", words);
        if (LEX.isNotPerson(text) || PartyGazetteer.DEFAULT.isPartyName(text)
                || NOT_NAME_ENDS.contains(lower(words.get(words.size() - 1)))
                || text.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        if (words.size() == 1 && NameShape.isAllCaps(text) && text.length() <= 4) {
            return null; // acronyms: "SNP", "BBC"
        }
        int begin = ts.get(b).begin();
        boolean surnameOnly = false;
        if (b > 0 && LEX.isHonorific(ts.get(b - 1).word())) {
            gender = LEX.honorificGender(ts.get(b - 1).word());
            begin = ts.get(b - 1).begin();
            surnameOnly = LEX.standsBeforeSurname(ts.get(b - 1).word());
        }
        return new Span(begin, ts.get(e).end(), ts.get(b).begin(), words, s.index(), b, gender, surnameOnly);
    }

    /**
     * How many tokens from {@code b} form a party name that NER took into a person's span ("Lib Dem
     * Norman Baker"), leaving at least two tokens of name; 0 when none do.
     */
    private static int partyPrefix(List<Token> ts, int b, int e) {
        for (int n = 2; n >= 1; n--) {
            if (b + n + 1 <= e) {
                StringBuilder sb = new StringBuilder();
                for (int k = b; k < b + n; k++) {
                    sb.append(k > b ? " " : "").append(ts.get(k).word());
                }
                if (PartyGazetteer.DEFAULT.isPartyName(sb.toString())) {
                    return n;
                }
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- resolution

    /** Groups spans into persons and picks each person's canonical name. */
    private static final class Resolver {
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

        Resolver(Doc doc, List<Span> spans) {
            this.doc = doc;
            this.spans = spans;
            this.kinship = new Kinship(doc, spans);
        }

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
                String c = findCompatible(sp.words(), !kin);
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
            List<PersonMention> out = new ArrayList<>();
            for (Span sp : spans) {
                String c = resolved.get(sp);
                if (c == null && (caseName(sp) || familyPlural(sp))) {
                    continue;
                }
                if (c == null) {
                    c = resolveSingle(sp, resolved);
                    resolved.put(sp, c);
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
                    Gender g = LEX.givenNameGender(w.get(0));
                    if (g == Gender.UNKNOWN) {
                        g = sexOfFullName.getOrDefault(c, Gender.UNKNOWN);
                    }
                    if (g != Gender.UNKNOWN) {
                        genders.put(c, g);
                    }
                }
            }
            Set<String> titled = new HashSet<>();
            for (Span sp : spans) {
                List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
                if (sp.firstToken() > 0 && LEX.isTitle(ts.get(sp.firstToken() - 1).word())) {
                    titled.add(resolved.get(sp));
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

        private List<String> surnameOwners(String word) {
            List<String> out = new ArrayList<>();
            for (String c : forms.keySet()) {
                List<String> w = NameLexicon.words(c);
                boolean doubleBarrelled = w.size() >= 3
                        && lower(w.get(w.size() - 2) + "-" + w.get(w.size() - 1)).equals(word);
                if (w.size() >= 2 && lower(w.get(w.size() - 1)).equals(word) || doubleBarrelled) {
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
            for (String o : owners) {
                Gender g = LEX.givenNameGender(NameLexicon.words(o).get(0));
                if (g == Gender.UNKNOWN) {
                    g = sexOfFullName.getOrDefault(o, Gender.UNKNOWN); // "his wife Ann Holt", "Mrs Ann Holt"
                }
                if (g == Gender.UNKNOWN || g == gender) {
                    fit.add(o);
                }
            }
            return fit.isEmpty() && owners.size() > 1 ? owners : fit;
        }

        /** "The Clintons", "the Obamas": a family named by the plural of a surname the article gives a person. */
        private boolean familyPlural(Span sp) {
            String w = sp.form();
            if (sp.words().size() != 1 || !w.endsWith("s") || !surnameOwners(w).isEmpty()) {
                return false;
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

        private String resolveSingle(Span sp, Map<Span, String> resolved) {
            String word = sp.form();
            List<String> owners = ofGender(surnameOwners(word), sp.gender()); // "Mrs Clinton": not Bill
            String rank = rankBefore(sp);
            if (owners.size() > 1 && rank != null) { // "President Bush": the namesake the article called President
                List<String> ranked = new ArrayList<>();
                for (Map.Entry<Span, String> e : resolved.entrySet()) {
                    if (e.getKey().words().size() >= 2 && owners.contains(e.getValue())
                            && rank.equals(rankBefore(e.getKey())) && !ranked.contains(e.getValue())) {
                        ranked.add(e.getValue());
                    }
                }
                return ranked.size() == 1 ? ranked.get(0) : NameShape.display(sp.words());
            }
            if (owners.size() > 1 && sp.gender() == Gender.UNKNOWN && recentOwner(sp, owners, resolved) != null) {
                return recentOwner(sp, owners, resolved); // "Bill Clinton ... Clinton said": the one just named
            }
            if (!owners.isEmpty()) {
                String best = owners.get(0);
                Map<String, Integer> bySurname = surnameCounts(word, resolved); // "Dena Minning" is no "Grayson"
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
            for (String c : forms.keySet()) {
                if (lower(c).equals(word)) {
                    return c;
                }
            }
            String misspelt = withoutPrefix(word);
            return misspelt != null ? misspelt : NameShape.display(sp.words());
        }

        /** How often each person was named by a name ending in {@code word} (its other forms not counted). */
        private Map<String, Integer> surnameCounts(String word, Map<Span, String> resolved) {
            Map<String, Integer> out = new HashMap<>();
            for (Map.Entry<Span, String> e : resolved.entrySet()) {
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
            return lower(w.get(w.size() - 1)).equals(word)
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
                    return coupleCue(doc, ts.get(sp.firstToken()), other.words().get(1)) ? other : null;
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

        /** The rank title right before a name ("President", "Sen."; not an honorific such as "Mr"), lower case; else null. */
        private String rankBefore(Span sp) {
            List<Token> ts = doc.sentences().get(sp.sentence()).tokens();
            if (sp.firstToken() == 0) {
                return null;
            }
            String w = ts.get(sp.firstToken() - 1).word();
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
                String last = lower(w.get(w.size() - 1));
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
        for (String cand : bySurname.getOrDefault(lower(words.get(words.size() - 1)), List.of())) {
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
