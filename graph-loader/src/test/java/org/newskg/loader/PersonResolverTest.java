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
}
