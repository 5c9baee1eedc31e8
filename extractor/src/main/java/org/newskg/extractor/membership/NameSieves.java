package org.newskg.extractor.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.parties.PartyGazetteer.Use;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.extractor.persons.RoleWords;

/** Sieves that read a party word next to a name: titles, appositives, "of the SNP", "For the Lib Dems, X". */
final class NameSieves {

    private static final Set<String> CONNECTORS = Set.of("and", "of", "&");
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
    private static final Set<String> CAMPAIGNS = Set.of("campaign", "campaigns", "bid", "candidacy", "run",
            "nomination", "ticket");
    private static final Set<String> PASSIVE_VERBS = WordLists.words(NameSieves.class, "passive-verbs.txt");
    /** Letters after a name for a seat: "Brian Monteith MSP". */
    private static final Set<String> POST_NOMINALS = Set.of("MP", "MSP", "MEP", "AM", "MLA", "QC");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ")", "-", "–", "—", ".", ";", "and");
    /** Who share a party with someone, after the party word: "his Labour colleague X", "Reid's Tory allies A and B". */
    private static final Set<String> COLLEAGUES = Set.of("colleague", "colleagues", "ally", "allies");

    private NameSieves() {
    }

    /** "Reid's Labour colleague X": the possessor named right before the party is a member too (not so of "Reid's Labour allies"). */
    private static void colleagueOf(Context c, PartyMention p) {
        SentenceView v = c.v;
        int s = p.first() - 1;
        if (s >= 1 && v.isPossessive(s) && v.personAt[s - 1] != null && v.lower(p.last() + 1).startsWith("colleague")) {
            c.add(v.personAt[s - 1].canonical(), p, 0.8);
        }
    }

    /** "Labour MP Stella Creasy", "Tory leader Michael Howard", "Republicans Cory Gardner, Joni Ernst and Thom Tillis". */
    static void titleBeforeName(Context c) {
        for (PartyMention p : c.v.parties) {
            titleBeforeName(c, p);
        }
    }

    private static void titleBeforeName(Context c, PartyMention p) {
        SentenceView v = c.v;
        int k = p.last() + 1;
        boolean possessive = v.isPossessive(k);
        boolean modifier = p.is(Use.MODIFIER) || p.is(Use.MEMBER);
        if (!possessive && !modifier && !v.isRoleAt(k) && modifiedRole(v, k) < 0) {
            return; // a bare name ("UKIP Nigel Farage") is no title; "UK Independence Party leader X" is
        }
        if (possessive) {
            k++;
        }
        int roles = 0;
        // "the Liberal Democrats' Arjun Mehta": one person of the party; so is "Nationals senator Kate Tanner", a plural
        // that is also the party's modifier, before a singular role
        boolean plural = p.plural() && !possessive && !(p.is(Use.MODIFIER) && v.isRoleAt(k) && !v.pos(k).endsWith("S"));
        boolean constituency = false;
        boolean comma = false;
        boolean connector = false;
        while (k < v.size() && k <= p.last() + 12 && (v.personStart[k] == null
                || constituency && v.pos(k).startsWith("NNP") && "and".equals(v.word(v.endOf(k))))) {
            // "candidate for Barrow and Furness Simon Fell": a seat's name taken for a person's
            int body = roles > 0 && "of".equals(v.word(k)) ? institution(v, k + 1) : -1;
            connector = body < 0 && CONNECTORS.contains(v.word(k));
            if (body > 0) {
                k = body - 1; // "two Republican members of Congress from Florida, A and B"
            } else if (connector) {
                // "front-runner and former secretary of state": joins roles, is no role itself
            } else if (v.isRoleAt(k) || roles > 0 && PORTFOLIO_ROLES.contains(v.lower(k)) // "PC health critic X"
                    || TITLES.contains(v.lower(k).replace(".", "")) && (v.person(k + 1) != null
                    || roles > 0 && ",".equals(v.word(k + 1)) && v.personStart[Math.min(k + 2, v.size() - 1)] != null)) {
                roles++; // a title that is no party role: "Labour Cllr Stewart Young", "the Democratic House speaker, Jim Wright,"
                plural |= v.pos(k).endsWith("S") && v.pos(k).startsWith("NN") || PLURAL_TITLES.contains(v.lower(k));
            } else if (roles == 0 && k == p.last() + 1 && !possessive && p.is(Use.MODIFIER) && !p.plural()
                    && COLLEAGUES.contains(v.lower(k))) {
                roles++; // "Ed Miliband's Labour colleague Chuka Umunna", "his Tory ally X": a fellow member
                plural |= v.lower(k).endsWith("s");
                colleagueOf(c, p);
            } else if (roles == 0 && "CD".equals(v.pos(k)) && v.isPossessive(k - 1)) {
                // "one of UKIP's two London Assembly members, X": a count of the party's members
            } else if (roles > 0 && joinedTrade(v, k)) {
                // "GOP presidential contender and former neurosurgeon Ben Carson": a second trade joined by "and"
            } else if (modifiedRole(v, k) > k) {
                k = modifiedRole(v, k); // "Lib Dem home affairs spokesman X", "Liberal Democrat parliamentary chairman X"
                roles++;
                plural |= v.pos(k).endsWith("S") && v.pos(k).startsWith("NN"); // "Tory parliamentary hopefuls A and B"
            } else if (roles > 0 && placeThenName(v, k) > k) {
                k = placeThenName(v, k) - 1; // "The Democratic senator from Ohio, X", "the Conservatives' candidate in Leeds North, X"
            } else if (roles > 0 && "for".equals(v.word(k)) && office(v, k + 1) > k + 1) {
                k = office(v, k + 1) - 1; // "the Republican nominee for president, Mitt Romney"
            } else if (roles > 0 && "for".equals(v.word(k)) && portfolio(v, k + 1) > k + 1) {
                k = portfolio(v, k + 1) - 1; // "Labour's deputy minister for women Jacqui Smith"
            } else if (roles > 0 && "for".equals(v.word(k)) && v.pos(k + 1).startsWith("NNP")) {
                constituency = true; // "Conservative MP for Witney, David Cameron"
            } else if (constituency && v.pos(k).startsWith("NNP")) {
                // the constituency's name
            } else if (roles > 0 && plural && runningFor(v, k) > k) {
                k = runningFor(v, k) - 1; // "The Republican senators running for president -- A, B and C --"
            } else if (roles > 0 && DASHES.contains(v.word(k))) {
                // "candidates - Sen. Ted Cruz"
            } else if (roles > 0 && ",".equals(v.word(k))
                    && (v.personStart[Math.min(k + 1, v.size() - 1)] != null || v.isRoleAt(k + 1))) {
                comma = true; // "rival, Sen. Bernie Sanders"
            } else if (roles > 0 && ",".equals(v.word(k)) && titledName(v, k + 1) > k + 1) {
                comma = true; // "successor, Stark County Commissioner Dale Pruszynski", "councillor, Cllr Rashid Amberley"
                k = titledName(v, k + 1) - 1;
            } else if (roles == 0 && possessive && SOLE.contains(v.lower(k))) {
                // "Labour's only councillor, X": one of a kind is still a role
            } else {
                return;
            }
            k++;
        }
        if (k >= v.size() || v.personStart[k] == null || connector || roles == 0 && possessive && !p.is(Use.NAME)) {
            return; // "both UKIP and Kilroy-Silk": a list, not a title
        }
        if (possessive && opposing(v, p.last() + 1, k)) {
            return; // "Labour's main rival, X": the party's opponent, not its member
        }
        String article = v.lower(p.first() - 1);
        if (roles == 0 && (article.equals("a") || article.equals("an"))) {
            return; // "called a Republican Obama": a comparison, not a title
        }
        int after = v.skipTrailer(plural ? listEnd(v, k) : v.endOf(k));
        if (comma && POST_NOMINALS.contains(v.word(after))) {
            after++; // "The Tory finance spokesman, Brian Monteith MSP, said"
        }
        if (comma && !(after >= v.size() || CLAUSE_ENDS.contains(v.word(after)))) {
            return; // "if Trump is the GOP nominee, Rubio gave ...": a clause boundary, not an appositive
        }
        if (plural && !comma && listEnd(v, k) == v.endOf(k) && !CLAUSE_ENDS.contains(v.word(v.skipTrailer(v.endOf(k))))
                && v.skipTrailer(v.endOf(k)) < v.size()) {
            return; // "the Republican nominees Obama himself faced": a plural title names a group, not him
        }
        c.add(v.personStart[k], p, roles > 0 ? 0.9 : 0.8);
        if (plural) {
            list(c, p, v.endOf(k), 0.85);
        }
    }

    private static final Set<String> TITLES = RoleWords.TITLE.words();
    /** Abbreviated titles of several persons, which the tagger takes for singular names: "GOP Sens. A and B". */
    private static final Set<String> PLURAL_TITLES = Set.of("sens.", "sens", "reps.", "reps", "govs.", "govs");

    /**
     * The position past a capitalised body after "members of" ("Congress", "the House", "the Scottish Parliament")
     * when a place, a comma or a name follows it, or -1: up to three capitalised words, none a person's or a party's.
     */
    private static int institution(SentenceView v, int k) {
        int j = "the".equals(v.word(k)) ? k + 1 : k;
        int start = j;
        while (j < v.size() && j < start + 3 && v.pos(j).startsWith("NNP") && v.personAt[j] == null && v.partyAt(j) == null
                && !"LOCATION".equals(v.token(j).ner())) {
            j++;
        }
        boolean follows = ",".equals(v.word(j)) || v.person(j) != null || "from".equals(v.word(j)) || "for".equals(v.word(j));
        return j > start && follows ? j : -1;
    }

    /** Participles of contending: "senators running for president". */
    private static final Set<String> RUNNING = Set.of("running", "seeking", "vying", "competing");

    /** The position of the dash after "running for president" that opens a list of names, or -1. */
    private static int runningFor(SentenceView v, int k) {
        if (!RUNNING.contains(v.lower(k)) || !"for".equals(v.word(k + 1))) {
            return -1;
        }
        int j = k + 2;
        while (j < v.size() && j <= k + 6 && v.personAt[j] == null && (v.pos(j).startsWith("NN") || v.pos(j).startsWith("JJ")
                || v.pos(j).equals("DT") || v.partyAt(j) != null)) {
            j++;
        }
        return j > k + 2 && DASHES.contains(v.word(j)) && v.person(j + 1) != null ? j : -1;
    }

    /**
     * Whether {@code k} is a singular common noun (after "former" or another adjective) that a connector
     * joined to the roles before it and that a name follows: "contender and former neurosurgeon Ben Carson".
     */
    private static boolean joinedTrade(SentenceView v, int k) {
        if (!v.pos(k).equals("NN") || !Character.isLowerCase(v.word(k).charAt(0)) || v.personAt[k] != null
                || v.person(k + 1) == null) {
            return false;
        }
        int b = k - 1;
        while (b > k - 3 && (v.pos(b).startsWith("JJ") || "former".equalsIgnoreCase(v.word(b)))) {
            b--;
        }
        return "and".equals(v.word(b));
    }

    /** Words before a possessed role that leave it a role: "Labour's only councillor", "the SNP's sole MP". */
    private static final Set<String> SOLE = Set.of("only", "sole", "lone");

    /**
     * The position of the name after a title of up to four words that ends in a title or role ("Cllr", "Stark County
     * Commissioner") or, in lower case, in a trade ("local pharmacist", "the trucking executive"), starting at {@code j};
     * -1 when no such title and name follow.
     */
    static int titledName(SentenceView v, int j) {
        boolean described = false;
        if (("the".equals(v.lower(j)) || "a".equals(v.lower(j))) && j + 1 < v.size()
                && Character.isLowerCase(v.word(j + 1).charAt(0))) {
            j++; // "The Republican nominee, the trucking executive Franklin Teague,"
            described = true;
        }
        for (int m = j + 1; m < v.size() && m <= j + 4; m++) {
            int last = m - 1;
            boolean lower = Character.isLowerCase(v.word(last).charAt(0))
                    && (v.pos(last).equals("JJ") || v.pos(last).equals("NN"));
            if (!(v.pos(last).startsWith("NNP") || lower) || v.personAt[last] != null || v.partyAt(last) != null) {
                return -1;
            }
            described |= lower;
            if (v.personStart[m] != null) {
                return v.isRole(v.word(last)) || TITLES.contains(v.lower(last).replace(".", ""))
                        || described && v.pos(last).equals("NN") ? m : -1;
            }
        }
        return -1;
    }

    /**
     * The position of the comma after "from Ohio" / "in Leeds North" / "of Texas" / "at Holyrood" / "in the Senedd" /
     * "on Castlebridge council" that a name follows, or -1.
     */
    private static int placeThenName(SentenceView v, int k) {
        if (!Set.of("from", "in", "of", "at", "on").contains(v.word(k))) {
            return -1;
        }
        int first = "the".equals(v.word(k + 1)) ? k + 2 : k + 1;
        int j = first;
        while (j < v.size() && j <= first + 3 && v.pos(j).startsWith("NNP") && v.personAt[j] == null && v.partyAt(j) == null) {
            j++;
        }
        if ((j > first || first == k + 2) && "NN".equals(v.pos(j)) && Character.isLowerCase(v.word(j).charAt(0))
                && v.personAt[j] == null) {
            j++; // "deputy leader on Castlebridge council, X", "councillor on the authority, X"
        }
        return j > first && ",".equals(v.word(j)) && (v.person(j + 1) != null || titledName(v, j + 1) > j + 1) ? j : -1;
    }

    /**
     * The position past the office of a title ("candidate for governor, X", "nominee for president X", "candidate
     * for the Senate, X"): one or two common nouns (or "the" and a capitalised one) followed by a comma or a name;
     * -1 otherwise.
     */
    private static int office(SentenceView v, int k) {
        boolean the = "the".equals(v.word(k));
        int j = the ? k + 1 : k;
        int start = j;
        while (j < v.size() && j < start + 2 && v.personAt[j] == null && v.partyAt(j) == null
                && (v.pos(j).equals("NN") && Character.isLowerCase(v.word(j).charAt(0))
                || the && v.pos(j).startsWith("NNP"))) {
            j++;
        }
        if (j == start) {
            return -1;
        }
        boolean name = v.person(j) != null || ",".equals(v.word(j)) && v.person(j + 1) != null;
        return name ? j : -1;
    }

    /** The position past a list of names starting at {@code k} ("A, B and C"). */
    static int listEnd(SentenceView v, int k) {
        List<Integer> rest = listedAfter(v, v.endOf(k));
        return rest.isEmpty() ? v.endOf(k) : v.endOf(rest.get(rest.size() - 1));
    }

    /** The names after the first of a list under one plural title: "Republicans A in Colorado, B and C". */
    static void list(Context c, PartyMention p, int end, double confidence) {
        SentenceView v = c.v;
        for (int j : listedAfter(v, end)) {
            if (p != null) {
                c.add(v.personStart[j], p, confidence);
            } else {
                c.add(v.personStart[j].canonical(), c.race, confidence);
            }
        }
    }

    /** Where each further name of a list begins, after a name ending at {@code end}: ", B and C", "and B". */
    private static List<Integer> listedAfter(SentenceView v, int end) {
        List<Integer> starts = new ArrayList<>();
        int e = end;
        while (true) {
            int j = v.skipTrailer(e);
            if (j < v.size() && (",".equals(v.word(j)) || "and".equals(v.word(j)) || "or".equals(v.word(j)))) {
                j++;
                if ("and".equals(v.word(j)) || "or".equals(v.word(j))) {
                    j++;
                }
                j = pastPlace(v, v.afterRoles(j));
                if (j < v.size() && v.personStart[j] != null) {
                    starts.add(j);
                    e = v.endOf(j);
                    continue;
                }
            }
            return starts;
        }
    }

    /** A party's own members in a chamber: "leader of the Labour group", "the Democratic caucus". */
    static final Set<String> PARTY_BODIES = Set.of("group", "caucus", "delegation", "conference", "benches",
            "association");

    /** Quotation marks as tokens. */
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "'", "\u201d", "\u2019", "``", "''");

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
        int modified = opener.startsWith("NNP") || SentenceView.isRole(v.word(k)) ? -1 : modifiedRole(v, k);
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
                    || v.pos(k + 1).startsWith("NNP") && v.party(k + 2) != null && statePart(v, k) <= k)) {
                // "chairman of the Kentucky Democrats": a state party; "of the South Fenwold Conservative Association"
            } else if (isPlace(v, k) && (v.party(k + 1) != null || isPlace(v, k + 1))
                    || LEVELS.contains(v.lower(k)) && v.partyStart[k + 1] != null) {
                // "an Iowa Republican strategist", "a New Hampshire Democratic activist", "the county Democratic chair"
            } else if (k > first && statePart(v, k) > k) {
                k = statePart(v, k) - 1; // "chair of the South Carolina Democratic Party", "the Florida Democratic Party chairwoman"
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
        while (modifiedRole(v, a + rolesAfter) > a + rolesAfter && (!v.isPossessive(p.last() + 1)
                || Set.of(",", ".", ";").contains(v.word(modifiedRole(v, a + rolesAfter) + 1)))) {
            // "the Liberal Democrats' foreign affairs spokesman,", "says X, Labour's campaign coordinator."
            // "the Lib Dem environment spokesman", "a Republican political consultant", "Lib Dem home affairs spokesman"
            rolesAfter = v.afterRoles(modifiedRole(v, a + rolesAfter)) - a;
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
        if (rolesBefore > 0 && rolesAfter == 0 && PARTY_BODIES.contains(v.lower(a))) {
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
            } else if (!(roleWord || v.pos(j).startsWith("JJ") || v.pos(j).startsWith("RB") || isPlace(v, j)
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
        if (!"of".equals(v.word(a)) || !(isPlace(v, a + 1) || v.pos(a + 1).startsWith("NNP") && v.personAt[a + 1] == null
                && "ORGANIZATION".equals(v.token(a + 1).ner()) && "ORGANIZATION".equals(v.token(a - 1).ner()))) {
            return false; // "Democrat of Missouri,"; "Republican of South Carolina" tagged as one organisation
        }
        int j = a + 1;
        while (j < v.size() && j <= a + 4 && v.pos(j).startsWith("NNP") && v.person(j) == null && v.party(j) == null) {
            j++;
        }
        return j >= v.size() || CLAUSE_ENDS.contains(v.word(j)) || "who".equals(v.word(j));
    }

    /**
     * The position of the party after a state's name that opens a state party's name ("the South Carolina Republican
     * Party", "the Florida Democratic Party": the tagger often takes the state for part of the organisation), or -1:
     * up to three capitalised words, each a place or of the party's organisation, none a person's.
     */
    static int statePart(SentenceView v, int k) {
        int j = k;
        while (j < v.size() && j < k + 3 && v.pos(j).startsWith("NNP") && v.personAt[j] == null && v.partyAt(j) == null
                && PLACE_OR_ORGANISATION.contains(v.token(j).ner())) {
            j++;
        }
        return j > k && v.party(j) != null ? j : -1;
    }

    private static final Set<String> PLACE_OR_ORGANISATION = Set.of("LOCATION", "STATE_OR_PROVINCE", "CITY", "COUNTRY",
            "ORGANIZATION");

    /** A capitalised place word (NER location), not part of a person's name or a party. */
    static boolean isPlace(SentenceView v, int k) {
        return k < v.size() && v.pos(k).startsWith("NNP") && "LOCATION".equals(v.token(k).ner())
                && v.personAt[k] == null && v.partyAt(k) == null;
    }

    /** Roles that are a party's only with a portfolio before them: "Conservative energy critic X", not "a Labour critic". */
    private static final Set<String> PORTFOLIO_ROLES = Set.of("critic");

    /**
     * The position of a role after up to four modifiers of it ("home affairs spokesman", "parliamentary
     * chairman", "Care Minister", "work and pensions secretary", "energy critic"), or -1: each modifier a common noun or adjective
     * (or, for one or two, a capitalised word of a title), or "and" between two nouns; none a person, a party or
     * a place.
     */
    static int modifiedRole(SentenceView v, int k) {
        for (int n = 1; n <= 4; n++) {
            int head = k + n;
            boolean modifiers = true;
            for (int j = k; j < head; j++) {
                String pos = v.pos(j);
                boolean joined = j > k && "and".equals(v.word(j)) && v.pos(j + 1).startsWith("NN")
                        && !v.pos(j - 1).startsWith("JJ") && !"party".equals(v.word(j + 1))
                        && !SentenceView.isRole(v.word(j + 1)); // "shadow work and pensions secretary", not "Labour's record and party leader"
                boolean participle = j == k && n <= 2 && pos.equals("VBG"); // "BNP founding chairman X"
                boolean degree = (pos.equals("RBS") || pos.equals("RBR")) && v.pos(j + 1).startsWith("JJ"); // "most senior figures"
                modifiers &= joined || (pos.startsWith("NN") || pos.startsWith("JJ") || participle || degree) && v.personAt[j] == null
                        && v.partyAt(j) == null && !v.isPossessive(j)
                        && (n <= 2 || !pos.startsWith("NNP") || n == 3 && "and".equals(v.word(k + 1))); // "Work and Pensions Secretary"
            }
            if (!modifiers) {
                return -1;
            }
            if (head < v.size() && v.personAt[head] == null
                    && (SentenceView.isRole(v.word(head)) || PORTFOLIO_ROLES.contains(v.lower(head)))
                    && (v.pos(head).startsWith("NN") || v.pos(head).startsWith("JJ") && v.person(head + 1) != null)) {
                // "Labour election chief Alan Milburn": the tagger takes "chief" before a name for an adjective
                return head;
            }
        }
        return -1;
    }

    /** Roles that stand against whose they are: "Labour's main rival", "the party's challenger". */
    private static final Set<String> OPPONENTS = Set.of("rival", "rivals", "challenger", "challengers", "opponent",
            "opponents");

    /** Whether a role against the party stands from {@code from} to before {@code to}. */
    static boolean opposing(SentenceView v, int from, int to) {
        for (int j = from; j < to; j++) {
            if (OPPONENTS.contains(v.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** "Simon Thomas, of Plaid Cymru,", "X of the SNP", "John Murray, of Aldridge Brownhills Conservatives". */
    static void ofParty(Context c) {
        SentenceView v = c.v;
        for (int i = 0; i < v.size(); i++) {
            if (v.personStart[i] == null) {
                continue;
            }
            int k = v.endOf(i);
            if (",".equals(v.word(k))) {
                k++;
            }
            if (!"of".equals(v.word(k))) {
                continue;
            }
            k++;
            if ("the".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            int local = k;
            while (local < k + 3 && v.party(local) == null && v.pos(local).startsWith("NNP")
                    && (local > k || v.person(local) == null || v.endOf(local) < k + 3 && v.party(v.endOf(local)) != null)) {
                local++; // a local party: "of Aldridge Brownhills Conservatives", "of the Kentucky Democrats"
            }
            PartyMention p = v.party(local);
            if (p == null || !(p.is(Use.NAME) || local > k && p.plural()) || v.nounFollows(p.last() + 1)
                    || v.isPossessive(p.last() + 1)) {
                continue;
            }
            c.add(v.personStart[i], p, 0.85);
        }
    }

    /** What stands between the names of a list of candidates: "A for the Greens, B of Reform UK and C". */
    private static final Set<String> LIST_SEPARATORS = Set.of(",", "and", ":", ".", ";");

    /** Prepositions of a place in a chamber: "On the Labour benches, X", "From the Tory backbenches, X". */
    private static final Set<String> BENCH_OPENERS = Set.of("on", "from");
    /** Where a party's members sit in a chamber, or stand in a race ("On the Republican side, X is unopposed"). */
    private static final Set<String> BENCHES = Set.of("benches", "backbenches", "frontbench", "frontbenches", "bench",
            "side");

    /**
     * "For the Lib Dems, Vince Cable said ...", "On the Labour benches, X rose": the person speaking for the party
     * named before the comma, or sitting on its benches;
     * "Oliver Letwin, for the Tories, attacked ...": the person the aside is about; "A of Reform UK, B for the Green
     * Party and C": a candidate in a list.
     */
    static void forParty(Context c) {
        SentenceView v = c.v;
        for (int i = 0; i < v.size(); i++) {
            boolean comma = v.personStart[i] != null && ",".equals(v.word(v.endOf(i)));
            if (v.personStart[i] == null || !"for".equals(v.word(v.endOf(i) + (comma ? 1 : 0)))) {
                continue;
            }
            int k = v.endOf(i) + (comma ? 2 : 1);
            if ("the".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            PartyMention p = v.party(k);
            boolean listed = !comma && i > 0 && LIST_SEPARATORS.contains(v.word(i - 1)) && p != null && p.is(Use.NAME)
                    && LIST_SEPARATORS.contains(v.word(p.last() + 1)); // "..., Tamsin Leckie for the Green Party and ..."
            if (p != null && (p.is(Use.NAME) || p.plural()) && (comma && ",".equals(v.word(p.last() + 1)) || listed)) {
                c.add(v.personStart[i], p, 0.8);
            }
        }
        int k = 0;
        while (k < v.size() && (v.pos(k).equals("CC") || "over".equals(v.lower(k)) && "on".equals(v.lower(k + 1))
                || k == 0 && QUOTE_MARKS.contains(v.word(k)) && v.size() > 1 && "for".equalsIgnoreCase(v.word(1)))) {
            k++; // "And for the Lib Dems, X", "Over on the Republican side, X"; the mark closing a quotation of two
                 // sentences or more, which CoreNLP's splitter sets at the start of the next sentence
        }
        boolean seats = BENCH_OPENERS.contains(v.lower(k));
        if (!"for".equalsIgnoreCase(v.word(k)) && !seats) {
            return;
        }
        k++;
        if ("the".equalsIgnoreCase(v.word(k))) {
            k++;
        }
        PartyMention p = v.party(k);
        int end = p == null ? -1 : p.last() + 1;
        if (seats && p != null && BENCHES.contains(v.lower(end)) && ",".equals(v.word(end + 1))) {
            end++; // "On the Labour benches, X rose to ask": where the party's members sit
        } else if (seats || p == null || !(p.is(Use.NAME) || p.plural())) {
            return;
        }
        boolean comma = ",".equals(v.word(end));
        int s = v.afterRoles(end + (comma ? 1 : 0));
        if ("former".equals(v.lower(s))) {
            s = v.afterRoles(s + 1); // "On the Republican side, former sheriff X is unopposed"
        }
        if (seats && RaceWords.raceRole(v, s)) {
            s++; // "Over on the Republican side, front-runner X couldn't resist"
        }
        for (int head = modifiedRole(v, s); v.person(s) == null && head > s; head = modifiedRole(v, s)) {
            s = v.afterRoles(head); // "For the Conservatives, Work and Pensions Secretary X mocked"
        }
        if (v.person(s) == null) {
            return;
        }
        int verb = v.endOf(s);
        if (v.pos(verb).startsWith("VB") || v.pos(verb).equals("MD") || comma && ",".equals(v.word(verb))) {
            c.add(v.personStart[s], p, 0.8); // "For the Lib Dems, X said", "For the Lib Dems David Laws said:"
        }
    }

    /**
     * "some Republicans, including Sen. Lamar Alexander of Tennessee,", "Tory MPs such as A and B", "Democrats,
     * like A,", "Democrats -- including A --", "the Republicans, particularly A,", "such senior Republicans as A and
     * B", "three Democrats are fighting for the seat: A, B and C.": the members a plural party word (or a party's plural
     * role) names.
     */
    static void suchAs(Context c) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            int k = p.last() + 1;
            boolean group = p.plural() && p.is(Use.MEMBER);
            if (!group && p.is(Use.MODIFIER)) {
                int r = v.afterRoles(k);
                if (r > k && v.pos(r - 1).startsWith("NN") && v.pos(r - 1).endsWith("S")) {
                    group = true; // "Tory MPs", "Republican senators"
                    k = r;
                } else if (people(v, k) > k) {
                    group = true; // "Democratic national security heavyweights"
                    k = people(v, k);
                }
            }
            if (!group) {
                continue;
            }
            countedList(c, p, k);
            boolean comma = ",".equals(v.word(k)) || DASHES.contains(v.word(k));
            if (comma) {
                k++;
            }
            if (comma && "from".equals(v.word(k))) {
                fromTo(c, p, k + 1); // "Democratic heavyweights — from former CIA director A to Vice President B —"
                continue;
            }
            if ("including".equals(v.word(k)) || comma && ("like".equals(v.word(k)) || FOREMOST.contains(v.lower(k)))
                    || !comma && "as".equals(v.word(k)) && suchBefore(v, p.first())) {
                k++; // "such senior Republicans as A and B"
            } else if ("such".equals(v.word(k)) && "as".equals(v.word(k + 1))) {
                k += 2;
            } else {
                continue;
            }
            k = pastPlace(v, v.afterRoles(k));
            if (v.person(k) != null) {
                c.add(v.person(k), p, 0.8);
                list(c, p, v.endOf(k), 0.8);
            }
        }
    }

    /** Where a party's office is held, before the party's word: "the county Democratic chair", "the state GOP chairman". */
    private static final Set<String> LEVELS = Set.of("county", "state", "city", "district", "local", "regional");

    /**
     * "three Democrats are fighting for the state's 61 delegates: A (D-New Caddis), Mayor B and Rep. C.": a counted
     * group of a party's members ({@code p}, its group ending before {@code k}), a colon later in its clause, and a
     * list of exactly that many names that ends the sentence.
     */
    private static void countedList(Context c, PartyMention p, int k) {
        SentenceView v = c.v;
        Integer count = p.first() > 0 ? RaceGroups.NUMBERS.get(v.lower(p.first() - 1)) : null;
        if (count == null) {
            return;
        }
        int colon = k;
        while (colon < v.size() && colon <= k + 15 && !":".equals(v.word(colon))) {
            if (v.person(colon) != null || v.party(colon) != null || Set.of(";", ".").contains(v.word(colon))) {
                return;
            }
            colon++;
        }
        if (colon >= v.size() || !":".equals(v.word(colon))) {
            return;
        }
        List<PersonMention> names = NameLists.list(v, colon + 1);
        if (names.size() != count) {
            return;
        }
        int end = v.skipTrailer(v.endOf(NameLists.indexOf(v, names.get(names.size() - 1), colon + 1)));
        if (end >= v.size() || ".".equals(v.word(end))) {
            names.forEach(m -> c.add(m, p, 0.8));
        }
    }

    /** The name's position after a portfolio of one or two common nouns ("for women", "for home affairs"), or -1. */
    private static int portfolio(SentenceView v, int k) {
        for (int j = k; j < k + 2; j++) {
            if (!v.pos(j).startsWith("NN") || v.pos(j).startsWith("NNP")) {
                return -1;
            }
            if (v.person(j + 1) != null) {
                return j + 1;
            }
        }
        return -1;
    }

    /** Past a place's possessive and titles before a name ("Arizona's John McCain", "Iowa's Sen. X"), else {@code j}. */
    static int pastPlace(SentenceView v, int j) {
        int k = j;
        while (isPlace(v, k)) {
            k++;
        }
        return k > j && v.isPossessive(k) ? v.afterRoles(k + 1) : j;
    }

    /** Plural nouns of persons that make a party's group without being roles: "Democratic heavyweights", "GOP grandees". */
    private static final Set<String> PEOPLE = Set.of("heavyweights", "figures", "grandees", "stalwarts", "veterans",
            "luminaries", "bigwigs", "notables", "politicians", "lawmakers", "legislators", "officials", "activists",
            "donors", "strategists", "operatives", "loyalists", "insiders", "elders", "rebels", "colleagues", "allies");

    /**
     * Where a group of a party's people ends when one starts at {@code k} (after the party word): "national security
     * heavyweights", "party grandees", up to three words before the plural noun ({@link #PEOPLE}); else {@code k}.
     */
    private static int people(SentenceView v, int k) {
        for (int j = k; j < Math.min(v.size(), k + 4); j++) {
            if (v.personStart[j] != null || v.partyStart[j] != null || !(v.pos(j).startsWith("NN") || v.pos(j).startsWith("JJ"))) {
                return k;
            }
            if (PEOPLE.contains(v.lower(j))) {
                return j + 1;
            }
        }
        return k;
    }

    /** "from former CIA director A to Vice President B": the two ends of a range of a party's people, each past its titles. */
    private static void fromTo(Context c, PartyMention p, int k) {
        SentenceView v = c.v;
        int first = NameLists.loose(v, k); // past "former CIA director"
        if (v.person(first) == null) {
            return;
        }
        int to = v.endOf(first);
        if (!"to".equals(v.word(to))) {
            return;
        }
        int second = NameLists.loose(v, to + 1);
        if (v.person(second) == null) {
            return;
        }
        c.add(v.person(first), p, 0.8);
        c.add(v.person(second), p, 0.8);
    }

    /** Whether "such" (and adjectives only) comes right before a party word: "such senior Republicans as A". */
    private static boolean suchBefore(SentenceView v, int first) {
        int b = first - 1;
        while (b > 0 && v.pos(b).startsWith("JJ") && !"such".equalsIgnoreCase(v.word(b))) {
            b--;
        }
        return b >= 0 && "such".equalsIgnoreCase(v.word(b));
    }

    /** Adverbs that pick members out of a group named just before: "the Republicans, particularly Donald Trump,". */
    private static final Set<String> FOREMOST = Set.of("particularly", "especially", "notably", "chiefly", "mainly");

    /** Group nouns after a party word that name its members: "and other Republican candidates", "and other Democratic leaders". */
    private static final Set<String> MEMBER_GROUPS = Set.of("candidates", "hopefuls", "contenders", "leaders", "lawmakers",
            "senators", "mps", "members", "politicians", "nominees", "rivals", "officials", "colleagues", "figures");

    /**
     * "Trump and other Republicans", "Kasich, Bush and other GOP candidates", "Clinton and other Democratic leaders":
     * the names before "and other" and a group of a party's members are members too (not "and other Labour
     * supporters": backers, not members).
     */
    static void andOther(Context c) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            int o = p.first() - 1;
            if (!"other".equalsIgnoreCase(v.word(o))) {
                continue;
            }
            boolean group = p.plural() && p.is(Use.MEMBER) && !v.nounFollows(p.last() + 1);
            if (!group && p.is(Use.MODIFIER)) {
                int g = p.last() + 1;
                if ("presidential".equalsIgnoreCase(v.word(g))) {
                    g++;
                }
                group = MEMBER_GROUPS.contains(v.lower(g)) && !v.nounFollows(g + 1);
            }
            int and = "the".equalsIgnoreCase(v.word(o - 1)) ? o - 2 : o - 1;
            if (!group || !"and".equals(v.word(and)) || v.personAt[and - 1 < 0 ? 0 : and - 1] == null) {
                continue;
            }
            int e = and - 1;
            while (e >= 0 && v.personAt[e] != null) {
                PersonMention m = v.personAt[e];
                c.add(m, p, 0.8);
                int b = e;
                while (b >= 0 && v.personAt[b] == m) {
                    b--;
                }
                if (b >= 1 && ",".equals(v.word(b)) && v.personAt[b - 1] != null) {
                    e = b - 1; // "Kasich, Bush and other GOP candidates"
                } else {
                    break;
                }
            }
        }
    }

    /** Where a party stands, between its leader's name and its own: "Merkel's center-right Christian Democratic Union". */
    private static final Set<String> LEANINGS = Set.of("center-right", "centre-right", "center-left", "centre-left",
            "right-wing", "left-wing", "far-right", "far-left", "hard-left", "hard-right", "ruling", "governing",
            "conservative", "populist", "nationalist", "socialist", "liberal");

    /** "Cameron's Conservative Party", "Corbyn's Labour", "Merkel's center-right Christian Democratic Union". */
    static void possessiveParty(Context c) {
        SentenceView v = c.v;
        for (int i = 0; i < v.size(); i++) {
            if (v.personStart[i] == null) {
                continue;
            }
            int e = v.endOf(i);
            if (!v.isPossessive(e)) {
                continue;
            }
            PartyMention p = v.party(e + 1);
            if (p == null) {
                int a = e + 1;
                while (a < e + 3 && LEANINGS.contains(v.lower(a))) {
                    a++; // "Angela Merkel's center-right Christian Democratic Union"
                }
                p = a > e + 1 ? v.party(a) : null;
                if (p == null || !p.is(Use.NAME)) {
                    continue; // "Pat Yost's liberal views": a leaning only before a party's name
                }
            }
            int k = p.last() + 1;
            if ("presidential".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            if (p.is(Use.MODIFIER) && CAMPAIGNS.contains(v.lower(k))) {
                c.add(v.personStart[i].canonical(), c.party(p), 0.75, "member.possessive-campaign", false);
                continue;
            }
            if (!p.is(Use.NAME) || v.nounFollows(p.last() + 1) || SentenceView.isRole(v.word(p.last() + 1))) {
                continue;
            }
            c.add(v.personStart[i], p, 0.75);
        }
    }

    /** Nouns of leading whose holder's party follows "of": "his leadership of the Liberal Party". */
    private static final Set<String> LEADING = Set.of("leadership", "chairmanship", "stewardship");

    /**
     * "X survived a challenge to his leadership of the Liberal Party", "a test of X's leadership of Labour": whoever
     * leads the party is its member (the possessor a name, or a his/her the one resolver gives a name).
     */
    static void leadershipOf(Context c) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            int of = "the".equals(v.word(p.first() - 1)) ? p.first() - 2 : p.first() - 1;
            int noun = of - 1;
            if (!p.is(Use.NAME) || noun < 1 || !"of".equals(v.word(of)) || !LEADING.contains(v.lower(noun))
                    || v.nounFollows(p.last() + 1)) {
                continue;
            }
            int owner = noun - 1;
            if (v.isPossessive(owner) && owner >= 1 && v.personAt[owner - 1] != null) {
                c.add(v.personAt[owner - 1].canonical(), p, 0.75);
            } else if ("his".equals(v.lower(owner)) || "her".equals(v.lower(owner))) {
                c.persons.resolvePronoun(v.token(owner).begin()).ifPresent(name -> c.add(name, p, 0.7));
            }
        }
    }

    /** "Veritas was formed by Mr Kilroy-Silk", "UKIP, led by Nigel Farage,", "the SNP, whose leader, Nicola Sturgeon,". */
    static void foundedBy(Context c) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            if (!p.is(Use.NAME) || p.plural()) {
                continue;
            }
            int k = p.last() + 1;
            int role = "former".equals(v.lower(k + 2)) || "new".equals(v.lower(k + 2)) ? k + 3 : k + 2;
            if (",".equals(v.word(k)) && "whose".equals(v.lower(k + 1)) && SentenceView.isRole(v.word(role))) {
                int j = ",".equals(v.word(role + 1)) ? role + 2 : role + 1;
                if (v.person(j) != null) {
                    c.add(v.personStart[j], p, 0.8); // "the National Front, whose leader, Marine Le Pen, ..."
                }
                continue;
            }
            if (",".equals(v.word(k))) {
                k++;
            } else {
                while (k < v.size() && k <= p.last() + 3 && ("be".equals(v.lemma(k))
                        || v.pos(k).startsWith("RB") || v.pos(k).equals("VBZ") || v.pos(k).equals("VBD"))) {
                    k++;
                }
            }
            if (k >= v.size() || !v.pos(k).equals("VBN") || !PASSIVE_VERBS.contains(v.lemma(k))) {
                continue;
            }
            k++;
            if ("up".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            if ("by".equalsIgnoreCase(v.word(k)) && v.person(k + 1) != null) {
                c.add(v.personStart[k + 1], p, 0.8);
            }
        }
    }
}
