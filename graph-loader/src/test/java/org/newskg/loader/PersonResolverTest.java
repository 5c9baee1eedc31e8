package org.newskg.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.model.Names;

/** The cross-article resolution of persons as a pure function of the names of a corpus (invented names). */
class PersonResolverTest {

    /** Spellings with their article counts, then optional party:count pairs after "|". */
    private static List<PersonResolver.KeyEvidence> corpus(String... entries) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Map<String, Integer>> parties = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split("\\|");
            String[] sp = parts[0].split("=");
            String name = sp[0].strip();
            int n = sp.length > 1 ? Integer.parseInt(sp[1].strip()) : 1;
            String key = Names.personKey(name);
            spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(name, n, Integer::sum);
            for (int i = 1; i < parts.length; i++) {
                String[] pc = parts[i].split(":");
                parties.computeIfAbsent(key, k -> new HashMap<>()).merge(pc[0].strip(), Integer.parseInt(pc[1].strip()),
                        Integer::sum);
            }
        }
        List<PersonResolver.KeyEvidence> out = new ArrayList<>();
        spellings.forEach((key, s) -> out.add(new PersonResolver.KeyEvidence(key, s,
                s.values().stream().mapToInt(Integer::intValue).sum(), parties.getOrDefault(key, Map.of()), Set.of())));
        return out;
    }

    private static PersonResolver.Resolution resolve(String... entries) {
        return PersonResolver.resolve(corpus(entries));
    }

    private static boolean same(PersonResolver.Resolution r, String a, String b) {
        return r.clusterOf().get(Names.personKey(a)).equals(r.clusterOf().get(Names.personKey(b)));
    }

    @Test
    void middleNamesAndInitialsAreOnePerson() {
        var r = resolve("Donald Trump=30", "Donald J. Trump=6", "Harry Reid=4", "Harry M. Reid=2",
                "Hillary Clinton=9", "Hillary Rodham Clinton=3");
        assertThat(same(r, "Donald Trump", "Donald J. Trump")).isTrue();
        assertThat(same(r, "Harry Reid", "Harry M. Reid")).isTrue();
        assertThat(same(r, "Hillary Clinton", "Hillary Rodham Clinton")).isTrue();
        assertThat(r.clusterOf().get("donald j trump")).isEqualTo("donald trump");
        assertThat(r.names().get("donald trump")).isEqualTo("Donald Trump");
    }

    @Test
    void shortFirstNamesFromTheDataFileAreOnePerson() {
        var r = resolve("Vince Cable=5", "Vincent Cable=2", "Tim Kaine=3", "Timothy M. Kaine=1", "Bill Nelson=2",
                "William Nelson=1");
        assertThat(same(r, "Vince Cable", "Vincent Cable")).isTrue();
        assertThat(same(r, "Tim Kaine", "Timothy M. Kaine")).isTrue();
        assertThat(same(r, "Bill Nelson", "William Nelson")).isTrue();
    }

    @Test
    void spellingsWithAndWithoutAccentsAreOnePersonShownAsMostUsed() {
        var r = resolve("François Hollande=5", "Francois Hollande=2", "José García=1", "Jose Garcia=3");
        assertThat(same(r, "François Hollande", "Francois Hollande")).isTrue();
        assertThat(same(r, "José García", "Jose Garcia")).isTrue();
        assertThat(r.names().get(r.clusterOf().get(Names.personKey("Francois Hollande")))).isEqualTo("François Hollande");
    }

    @Test
    void spellingsWithAndWithoutAHyphenAreOnePersonShownAsMostUsed() {
        var r = resolve("Robert Kilroy-Silk=9", "Robert Kilroy Silk=1", "Mr Kilroy-Silk=4",
                "Cormac Murphy-O'Connor=1", "Cormac Murphy O'Connor=2", "Anne Silk=1");
        assertThat(same(r, "Robert Kilroy-Silk", "Robert Kilroy Silk")).isTrue();
        assertThat(same(r, "Mr Kilroy-Silk", "Robert Kilroy Silk")).isTrue();
        assertThat(same(r, "Cormac Murphy-O'Connor", "Cormac Murphy O'Connor")).isTrue();
        assertThat(same(r, "Robert Kilroy Silk", "Anne Silk")).isFalse();
        assertThat(r.names().get(r.clusterOf().get(Names.personKey("Robert Kilroy Silk")))).isEqualTo("Robert Kilroy-Silk");
    }

    @Test
    void differentFirstNamesAreDifferentPeople() {
        var r = resolve("Bill Clinton=5", "Hillary Clinton=9", "Donald Trump=9", "Melania Trump=2",
                "George W. Bush=4", "George H. W. Bush=2", "Donald Trump Jr.=2");
        assertThat(same(r, "Bill Clinton", "Hillary Clinton")).isFalse();
        assertThat(same(r, "Donald Trump", "Melania Trump")).isFalse();
        assertThat(same(r, "George W. Bush", "George H. W. Bush")).isFalse();
        assertThat(same(r, "Donald Trump", "Donald Trump Jr.")).isFalse();
    }

    @Test
    void aNameCompatibleWithTwoDifferentPeopleJoinsNeitherAndIsUndecided() {
        var r = resolve("George W. Bush=4", "George H. W. Bush=2", "George Bush=3");
        assertThat(same(r, "George Bush", "George W. Bush")).isFalse();
        assertThat(same(r, "George Bush", "George H. W. Bush")).isFalse();
        assertThat(r.undecided().get("george bush")).containsExactly("george h w bush", "george w bush");
    }

    @Test
    void aSurnameJoinsTheOnlyFullNameWithIt() {
        var r = resolve("Tony Blair=9", "Mr Blair=2", "Sen. Ted Cruz=3", "Cruz=2");
        assertThat(same(r, "Mr Blair", "Tony Blair")).isTrue();
        assertThat(same(r, "Cruz", "Sen. Ted Cruz")).isTrue();
        assertThat(r.names().get("tony blair")).isEqualTo("Tony Blair");
        assertThat(r.names().get("sen ted cruz")).isEqualTo("Ted Cruz");
    }

    @Test
    void aSurnameSharedByTwoFullNamesStaysApartUnlessItsPartyOrTitleDecides() {
        var r = resolve("Bill Clinton=5", "Hillary Clinton=9", "Clinton=3");
        assertThat(same(r, "Clinton", "Bill Clinton")).isFalse();
        assertThat(same(r, "Clinton", "Hillary Clinton")).isFalse();
        assertThat(r.undecided().get("clinton")).containsExactly("bill clinton", "hillary clinton");

        var byParty = resolve("Ed Miliband=9|labour:6", "David Miliband=4|labour:1|conservative:3",
                "Miliband=2|conservative:1");
        assertThat(same(byParty, "Miliband", "David Miliband")).isTrue();

        // a party in common: the candidate no article gives a party drops out, even when the one-word name's
        // top party is an extractor's slip
        var byShared = resolve("Anna Vole=20|green:5|blue:3", "Petra Vole=3", "Vole=9|blue:3|green:2");
        assertThat(same(byShared, "Vole", "Anna Vole")).isTrue();
        var bothShare = resolve("Anna Vole=20|green:5", "Petra Vole=3|green:1", "Vole=9|green:2");
        assertThat(same(bothShare, "Vole", "Anna Vole")).isFalse();
        assertThat(bothShare.undecided()).containsKey("vole");

        var byTitle = resolve("President Barack Obama=2", "Barack Obama=20", "Michelle Obama=5", "President Obama=4");
        assertThat(same(byTitle, "President Obama", "Barack Obama")).isTrue();
        assertThat(byTitle.names().get("barack obama")).isEqualTo("Barack Obama");
    }

    @Test
    void displayNameIsTheMostUsedWellFormedSpelling() {
        assertThat(PersonResolver.displayName(Map.of("HIllary Clinton", 1, "Hillary Clinton", 1)))
                .isEqualTo("Hillary Clinton");
        assertThat(PersonResolver.displayName(Map.of("ED Miliband", 1, "Ed Miliband", 5))).isEqualTo("Ed Miliband");
        assertThat(PersonResolver.displayName(Map.of("ED MILIBAND", 1))).isEqualTo("Ed Miliband");
        assertThat(PersonResolver.displayName(Map.of("Stepson Phillip Brown", 1))).isEqualTo("Phillip Brown");
        assertThat(PersonResolver.displayName(Map.of("Donald J. Trump", 6, "Donald Trump", 30, "President Trump", 9)))
                .isEqualTo("Donald Trump");
        assertThat(PersonResolver.displayName(Map.of("Donald J. Trump", 6, "Donald Trump", 3)))
                .isEqualTo("Donald J. Trump");
        assertThat(PersonResolver.displayName(Map.of("Ursula von der Leyen", 2))).isEqualTo("Ursula von der Leyen");
    }

    @Test
    void aPersonNamedByOneWordKeepsTheTitleTheyAreKnownBy() {
        assertThat(PersonResolver.displayName(Map.of("Baroness Scotland", 2))).isEqualTo("Baroness Scotland");
        assertThat(PersonResolver.displayName(Map.of("Lord Falconer", 3, "Falconer", 5))).isEqualTo("Lord Falconer");
        assertThat(PersonResolver.displayName(Map.of("Mr Justice Eady", 1))).isEqualTo("Justice Eady");
        assertThat(PersonResolver.displayName(Map.of("Lord Falconer", 5, "Charles Falconer", 1)))
                .isEqualTo("Charles Falconer");
        assertThat(PersonResolver.displayName(Map.of("President Obama", 9))).isEqualTo("Obama");
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheInput() {
        List<PersonResolver.KeyEvidence> input = corpus("Donald Trump=30", "Donald J. Trump=6", "Trump=2",
                "Melania Trump=2", "George W. Bush=4", "George H. W. Bush=2", "George Bush=3", "Bush=1",
                "Vince Cable=5", "Vincent Cable=2", "Mr Cable=1");
        var expected = PersonResolver.resolve(input);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<PersonResolver.KeyEvidence> shuffled = new ArrayList<>(input);
            Collections.shuffle(shuffled, random);
            assertThat(PersonResolver.resolve(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void userOverridesMergeAndSplit() {
        var overrides = new PersonResolver.Overrides(List.of(List.of("bob smith", "robbie smith")),
                List.of(List.of("vince cable", "vincent cable")));
        var r = PersonResolver.resolve(corpus("Bob Smith=3", "Robbie Smith=1", "Vince Cable=5", "Vincent Cable=2"),
                overrides);
        assertThat(same(r, "Bob Smith", "Robbie Smith")).isTrue();
        assertThat(same(r, "Vince Cable", "Vincent Cable")).isFalse();
    }

    /**
     * Articles as "id: Name, Name, ...": the corpus evidence (each name counted once per article) and which
     * raw keys each article uses. A name may carry what its article's sentences say about it in brackets: "Mr
     * Vole [M]" (an honorific), "Hugo Vole [he]" (a pronoun), "Joe Stave [president]", "Vole [party=Red]".
     */
    private static PersonResolver.Resolution resolveArticles(String... articles) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Map<String, Integer>> parties = new HashMap<>();
        Map<String, java.util.Set<String>> keysByArticle = new HashMap<>();
        Map<String, Map<String, PersonResolver.Cues>> cues = new HashMap<>();
        for (String article : articles) {
            String[] f = article.split(":", 2);
            String id = f[0].strip();
            for (String entry : f[1].split(",")) {
                String name = entry.replaceAll("\\[.*", "").strip();
                String key = Names.personKey(name);
                spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(name, 1, Integer::sum);
                keysByArticle.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(key);
                if (!entry.contains("[")) {
                    continue;
                }
                for (String cue : entry.substring(entry.indexOf('[') + 1, entry.indexOf(']')).split(" ")) {
                    PersonResolver.Cues c;
                    if (cue.equals("M") || cue.equals("F")) {
                        c = new PersonResolver.Cues(cue.charAt(0), (char) 0, Set.of(), Set.of());
                    } else if (cue.equals("he") || cue.equals("she")) {
                        c = new PersonResolver.Cues((char) 0, cue.equals("he") ? 'M' : 'F', Set.of(), Set.of());
                    } else if (cue.startsWith("party=")) {
                        c = new PersonResolver.Cues((char) 0, (char) 0, Set.of(cue.substring(6)), Set.of());
                        parties.computeIfAbsent(key, k -> new HashMap<>()).merge(cue.substring(6), 1, Integer::sum);
                    } else {
                        c = new PersonResolver.Cues((char) 0, (char) 0, Set.of(), Set.of(cue));
                    }
                    cues.computeIfAbsent(id, k -> new HashMap<>()).merge(key, c, PersonResolver.Cues::with);
                }
            }
        }
        List<PersonResolver.KeyEvidence> evidence = new ArrayList<>();
        spellings.forEach((key, s) -> evidence.add(new PersonResolver.KeyEvidence(key, s,
                s.values().stream().mapToInt(Integer::intValue).sum(), parties.getOrDefault(key, Map.of()), Set.of())));
        return PersonResolver.resolve(evidence, PersonResolver.Overrides.NONE, keysByArticle, cues);
    }

    /** The cluster a name is in as one article uses it. */
    private static String in(PersonResolver.Resolution r, String name, String article) {
        return r.clusterOf(Names.personKey(name), article);
    }

    @Test
    void aSuffixedAndAnUnsuffixedNameWithACommonOfficeAreOnePerson() {
        var r = resolveArticles(
                "1: Joseph R. Stave Jr. [president], Ben Hart",
                "2: Joe Stave [president], Cara Lind",
                "3: Joe Stave, Dev Rao");
        assertThat(same(r, "Joseph R. Stave Jr.", "Joe Stave")).isTrue();
        // a party in common tells it too
        var byParty = resolveArticles(
                "1: Joseph R. Stave Jr. [party=Red], Ben Hart",
                "2: Joe Stave [party=Red], Cara Lind");
        assertThat(same(byParty, "Joseph R. Stave Jr.", "Joe Stave")).isTrue();
    }

    @Test
    void aSuffixedAndAnUnsuffixedNameStayApartWithoutEvidenceOrWhenOneArticleNamesBoth() {
        // father and son: nothing in common but the name
        var r = resolveArticles(
                "1: Donald Quill Jr., Ben Hart",
                "2: Donald Quill [president], Cara Lind");
        assertThat(same(r, "Donald Quill Jr.", "Donald Quill")).isFalse();
        // an office in common, but one article names both: two people
        var both = resolveArticles(
                "1: Donald Quill Jr. [president], Donald Quill [president], Ben Hart",
                "2: Donald Quill [president], Cara Lind");
        assertThat(same(both, "Donald Quill Jr.", "Donald Quill")).isFalse();
        // different parties, different offices
        var apart = resolveArticles(
                "1: Donald Quill Jr. [party=Red] [mayor], Ben Hart",
                "2: Donald Quill [party=Blue] [president], Cara Lind");
        assertThat(same(apart, "Donald Quill Jr.", "Donald Quill")).isFalse();
    }

    @Test
    void aSurnameBesideTheOnlySuffixedNameOfItsArticleIsThatPerson() {
        // the extractor links no surname to "Joseph R. Stave Jr.": "Mr. Stave" beside him is him
        var r = resolveArticles(
                "1: Joseph R. Stave Jr., Stave, Ben Hart",
                "2: Jill Stave, Cara Lind",
                "3: Jill Stave, Dev Rao");
        assertThat(same(r, "Stave", "Joseph R. Stave Jr.")).isTrue();
        // beside an unsuffixed namesake too, the extractor kept them apart: undecided
        var kept = resolveArticles(
                "1: Joseph R. Stave Jr., Stave, Jill Stave, Ben Hart",
                "2: Jill Stave, Cara Lind");
        assertThat(same(kept, "Stave", "Joseph R. Stave Jr.")).isFalse();
        assertThat(same(kept, "Stave", "Jill Stave")).isFalse();
    }

    @Test
    void aSurnameJoinsTheOnlyNamesakeOfTheSexItsArticlesGiveIt() {
        var r = resolveArticles(
                "1: Hilda Vole [F], Ben Hart",
                "2: Hugo Vole [M], Cara Lind",
                "3: Mr Vole [M], Eli Stone");
        assertThat(same(r, "Mr Vole", "Hugo Vole")).isTrue();
        // a namesake's pronouns tell his sex; a surname's own pronouns do not (only as right as the attribution)
        var pronouns = resolveArticles(
                "1: Hilda Vole [she], Ben Hart",
                "2: Hugo Vole [he], Cara Lind",
                "3: Mr Vole [M], Eli Stone",
                "4: Vole [she], Fay Moss");
        assertThat(same(pronouns, "Mr Vole", "Hugo Vole")).isTrue();
        // a namesake whose sex the corpus does not tell could be him too
        var unknown = resolveArticles(
                "1: Hilda Vole [F], Ben Hart",
                "2: Hugo Vole [M], Cara Lind",
                "4: Hal Vole, Dev Rao",
                "3: Mr Vole [M], Eli Stone");
        assertThat(same(unknown, "Mr Vole", "Hugo Vole")).isFalse();
        assertThat(unknown.undecided().get("vole")).containsExactly("hal vole", "hilda vole", "hugo vole");
        // no namesake known to be of his sex: nothing learnt
        var none = resolveArticles(
                "1: Hilda Vole [F], Ben Hart",
                "4: Hal Vole, Dev Rao",
                "3: Mr Vole [M], Eli Stone");
        assertThat(same(none, "Mr Vole", "Hal Vole")).isFalse();
        // articles that give the surname both sexes say nothing
        var mixed = resolveArticles(
                "1: Hilda Vole [F], Ben Hart",
                "2: Hugo Vole [M], Cara Lind",
                "3: Mr Vole [M], Eli Stone",
                "5: Mrs Vole [F], Fay Moss");
        assertThat(same(mixed, "Vole", "Hugo Vole")).isFalse();
        assertThat(same(mixed, "Vole", "Hilda Vole")).isFalse();
    }

    @Test
    void eachArticleOfASurnameItsArticlesCannotDecideTogetherDecidesForItself() {
        var r = resolveArticles(
                "1: Anna Vole, Ben Hart, Cara Lind",
                "2: Anna Vole, Ben Hart, Cara Lind",
                "3: Petra Vole, Eli Stone, Fay Moss",
                "4: Petra Vole, Eli Stone, Fay Moss",
                "5: Vole, Ben Hart, Cara Lind",
                "6: Vole, Eli Stone, Fay Moss",
                "7: Vole, Gil Amos");
        // as a whole the surname is undecided, and stays its own node in the article that says nothing
        assertThat(same(r, "Vole", "Anna Vole")).isFalse();
        assertThat(same(r, "Vole", "Petra Vole")).isFalse();
        assertThat(r.undecided().get("vole")).containsExactly("anna vole", "petra vole");
        assertThat(in(r, "Vole", "5")).isEqualTo("anna vole");
        assertThat(in(r, "Vole", "6")).isEqualTo("petra vole");
        assertThat(in(r, "Vole", "7")).isEqualTo("vole");

        // the sex an article gives the surname, with one person in common
        var sexes = resolveArticles(
                "1: Anna Vole [F], Ben Hart",
                "2: Hugo Vole [M], Ben Hart",
                "3: Mrs Vole [F], Ben Hart",
                "5: Mr Vole [M], Ben Hart",
                "6: Mr Vole [M], Gil Amos");
        assertThat(in(sexes, "Mrs Vole", "3")).isEqualTo("anna vole");
        assertThat(in(sexes, "Mr Vole", "5")).isEqualTo("hugo vole");
        // his sex, but no one in common with him nor a party: his own
        assertThat(in(sexes, "Mr Vole", "6")).isEqualTo("vole");
        // the party an article gives it
        var parties = resolveArticles(
                "1: Anna Vole [party=Red], Ben Hart",
                "2: Hugo Vole [party=Blue], Ben Hart",
                "3: Vole [party=Blue], Ben Hart",
                "4: Vole [party=Red], Ben Hart");
        assertThat(in(parties, "Vole", "3")).isEqualTo("hugo vole");
        assertThat(in(parties, "Vole", "4")).isEqualTo("anna vole");
    }

    @Test
    void aSurnameJoinsTheNamesakeItsArticlesShareOtherPeopleWith() {
        var r = resolveArticles(
                "1: Anna Vole, Ben Hart, Cara Lind, Dev Rao",
                "2: Anna Vole, Ben Hart, Cara Lind",
                "3: Anna Vole, Dev Rao, Ben Hart",
                "4: Petra Vole, Eli Stone, Fay Moss",
                "5: Petra Vole, Eli Stone",
                "6: Vole, Ben Hart, Cara Lind",
                "7: Vole, Dev Rao, Cara Lind, Ben Hart",
                "8: Vole");
        assertThat(same(r, "Vole", "Anna Vole")).isTrue();
        assertThat(r.undecided()).doesNotContainKey("vole");
    }

    @Test
    void aSurnameStaysApartWhenItsArticlesPointToDifferentNamesakesOrToFewOfThem() {
        var split = resolveArticles(
                "1: Anna Vole, Ben Hart, Cara Lind",
                "2: Anna Vole, Ben Hart, Cara Lind",
                "3: Petra Vole, Eli Stone, Fay Moss",
                "4: Petra Vole, Eli Stone, Fay Moss",
                "5: Vole, Ben Hart, Cara Lind",
                "6: Vole, Eli Stone, Fay Moss");
        assertThat(same(split, "Vole", "Anna Vole")).isFalse();
        assertThat(same(split, "Vole", "Petra Vole")).isFalse();
        // each of its articles points to one of them: there each is that one, and nothing is left undecided
        assertThat(in(split, "Vole", "5")).isEqualTo("anna vole");
        assertThat(in(split, "Vole", "6")).isEqualTo("petra vole");
        assertThat(split.undecided()).doesNotContainKey("vole");

        // one shared person is not enough, and one article of three does not speak for the others
        var weak = resolveArticles(
                "1: Anna Vole, Ben Hart, Cara Lind",
                "2: Petra Vole, Eli Stone",
                "3: Vole, Ben Hart",
                "4: Vole, Ben Hart, Cara Lind",
                "5: Vole, Gil Amos",
                "6: Vole, Hal Ives");
        assertThat(same(weak, "Vole", "Anna Vole")).isFalse();

        // two articles of three point to her, but the third mentions only people never seen with her
        var stranger = resolveArticles(
                "1: Anna Vole, Ben Hart, Cara Lind",
                "2: Anna Vole, Ben Hart, Cara Lind",
                "3: Petra Vole, Eli Stone",
                "4: Vole, Ben Hart, Cara Lind",
                "5: Vole, Ben Hart, Cara Lind",
                "6: Vole, Gil Amos, Hal Ives",
                "7: Gil Amos, Hal Ives");
        assertThat(same(stranger, "Vole", "Anna Vole")).isFalse();
    }

    @Test
    void aSurnameNeverJoinsANamesakeAnArticleNamesBesideIt() {
        // article 5 names Anna Vole in full and still keeps "Mr Vole" apart: he is not her
        var r = resolveArticles(
                "1: Anna Vole, Ben Hart, Cara Lind",
                "2: Anna Vole, Ben Hart, Cara Lind",
                "3: Petra Vole, Eli Stone",
                "4: Vole, Ben Hart, Cara Lind",
                "5: Mr Vole, Anna Vole, Ben Hart, Cara Lind");
        assertThat(same(r, "Vole", "Anna Vole")).isFalse();
        assertThat(same(r, "Vole", "Petra Vole")).isFalse();
    }

    @Test
    void aSurnameJoinsANamesakeTheCorpusKnowsFarBetterWhenItsArticlesShareSomeoneWithHer() {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            articles.add("a" + i + ": Anna Vole, Ben Hart" + (i % 2 == 0 ? ", Cara Lind" : ""));
        }
        articles.add("p1: Petra Vole, Eli Stone");
        List<String> joined = new ArrayList<>(articles);
        joined.add("v1: Vole, Ben Hart");
        joined.add("v2: Vole");
        var r = resolveArticles(joined.toArray(String[]::new));
        assertThat(same(r, "Vole", "Anna Vole")).isTrue();

        // an article whose other people never appear with her: the surname may be someone else there
        List<String> apart = new ArrayList<>(joined);
        apart.add("v3: Vole, Gil Amos");
        apart.add("g1: Gil Amos, Hal Ives");
        var kept = resolveArticles(apart.toArray(String[]::new));
        assertThat(same(kept, "Vole", "Anna Vole")).isFalse();

        // not far better known: 20 articles against 3
        List<String> close = new ArrayList<>(joined);
        close.add("p2: Petra Vole");
        close.add("p3: Petra Vole");
        assertThat(same(resolveArticles(close.toArray(String[]::new)), "Vole", "Anna Vole")).isFalse();
    }
}
