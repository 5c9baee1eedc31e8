package org.newskg.extractor.membership;

import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.parties.PartyGazetteer.Use;
import org.newskg.extractor.parties.PartyMention;

/**
 * Sieves that read a party word in a phrase with a name: "of the SNP", "For the Lib Dems, X", "Cameron's Conservative
 * Party", "his leadership of the Liberal Party", "UKIP, led by Nigel Farage".
 */
final class NameSieves {

    private static final Set<String> CAMPAIGNS = Set.of("campaign", "campaigns", "bid", "candidacy", "run",
            "nomination", "ticket");
    private static final Set<String> PASSIVE_VERBS = WordLists.words(NameSieves.class, "passive-verbs.txt");

    private NameSieves() {
    }

    /** Quotation marks as tokens. */
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "'", "\u201d", "\u2019", "``", "''");

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
        for (int head = RolePhrases.modifiedRole(v, s); v.person(s) == null && head > s; head = RolePhrases.modifiedRole(v, s)) {
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
