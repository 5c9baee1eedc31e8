package org.newskg.extractor.membership;

import java.util.Set;
import org.newskg.extractor.parties.PartyGazetteer.Use;
import org.newskg.extractor.parties.PartyMention;

/**
 * Sieves for a description of one person set beside a name, in apposition, whose party word gives the person's
 * party: "Stella Creasy, the Labour MP,", "Mike Nattrass, UKIP's deputy leader,", "The leader of the Labour Party,
 * Tom Reid, said".
 */
final class Appositives {

    static final Set<String> CLAUSE_ENDS = Set.of(",", ")", "-", "–", "—", ".", ";", "and");

    private Appositives() {
    }

    /** What opens an appositive after a name: a comma, or a dash ("Tanya Rudd — a Democrat who ... — said"). */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of(",", "—", "–", "--", "-");

    /** "Stella Creasy, the Labour MP,", "Mike Nattrass, UKIP's deputy leader,", "Heck, a Republican seeking". */
    static void appositive(Context c) {
        SentenceView v = c.v;
        for (int i = 0; i < v.size(); i++) {
            if (v.personStart[i] != null) {
                int e = v.endOf(i);
                // "X of Iowa, a Republican who"
                appositive(c, i, APPOSITIVE_OPENERS.contains(v.word(e)) ? e : v.skipTrailer(e));
            }
        }
    }

    private static void appositive(Context c, int start, int e) {
        SentenceView v = c.v;
        if (!APPOSITIVE_OPENERS.contains(v.word(e))) {
            return;
        }
        if ("CD".equals(v.pos(e + 1)) && ",".equals(v.word(e + 2))) {
            e += 2; // "Jason Vane, 34, a Lib Dem councillor,"
        }
        if ("and".equals(v.lower(e + 1)) || "or".equals(v.lower(e + 1))) {
            return; // "X, and the likely Republican candidate for governor, Y": a list goes on ("and" is a role word too)
        }
        PartyMention p = describedParty(v, e + 1);
        for (int j = e + 2; p == null && j < v.size() && j <= e + 16 && (v.person(j) == null || "of".equals(v.word(j - 1)))
                && !v.pos(j).startsWith("VB") && !v.pos(j).equals("MD"); j++) { // "X, a friend of Y and a fellow Lib Dem councillor," 
            if ("and".equals(v.word(j)) && ("a".equals(v.word(j + 1)) || "an".equals(v.word(j + 1)))) {
                p = describedParty(v, j + 1); // "X, the former governor of Minnesota and a Republican candidate in 2012"
            } else if ("and".equals(v.word(j)) && "fellow".equals(v.lower(j + 1)) && v.partyStart[j + 2] != null) {
                p = describedParty(v, j + 2); // "X, a local businessman and fellow Tory,"
            }
        }
        if (p != null && !pairedParties(v, p)) {
            c.add(v.personStart[start], p, 0.85);
        }
    }

    /** What may close a description set before a name, after the name: "The leader of the SNP, X, said", "..., X." */
    private static final Set<String> APPOSITIVE_CLOSERS = Set.of(",", ".", ")", ";", "—", "–", "--", "-");
    /** How many words before its name's comma a description set before a name may start. */
    private static final int DESCRIPTION_REACH = 14;

    /**
     * "The leader of the Labour Party, Tom Reid, said", "as the co-chairman of the Conservative Party, Liam Fox, on
     * Saturday called him": a description of one person (as {@link #describedParty} reads one after a name) set before
     * the name it stands in apposition to, ending with the party right before the name's comma, holding a role, and
     * closed after the name. The description is read from the nearest determiner or possessive that starts one.
     */
    static void appositiveBefore(Context c) {
        SentenceView v = c.v;
        for (int i = 3; i < v.size(); i++) {
            if (v.personStart[i] == null || !",".equals(v.word(i - 1)) || v.partyAt(i - 2) == null) {
                continue;
            }
            int after = v.skipTrailer(v.endOf(i));
            if (after < v.size() && !APPOSITIVE_CLOSERS.contains(v.word(after))) {
                continue; // "the leader of the Labour Party, Tom Reid and Ann Holt": a list
            }
            PartyMention party = v.partyAt(i - 2);
            for (int d = i - 3; d >= Math.max(0, i - 1 - DESCRIPTION_REACH); d--) {
                if (v.personStart[d] != null || ",".equals(v.word(d))) {
                    break; // another name, or the clause before
                }
                if (!(v.pos(d).equals("DT") || v.pos(d).equals("PRP$")) || !holdsRole(v, d, party.first())) {
                    continue;
                }
                PartyMention p = describedParty(v, d);
                if (p != null && p.last() == party.last()) {
                    c.add(v.personStart[i], p, 0.85);
                    break;
                }
            }
        }
    }

    /** Whether a role word stands between {@code from} and {@code to}: "the co-chairman of the", not "the". */
    private static boolean holdsRole(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SentenceView.isRole(v.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs of saying after a one-person role that close an appositive the writer left open: "Rhodri Glyn Thomas, Plaid
     * Cymru health spokesman said:" (not "Reid, Labour leaders say": a plural role is a clause of its own).
     */
    private static final Set<String> SAYING = Set.of("say", "tell", "add", "claim", "insist", "argue", "warn");

    /** "the likely Democratic and Republican candidates respectively": a description of two people, not one. */
    private static boolean pairedParties(SentenceView v, PartyMention p) {
        int k = p.last() + 1;
        return k + 1 < v.size() && ("and".equals(v.word(k)) || "or".equals(v.word(k))) && v.party(k + 1) != null;
    }

    /**
     * The party of a description of one person starting at {@code k} ("the Labour MP", "UKIP's deputy leader",
     * "a Republican seeking", "Democrat of Missouri", "leader of the SNP"), or null when it is none.
     */
    private static PartyMention describedParty(SentenceView v, int k) {
        if ("one".equalsIgnoreCase(v.word(k)) && "of".equals(v.word(k + 1))) {
            k += 2; // "X, one of the Republicans in the race,", "X, one of UKIP's two London Assembly members,"
        }
        int first = k;
        int rolesBefore = 0;
        String opener = v.pos(k);
        // "X, communications director for the ...,": a role after its modifiers, with no determiner
        int modified = opener.startsWith("NNP") || SentenceView.isRole(v.word(k)) ? -1 : RolePhrases.modifiedRole(v, k);
        if (!(opener.equals("DT") || opener.equals("PRP$") || opener.equals("RB") || SentenceView.isRole(v.word(k))
                || v.partyStart[k] != null || modified > k
                || opener.startsWith("NNP") && v.isPossessive(k + 1))) {
            return null; // "Clinton, many other members of the GOP are ...": not an appositive
        }
        k = Math.max(k, modified); // to the role of "communications director for the ..."
        while (k < v.size() && k <= first + 6 && v.partyStart[k] == null && v.personStart[k] == null) {
            String pos = v.pos(k);
            if (SentenceView.isRole(v.word(k))) {
                rolesBefore++;
            } else if (rolesBefore > 0 && v.pos(k).startsWith("NNP") && (v.party(k + 1) != null
                    || v.pos(k + 1).startsWith("NNP") && v.party(k + 2) != null && RolePhrases.statePart(v, k) <= k)) {
                // "chairman of the Kentucky Democrats": a state party; "of the South Fenwold Conservative Association"
            } else if (RolePhrases.isPlace(v, k) && (v.party(k + 1) != null || RolePhrases.isPlace(v, k + 1))
                    || LEVELS.contains(v.lower(k)) && v.partyStart[k + 1] != null) {
                // "an Iowa Republican strategist", "a New Hampshire Democratic activist", "the county Democratic chair"
            } else if (k > first && RolePhrases.statePart(v, k) > k) {
                k = RolePhrases.statePart(v, k) - 1; // "chair of the South Carolina Democratic Party", "the Florida Democratic Party chairwoman"
            } else if (rolesBefore > 0 && "for".equals(v.word(k))) {
                int q = "the".equals(v.word(k + 1)) ? k + 2 : k + 1;
                PartyMention race = v.party(q);
                if (race != null && race.is(Use.NAME) && (race.last() + 1 >= v.size()
                        || CLAUSE_ENDS.contains(v.word(race.last() + 1)))) {
                    return race; // "X, chief strategist for the Republican National Committee,": the party's own office
                }
                // "X, the front-runner for the Democratic nomination,": the role is in that party's race
                return raceOf(v, race);
            } else if (rolesBefore > 0 && "in".equals(v.word(k))) {
                // "X, the front-runner in the Republican race,", "X, the leader in Republican polls,"
                PartyMention race = v.party("the".equals(v.word(k + 1)) ? k + 2 : k + 1);
                return race != null && race.is(Use.MODIFIER) && "polls".equals(v.lower(race.last() + 1))
                        && (race.last() + 2 >= v.size() || CLAUSE_ENDS.contains(v.word(race.last() + 2))) ? race : raceOf(v, race);
            } else if (rolesBefore > 0 && v.word(k).indexOf('-') > 0 && Character.isLowerCase(v.word(k).charAt(0))) {
                // "leader of the anti-immigration UK Independence Party"
            } else if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.equals("RB") || pos.equals("PRP$") && k == first
                    || pos.equals("VBN") && k > first // "X, a broadly respected Republican,", "X, a registered Democrat,"
                    || v.isPossessive(k)
                    || v.isPossessive(k + 1) || pos.equals("CD") && k > first
                    || "dozen".equals(v.lower(k)) && k > first // "the 2016 GOP frontrunner", "one of a dozen Republicans"
                    || portfolioBefore(v, k))) {
                return null;
            }
            k++;
        }
        PartyMention p = v.party(k);
        if (p == null) {
            return null;
        }
        int a = p.last() + 1;
        if ("for".equals(v.word(a)) && v.pos(a + 1).startsWith("NNP")) {
            return null; // "executive director of Democrats for Life": a group of its own, not the party
        }
        if (p.is(Use.MEMBER) && !p.plural() && ofState(v, a)) {
            return p; // "Sen. Ann Holt, Democrat of Missouri, said"
        }
        if (v.isPossessive(a)) {
            a++;
        }
        if (rolesBefore == 0 && !v.isPossessive(p.last() + 1) && coordinatedRole(v, a)) {
            return p; // "X, a Republican and former Virginia governor,": the party word and a role describe one person
        }
        int rolesAfter = v.afterRoles(a) - a;
        while (RolePhrases.modifiedRole(v, a + rolesAfter) > a + rolesAfter && (!v.isPossessive(p.last() + 1)
                || Set.of(",", ".", ";").contains(v.word(RolePhrases.modifiedRole(v, a + rolesAfter) + 1)))) {
            // "the Liberal Democrats' foreign affairs spokesman,", "says X, Labour's campaign coordinator."
            // "the Lib Dem environment spokesman", "a Republican political consultant", "Lib Dem home affairs spokesman"
            rolesAfter = v.afterRoles(RolePhrases.modifiedRole(v, a + rolesAfter)) - a;
        }
        a += rolesAfter;
        if (rolesAfter > 0 && v.isPossessive(a)) {
            return null; // "X, the Republican nominee's eldest daughter,": the party is the nominee's
        }
        if (rolesAfter > 1 && "of".equals(v.word(a - 1)) && "LOCATION".equals(v.token(a).ner())) {
            while (a < v.size() && "LOCATION".equals(v.token(a).ner())) {
                a++; // "the Republican governor of Ohio,"
            }
        }
        if (rolesBefore > 0 && rolesAfter == 0 && RolePhrases.PARTY_BODIES.contains(v.lower(a))) {
            return p; // "leader of the Labour group on the council", "chair of the Democratic caucus"
        }
        if (rolesAfter == 0 && !p.plural() && Set.of("colleague", "ally").contains(v.lower(a))
                && (CLAUSE_ENDS.contains(v.word(a + 1)) || "of".equals(v.word(a + 1)) && v.person(a + 2) != null
                || fromPlace(v, a + 1))) {
            return p; // "X, a Fianna Fáil colleague of Mr Keaveney's,", "X, a Labour ally, said", "his GOP colleague from Ohio,"
        }
        boolean nounFollows = v.nounFollows(a) && !joinsRoles(v, p.last() + 1, a);
        boolean finiteVerb = Set.of("VBP", "VBZ", "VBD", "MD").contains(v.pos(a))
                && !(rolesAfter > 0 && "NN".equals(v.pos(a - 1)) && SAYING.contains(v.lemma(a)));
        if (nounFollows || finiteVerb || rolesBefore == 0 && rolesAfter == 0 && !p.is(Use.MEMBER)) {
            return null;
        }
        return p;
    }

    /** Whether "from" and a place name that ends the phrase start at {@code a}: "from Carrow,", "from New Bristol who". */
    private static boolean fromPlace(SentenceView v, int a) {
        int j = a + 1;
        while (j < v.size() && j <= a + 3 && v.pos(j).startsWith("NNP") && v.person(j) == null && v.party(j) == null) {
            j++;
        }
        return "from".equals(v.word(a)) && j > a + 1
                && (j >= v.size() || CLAUSE_ENDS.contains(v.word(j)) || "who".equals(v.word(j)));
    }

    /** "the water spokeswoman for the Greens", "the social care spokesman of the SNP": a portfolio's noun before a role. */
    private static boolean portfolioBefore(SentenceView v, int k) {
        return "NN".equals(v.pos(k)) && (roleNoun(v, k + 1) || "NN".equals(v.pos(k + 1)) && roleNoun(v, k + 2));
    }

    /** A role word that is a noun: "spokeswoman", not "of" ("a friend of the Tory leader" is no portfolio). */
    private static boolean roleNoun(SentenceView v, int k) {
        return k < v.size() && v.pos(k).startsWith("NN") && SentenceView.isRole(v.word(k));
    }

    /**
     * "and former Virginia governor", "and longtime state senator": "and", then modifiers (adjectives, adverbs, "former",
     * place names) and a role word that ends the phrase, at {@code a}.
     */
    private static boolean coordinatedRole(SentenceView v, int a) {
        if (!"and".equals(v.word(a))) {
            return false;
        }
        boolean role = false;
        int j = a + 1;
        for (; j < v.size() && j <= a + 6 && v.personStart[j] == null && v.partyStart[j] == null; j++) {
            boolean roleWord = SentenceView.isRole(v.word(j)) && !"and".equals(v.word(j));
            if (role && "and".equals(v.word(j)) && SentenceView.isRole(v.word(j + 1))) {
                continue; // "and former Virginia governor and senator"
            }
            if (roleWord && v.pos(j).startsWith("NN")) {
                role = true;
            } else if (!(roleWord || v.pos(j).startsWith("JJ") || v.pos(j).startsWith("RB") || RolePhrases.isPlace(v, j)
                    || "CD".equals(v.pos(j)))) {
                break;
            }
        }
        return role && (j >= v.size() || CLAUSE_ENDS.contains(v.word(j)) && !"and".equals(v.word(j))
                || "who".equals(v.lower(j)) || "of".equals(v.word(j)) || "from".equals(v.word(j)));
    }

    /**
     * Whether the roles from {@code from} to {@code to} are a complete role, "and", then another description:
     * "an Iowa Republican strategist and former adviser to X" (the party ends with the first role).
     */
    private static boolean joinsRoles(SentenceView v, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if ("and".equals(v.word(j)) && v.pos(j - 1).startsWith("NN") && SentenceView.isRole(v.word(j - 1))
                    && !"and".equals(v.word(j - 1)) && !"of".equals(v.word(j - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The party whose race a role is in when its race word follows it ("the Democratic nomination"), or null. */
    private static PartyMention raceOf(SentenceView v, PartyMention race) {
        return race != null && RaceWords.raceAfter(v, race) >= 0
                && RaceWords.raceAfter(v, race) == race.last() + 1 + ("presidential".equals(v.lower(race.last() + 1)) ? 1 : 0)
                ? race : null;
    }

    /** Whether "of" and a place name that ends the phrase start at {@code a}: "Democrat of Missouri,", "Republican of New York." */
    private static boolean ofState(SentenceView v, int a) {
        if (!"of".equals(v.word(a)) || !(RolePhrases.isPlace(v, a + 1) || v.pos(a + 1).startsWith("NNP") && v.personAt[a + 1] == null
                && "ORGANIZATION".equals(v.token(a + 1).ner()) && "ORGANIZATION".equals(v.token(a - 1).ner()))) {
            return false; // "Democrat of Missouri,"; "Republican of South Carolina" tagged as one organisation
        }
        int j = a + 1;
        while (j < v.size() && j <= a + 4 && v.pos(j).startsWith("NNP") && v.person(j) == null && v.party(j) == null) {
            j++;
        }
        return j >= v.size() || CLAUSE_ENDS.contains(v.word(j)) || "who".equals(v.word(j));
    }

    /** Where a party's office is held, before the party's word: "the county Democratic chair", "the state GOP chairman". */
    private static final Set<String> LEVELS = Set.of("county", "state", "city", "district", "local", "regional");
}
