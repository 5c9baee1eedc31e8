package org.newskg.extractor.membership;

import java.util.Set;
import org.newskg.extractor.parties.PartyGazetteer.Use;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.RoleWords;

/**
 * Sieves for a party word in a title before a name: "Labour MP Stella Creasy", "Tory leader Michael Howard",
 * "Republicans Cory Gardner, Joni Ernst and Thom Tillis", "the Republican nominee for president, Mitt Romney"; and
 * where a title before a name ends ({@link #titledName}).
 */
final class PartyTitles {

    private static final Set<String> CONNECTORS = Set.of("and", "of", "&");
    /** Letters after a name for a seat: "Brian Monteith MSP". */
    private static final Set<String> POST_NOMINALS = Set.of("MP", "MSP", "MEP", "AM", "MLA", "QC");
    /** Who share a party with someone, after the party word: "his Labour colleague X", "Reid's Tory allies A and B". */
    private static final Set<String> COLLEAGUES = Set.of("colleague", "colleagues", "ally", "allies");

    private PartyTitles() {
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
        if (!possessive && !modifier && !v.isRoleAt(k) && RolePhrases.modifiedRole(v, k) < 0) {
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
            } else if (v.isRoleAt(k) || roles > 0 && RolePhrases.PORTFOLIO_ROLES.contains(v.lower(k)) // "PC health critic X"
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
            } else if (RolePhrases.modifiedRole(v, k) > k) {
                k = RolePhrases.modifiedRole(v, k); // "Lib Dem home affairs spokesman X", "Liberal Democrat parliamentary chairman X"
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
            } else if (roles > 0 && SentenceView.isDash(v.word(k))) {
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
        if (possessive && RolePhrases.opposing(v, p.last() + 1, k)) {
            return; // "Labour's main rival, X": the party's opponent, not its member
        }
        String article = v.lower(p.first() - 1);
        if (roles == 0 && (article.equals("a") || article.equals("an"))) {
            return; // "called a Republican Obama": a comparison, not a title
        }
        int after = v.skipTrailer(plural ? PartyGroups.listEnd(v, k) : v.endOf(k));
        if (comma && POST_NOMINALS.contains(v.word(after))) {
            after++; // "The Tory finance spokesman, Brian Monteith MSP, said"
        }
        if (comma && !(after >= v.size() || Appositives.CLAUSE_ENDS.contains(v.word(after)))) {
            return; // "if Trump is the GOP nominee, Rubio gave ...": a clause boundary, not an appositive
        }
        if (plural && !comma && PartyGroups.listEnd(v, k) == v.endOf(k) && !Appositives.CLAUSE_ENDS.contains(v.word(v.skipTrailer(v.endOf(k))))
                && v.skipTrailer(v.endOf(k)) < v.size()) {
            return; // "the Republican nominees Obama himself faced": a plural title names a group, not him
        }
        c.add(v.personStart[k], p, roles > 0 ? 0.9 : 0.8);
        if (plural) {
            PartyGroups.list(c, p, v.endOf(k), 0.85);
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
        return j > k + 2 && SentenceView.isDash(v.word(j)) && v.person(j + 1) != null ? j : -1;
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
}
