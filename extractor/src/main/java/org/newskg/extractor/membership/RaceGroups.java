package org.newskg.extractor.membership;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer;
import org.newskg.extractor.parties.PartyGazetteer.Use;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonMention;

/**
 * Sieves for the group words and lists of a party's race: the candidates a sentence names as a group of the
 * race ("The other candidates at the debate -- A, B and C", "such rivals as A and B", "X and the rest of the GOP
 * field"), a list ending a sentence about the race ("Four more in the race debated earlier: A, B, C and D") and a
 * counted group with exactly that many names ("the two men seeking the Conservative nomination, A and B"). The
 * party is the one the sentence names, or the race the article is about ({@link Context#race}).
 */
final class RaceGroups {

    /** Verbs that may join a group to the list of its members: "The three Democratic contenders are A, B and C." */
    private static final Set<String> COPULAS = Set.of("are", "were");
    private static final Set<String> LIST_OPENERS = Set.of(":", "--", "—", "–", "-", ",", "including", "like", "as");
    /** Number words of a counted group: "the three Green contenders", "the two men seeking the Tory nomination". */
    static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
            "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    /** Plural nouns of persons that name a race's group only with the race after them: "the two men seeking the X nomination". */
    private static final Set<String> PEOPLE = Set.of("men", "women", "people", "politicians", "figures", "members",
            "mps", "councillors", "senators", "candidates", "contenders", "hopefuls", "rivals");

    private RaceGroups() {
    }

    /** Whether the group word at {@code g} is definite: "the (three) Democratic contenders", not "Democratic contenders". */
    private static boolean definite(SentenceView v, int g) {
        for (int b = g - 1; b >= Math.max(0, g - 4); b--) {
            if ("the".equalsIgnoreCase(v.word(b))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The participants a sentence names as a group of a party's race: "The other candidates at the
     * debate -- A, B and C", "such rivals as A and B", "The last two Republican winners, A in 2008 and B";
     * and "X and the rest of the GOP field" (X is one of them).
     */
    static void raceGroup(Context c) {
        SentenceView v = c.v;
        for (int g = 0; g < v.size(); g++) {
            if (RaceWords.kind(v, g).equals("GROUP") || v.lower(g).equals("rival")) {
                group(c, g);
            }
            if ("rest".equals(v.lower(g)) || "other".equals(v.lower(g))) {
                restOf(c, g);
            }
        }
    }

    /**
     * "Four more in the race debated earlier: A, B, C and D": a list that ends a sentence about the race
     * itself (not one about a debate hall or a campaign event).
     */
    static void raceList(Context c) {
        SentenceView v = c.v;
        if (c.race == null) {
            return;
        }
        boolean raceWord = false;
        for (int g = 0; g < v.size(); g++) {
            raceWord |= RaceWords.RACES.contains(v.lower(g)) || RaceWords.kind(v, g).equals("GROUP");
            if (raceWord && (":".equals(v.word(g)) || "--".equals(v.word(g)))) {
                List<PersonMention> list = NameLists.list(v, g + 1);
                int end = list.isEmpty() ? 0 : v.endOf(NameLists.indexOf(v, list.get(list.size() - 1), g));
                if (list.size() >= 2 && (end >= v.size() || ".".equals(v.word(end)))) {
                    list.forEach(m -> RaceSieves.add(c, m.canonical(), c.race));
                }
            }
        }
    }

    /**
     * A counted group of a party's race and exactly that many names: "the two men seeking the Conservative
     * nomination, A and B, ..."; "The three Green Party contenders clashed on Tuesday." followed by "A, B and C
     * each promised ..." (the next sentence opens with the names, or names that many persons and no party anywhere: "A
     * attacked B over tax, and C stayed out of it."). The number must match the names; a list
     * with a person an earlier rule settled (perhaps of another party) gives nothing.
     */
    static void raceCount(Context c) {
        SentenceView v = c.v;
        for (int n = 0; n < v.size(); n++) {
            Integer count = NUMBERS.get(v.lower(n));
            if (count == null || !(n == 0 || "the".equalsIgnoreCase(v.word(n - 1)))) {
                continue;
            }
            Party party = null;
            int g = n + 1;
            while (g < v.size() && g <= n + 5 && !RaceWords.kind(v, g).equals("GROUP") && !PEOPLE.contains(v.lower(g))
                    && (v.partyAt(g) != null || v.pos(g).startsWith("JJ") || RaceWords.MODIFIERS.contains(v.lower(g)))) {
                if (v.partyAt(g) != null && party == null) {
                    party = c.party(v.partyAt(g)); // "the three Green Party contenders"
                }
                g++;
            }
            PartyMention members = v.partyAt(g - 1);
            if (members != null && g > n + 1 && members.is(Use.MEMBER) && members.plural()
                    && !RaceWords.kind(v, g).equals("GROUP") && !PEOPLE.contains(v.lower(g))) {
                g--; // "The three Republicans running for governor": the party's members are the group
            } else if (g >= v.size() || !(RaceWords.kind(v, g).equals("GROUP") || PEOPLE.contains(v.lower(g)))) {
                continue;
            } else if (party != null && !RaceWords.kind(v, g).equals("GROUP")) {
                continue; // "the two Labour MPs": members, but not a race's group
            }
            int k = g + 1;
            if (party == null) {
                // "men seeking the Conservative nomination", "candidates in the Labour leadership race"
                if (!("seeking".equals(v.lower(k)) || "in".equals(v.word(k)) || "for".equals(v.word(k))
                        || "vying".equals(v.lower(k)) && "for".equals(v.word(k + 1)))) {
                    continue;
                }
                for (int j = k; j < Math.min(v.size(), g + 7) && party == null; j++) {
                    if (v.party(j) != null && RaceWords.raceAfter(v, v.party(j)) >= 0) {
                        party = c.party(v.party(j));
                        k = RaceWords.raceAfter(v, v.party(j)) + 1;
                    }
                    if (v.person(j) != null || ",".equals(v.word(j))) {
                        break;
                    }
                }
                if (party == null) {
                    continue;
                }
            } else {
                while (k < v.size() && k <= g + 5 && !",".equals(v.word(k)) && v.person(k) == null
                        && !v.pos(k).startsWith("VB") && v.party(k) == null) {
                    k++; // "for the Harbour seat"
                }
            }
            if (",".equals(v.word(k)) || ":".equals(v.word(k))) {
                List<PersonMention> names = NameLists.list(v, k + 1);
                if (names.size() == count) {
                    int end = v.skipTrailer(v.endOf(NameLists.indexOf(v, names.get(count - 1), k)));
                    if (",".equals(v.word(end)) || ".".equals(v.word(end)) || SentenceView.isDash(v.word(end))
                            || end >= v.size()) {
                        addAll(c, names.stream().map(PersonMention::canonical).toList(), party, v.sentence);
                    }
                }
                continue;
            }
            if (java.util.Arrays.stream(v.personStart).anyMatch(java.util.Objects::nonNull) || c.v.sentence.index() + 1 >= c.doc.sentences().size()) {
                continue;
            }
            Sentence next = c.doc.sentences().get(c.v.sentence.index() + 1);
            List<PersonMention> mentioned = c.persons.mentionsIn(next.begin(), next.end());
            SentenceView w = new SentenceView(next, mentioned, PartyGazetteer.DEFAULT.find(next));
            int first = NameLists.loose(w, 0); // "Businessman A, former congressman B and State Treasurer C each ..."
            List<PersonMention> names = w.person(first) != null ? NameLists.list(w, first) : List.of();
            List<String> everyone = mentioned.stream().map(PersonMention::canonical).distinct().toList();
            if (names.size() != count && everyone.size() == count && w.parties.isEmpty()) {
                addAll(c, everyone, party, next); // "... clashed on Tuesday. A attacked B over tax, and C stayed out of it."
                continue;
            }
            if (names.size() != count || !w.parties.isEmpty()) {
                continue;
            }
            int end = w.endOf(NameLists.indexOf(w, names.get(count - 1), first));
            if (w.pos(end).startsWith("VB") || w.pos(end).equals("MD") || "each".equals(w.lower(end))
                    || "all".equals(w.lower(end)) || "both".equals(w.lower(end))) {
                addAll(c, names.stream().map(PersonMention::canonical).toList(), party, next); // the next sentence's subject
            }
        }
    }

    private static void addAll(Context c, List<String> names, Party party, Sentence where) {
        if (names.stream().distinct().count() != names.size() || names.stream().anyMatch(c::settled)) {
            return; // a name an earlier rule settled: the list may not be the group's
        }
        for (String name : names) {
            c.add(name, party, 0.6, c.rule(), false, where);
        }
    }

    /** "Trump and the rest of the GOP field", "Cruz and the other Republican candidates": the first is one of them. */
    private static void restOf(Context c, int g) {
        SentenceView v = c.v;
        int k = g + 1;
        if ("rest".equals(v.lower(g))) {
            if (!"of".equals(v.word(k)) || !"the".equalsIgnoreCase(v.word(k + 1))) {
                return;
            }
            k += 2;
        }
        PartyMention p = v.party(k);
        if (p == null || RaceWords.raceAfter(v, p) < 0 || !"the".equalsIgnoreCase(v.word(g - 1)) || !"and".equals(v.word(g - 2))
                || g < 3 || v.personAt[g - 3] == null) {
            return;
        }
        RaceSieves.add(c, v.personAt[g - 3].canonical(), c.party(p));
    }

    private static void group(Context c, int g) {
        SentenceView v = c.v;
        if (Primaries.challenge(v, g)) {
            return; // "his primary challengers, A and B": the incumbent's party, not the race's (see raceRole)
        }
        Party party = null;
        for (int b = g - 1; b >= Math.max(0, g - 3); b--) {
            if (v.partyAt(b) != null) {
                party = c.party(v.partyAt(b)); // "the GOP presidential front-runners", "Republican winners"
                break;
            }
        }
        int j = g + 1;
        while (j < v.size() && j <= g + 8 && v.person(j) == null && !LIST_OPENERS.contains(v.word(j))
                && !v.pos(j).startsWith("VB") && !v.pos(j).equals("WDT") && !v.pos(j).equals("WP")
                && !"and".equals(v.word(j)) && !"or".equals(v.word(j))) { // "his GOP rivals and world leaders like X": not the group
            if (v.party(j) != null && party == null) {
                party = c.party(v.party(j)); // "his closest rival in the crowded GOP field, X"
            }
            j++;
        }
        if (party == null) {
            if (RaceWords.RIVALS.contains(v.lower(g)) && !c.contest && !RaceWords.former(v, g)) {
                return; // "Democratic candidate X mocked her chief political rival, Y": Y's race may be the general election
            }
            party = c.race;
        }
        boolean copula = j < v.size() && COPULAS.contains(v.lower(j)) && definite(v, g);
        if (party != null && titles(v, g, j)) {
            List<PersonMention> titled = NameLists.list(v, j);
            if (titled.size() >= 2) {
                for (PersonMention m : titled) {
                    RaceSieves.add(c, m.canonical(), party); // "Candidates Ben Carson, Marco Rubio and Rand Paul also joined"
                }
            }
            return;
        }
        if (party == null || j >= v.size() || !LIST_OPENERS.contains(v.word(j)) && !copula) {
            return;
        }
        if ("as".equals(v.word(j)) && !"such".equalsIgnoreCase(v.word(g - 1))
                && !(j == g + 2 && "such".equals(v.lower(g + 1)))) {
            return; // "such rivals as A and B", "rivals such as A and B", not "the rivals as they left"
        }
        List<PersonMention> names = NameLists.list(v, j + 1);
        if (names.isEmpty()) {
            return;
        }
        int end = v.skipTrailer(v.endOf(NameLists.indexOf(v, names.get(names.size() - 1), j)));
        int titled = NameLists.appositive(v, end); // "..., and B, the business secretary, said": past the last title
        end = titled > end ? titled + 1 : end;
        boolean inside = "as".equals(v.word(j)) || "including".equals(v.word(j)) || "like".equals(v.word(j));
        if (!inside && (v.pos(end).startsWith("VB") || v.pos(end).equals("MD"))) {
            return; // "Trump and his GOP rivals, Obama said": a clause, not the group's names ("rivals such as A and B are" is)
        }
        if (copula && (names.size() < 2 || end < v.size() && !".".equals(v.word(end)))) {
            return; // "The three Democratic contenders are A, B and C.": the whole list, ending the sentence
        }
        for (PersonMention m : names) {
            RaceSieves.add(c, m.canonical(), party);
        }
    }

    /**
     * Whether the plural group word at {@code g} titles the list of names right after it, {@code j}: "Candidates A, B and
     * C also joined", "fellow contenders A and B" (not "his rivals A and B", whose race may be another).
     */
    private static boolean titles(SentenceView v, int g, int j) {
        return j == g + 1 && v.person(j) != null && v.lower(g).endsWith("s") && !RaceWords.RIVALS.contains(v.lower(g))
                && !"PRP$".equals(v.pos(g - 1)) && !v.isPossessive(g - 1);
    }
}
