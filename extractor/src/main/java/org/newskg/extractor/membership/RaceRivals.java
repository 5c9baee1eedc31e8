package org.newskg.extractor.membership;

import java.util.Set;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonMention;

/**
 * Sieves for the rivals and opponents of a party's race: the possessor of a rival phrase is in the race ("his
 * rivals for the GOP nomination", "Trump's rivals"), and so is the person the phrase describes ("X, Y's main
 * rival for the Tory leadership"); the pair a race is "between" ("the Democratic caucuses were divided between
 * A and B", "contests for A and B"). Not when the race may be someone else's (another party's person or title).
 */
final class RaceRivals {

    /** Words between a name and the rival phrase in apposition to it: "X - considered Y's rival for ...". */
    private static final Set<String> APPOSITION = Set.of(",", "-", "--", "\u2013", "\u2014", "considered", "seen", "as",
            "widely", "now", "the");

    private RaceRivals() {
    }

    /**
     * "his rivals for the GOP nomination", "his closest rival in the crowded GOP field", "Trump's rivals"
     * in a sentence about one party's race: the possessor is in the race. Not "her Republican rivals": a
     * rival of another party, as likely as not.
     */
    static void raceRivals(Context c) {
        SentenceView v = c.v;
        for (int g = 0; g < v.size(); g++) {
            if (RaceWords.RIVALS.contains(v.lower(g))) {
                if (!internalRival(c, g)) {
                    possessor(c, g);
                }
            }
        }
    }

    /**
     * "The Mayor accused his Tory leadership rival of ...", "Trump's GOP primary rival Sen. Marco Rubio", "his former
     * Democratic primary rival, X": a race inside one party, so the possessor and the rival named right after are both
     * its members (not "his Democratic presidential rival": a race between parties). Whether the rival noun at
     * {@code g} is such a phrase.
     */
    private static boolean internalRival(Context c, int g) {
        SentenceView v = c.v;
        boolean inside = g >= 2 && (RaceWords.isPrimary(v.word(g - 1)) || "leadership".equals(v.lower(g - 1)));
        PartyMention p = inside ? v.partyAt(g - 2) : null;
        if (p == null || p.last() != g - 2 || !p.is(PartyGazetteer.Use.MODIFIER)) {
            return false;
        }
        Party party = c.party(p);
        int b = p.first() - 1;
        while (b >= 0 && RaceWords.isFormer(v.lower(b))) {
            b--; // "his former Democratic primary rival"
        }
        if (b >= 0) {
            owner(c, b, party);
        }
        if (!v.lower(g).endsWith("s")) {
            int a = v.afterRoles(",".equals(v.word(g + 1)) ? g + 2 : g + 1);
            PersonMention rival = v.person(a);
            if (rival != null) {
                RaceSieves.add(c, rival.canonical(), party); // "his Democratic primary rival, Sen. X"
            }
        }
        return true;
    }

    /** "the Democratic caucuses were divided between A and B", "a two-man contest, between him and Trump", "contests for A and B". */
    static void raceBetween(Context c) {
        SentenceView v = c.v;
        if (c.race == null) {
            return;
        }
        boolean raceWord = false;
        boolean partyBefore = v.parties.isEmpty();
        for (int g = 0; g < v.size(); g++) {
            raceWord |= !RaceWords.kind(v, g).isEmpty();
            partyBefore |= v.party(g) != null && v.person(v.afterRoles(v.party(g).last() + 1)) == null; // not a title:
            // "Green Party candidate Jill Stein left hours before the debate between A and B"
            if (raceWord && partyBefore && "between".equals(v.word(g))) { // not "a race between A and B, the Democratic nominee"
                between(c, g);
            }
            if ("for".equals(v.word(g)) && !RaceWords.kind(v, g - 1).isEmpty() && v.lower(g - 1).endsWith("s")) {
                for (PersonMention m : NameLists.list(v, g + 1)) {
                    RaceSieves.add(c, m.canonical(), c.race); // "must-win contests for native sons A and B"
                }
            }
        }
    }

    /** "his rivals for the GOP nomination", "Trump and his GOP rivals", "Trump's rivals": the possessor is in the race. */
    private static void possessor(Context c, int g) {
        SentenceView v = c.v;
        int b = g - 1;
        Party party = null;
        while (b >= 0 && (v.pos(b).startsWith("JJ") || v.pos(b).equals("CD"))) {
            if (v.partyAt(b) != null) {
                return; // "her Republican rivals": rivals of another party, as likely as not
            }
            b--;
        }
        int raceEnd = -1;
        for (int j = g + 1; j < Math.min(v.size(), g + 6) && party == null; j++) {
            int race = v.party(j) == null ? -1 : RaceWords.raceAfter(v, v.party(j));
            if (race >= 0) {
                party = c.party(v.party(j)); // "his rivals for the GOP nomination"
                raceEnd = "for".equals(v.word(g + 1)) ? race + 1 : -1;
            }
        }
        if (party == null) {
            party = c.race;
        }
        if (party == null || b < 0 || othersRace(c, party)) {
            return;
        }
        if (raceEnd > 0 && !v.lower(g).endsWith("s")) {
            // "Boris Johnson - considered Mr Cameron's main rival for the Tory leadership", "his rival for the GOP nomination, X"
            rivalNamed(c, "PRP$".equals(v.pos(b)) ? b + 1 : b, raceEnd, party);
        }
        owner(c, b, party); // "Trump with a lead over his closest rival": one of them
    }

    /** The owner of a rival phrase at {@code b} is in the party's race: the person "his" or "her" is, or "X's" names. */
    private static void owner(Context c, int b, Party party) {
        SentenceView v = c.v;
        if ("PRP$".equals(v.pos(b)) && (v.lower(b).equals("his") || v.lower(b).equals("her"))) {
            ReferenceSieves.referent(c, b).ifPresent(name -> RaceSieves.add(c, name, party));
        } else if (v.isPossessive(b) && b > 0 && v.personAt[b - 1] != null) {
            RaceSieves.add(c, v.personAt[b - 1].canonical(), party);
        }
    }

    /**
     * The person a "Y's rival for the P nomination" phrase describes: named just before it ("X, Y's main rival for the
     * Tory leadership,", "X - considered Y's rival for ... -") or right after it ("Y's rival for the Democratic
     * nomination, X,"): that person is in the race too.
     */
    private static void rivalNamed(Context c, int possessive, int raceEnd, Party party) {
        SentenceView v = c.v;
        int b = v.startOf(possessive - 1); // the possessor's first word
        int k = b - 1;
        boolean apposed = false;
        while (k >= 0 && k >= b - 4 && v.personAt[k] == null && APPOSITION.contains(v.lower(k))) {
            apposed |= !"the".equals(v.lower(k)) && !"now".equals(v.lower(k));
            k--;
        }
        if (apposed && k >= 0 && v.personAt[k] != null && v.personAt[k] != v.personAt[possessive - 1]) {
            RaceSieves.add(c, v.personAt[k].canonical(), party);
            return;
        }
        int a = raceEnd < v.size() && ",".equals(v.word(raceEnd)) ? raceEnd + 1 : -1;
        if (a > 0) {
            a = v.afterRoles(a);
            PersonMention m = v.person(a);
            int end = m == null ? -1 : v.skipTrailer(v.endOf(a));
            if (m != null && (end >= v.size() || ",".equals(v.word(end)) || ".".equals(v.word(end)))) {
                RaceSieves.add(c, m.canonical(), party); // "Clinton's rival for the Democratic nomination, Sen. Bernie Sanders,"
            }
        }
    }

    /**
     * Whether the race of {@code party} in this sentence may be someone else's: a party word titling a person
     * ("her opponent, Republican nominee Donald Trump"; "to defeat likely Democratic nominee Hillary Clinton"),
     * or a person in the sentence whom the article gives another party ("Clinton's top challenger, Sen. Bernie
     * Sanders", where Sanders is a Democrat and the article's race is the Republican one).
     */
    private static boolean othersRace(Context c, Party party) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            int k = p.last() + 1;
            while (k < v.size() && v.person(k) == null && (RaceWords.isRaceWord(v.word(k)) || v.isRoleAt(k)
                    || RaceWords.MODIFIERS.contains(v.lower(k)) || v.pos(k).startsWith("JJ"))) {
                k++;
            }
            if (k > p.last() + 1 && v.person(k) != null) {
                return true;
            }
        }
        for (PersonMention m : v.personStart) {
            Party theirs = m == null ? null : c.partyOf(m.canonical());
            if (theirs != null && !theirs.equals(party)) {
                return true;
            }
        }
        return false;
    }

    /** "the caucuses were divided between A and B", "a two-man contest, between him and Trump". */
    private static void between(Context c, int g) {
        SentenceView v = c.v;
        int a = NameLists.loose(v, g + 1);
        String first = participant(c, a);
        if (first == null) {
            return;
        }
        int e = v.person(a) != null ? v.endOf(a) : a + 1;
        if (!"and".equals(v.word(e))) {
            return;
        }
        String second = participant(c, NameLists.loose(v, e + 1));
        if (second != null && !othersRace(c, c.race)) {
            RaceSieves.add(c, first, c.race);
            RaceSieves.add(c, second, c.race);
        }
    }

    private static String participant(Context c, int a) {
        SentenceView v = c.v;
        if (v.person(a) != null) {
            return v.person(a).canonical();
        }
        if (a < v.size() && (v.lower(a).equals("him") || v.lower(a).equals("her")) && v.personAt[a] == null) {
            return c.persons.resolvePronoun(v.token(a).begin()).orElse(null);
        }
        return null;
    }
}
