package org.newskg.extractor.persons;

import static org.newskg.extractor.persons.NameShape.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.parties.PartyGazetteer;
import org.newskg.extractor.persons.NameLexicon.Gender;

/**
 * Where one article names persons, before anyone is resolved: NER PERSON spans plus capitalised words after an
 * honorific that NER missed ("Mr Farage") and a given name, particle and surname as one name ("Marine Le Pen"),
 * each cleaned of titles, party words, possessives and an inverted "Said"; programmes, outlets, parties, court
 * cases and acronyms left out. A second pass adds the words of persons already found that NER did not tag
 * elsewhere. {@link PersonIndex} groups the spans into persons.
 */
final class NameSpans {

    private static final NameLexicon LEX = NameLexicon.DEFAULT;
    /** The possessive endings the tokenizer leaves as tokens of their own ("Holt" "'s", "Jones" "'"). */
    static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’", "s");
    /** Last words that make a PERSON-tagged span a programme or institution ("Andrew Marr Show"), never surnames. */
    private static final Set<String> NOT_NAME_ENDS = Set.of("show", "programme", "foundation", "institute", "center",
            "centre", "committee", "campaign", "party", "fund", "council", "university", "college", "school",
            "airport", "station", "prize", "award", "inc", "ltd", "plc");
    /** A capitalised "Said" opening an inverted attribution ("Said Ellis: ..."), which NER takes for a given name. */
    private static final Set<String> INVERTED_SAID = Set.of("Said", "Says");
    private static final Set<String> CASE_MARKERS = Set.of("v.", "v", "vs.", "case");

    private NameSpans() {
    }

    /** One cleaned name occurrence before resolution. */
    record Span(int begin, int end, int nameBegin, List<String> words, int sentence, int firstToken, Gender gender,
            boolean surnameOnly) {
        String form() {
            return lower(String.join(" ", words));
        }
    }

    /** Letters after a name for a seat, a rank at the bar or an honour, as written (upper case). */
    private static final Set<String> POST_NOMINALS = Set.of("QC", "KC", "MP", "MSP", "MEP", "AM", "MLA", "TD", "OBE", "MBE",
            "CBE", "KBE", "DBE", "JP");

    /** The name spans NER and the honorifics give, in text order. */
    static List<Span> spans(Doc doc) {
        List<Span> out = new ArrayList<>();
        Set<String> places = placesAndOrganisations(doc);
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
            for (int i = 1; i < ts.size(); i++) {
                if (name[i] && !name[i - 1] && (i + 1 == ts.size() || !name[i + 1]) && taggedNothing(ts.get(i - 1))
                        && LEX.givenNameGender(ts.get(i - 1).word()) != Gender.UNKNOWN
                        && !(i >= 2 && "IN".equals(ts.get(i - 2).pos())) && !MONTHS.contains(lower(ts.get(i - 1).word()))) {
                    // not "In May Minning lost the primary"
                    name[i - 1] = true; // "Caoimhe Tolan of the SDLP has led calls": NER tagged the surname alone
                }
            }
            for (int i = 1; i + 1 < ts.size(); i++) {
                if (!name[i] && !name[i + 1] && namedInRole(ts, i)) {
                    name[i] = name[i + 1] = true; // "MLA Jasmine Okafor-Leduc", "spokesman, Tadhg Verling,"
                    if (doubled(ts, i + 1)) {
                        name[i + 2] = true; // "Lib Dem Nick Clegg Clegg accused": the typo's second word too
                    }
                }
            }
            for (int i = 1; i + 1 < ts.size(); i++) {
                String w = ts.get(i).word();
                String prev = ts.get(i - 1).word();
                if ((w.length() > 1 || NameLexicon.isParticle(lower(w))) && Character.isUpperCase(w.charAt(0))
                        && NameLexicon.isNameWord(lower(w))
                        && !NameLexicon.isNameWord(lower(prev)) && ts.get(i - 1).pos().startsWith("NNP")
                        && LEX.givenNameGender(prev) != Gender.UNKNOWN && !LEX.isTitle(prev)
                        && ts.get(i + 1).pos().startsWith("NNP") && NameLexicon.isNameWord(ts.get(i + 1).word())
                        && !LEX.isTitle(ts.get(i + 1).word())) {
                    // "Marine Le Pen", "Frans Van Houten": a given name, a particle and a surname are one name,
                    // whatever NER made of them (a place, or a person "Le Pen" without her given name)
                    name[i - 1] = name[i] = name[i + 1] = true;
                } else if (NameLexicon.isParticle(w) && (name[i - 1] || LEX.givenNameGender(prev) != Gender.UNKNOWN)
                        && ts.get(i - 1).pos().startsWith("NNP") && ts.get(i + 1).pos().startsWith("NNP")
                        && Character.isUpperCase(ts.get(i + 1).word().charAt(0)) && !LEX.isTitle(ts.get(i + 1).word())) {
                    // "Gethin ap Rhys", "Osama bin Laden": a lower-case particle between a given name and a surname,
                    // when NER tagged the given name alone
                    name[i - 1] = name[i] = name[i + 1] = true;
                }
            }
            for (int i = 0; i + 3 < ts.size(); i++) {
                if (apostropheT(ts, i + 1) && CONTRACTED_PARTICLES.contains(lower(ts.get(i).word()))
                        && Character.isUpperCase(ts.get(i + 3).word().charAt(0))) {
                    // "Sophie in 't Veld", "In 't Veld said": the tokenizer splits "'t" in two; NER tags none or part
                    boolean given = i > 0
                            && (name[i - 1] || LEX.givenNameGender(ts.get(i - 1).word()) != Gender.UNKNOWN);
                    if (given || Character.isUpperCase(ts.get(i).word().charAt(0))) {
                        for (int k = given ? i - 1 : i; k <= i + 3; k++) {
                            name[k] = true;
                        }
                    }
                }
            }
            for (int i = 0; i < ts.size(); i++) {
                if (!name[i]) {
                    continue;
                }
                int j = nameEnd(name, i);
                int nick = nicknameEnd(ts, j);
                Span sp = clean(places, s, i, j);
                if (sp != null && modifierAfterDeterminer(ts, i, j) && !surnameStandsAlone(doc, sp)) {
                    i = j; // "the 18-hole Pellow Heath course": a name that modifies a noun after a determiner
                    continue;
                }
                Span surname = sp != null && sp.words().size() == 1 && nick > 0 ? clean(places, s, nick, nameEnd(name, nick)) : null;
                if (surname != null && surname.words().size() == 1) {
                    List<String> words = List.of(sp.words().get(0), surname.words().get(0));
                    out.add(new Span(sp.begin(), surname.end(), sp.nameBegin(), words, s.index(), sp.firstToken(), sp.gender(),
                            false)); // "Juan "Chico" Manriquez" is Juan Manriquez
                    i = nameEnd(name, nick);
                    continue;
                }
                if (sp != null) {
                    out.add(sp);
                }
                i = j;
            }
        }
        return out;
    }

    /** Dutch particles written before "'t" in a surname: "Sophie in 't Veld", "Jacobus van 't Hoff". */
    private static final Set<String> CONTRACTED_PARTICLES = Set.of("in", "van", "op");

    /** The apostrophes the tokenizer splits off the article "'t": straight, curly, backquoted. */
    private static final Set<String> APOSTROPHES = Set.of("'", "’", "`", "``");

    /** Whether tokens {@code k} and {@code k + 1} are the article "'t" the tokenizer split into "'" and "t". */
    private static boolean apostropheT(List<Token> ts, int k) {
        return k + 1 < ts.size() && APOSTROPHES.contains(ts.get(k).word()) && ts.get(k + 1).word().equals("t");
    }

    /** Quotation marks as the tokenizer leaves them, straight, curly and doubled. */
    static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "\u201c", "\u201d", "'", "`", "\u2018", "\u2019");

    /**
     * Where the surname starts after a nickname in quotation marks ("Juan "Chico" Manriquez"): right after the name
     * ending at {@code j}, a quotation mark, one or two capitalised words, a quotation mark and a capitalised word that
     * NER tagged a person; else -1.
     */
    private static int nicknameEnd(List<Token> ts, int j) {
        int k = j + 1;
        if (k >= ts.size() || !QUOTE_MARKS.contains(ts.get(k).word())) {
            return -1;
        }
        int close = k + 1;
        while (close < ts.size() && close <= k + 2 && !QUOTE_MARKS.contains(ts.get(close).word())
                && Character.isUpperCase(ts.get(close).word().charAt(0))) {
            close++;
        }
        if (close == k + 1 || close >= ts.size() || !QUOTE_MARKS.contains(ts.get(close).word()) || close + 1 >= ts.size()) {
            return -1;
        }
        Token surname = ts.get(close + 1);
        return "PERSON".equals(surname.ner()) && Character.isUpperCase(surname.word().charAt(0)) ? close + 1 : -1;
    }

    private static int nameEnd(boolean[] name, int from) {
        int j = from;
        while (j + 1 < name.length && name[j + 1]) {
            j++;
        }
        return j;
    }

    /** Titles that are also common surnames: "Mervyn King", "Mr King", "Erik Prince". */
    private static final Set<String> SURNAME_TITLES = Set.of("king", "prince");

    private static boolean surnameTitle(List<Token> ts, int k) {
        return SURNAME_TITLES.contains(lower(ts.get(k).word()));
    }

    /**
     * "the 18-hole Pellow Heath course", "a Glen Affric estate": words NER took for a name that stand between a
     * determiner (and at most one adjective or number) and a lower-case common noun they modify; not a person's mention
     * unless {@link #surnameStandsAlone} ("the Louis van Gaal era" beside "Van Gaal said").
     */
    private static boolean modifierAfterDeterminer(List<Token> ts, int from, int to) {
        if (to + 1 >= ts.size() || !Set.of("NN", "NNS").contains(ts.get(to + 1).pos())
                || !Character.isLowerCase(ts.get(to + 1).word().charAt(0))) {
            return false;
        }
        int d = from - 1;
        if (d >= 1 && (ts.get(d).pos().equals("JJ") || ts.get(d).pos().equals("CD"))) {
            d--;
        }
        return d >= 0 && Set.of("the", "a", "an").contains(lower(ts.get(d).word()));
    }

    /** A party letter and a place joined by a hyphen: "D-North" of "D-North Las Vegas", "R-Sparks". */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[DRI]-\\p{Lu}.*");

    /** Whether the last word of a name occurs in the article more often than the whole name: someone named alone. */
    private static boolean surnameStandsAlone(Doc doc, Span sp) {
        String last = NameShape.surname(sp.words());
        return occurrences(doc.text(), last) > occurrences(doc.text(), String.join(" ", sp.words()));
    }

    private static int occurrences(String text, String phrase) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(phrase)
                + "(?![\\p{L}\\p{N}])").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Span clean(Set<String> places, Sentence s, int from, int to) {
        List<Token> ts = s.tokens();
        int b = from;
        int e = to;
        Gender gender = Gender.UNKNOWN;
        for (int n = 2; n >= 1 && from > 0; n--) {
            if (from + n <= e + 1 && PartyGazetteer.DEFAULT.isPartyName(words(ts, from - 1, from + n))) {
                if (from + n > e) {
                    return null; // "Te Pāti Māori MP X": NER took the party's name, but its first word, for a person
                }
                b = from + n;
                break;
            }
        }
        b += placePrefix(places, ts, b, e);
        while (b <= e && (LEX.isTitle(ts.get(b).word()) || !NameLexicon.isNameWord(ts.get(b).word())
                || partyPrefix(ts, b, e) > 0)) {
            if (b == e && b > from && surnameTitle(ts, b) && LEX.isTitle(ts.get(b - 1).word())) {
                break; // "Mr King", "Rep. King": the surname, not a title
            }
            if (LEX.isHonorific(ts.get(b).word())) {
                gender = LEX.honorificGender(ts.get(b).word());
            }
            b += Math.max(1, partyPrefix(ts, b, e));
        }
        for (int k = b + 1; k < e; k++) {
            if ("of".equals(ts.get(k).word())) {
                e = k - 1; // "Poppy Llewellyn-Hart of the Greens", tagged a person as a whole: the name ends at "of"
                break;
            }
        }
        if (b < e && (b == 0 || !NameLexicon.isNameWord(ts.get(b - 1).word())) && INVERTED_SAID.contains(ts.get(b).word())
                && b + 1 < ts.size() && NameLexicon.isNameWord(ts.get(b + 1).word())) {
            b++; // "Said Ellis: ...": the verb of an inverted attribution, not the given name Said
        }
        for (int k = b + 1; k <= e; k++) {
            if (ts.get(k).word().equals("Says")) {
                e = k - 1; // "Trevor Noah Says", a headline's verb NER ran into the name
                break;
            }
        }
        while (e >= b && (POSSESSIVES.contains(lower(ts.get(e).word())) || !NameLexicon.isNameWord(ts.get(e).word()))) {
            e--;
        }
        int textEnd = e;
        boolean described = from > 0 && "DT".equals(ts.get(from - 1).pos()); // "The Glasgow Kelvin MP": a seat, no name
        if (!described && textEnd == to && to + 1 < ts.size() && POST_NOMINALS.contains(ts.get(to + 1).word())) {
            textEnd = to + 1; // "Ann Holt QC told the court", "QC" left out of the name by NER: the mention runs over it
        }
        while (e > b && !described && POST_NOMINALS.contains(ts.get(e).word())) {
            e--; // "Rosina Cottage QC", "Brian Monteith MSP": letters after the name, in the mention but not the name
        }
        if (b <= e && seat(ts, b)) {
            return null; // "the Tory MP for Sleaford and North Hykeham": a constituency
        }
        if (b > e || to + 1 < ts.size() && CASE_MARKERS.contains(lower(ts.get(e + 1).word()))) {
            return null; // "Fisher v. University of Texas", "the Fisher case": a court case
        }
        if (b == e && from >= 2 && to + 1 < ts.size() && Set.of("(", "-LRB-").contains(ts.get(from - 1).word())
                && Set.of(")", "-RRB-").contains(ts.get(to + 1).word()) && ts.get(from - 2).pos().startsWith("NNP")) {
            return null; // "Cllr Ann Holt (Pellow)": one word in brackets after a name is her ward or state
        }
        List<String> words = new ArrayList<>();
        for (int k = b; k <= e; k++) {
            if (k + 3 <= e && apostropheT(ts, k + 1) && CONTRACTED_PARTICLES.contains(lower(ts.get(k).word()))) {
                words.add(ts.get(k).word()); // "in 't": a particle and the article "'t", kept as written
                words.add("'t");
                k += 2;
                continue;
            }
            String w = ts.get(k).word().replaceAll("['’]s$", "");
            if (!NameLexicon.isNameWord(w) || LEX.isTitle(w) && k > b && !(k == e && surnameTitle(ts, k))) {
                return null; // "Dump the Trump", "Smith Mr Jones": not one name
            }
            if (!words.isEmpty() && lower(words.get(words.size() - 1)).equals(lower(w))) {
                continue; // a doubled word is a typo: "Ann Holt Holt" is Ann Holt
            }
            words.add(w);
        }
        if (words.size() == 1 && from > 0 && "the".equalsIgnoreCase(ts.get(from - 1).word()) && from == b) {
            return null; // "the Bill was aimed at the big machines": a word with the article, no one's name
        }
        if (PARTY_TAG.matcher(words.get(0)).matches()) {
            return null; // ", D-North Las Vegas,": a lawmaker's party and home town, no name
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
        // "In 't Veld sees parallels": a surname of several words, the Sophie in 't Veld named before
        boolean surnameOnly = words.size() >= 3 && CONTRACTED_PARTICLES.contains(lower(words.get(0)))
                && words.get(1).equals("'t");
        if (b > 0 && LEX.isHonorific(ts.get(b - 1).word())) {
            gender = LEX.honorificGender(ts.get(b - 1).word());
            begin = ts.get(b - 1).begin();
            surnameOnly = LEX.standsBeforeSurname(ts.get(b - 1).word());
        }
        return new Span(begin, ts.get(textEnd).end(), ts.get(b).begin(), words, s.index(), b, gender, surnameOnly);
    }

    /** Words between "for" and a seat's name: "MP for neighbouring Brockley Heath", "member for nearby Holt". */
    private static final Set<String> SEAT_ADJECTIVES = Set.of("neighbouring", "neighboring", "nearby", "adjacent",
            "adjoining", "marginal", "rural", "suburban");

    /** The words for one who holds a seat, before "for" and its name ("MP for Birmingham Yardley"). */
    private static final Set<String> SEAT_HOLDERS = Set.of("MP", "MPs", "MSP", "MS", "MEP", "AM", "MLA", "TD", "member",
            "Member", "candidate");

    /**
     * Whether the name at {@code b} is (part of) a seat: "MP for Sleaford and North Hykeham", "member for Islington
     * North" (back over capitalised words, "and" and "&" to "for" after a holder of seats; a comma ends the seat:
     * "the member for Henley, Boris Johnson,"; a known given name begins a name: "candidate for Scunthorpe Stephen
     * Howd").
     */
    private static boolean seat(List<Token> ts, int b) {
        if (LEX.givenNameGender(ts.get(b).word()) != Gender.UNKNOWN) {
            return false; // "the party's candidate for Scunthorpe Stephen Howd": a name after the seat
        }
        int k = b - 1;
        while (k >= 0 && (capitalised(ts.get(k)) || "and".equals(ts.get(k).word()) || "&".equals(ts.get(k).word()))) {
            k--;
        }
        if (k >= 2 && SEAT_ADJECTIVES.contains(ts.get(k).word())) {
            k--; // "the Conservative MP for neighbouring Brockley Heath"
        }
        return k >= 1 && "for".equals(ts.get(k).word()) && SEAT_HOLDERS.contains(ts.get(k - 1).word());
    }

    /** NER's tags for organisations and places: a run of tokens with one of them is one name. */
    private static final Set<String> PLACE_TAGS = Set.of("ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE");

    /** Every name the article's NER tags as an organisation or a place (lower case). */
    private static Set<String> placesAndOrganisations(Doc doc) {
        Set<String> out = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                int j = i;
                while (j < ts.size() && PLACE_TAGS.contains(ts.get(j).ner()) && ts.get(j).ner().equals(ts.get(i).ner())) {
                    j++;
                }
                if (j > i) {
                    out.add(lower(words(ts, i, j)));
                    i = j - 1;
                }
            }
        }
        return out;
    }

    /**
     * How many tokens from {@code b} form a name the article tags elsewhere as an organisation or a place, before a
     * known given name and at least one more word ("Aston Villa Tim Sherwood spoke exclusively ...": NER's one person
     * where a headline ran the club into its manager's name); 0 when none do.
     */
    private static int placePrefix(Set<String> places, List<Token> ts, int b, int e) {
        return prefix(b, e, n -> LEX.givenNameGender(ts.get(b + n).word()) != Gender.UNKNOWN
                && places.contains(lower(words(ts, b, b + n))));
    }

    /** The longest prefix of one or two tokens from {@code b} that {@code known} accepts, leaving two tokens of name. */
    private static int prefix(int b, int e, java.util.function.IntPredicate known) {
        for (int n = 2; n >= 1; n--) {
            if (b + n + 1 <= e && known.test(n)) {
                return n;
            }
        }
        return 0;
    }

    /** The words of tokens {@code from} (inclusive) to {@code to} (exclusive) as written, one space apart. */
    private static String words(List<Token> ts, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(ts.get(k).word());
        }
        return sb.toString();
    }

    /**
     * How many tokens from {@code b} form a party name that NER took into a person's span ("Lib Dem
     * Norman Baker"), leaving at least two tokens of name; 0 when none do.
     */
    private static int partyPrefix(List<Token> ts, int b, int e) {
        return prefix(b, e, n -> PartyGazetteer.DEFAULT.isPartyName(words(ts, b, b + n)));
    }

    /**
     * Surnames (and unique given names) of persons already found ({@code keys}, lower case) that NER did not tag
     * elsewhere ("Trump", "Sanders" in some contexts; "Singer", which the tagger took for a noun): proper nouns standing alone, not part of a longer name
     * such as "Fox News"; and a given name NER left out before "and" and a two-word name ("Khizr and Ghazala Khan").
     * Before such a surname, or a name a person is known by alone ({@code lone}), a known given name NER did not tag
     * makes the two one full name ("Labour's Grace Okafor"); before a name known alone, so does any capitalised word
     * opening an appositive ("her challenger, Cole Brandvold, said").
     */
    static List<Span> missedNames(Doc doc, List<Span> spans, Set<String> keys, Set<String> lone) {
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
        Set<String> located = located(doc);
        Set<String> places = placesAndOrganisations(doc);
        Set<String> surnames = new HashSet<>();
        for (Span sp : spans) {
            if (sp.words().size() >= 2) {
                surnames.add(lower(NameShape.surname(sp.words())));
            }
        }
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                String key = lower(t.word());
                boolean givenBefore = givenNameBefore(ts, i) || titledGivenName(ts, i)
                        || lone.contains(key) && apposedGivenName(ts, i)
                        || lone.contains(key) && i > 0 && unknownGivenName(doc, ts, i - 1, places);
                if ("LOCATION".equals(t.ner()) && !speaks(ts, i) && !doubleBarrelled(t.word())
                        && (located.contains(key) || !surnames.contains(key))
                        || !(t.pos().startsWith("NNP") || capitalisedNoun(ts, i) || capitalised(t) && speaks(ts, i)
                            || doubleBarrelled(t.word())) // "Hart-Davies was slammed", tagged a plural noun
                        || !(keys.contains(key) || lone.contains(key) && givenBefore) || covered.contains(t.begin())
                        || inSpan(spans, t.begin())) {
                    continue;
                }
                boolean after = i + 1 < ts.size() && isProperNoun(ts.get(i + 1));
                if (!after && givenBefore && !covered.contains(ts.get(i - 1).begin())
                        && !inSpan(spans, ts.get(i - 1).begin())) {
                    Token given = ts.get(i - 1); // "Labour's Grace Okafor", NER taking both words for an organisation
                    out.add(new Span(given.begin(), t.end(), given.begin(), List.of(given.word(), t.word()), s.index(), i - 1,
                            LEX.givenNameGender(given.word()), false));
                    continue;
                }
                boolean before = i > 0 && isProperNoun(ts.get(i - 1)) && !LEX.isTitle(ts.get(i - 1).word());
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

    /** Prepositions before a place: "in Vail", "to Jackson". */
    private static final Set<String> LOCATIVES = Set.of("in", "to", "from", "near", "into", "across", "outside",
            "throughout", "around", "via", "toward", "towards", "through");

    /**
     * The words the article uses as places (lower case): after a locative preposition ("in Vail") or before a comma
     * and another place ("Vail, Colorado"). A surname of a person named in full that NER took for a place is the
     * person unless the article also uses it so ("Vail, the attorney general, accused ..."); a party's letter and a
     * state after the comma ("Ostrander, D-Minn., said") are no place.
     */
    private static Set<String> located(Doc doc) {
        Set<String> out = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i + 1 < ts.size(); i++) {
                Token next = ts.get(i + 1);
                if (LOCATIVES.contains(lower(ts.get(i).word())) && capitalised(next)) {
                    out.add(lower(next.word()));
                }
                if (i + 2 < ts.size() && capitalised(ts.get(i)) && next.word().equals(",")
                        && PLACE_TAGS.contains(ts.get(i + 2).ner()) && !"ORGANIZATION".equals(ts.get(i + 2).ner())
                        && !PARTY_TAG.matcher(ts.get(i + 2).word()).matches()) { // not "Ostrander, D-Minn.,"
                    out.add(lower(ts.get(i).word()));
                }
            }
        }
        return out;
    }

    /**
     * "Mahmood hit back at Lennox-Hart": a double-barrelled surname, two capitalised halves joined by a hyphen, which
     * NER often takes for a place; of a person already named in full, it is that person.
     */
    private static boolean doubleBarrelled(String w) {
        int h = w.indexOf('-');
        return h > 0 && h + 1 < w.length() && w.indexOf('-', h + 1) < 0 && Character.isUpperCase(w.charAt(0))
                && Character.isUpperCase(w.charAt(h + 1)) && w.chars().filter(Character::isLowerCase).count() >= 4;
    }

    /**
     * A known given name, capitalised and not a title, right before a surname of a person already found, that NER
     * did not tag a person: "Labour's Grace Okafor" (both words taken for an organisation), "The Liberal Democrat MSP
     * Callum Dunlop" (title and name taken for one) are full names. Not a word NER tagged a place or a date, nor one
     * that follows another proper noun other than a title.
     */
    private static boolean givenNameBefore(List<Token> ts, int i) {
        if (i < 1) {
            return false;
        }
        Token g = ts.get(i - 1);
        String ner = g.ner();
        return (g.pos().startsWith("NNP") || g.pos().equals("NN")) && givenNameShaped(g)
                && LEX.givenNameGender(g.word()) != Gender.UNKNOWN
                && !("LOCATION".equals(ner) || "DATE".equals(ner) || "CITY".equals(ner) || "COUNTRY".equals(ner))
                && !(i >= 2 && isProperNoun(ts.get(i - 2)) && !LEX.isTitle(ts.get(i - 2).word()));
    }

    /**
     * "Port Delancey Centre MLA Jasmine Okafor-Leduc", "Labour’s housing spokesman, Tadhg Verling, struck", "while Lib
     * Dem Nick Clegg accused": a known given name and one more capitalised word, both tagged nothing (or, after a title
     * or a party's name, both tagged as one place or organisation with it), right after a title or a party's name or
     * between the commas of an appositive to a role word, are a person's full name. Not a month ("Senator May Holt" is
     * left to NER), a title, a party's name, nor a word followed by a third capitalised one other than the surname
     * written twice ("MP Grace Street Mission").
     */
    private static boolean namedInRole(List<Token> ts, int i) {
        Token given = ts.get(i);
        Token surname = ts.get(i + 1);
        String ner = ts.get(i - 1).ner(); // NER took the title and the name for one place: "Port Delancey Centre MLA ..."
        boolean tagged = "O".equals(given.ner()) || !"PERSON".equals(ner) && ner.equals(given.ner());
        if (!tagged || !"NNP".equals(given.pos()) || !givenNameShaped(given)
                || LEX.givenNameGender(given.word()) == Gender.UNKNOWN
                || MONTHS.contains(lower(given.word())) || !given.ner().equals(surname.ner()) || !"NNP".equals(surname.pos())
                || !givenNameShaped(surname) || PartyGazetteer.DEFAULT.isPartyName(surname.word())
                || i + 2 < ts.size() && capitalised(ts.get(i + 2)) && !doubled(ts, i + 1)) {
            return false;
        }
        String before = lower(ts.get(i - 1).word());
        boolean titled = LEX.isTitle(ts.get(i - 1).word()) || RoleWords.TITLE.words().contains(before)
                || PartyGazetteer.DEFAULT.isPartyName(ts.get(i - 1).word())
                || i >= 2 && PartyGazetteer.DEFAULT.isPartyName(ts.get(i - 2).word() + " " + ts.get(i - 1).word());
        boolean apposed = before.equals(",") && i >= 2 && RoleWords.any(lower(ts.get(i - 2).word()))
                && i + 2 < ts.size() && ts.get(i + 2).word().equals(",");
        return titled || apposed;
    }

    /** Whether the word after {@code i} repeats it ("Clegg Clegg"). */
    private static boolean doubled(List<Token> ts, int i) {
        return i + 1 < ts.size() && ts.get(i + 1).word().equals(ts.get(i).word());
    }

    /** Days, which open many sentences before a name: "Tuesday Brashaw said". */
    private static final Set<String> DAYS = WordLists.with(WordLists.WEEKDAYS, "today", "yesterday", "tonight");

    /**
     * "Clemency Brashaw is already on her second town": a capitalised word NER tagged nothing, right before the name of
     * a person the article knows by that one word only, that no list knows as a given name, is one when nothing else
     * could make it capitalised: the article never writes it in lower case, it opens the name (no proper noun other than
     * a title, no possessive or determiner before it), and it is no title, role, party, place, month or day. Not
     * "Team Trump" where Trump is Donald Trump.
     */
    private static boolean unknownGivenName(Doc doc, List<Token> ts, int g, Set<String> places) {
        Token t = ts.get(g);
        String w = lower(t.word());
        if (!"O".equals(t.ner()) || !(t.pos().startsWith("NNP") || t.pos().equals("NN")) || !givenNameShaped(t)
                || LEX.givenNameGender(t.word()) != Gender.UNKNOWN || w.length() < 3
                || MONTHS.contains(w) || DAYS.contains(w) || RoleWords.any(w) || places.contains(w)
                || PartyGazetteer.DEFAULT.isPartyName(t.word()) || INVERTED_SAID.contains(t.word())
                || g > 0 && isProperNoun(ts.get(g - 1)) && !LEX.isTitle(ts.get(g - 1).word())
                && !LEX.isHonorific(ts.get(g - 1).word())
                || g > 0 && (POSSESSIVES.contains(ts.get(g - 1).word()) || "DT".equals(ts.get(g - 1).pos()))) {
            return false; // not "Tarm's Carnegie Hall", "the Carnegie Hall"
        }
        return !java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w) + "\\b").matcher(doc.text()).find();
    }

    /** Months that are also given names: "May Minning" after "In" is a date and a surname. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** A proper noun NER tagged nothing, shaped like a given name: "Caoimhe" before a surname NER took alone. */
    private static boolean taggedNothing(Token g) {
        return "O".equals(g.ner()) && "NNP".equals(g.pos()) && givenNameShaped(g);
    }

    /** Whether a word may be a given name by its form: capitalised, not all capitals, no title or honorific. */
    private static boolean givenNameShaped(Token g) {
        return capitalised(g) && !NameShape.isAllCaps(g.word()) && !LEX.isTitle(g.word()) && !LEX.isHonorific(g.word());
    }

    /**
     * "Labour MSP Morven Baillie accused": a capitalised word between a title and the surname of a person already
     * found is that person's given name, whatever NER made of it (here a place) and whether or not the given-name list
     * knows it. Not a title, an honorific, a party's name or a date.
     */
    private static boolean titledGivenName(List<Token> ts, int i) {
        if (i < 2) {
            return false;
        }
        Token g = ts.get(i - 1);
        return g.pos().startsWith("NNP") && givenNameShaped(g) && LEX.isTitle(ts.get(i - 2).word())
                && !"DATE".equals(g.ner()) && !PartyGazetteer.DEFAULT.isPartyName(g.word());
    }

    /**
     * "her Republican challenger, Cole Brandvold, traded attacks", "Wales's first minister, Eluned Prys-Hughes, was
     * accused": a capitalised word between a comma and the name of a person the article names elsewhere by that one
     * word only (never "Goldman Sachs" beside a Jeffrey Sachs), the two closing an appositive (a comma or a full stop
     * after), that NER tagged nothing or took with the name for an organisation, is a given name the given-name list
     * does not know. Not a title, an honorific or a party's name.
     */
    private static boolean apposedGivenName(List<Token> ts, int i) {
        if (i < 2 || i + 1 >= ts.size()) {
            return false;
        }
        Token g = ts.get(i - 1);
        String close = ts.get(i + 1).word();
        String ner = g.ner();
        return ts.get(i - 2).word().equals(",") && (close.equals(",") || close.equals("."))
                && g.pos().equals("NNP") && givenNameShaped(g)
                && ("O".equals(ner) || "ORGANIZATION".equals(ner)) && ner.equals(ts.get(i).ner())
                && !PartyGazetteer.DEFAULT.isPartyName(g.word());
    }

    /**
     * Lemmas of verbs of saying: a place does not say, nor does an adjective ("‘...,’ Hillburn said", NER taking the
     * surname for a place; "Strong said", "French told" after "Maggie Strong", "Dawn French").
     */
    private static final Set<String> SAYING = Set.of("say", "tell", "add", "write", "tweet", "explain", "insist", "recall");

    private static boolean speaks(List<Token> ts, int i) {
        return i + 1 < ts.size() && SAYING.contains(ts.get(i + 1).lemma()) && ts.get(i + 1).pos().startsWith("VB");
    }

    /**
     * "she criticized Singer" after "Paul Singer": a surname that is also a common noun, capitalised inside a sentence,
     * which the tagger took for a noun (not at a sentence's or a quotation's start, not a date).
     */
    private static boolean capitalisedNoun(List<Token> ts, int i) {
        Token t = ts.get(i);
        return i > 0 && t.pos().startsWith("NN") && Character.isUpperCase(t.word().charAt(0)) && "O".equals(t.ner())
                && !SENTENCE_OPENERS.contains(ts.get(i - 1).word()) && !capitalised(ts.get(i - 1))
                && (i + 1 == ts.size() || !capitalised(ts.get(i + 1))); // "Latino Decisions researcher": a longer name
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.word().charAt(0));
    }

    private static final Set<String> SENTENCE_OPENERS = Set.of("\"", "\u201c", "'", "\u2018", "``", "`", "(", ":", "-",
            "--", "\u2013", "\u2014", "-LRB-");

    /**
     * Whether "A and B Surname" names two persons of that surname: A is a known given name (not tagged a place),
     * or the article speaks of the family ("the Khans", "the Khan family"; NER often takes a rare given name
     * for a place).
     */
    static boolean coupleCue(Doc doc, Token given, String surname) {
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
}
