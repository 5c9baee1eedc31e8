package org.newskg.extractor.persons;

import static org.newskg.extractor.persons.NameShape.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.persons.NameLexicon.Gender;
import org.newskg.extractor.persons.NameSpans.Span;

/**
 * Whom a one-word name stands for when {@link MentionResolver} has grouped the full names: the persons with that
 * surname (its namesakes), narrowed by the honorific's sex, by who was named before, by a pronoun of the sentence,
 * by a rank ({@link Ranks}) and by how often and how lately each was named; else the only person with that given
 * name, else a person of its own ("Mr Cluskey" for Len McCluskey too). It reads the resolver's state as the
 * resolver fills it: the same maps and sets, not copies.
 */
final class Namesakes {

    private static final NameLexicon LEX = NameLexicon.DEFAULT;
    /** Prefixes of surnames that a text sometimes drops by mistake ("Cluskey" for "McCluskey"). */
    private static final List<String> SURNAME_PREFIXES = List.of("mc", "mac", "o'", "o’");

    private final Doc doc;
    private final List<Span> spans;
    /** The run's office holders, for a ranked surname of namesakes the article ranks none of ("President Bush"). */
    private final Offices offices;
    private final Ranks ranks;
    /** The resolver's canonical name -> its full forms (lower case). */
    private final Map<String, Set<String>> forms;
    /** The resolver's sex a full name's own mention shows, when its given name does not. */
    private final Map<String, Gender> sexOfFullName;
    /** The resolver's full names introduced by a kinship word ("his son Thomas Reid"). */
    private final Set<String> relatives;
    /** The resolver's given names that took the surname of the name after "and" ("Khizr" of "Khizr and Ghazala Khan"). */
    private final Set<Span> coupled;

    Namesakes(Doc doc, List<Span> spans, Offices offices, Map<String, Set<String>> forms,
            Map<String, Gender> sexOfFullName, Set<String> relatives, Set<Span> coupled) {
        this.doc = doc;
        this.spans = spans;
        this.offices = offices;
        this.ranks = new Ranks(doc);
        this.forms = forms;
        this.sexOfFullName = sexOfFullName;
        this.relatives = relatives;
        this.coupled = coupled;
    }

    List<String> surnameOwners(String word) {
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
    Gender genderOf(String canonical) {
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

    String resolveSingle(Span sp, Map<Span, String> resolved) {
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
        String rank = ranks.rankBefore(sp);
        if (owners.size() > 1 && rank != null) { // "President Bush": the namesake the article called President, else
            // the one the run's articles call (or called) so, else the one of them named in full just before ("Cllr
            // Tuohy" after "Sinn Féin councillor Pádraig Tuohy")
            List<String> ranked = ranks.ranked(owners, rank, resolved);
            if (ranked.isEmpty()) {
                ranked = offices.everHeldBy(owners, TitleReader.title(rank)); // the one the run calls president
            }
            String recent = ranked.size() > 1 ? firstOfLatest(sp, ranked, resolved) : null;
            return ranked.size() == 1 ? ranked.get(0) : recent != null ? recent : NameShape.display(sp.words());
        }
        String described = owners.size() > 1 ? ranks.rankAfter(sp) : null;
        List<String> describedAs = described == null ? List.of() : ranks.ranked(owners, described, resolved);
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
