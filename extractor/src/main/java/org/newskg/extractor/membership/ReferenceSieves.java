package org.newskg.extractor.membership;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer.Use;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonMention;

/**
 * Sieves that tie a party to a person through a reference: a pronoun ("his own Republican Party",
 * "his party"), a description ("The Labour peer said"), "the party's candidate, X".
 */
final class ReferenceSieves {

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her");
    /** A party's own possessives: "Its leader, X", "Their group leader, X". */
    static final Set<String> PARTY_POSSESSIVES = Set.of("its", "their");
    static final Set<String> QUOTES = Set.of("\"", "``", "''", "“", "”");
    /** What one person runs under a party's name: "his Republican presidential campaign", "her Democratic bid". */
    private static final Set<String> CAMPAIGNS = Set.of("campaign", "bid", "candidacy", "run");
    /** Who share a person's party: "his Republican colleagues", "her Labour allies". */
    private static final Set<String> COLLEAGUES = Set.of("colleague", "colleagues", "allies", "comrades");
    /** Verbs whose object "his party" is spoken to or pressed ("told his party", "urged her party", "called on his party"). */
    private static final Set<String> ADDRESSING = Set.of("told", "tells", "tell", "telling", "urged", "urges", "urge",
            "urging", "warned", "warns", "warn", "warning", "asked", "asks", "ask", "reminded", "reminds", "addressed",
            "addresses", "rallied", "rallies", "implored", "exhorted", "called", "calls", "call", "challenged");
    /** Role words that end no description of one person: collectives and the words that join roles. */
    private static final Set<String> NOT_A_PERSON = Set.of("leadership", "party", "cabinet", "senate", "house",
            "majority", "minority", "state", "national", "of", "and", "front", "shadow", "then", "former", "ex",
            "senior", "junior", "general", "presidential", "vice-presidential", "members", "politicians");

    private ReferenceSieves() {
    }

    /** "members of his own Republican Party", "his Conservatives": the party of the person the pronoun refers to. */
    static void pronounParty(Context c) {
        SentenceView v = c.v;
        fellowMember(c);
        for (int i = 0; i < v.size(); i++) {
            String whose = whoseOwner(v, i);
            if (whose == null && (v.personAt[i] != null || !POSSESSIVE_PRONOUNS.contains(v.lower(i))
                    || !"PRP$".equals(v.pos(i)))) {
                continue;
            }
            int at = i;
            Supplier<Optional<String>> owner = () -> whose != null ? Optional.of(whose) : referent(c, at);
            int k = i + 1;
            if ("own".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            PartyMention fellows = v.party(k + 1);
            if ("fellow".equalsIgnoreCase(v.word(k)) && fellows != null && fellows.plural() && fellows.is(Use.MEMBER)
                    && !v.isPossessive(fellows.last() + 1)) {
                owner.get().ifPresent(name -> c.add(name, fellows, 0.7));
                continue; // "more circumspect than her fellow Democrats": she is one of them
            }
            PartyMention own = v.partyStart[k] != null ? v.party(k) : null;
            if (own != null && own.plural() && own.is(Use.MEMBER) && !v.nounFollows(own.last() + 1)
                    && !v.isPossessive(own.last() + 1)) {
                owner.get().ifPresent(name -> c.add(name, own, 0.7));
                continue; // "even if his Conservatives are not the largest party": the party he leads
            }
            int adjectives = k;
            while (adjectives < k + 2 && v.pos(adjectives).startsWith("JJ") && v.partyStart[adjectives] == null) {
                adjectives++; // "his own brief Republican presidential campaign"
            }
            PartyMention q = v.party(adjectives);
            if (q != null && q.is(Use.MODIFIER) && !q.plural()) {
                int a = q.last() + 1;
                while (a < q.last() + 3 && v.pos(a).startsWith("JJ")) {
                    a++;
                }
                boolean colleagues = COLLEAGUES.contains(v.lower(a)) && !"colleague".equals(v.lower(a));
                if ((CAMPAIGNS.contains(v.lower(a)) || colleagues || GOVERNMENTS.contains(v.lower(a)))
                        && !v.isPossessive(a + 1)) {
                    owner.get().ifPresent(name -> c.add(name, q, 0.7));
                    continue; // "his Democratic presidential bid": he ran as a Democrat; "his Republican colleagues";
                    // "X, whose United Conservative Party government"; not "her Republican colleague" (a fellow
                    // senator of another party)
                }
            }
            if (CAMPAIGNS.contains(v.lower(k)) && "for".equals(v.word(k + 1)) && "the".equalsIgnoreCase(v.word(k + 2))
                    && v.party(k + 3) != null && RaceWords.raceAfter(v, v.party(k + 3)) >= 0) {
                PartyMention race = v.party(k + 3); // "her bid for the Democratic presidential nomination"
                owner.get().ifPresent(name -> c.add(name, race, 0.7));
                continue;
            }
            PartyMention p = v.party(k);
            if (p == null || !p.is(Use.NAME) || p.is(Use.MEMBER)) {
                continue;
            }
            int a = p.last() + 1;
            while (a < v.size() && (v.pos(a).startsWith("JJ") || v.pos(a).equals("VBN"))) {
                a++; // "his GOP would-be successors": the party modifies a group, not him
            }
            if (v.nounFollows(a) || SentenceView.isRole(v.word(a))) {
                continue;
            }
            owner.get().ifPresent(name -> c.add(name, p, 0.7));
        }
    }

    /**
     * "His deputy and fellow Liberal Democrat, Fiona Gresham-Tate, will lead the council": the person named after "fellow"
     * and one member of a party, and the person "his" ("his fellow", "his deputy and fellow") refers to, are its members.
     * Without a possessive, "fellow" and a plural of members make the person they are fellows of one: "Kaine, who
     * criticized fellow Democrats in 2011", "X and fellow Republicans voted against it".
     */
    private static void fellowMember(Context c) {
        SentenceView v = c.v;
        for (int i = 0; i + 3 < v.size(); i++) {
            PartyMention p = v.party(i + 1);
            if (!"fellow".equals(v.word(i)) || p == null || !p.is(Use.MEMBER) || p.plural()
                    || !",".equals(v.word(p.last() + 1)) || p.last() + 2 >= v.size()
                    || v.personStart[p.last() + 2] == null) {
                continue;
            }
            c.add(v.personStart[p.last() + 2].canonical(), p, 0.7);
            int his = i >= 3 && "and".equals(v.word(i - 1)) ? i - 3 : i - 1; // "his fellow", "his deputy and fellow"
            if (his >= 0 && "PRP$".equals(v.pos(his)) && POSSESSIVE_PRONOUNS.contains(v.lower(his))) {
                referent(c, his).ifPresent(name -> c.add(name, p, 0.7));
            }
        }
        for (int i = 1; i + 1 < v.size(); i++) {
            PartyMention fellows = v.party(i + 1);
            if ("fellow".equals(v.word(i)) && fellows != null && fellows.plural() && fellows.is(Use.MEMBER)
                    && !v.isPossessive(fellows.last() + 1) && !v.nounFollows(fellows.last() + 1)) {
                String name = fellowsOf(c, i);
                if (name != null) {
                    c.add(name, fellows, 0.7);
                }
            }
        }
    }

    /** Words that join a person to the members of a party they are one of: "X and fellow Democrats". */
    private static final Set<String> ALONGSIDE = Set.of("and", "with", "like");

    /**
     * Whose fellows "fellow Democrats" at {@code i + 1} are, without a possessive: the subject of the verb right before
     * ("X, who criticized fellow Democrats", "X called on fellow Republicans to"), or the name right before "and",
     * "with" or "like" ("X and fellow Republicans voted"); else null.
     */
    private static String fellowsOf(Context c, int i) {
        SentenceView v = c.v;
        int b = i - 1;
        if (ALONGSIDE.contains(v.lower(b)) && b >= 1 && v.personAt[b - 1] != null) {
            return v.personAt[b - 1].canonical();
        }
        if (b >= 1 && ("RP".equals(v.pos(b)) || "on".equals(v.lower(b))) && v.pos(b - 1).startsWith("VB")) {
            b--; // "called on fellow Republicans"
        }
        return v.pos(b).startsWith("VB") && !"VBN".equals(v.pos(b)) ? SentenceSubjects.subjectOf(c, b) : null;
    }

    /** What a person's party runs: "his Labour government", "X, whose Democratic administration". */
    private static final Set<String> GOVERNMENTS = Set.of("government", "administration");

    /** "X, whose Fianna Fáil has led the Government": the person named right before the comma of a "whose", else null. */
    private static String whoseOwner(SentenceView v, int i) {
        if (i < 2 || !"whose".equals(v.lower(i)) || !",".equals(v.word(i - 1)) || v.personAt[i - 2] == null) {
            return null;
        }
        return v.personAt[i - 2].canonical();
    }

    /**
     * The person a possessive pronoun refers to, when the sentence names nobody before it or names that
     * person: in "Trump and his Republican allies" it is Trump, whatever the article's salience says.
     */
    static java.util.Optional<String> referent(Context c, int i) {
        SentenceView v = c.v;
        Set<String> named = new java.util.HashSet<>();
        for (int j = 0; j < i; j++) {
            if (v.personAt[j] != null) {
                named.add(v.personAt[j].canonical());
            }
        }
        return c.persons.resolvePronoun(v.token(i).begin()).filter(name -> named.isEmpty() || named.contains(name));
    }

    /**
     * "Lord Warner accused his party leadership" where the sentence (or, when it names none, the one
     * before) names exactly one party (as a party, not as in "a Labour government"): the pronoun's person
     * belongs to it.
     */
    static void hisParty(Context c) {
        SentenceView v = c.v;
        Party party = localParty(c);
        if (party == null) {
            return;
        }
        for (int i = 0; i + 1 < v.size(); i++) {
            int k = i + 1;
            if ("own".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            if (!"party".equals(v.word(k)) || v.party(k) != null) {
                continue;
            }
            if (POSSESSIVE_PRONOUNS.contains(v.lower(i)) && "PRP$".equals(v.pos(i)) && v.personAt[i] == null
                    && !descriptionBefore(v, i) && refersTo(c, party, i, k)) {
                int pronoun = i;
                clauseSubject(v, i).or(() -> referent(c, pronoun)) // "with leader Charles Kennedy saying his party": his
                        .filter(name -> !c.settled(name))
                        .filter(name -> !partyOfAnotherBefore(c, party, name))
                        .ifPresent(name -> c.add(name, party, 0.65));
            } // not "a deal with Sturgeon's party": the party this sentence names may well be another
        }
    }

    /**
     * The person named right before a possessive pronoun's verb, the subject of the pronoun's own clause ("with leader
     * X saying his party", "X said her party"), whoever the article's salience points to; else empty.
     */
    private static java.util.Optional<String> clauseSubject(SentenceView v, int i) {
        int j = i - 1;
        boolean verb = false;
        while (j > 0 && j >= i - 3 && v.personAt[j] == null && (v.pos(j).startsWith("VB") || v.pos(j).startsWith("RB"))) {
            verb |= v.pos(j).startsWith("VB");
            j--;
        }
        return verb && j >= 0 && v.personAt[j] != null ? java.util.Optional.of(v.personAt[j].canonical())
                : java.util.Optional.empty();
    }

    /**
     * Whether the party "her party" takes from the sentence before (this one names none) is there someone else's:
     * "Labour MP Tom Walsh backed the bill. Mary Jones said her party would oppose it." says nothing of hers.
     */
    private static boolean partyOfAnotherBefore(Context c, Party party, String person) {
        boolean here = c.v.parties.stream().anyMatch(p -> !inParentheses(c.v, p.first()));
        int s = c.v.sentence.index();
        return !here && s > 0 && c.givenToAnother(c.doc.sentences().get(s - 1), party, person);
    }

    /**
     * Whether "his party" at {@code k} (the pronoun at {@code i}) can mean the party this sentence names. Not when the
     * party is named only later and "his party" is whom he speaks to or presses: what he tells his party is about
     * another, the one they are set against ("He told his party's spring conference the Tories must not be allowed
     * to win", "urged his party to vote with Labour"). A party named before it, renaming it ("his party, the SNP,"),
     * named later in what is said of his party ("defend his party's handling of the bill, which passed after the
     * Conservatives accepted ...") or named in the sentence before still counts.
     */
    private static boolean refersTo(Context c, Party party, int i, int k) {
        SentenceView v = c.v;
        if (!ADDRESSING.contains(v.lower(i - 1)) && !("on".equals(v.lower(i - 1)) && ADDRESSING.contains(v.lower(i - 2)))) {
            return true;
        }
        boolean named = false;
        for (PartyMention p : v.parties) {
            if (inParentheses(v, p.first()) || !c.party(p).equals(party)) {
                continue;
            }
            named = true;
            int gap = p.first() - k;
            boolean renames = gap > 0 && gap <= 3 && (",".equals(v.word(k + 1)) || "(".equals(v.word(k + 1))
                    || "-LRB-".equals(v.word(k + 1)));
            if (p.last() < i || renames) {
                return true;
            }
        }
        return !named;
    }

    private static boolean inParentheses(SentenceView v, int i) {
        int open = 0;
        for (int k = 0; k < i; k++) {
            String w = v.word(k);
            open += "(".equals(w) || "-LRB-".equals(w) ? 1 : ")".equals(w) || "-RRB-".equals(w) ? -1 : 0;
        }
        return open > 0;
    }

    /** Whether "the Labour peer" (a party description) stands before {@code i}: "his" may well be that person. */
    private static boolean descriptionBefore(SentenceView v, int i) {
        for (PartyMention p : v.parties) {
            if (p.last() < i && p.is(Use.MODIFIER) && "the".equalsIgnoreCase(v.word(p.first() - 1))
                    && SentenceView.isRole(v.word(p.last() + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one party this sentence names as a party (not in an aside, not as a noun's modifier: "a minority
     * Labour government"), or when it names none, the one party the sentence before names; else null.
     */
    static Party localParty(Context c) {
        Set<Party> here = new LinkedHashSet<>();
        boolean asParty = false;
        for (PartyMention p : c.v.parties) {
            if (!inParentheses(c.v, p.first())) {
                here.add(c.party(p)); // "(which might be news to most Democrats)": an aside names no one's party
                asParty |= !c.v.pos(p.last() + 1).startsWith("NN");
            }
        }
        if (!here.isEmpty() && !asParty) {
            return null; // "could back a minority Labour government": another party's government, perhaps
        }
        if (here.isEmpty() && !c.previousAsParty) {
            return null; // "... could prop up a minority Labour government. X said her party's stance ..."
        }
        Set<Party> named = here.isEmpty() ? new LinkedHashSet<>(c.previous) : here;
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /**
     * "on the council, X", "in the Senate, X" after a role ("the party's leader on the council, X"): where the comma after
     * the body the role is held in stands, or -1.
     */
    private static int pastBody(SentenceView v, int k) {
        if (!("on".equals(v.word(k)) || "in".equals(v.word(k)) || "at".equals(v.word(k))) || !"the".equals(v.word(k + 1))
                || !v.pos(k + 2).startsWith("NN") || v.personAt[Math.min(k + 2, v.size() - 1)] != null) {
            return -1;
        }
        int j = k + 3;
        while (j < k + 5 && v.pos(j).startsWith("NN") && v.personAt[j] == null) {
            j++;
        }
        return ",".equals(v.word(j)) ? j : -1;
    }

    /**
     * "party leader Roger Knapman", "the party's candidate for Scunthorpe Stephen Howd", "the party's
     * chairman, X", "its leader X", "The Greens launched their manifesto, with leader X saying": "party" is
     * the party of the article, or the one party this sentence or the one before names, or (in a sentence that
     * names none) the party "the party" refers to there: the only party the article names, or the most named
     * one when one of the two sentences before named it; else the one party this sentence names before a role ("The
     * Nationals candidate ..., flanked by the party's deputy leader, X").
     */
    static void partyLeader(Context c) {
        SentenceView v = c.v;
        Party local = localParty(c);
        Party party = local != null && leadsSentence(v, local, local, c) ? local // the party the sentence opens with
                : c.v.parties.isEmpty() && c.previousOpener != null ? c.previousOpener // "The Greens ... said. The party's X"
                : c.dominant != null ? c.dominant
                : local != null ? local : c.v.parties.isEmpty() ? c.referent : roleParty(v, c);
        Party opener = c.opener;
        if (party == null && opener == null) {
            return; // the party a sentence opens with wins over the article's: "The Lib Dems launched ..., with leader X"
        }
        for (int i = 0; i < v.size(); i++) {
            PersonMention joiner = ledTheParty(v, i);
            if (joiner != null && !c.settled(joiner.canonical())) {
                c.add(joiner.canonical(), party, 0.6); // "X, who has led the party in opposition since"
            }
            // "its"/"their" stand for a party named before them: in this sentence, else the one the last sentence opened
            // with ("The Welsh Conservatives were scathing. Their finance spokesman, X, ..."), never one named after them
            Party owner = PARTY_POSSESSIVES.contains(v.lower(i)) ? possessor(v, i, c, party, local) : null;
            boolean its = owner != null;
            boolean with = v.lower(i).equals("with") && v.pos(i + 1).startsWith("NN")
                    && (leadsSentence(v, party, local, c) || opener != null);
            boolean opening = i == 0 && v.word(i).equals("Party") && SentenceView.isRole(v.word(i + 1)); // "Party chief executive X"
            if (!((v.word(i).equals("party") || opening) && party != null || its || with) || v.partyStart[i] != null
                    || i > 0 && v.partyStart[i - 1] != null) {
                continue;
            }
            int k = i + 1;
            if (v.isPossessive(k)) {
                k++;
            }
            while (k < v.size() && (v.pos(k).startsWith("JJ") || v.pos(k).equals("CD")) && v.personStart[k] == null
                    && !SentenceView.isRole(v.word(k))) {
                k++; // "the party's previous standard-bearers", "the party's last two nominees"
            }
            int roles = 0;
            k = Math.max(k, RolePhrases.modifiedRole(v, k)); // "the party's finance spokesman, X": to its role word
            while (k < v.size() && v.personStart[k] == null && SentenceView.isRole(v.word(k)) && roles < 4) {
                roles++;
                k++;
            }
            if (roles > 0 && ("of".equals(v.word(k - 1)) || "and".equals(v.word(k - 1)))) {
                continue; // "the party of Reagan": no role of the party's
            }
            if (roles > 0 && ("for".equals(v.word(k)) || "in".equals(v.word(k))) && v.pos(k + 1).startsWith("NNP")) {
                k++; // "the party's candidate for Westmorland and Lonsdale, X", "its candidate in Saltmarsh East, X"
                while (k < v.size() && (v.personStart[k] == null || placeTakenForName(v, k)) && (v.pos(k).startsWith("NNP")
                        || "and".equals(v.word(k)) && v.pos(k + 1).startsWith("NNP"))) {
                    k++;
                }
            }
            if (roles > 0 && pastBody(v, k) > k) {
                k = pastBody(v, k); // "the party's leader on the council, X", "its leader in the Senate, X"
            }
            int at = i;
            boolean before = roles > 0 && v.parties.stream().anyMatch(p -> p.last() < at);
            if (with && !leadsSentence(v, party, local, c)) {
                // "Labour hit back at the Tory proposals, with election coordinator X accusing ...": the participle after
                // the name makes the phrase the main clause's, whose subject is the party the sentence opens with
                if (roles > 0 && k < v.size() && v.personStart[k] != null && "VBG".equals(v.pos(v.endOf(k)))
                        && !c.settled(v.personStart[k].canonical())) {
                    c.add(v.personStart[k].canonical(), opener, 0.6);
                }
                continue;
            }
            Party meant = its ? owner : before || v.parties.isEmpty() ? party : c.previousOpener; // not a party named after
            PersonMention apposed = roles > 0 ? apposedBefore(v, v.word(i).equals("party") ? i - 1 : i, k) : null;
            if (apposed != null && !c.settled(apposed.canonical())) {
                if (meant != null) {
                    c.add(apposed.canonical(), meant, 0.6); // "X, its economy spokesman,", "X, the party's chief whip,"
                }
                continue;
            }
            if (roles > 0 && meant != null && v.lower(k - 1).endsWith("s") && ",".equals(v.word(k))
                    && "including".equals(v.lower(k + 1))) {
                for (PersonMention m : NameLists.list(v, k + 2)) { // "a majority of the party's MPs, including Sir X"
                    if (!c.settled(m.canonical())) {
                        c.add(m.canonical(), meant, 0.6);
                    }
                }
                continue;
            }
            if (roles > 0 && v.lower(k - 1).endsWith("s") && LIST_OPENERS.contains(v.word(k))
                    && !RolePhrases.opposing(v, i + 1, k)) {
                for (PersonMention m : NameLists.list(v, k + 1)) { // "the party's previous standard-bearers -- A, B and C --"
                    if (!c.settled(m.canonical())) {
                        c.add(m.canonical(), its ? owner : party, 0.6);
                    }
                }
                continue;
            }
            if (",".equals(v.word(k)) && roles > 0) {
                k++;
                if (k < v.size() && v.personStart[k] == null && PartyTitles.titledName(v, k) > k) {
                    k = PartyTitles.titledName(v, k); // "the party's leader, First Minister X,"
                }
            }
            if (roles > 0 && k < v.size() && v.personStart[k] != null && !c.settled(v.personStart[k].canonical())
                    && !RolePhrases.opposing(v, i + 1, k)) { // "the party's main rival, X"
                c.add(v.personStart[k].canonical(), its ? owner : party, 0.6);
            }
        }
    }

    /** Roles that speak for a party: "Home affairs spokesman X" right after a sentence the party opened. */
    private static final Set<String> PARTY_VOICES = Set.of("spokesman", "spokeswoman", "spokesperson", "whip",
            "coordinator");

    /**
     * "The Liberal Democrats say they also oppose house arrests. Home affairs spokesman X told ...": a sentence that
     * names no party and opens with a role that speaks for a party, right before a name, is the party's whom the
     * sentence before opened with. Not an office of state ("Home Secretary X"), which the governing party holds.
     */
    static void partyVoice(Context c) {
        SentenceView v = c.v;
        if (!v.parties.isEmpty() || c.previousOpener == null) {
            return;
        }
        int head = PARTY_VOICES.contains(v.lower(0)) ? 0 : RolePhrases.modifiedRole(v, 0);
        if (head >= 0 && PARTY_VOICES.contains(v.lower(head)) && head + 1 < v.size() && v.personStart[head + 1] != null
                && !c.settled(v.personStart[head + 1].canonical())) {
            c.add(v.personStart[head + 1].canonical(), c.previousOpener, 0.6);
        }
    }

    /**
     * "Other GOP candidates have been nearly as bellicose. Sen. Ted Cruz (Tex.) has said ...", "Several Labour MPs attacked
     * the plan. Ann Holt said it was a disgrace.": a sentence that names no party and opens with a named person (past
     * titles) as the subject of its verb, right after one that opens with a group of a party's people, gives one of them
     * as its example; a subject of several names gives each ("Nine Republican candidates debated on Tuesday. Ted Cruz
     * and Marco Rubio clashed over immigration."), unless one of them has another party already.
     */
    static void groupExample(Context c) {
        SentenceView v = c.v;
        if (!v.parties.isEmpty() || c.previousGroup == null) {
            return;
        }
        int k = 0;
        while (k < v.size() && k < 4 && v.personStart[k] == null && (v.isRoleAt(k) || v.pos(k).startsWith("JJ"))) {
            k++; // "Sen.", "Former Florida governor"
        }
        if (v.person(k) == null) {
            return;
        }
        java.util.List<PersonMention> subjects = NameLists.list(v, k);
        PersonMention last = subjects.get(subjects.size() - 1);
        int e = v.skipTrailer(v.endOf(NameLists.indexOf(v, last, k))); // "Sen. Ted Cruz (Tex.) has said"
        while (e < v.size() && v.pos(e).startsWith("RB")) {
            e++;
        }
        if (e >= v.size() || !(v.pos(e).startsWith("VB") || v.pos(e).equals("MD")) || subjects.stream().anyMatch(m ->
                c.settled(m.canonical()) || subjects.size() > 1 && !agrees(c, m.canonical(), c.previousGroup))) {
            return;
        }
        if (subjects.size() > 1) {
            for (org.newskg.extractor.nlp.Token t : c.doc.sentences().get(v.sentence.index() - 1).tokens()) {
                Integer count = RaceGroups.NUMBERS.get(t.word().toLowerCase(java.util.Locale.ROOT));
                if (count != null && count < subjects.size()) {
                    return; // "The two Democrats met in Iowa. A, B and C watched.": more than the group
                }
            }
        }
        subjects.forEach(m -> c.add(m.canonical(), c.previousGroup, 0.6));
    }

    /** What opens a list of the persons a plural role stands for: "the party's nominees, A and B", "... -- A, B --". */
    private static final Set<String> LIST_OPENERS = Set.of(",", "-", "--", "\u2013", "\u2014", ":");

    /**
     * "Darren Kell, its economy spokesman, said", "Imogen Radley, the party's Treasury spokeswoman, told": the person
     * right before the comma that opens an apposition starting at {@code start} and ending at {@code end} (a comma, a
     * full stop or a colon), or null.
     */
    private static PersonMention apposedBefore(SentenceView v, int start, int end) {
        if (start < 2 || !",".equals(v.word(start - 1)) || v.personAt[start - 2] == null || end >= v.size()
                || !(",".equals(v.word(end)) || ".".equals(v.word(end)) || ":".equals(v.word(end)))) {
            return null;
        }
        return v.personAt[start - 2];
    }

    /**
     * The party "its" or "their" at {@code i} stands for: the party the sentence before opened with when this sentence
     * names none before them; else the sentence's own party, unless this sentence names it only after them.
     */
    private static Party possessor(SentenceView v, int i, Context c, Party party, Party local) {
        boolean namedBefore = v.parties.stream().anyMatch(p -> p.last() < i);
        if (!namedBefore && c.previousOpener != null) {
            return c.previousOpener;
        }
        return party != null && party.equals(local) && (namedBefore || v.parties.isEmpty()) ? party : null;
    }

    /**
     * "The Nationals candidate spent Tuesday at the saleyards, flanked by the party's deputy leader, X": the one party
     * the sentence names, only before one person's role; else null.
     */
    private static Party roleParty(SentenceView v, Context c) {
        Set<Party> named = new LinkedHashSet<>();
        for (PartyMention p : v.parties) {
            if (!SentenceView.isRole(v.word(p.last() + 1))) {
                return null;
            }
            named.add(c.party(p));
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** Verbs (lemmas) whose subject is a member of "the party" they take: "has led the party since". */
    private static final Set<String> PARTY_VERBS = Set.of("lead", "join", "rejoin", "chair", "quit", "leave");

    /** "X, who has led the party in opposition since", "X joined the party in 2010": the subject, "party" at {@code i}. */
    private static PersonMention ledTheParty(SentenceView v, int i) {
        if (i < 2 || !"party".equals(v.word(i)) || !"the".equals(v.lower(i - 1)) || !PARTY_VERBS.contains(v.lemma(i - 2))
                || !v.pos(i - 2).startsWith("VB") || v.isPossessive(i + 1) || v.nounFollows(i + 1)) {
            return null;
        }
        return VerbSieves.subject(v, i - 2);
    }

    /**
     * Whether the sentence is about this party, named first and the sentence's own party ({@code local}, as
     * {@link #localParty} finds it): "The Greens launched their manifesto, with leader X saying".
     */
    private static boolean leadsSentence(SentenceView v, Party party, Party local, Context c) {
        return party != null && !v.parties.isEmpty() && v.parties.get(0).first() <= 1 && c.party(v.parties.get(0)).equals(party)
                && party.equals(local);
    }

    /** "for Westmorland and Lonsdale, Jonathan Stanley": a one-word "name" NER took from a place, right before the real one. */
    private static boolean placeTakenForName(SentenceView v, int k) {
        return v.endOf(k) == k + 1 && ",".equals(v.word(k + 1)) && v.person(k + 2) != null;
    }

    /** Whether the article gives {@code person} no party yet, or this one. */
    private static boolean agrees(Context c, String person, Party party) {
        Party known = c.partyOf(person);
        return known == null || known.equals(party);
    }

    /** Participles that go on addressing the person just named: "attacked X, accusing the Labor leader of ...". */
    private static final Set<String> GOING_ON = Set.of("accusing", "calling", "branding", "labelling", "labeling",
            "urging", "telling", "warning", "challenging", "mocking", "dubbing", "describing", "praising", "thanking");

    /** "The Labour peer said ...", "the Labour leader's vow": a description resolved to the person just named. */
    static void description(Context c) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            description(c, p);
        }
    }

    /** Nouns of a party's contest, after "in the": "the dominant Republican in the nominating race". */
    private static final Set<String> RACES = Set.of("race", "field", "contest", "primary", "primaries");

    /** Past "in the (adjectives) race" at {@code k}, where one follows; else {@code k}. */
    private static int pastRace(SentenceView v, int k) {
        if (!"in".equals(v.lower(k)) || !"the".equals(v.lower(k + 1))) {
            return k;
        }
        for (int j = k + 2; j < v.size() && j <= k + 5; j++) {
            if (RACES.contains(v.lower(j))) {
                return j + 1;
            }
            if (!(v.pos(j).startsWith("JJ") || v.pos(j).startsWith("NN") || v.pos(j).equals("VBG"))) {
                return k;
            }
        }
        return k;
    }

    private static void description(Context c, PartyMention p) {
        SentenceView v = c.v;
        int the = p.first() - 1;
        while (the > 0 && v.pos(the).startsWith("JJ") && v.personAt[the] == null) {
            the--; // "the presumptive Democratic nominee"
        }
        if (!(p.is(Use.MODIFIER) || p.is(Use.MEMBER)) || p.first() == 0 || !"the".equalsIgnoreCase(v.word(the))) {
            return;
        }
        int k = v.afterRoles(p.last() + 1);
        int roles = k - (p.last() + 1);
        if (roles > 0 && !p.plural() && !v.pos(p.last() + 1).endsWith("S") && the >= 3
                && GOING_ON.contains(v.lower(the - 1)) && ",".equals(v.word(the - 2)) && v.personAt[the - 3] != null) {
            String name = v.personAt[the - 3].canonical(); // "took a swipe at Premier X, accusing the Labor leader of"
            if (agrees(c, name, c.party(p))) {
                c.add(name, p, 0.55);
            }
            return;
        }
        if (roles == 0 && p.is(Use.MEMBER) && !p.plural() && !"other".equals(v.lower(p.first() - 1))) {
            int after = pastRace(v, k); // "The dominant Republican in the nominating race was pressed"
            if (v.pos(after).equals("VBD") || v.pos(after).equals("MD")) {
                roles = 1; // "The Democrat told Yahoo! News": the member noun is the description
                k = after;
            }
        }
        if (roles > 0 && "for".equals(v.word(k)) && v.pos(k + 1).startsWith("NN") && v.personStart[k + 1] == null) {
            k += 2; // "the Democratic nominee for president said"
            while (k < v.size() && v.pos(k).startsWith("NNP") && v.personStart[k] == null
                    && v.pos(k - 1).startsWith("NNP")) {
                k++; // "The Green MP for Kōtuku Harbour is"
            }
        }
        while (k < v.size() && v.pos(k).startsWith("RB")) {
            k++; // "never stopped"
        }
        if (roles > 0 && NOT_A_PERSON.contains(v.lower(p.last() + roles))
                && !(p.is(Use.MEMBER) && roles == 1 && v.lower(p.last() + 1).equals(v.lower(k)))) {
            return; // "the Republican leadership invited", "the GOP and place ...": no one person
        }
        if (",".equals(v.word(k)) && the > 0 && (v.pos(the - 1).equals("IN") || v.pos(the - 1).equals("VBG"))) {
            return; // "Regarding the Democratic front-runner, X said ...": a fronted phrase about someone, not X
        }
        if (",".equals(v.word(k)) && k + 1 < v.size()
                && (v.personStart[k + 1] != null || PartyTitles.titledName(v, k + 1) > k + 1)) {
            return; // "The GOP nominee, businessman X, is unopposed": the appositive names who it is (titles' business)
        }
        boolean possessive = v.isPossessive(k) && v.pos(k + 1).startsWith("NN") && !v.pos(k + 1).startsWith("NNP");
        // "the Nationals candidate", "the Greens spokeswoman": a plural party name before one person's role
        boolean oneRole = roles > 0 && "NN".equals(v.pos(p.last() + roles));
        if (roles == 0 || k >= v.size() || !(v.pos(k).startsWith("VB") || ",".equals(v.word(k)) || possessive)
                || p.plural() && !oneRole || v.pos(k - 1).endsWith("S")) {
            return; // "the GOP contenders had": a group, not the person just named
        }
        for (int i = 0; i < p.first(); i++) {
            if (v.personStart[i] != null) {
                return;
            }
        }
        Set<String> titled = c.titled(c.party(p), v.lower(p.last() + roles));
        if (titled.size() == 1) {
            c.add(titled.iterator().next(), p, 0.55); // "Tory leader Michael Howard ... The Tory leader countered"
            return;
        }
        if (inQuote(v, the)) {
            return; // "'I think the presumptive Republican nominee has ...,' said X": not the speaker
        }
        int offset = v.token(the).begin();
        boolean subject = v.pos(k).startsWith("VB") || v.pos(k).equals("MD");
        java.util.Optional<String> resolved = c.persons.resolveDescription(offset).filter(name -> titled.isEmpty())
                .filter(name -> !subject || !namedAfter(v, p.last(), name)); // "The Republican nominee has not defended X": not X
        if (resolved.isEmpty() && titled.isEmpty() && subject && the == 0) {
            Party party = c.party(p);
            resolved = openingSubject(c).filter(name -> !namedAfter(v, p.last(), name))
                    .filter(name -> agrees(c, name, party));
        }
        if (resolved.isEmpty() && titled.isEmpty() && subject) {
            resolved = soleTitled(c, v, p, roles, offset);
        }
        String noun = v.lower(p.last() + roles); // "The Green spokeswoman" is no man
        resolved.filter(name -> c.persons.discourse().genderFits(name, noun)).ifPresent(name -> c.add(name, p, 0.55));
    }

    /**
     * The person the nearest earlier sentence that names anyone (of the two before) opens with, when the one discourse
     * model takes them for its main-clause subject ({@code Discourse#subjectOf}), and
     * every other person it names is named only in an "under"/"of" phrase or as a possessor ("Michael Howard has launched
     * an attack on the asylum system under Tony Blair. ... The Tory leader said": Howard); else empty. Not when another
     * person there is a verb's argument ("Blair attacked Howard. The Tory leader said": who is meant is a guess).
     */
    private static java.util.Optional<String> openingSubject(Context c) {
        int here = c.v.sentence.index();
        for (int si = here - 1; si >= Math.max(0, here - 2); si--) {
            org.newskg.extractor.nlp.Sentence before = c.doc.sentences().get(si);
            java.util.List<org.newskg.extractor.persons.PersonMention> named = c.persons.mentionsIn(before.begin(),
                    before.end());
            if (named.isEmpty()) {
                continue;
            }
            SentenceView b = new SentenceView(before, named, java.util.List.of());
            int k = 0;
            while (k < b.size() && b.personStart[k] == null && b.isRoleAt(k)) {
                k++;
            }
            if (k >= b.size() || b.personStart[k] == null || inQuote(b, k)) {
                return java.util.Optional.empty();
            }
            int verb = b.endOf(k);
            String subject = b.personStart[k].canonical();
            if (!c.persons.discourse().subjectOf(si).map(subject::equals).orElse(false)) {
                return java.util.Optional.empty(); // "Howard, Blair and Kennedy met": no one subject
            }
            for (int i = verb; i < b.size(); i++) {
                if (b.personStart[i] == null || b.personStart[i].canonical().equals(subject)) {
                    continue;
                }
                boolean aside = "under".equals(b.lower(i - 1)) || "of".equals(b.lower(i - 1))
                        || b.isPossessive(b.endOf(i)) && b.pos(b.endOf(i) + 1).startsWith("NN");
                if (!aside) {
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.of(subject);
        }
        return java.util.Optional.empty();
    }

    /**
     * "Massachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf ... The Democratic senator also forced
     * Stumpf to admit": the one person named before (as {@link org.newskg.extractor.persons.Discourse#titled} looks)
     * with the description's role words, when no one else there has them, neither the article nor their titles give
     * them another party (the run's offices count: "Democratic nominee" elsewhere is not "the Republican nominee"), and
     * the sentence does not name them after the description.
     */
    private static Optional<String> soleTitled(Context c, SentenceView v, PartyMention p, int roles, int offset) {
        java.util.List<String> role = new java.util.ArrayList<>();
        for (int i = p.last() + 1; i <= p.last() + roles; i++) {
            role.add(v.lower(i));
        }
        Optional<String> holder = c.persons.resolveTitled(offset, role, Set.of());
        if (holder.isEmpty() || c.persons.resolveTitled(offset, role, Set.of(holder.get())).isPresent()) {
            return Optional.empty(); // nobody, or two with the role: who is meant is a guess
        }
        java.util.List<String> written = v.words(p.first(), p.last() + roles);
        return holder.filter(name -> agrees(c, name, c.party(p)) && !namedAfter(v, p.last(), name)
                && c.persons.discourse().partyFits(name, written)); // not "Democratic nominee X" for "the Republican nominee"
    }

    /** Whether the sentence names this person after position {@code k}, not as a possessor ("Trump's adviser"). */
    private static boolean namedAfter(SentenceView v, int k, String name) {
        for (int i = k + 1; i < v.size(); i++) {
            if (v.personStart[i] != null && v.personStart[i].canonical().equals(name) && !v.isPossessive(v.endOf(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether position {@code k} is inside a quotation: an odd number of double quotation marks before it in the
     * sentence, or an opening single one ("‘") not closed since (a lone "’" may also be a possessive).
     */
    static boolean inQuote(SentenceView v, int k) {
        int marks = 0;
        boolean single = false;
        for (int i = 0; i < k; i++) {
            marks += QUOTES.contains(v.word(i)) ? 1 : 0;
            single = "‘".equals(v.word(i)) || "`".equals(v.word(i)) || single && !"’".equals(v.word(i)) && !"'".equals(v.word(i));
        }
        return marks % 2 == 1 || single;
    }
}
