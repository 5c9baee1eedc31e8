package org.newskg.extractor.membership;

import org.newskg.extractor.parties.Party;
import org.newskg.extractor.persons.PersonMention;

/**
 * Sieves for a contestant's title in the race the article is about, without a party word: "former rival Carly
 * Fiorina", "front-runner Jack Conway", "Reid, the front-runner,", a primary challenger (the incumbent's party),
 * and the nominee ("If Donald Trump is the nominee", "Ted Cruz or Donald Trump as the nominee").
 */
final class RaceRoles {

    private RaceRoles() {
    }

    /**
     * "former rival Carly Fiorina", "front-runner Jack Conway", "Reid, the front-runner,": a race title without a party
     * word. A primary challenger ("X must get past primary challenger Y") runs in the primary of the incumbent's party,
     * not in the race the article is about: Y gets X's party when the findings give X one, else nothing.
     */
    static void raceRole(Context c) {
        SentenceView v = c.v;
        for (int i = 0; i + 1 < v.size(); i++) {
            boolean role = RaceWords.kind(v, i).equals("ROLE")
                    || "front".equalsIgnoreCase(v.word(i)) && "runner".equalsIgnoreCase(v.word(i + 1));
            if (!role || v.personAt[i] != null) {
                continue;
            }
            int k = "front".equalsIgnoreCase(v.word(i)) ? i + 2 : i + 1;
            boolean partyBefore = false;
            for (int b = i - 1; b >= Math.max(0, i - 3); b--) {
                partyBefore |= v.partyAt(b) != null;
            }
            PersonMention m = v.person(k);
            if (!partyBefore && Primaries.challenge(v, i)) {
                Party theirs = m == null ? null : Primaries.challenged(c, i, m.canonical());
                if (theirs != null) {
                    RaceSieves.add(c, m.canonical(), theirs);
                }
                continue; // "McCain must get past primary challenger Kelli Ward": McCain's party, whatever the race
            }
            if (c.race == null) {
                continue;
            }
            if (!partyBefore && RaceWords.RIVALS.contains(v.lower(i)) && !c.contest && !RaceWords.former(v, i)) {
                continue; // "Republican candidate X tweeted an image of rival Y": Y's race may be the general election
            }
            if (m != null && !partyBefore) {
                RaceSieves.add(c, m.canonical(), c.race);
            }
            int b = i - 1;
            while (b > 0 && v.pos(b).startsWith("JJ") && v.partyAt(b) == null) {
                b--; // "Reid, the clear front-runner,"
            }
            if (b >= 2 && !partyBefore && ("the".equalsIgnoreCase(v.word(b)) || "a".equalsIgnoreCase(v.word(b)))
                    && ",".equals(v.word(b - 1)) && v.personAt[b - 2] != null
                    && (",".equals(v.word(i + 1)) || ".".equals(v.word(i + 1)))) {
                RaceSieves.add(c, v.personAt[b - 2].canonical(), c.race); // "Reid, the front-runner, ..."
            }
        }
    }

    /**
     * "If Donald Trump is the nominee", "abandoning Trump as a nominee", "Ted Cruz or Donald Trump as the
     * nominee": the nominee of the race; in a sentence that names no other party, the race of the one party
     * whose nominee the article names ("the Republican nominee").
     */
    static void nominee(Context c) {
        SentenceView v = c.v;
        Party party = c.race;
        if (c.nominee != null && (c.v.parties.isEmpty() || party == null
                && c.v.parties.stream().allMatch(p -> c.party(p).equals(c.nominee)))) {
            party = c.nominee; // a sentence that names no party: the article's nominee, not a race named just before
        }
        if (party == null) {
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            if (v.personStart[i] == null) {
                continue;
            }
            int k = v.endOf(i);
            boolean be = "be".equals(v.lemma(k)) && !"not".equals(v.lower(k + 1));
            if (!(be || "as".equals(v.word(k)))) {
                continue;
            }
            k++;
            if (!("the".equals(v.lower(k)) || "a".equals(v.lower(k)))) {
                continue;
            }
            k++;
            while (k < v.size() && v.pos(k).startsWith("JJ")) {
                k++;
            }
            if ("nominee".equals(v.lower(k)) && !"for".equals(v.word(k + 1))) {
                RaceSieves.add(c, v.personStart[i].canonical(), party);
                if (i >= 2 && "or".equals(v.word(i - 1)) && v.personAt[i - 2] != null) {
                    RaceSieves.add(c, v.personAt[i - 2].canonical(), party); // "Ted Cruz or Donald Trump as the nominee"
                }
            }
        }
    }
}
