package org.newskg.extractor.membership;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonMention;

/**
 * Sieves that read a person's party from the article's context rather than from a party word next to the
 * name: a shadow minister belongs to the article's opposition party ("Shadow home secretary David Davis"
 * in an article that speaks of "the Tory shadow cabinet"); running mates share a party.
 */
final class ContextSieves {

    /** Parties with a shadow cabinet, the official opposition of their parliament when not in government. */
    static final Set<String> SHADOW_PARTIES = WordLists.words(ContextSieves.class, "shadow-parties.txt");
    /** Words of a title that may stand between "shadow" and the name: "shadow chief secretary to the Treasury, X". */
    private static final Set<String> TITLE_JOINERS = Set.of("of", "for", "to", "the", "and");

    private ContextSieves() {
    }

    /** Whether a party has a shadow cabinet when in opposition (shadow-parties.txt). */
    static boolean hasShadowCabinet(Party p) {
        return SHADOW_PARTIES.contains(p.canonical().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Shadow home secretary David Davis said", "Theresa May, shadow secretary for the family,", "Mr Howard and
     * his shadow chancellor Oliver Letwin": a shadow minister belongs to the party of the leader whose shadow
     * minister he is, else to the article's opposition (the party whose shadow cabinet the article names:
     * "Labour's shadow chancellor", "the Tory shadow cabinet"; or the other party of "the Labour government").
     */
    static void shadow(Context c) {
        SentenceView v = c.v;
        for (int i = 0; i < v.size(); i++) {
            if (!"shadow".equals(v.lower(i)) || v.personAt[i] != null || ReferenceSieves.inQuote(v, i)) {
                continue;
            }
            int before = i - 1;
            if ("former".equals(v.lower(before)) || "then".equals(v.lower(before)) || "then-".equals(v.lower(before))) {
                before--;
            }
            if (v.partyAt(before) != null || v.isPossessive(before) && v.partyAt(before - 1) != null) {
                continue; // "Tory shadow chancellor X", "Labour's shadow chancellor": the title says the party
            }
            PersonMention m = titled(v, i);
            if (m == null || c.settled(m.canonical())) {
                continue;
            }
            Party party = c.opposition;
            String rule = c.rule();
            if (("his".equals(v.lower(before)) || "her".equals(v.lower(before))) && "PRP$".equals(v.pos(before))) {
                // "his shadow chancellor": the leader's party, or nothing
                party = c.persons.resolvePronoun(v.token(before).begin()).map(c::partyOf).orElse(null);
            } else if (party == null) {
                party = sentenceMembers(c); // "shadow attorney general X said there was disquiet among senior Tories"
                rule = rule + "-sentence";
            }
            if (party != null && hasShadowCabinet(party)) {
                c.add(m.canonical(), party, 0.6, rule, false);
            }
        }
    }

    /**
     * The one party a sentence names outside quotes, when it names it as its members ("senior Tories", "The
     * Tories are also thought likely to ..., with shadow chancellor X"), or null: not "a Tory government",
     * "Labour's website", which name a party without saying whose side the shadow minister is on.
     */
    private static Party sentenceMembers(Context c) {
        Set<Party> named = new LinkedHashSet<>();
        boolean members = false;
        for (PartyMention p : c.v.parties) {
            if (!ReferenceSieves.inQuote(c.v, p.first())) {
                named.add(c.party(p));
                members |= p.plural() && !c.v.isPossessive(p.last() + 1) && !c.v.pos(p.last() + 1).startsWith("NN");
            }
        }
        return named.size() == 1 && members ? named.iterator().next() : null;
    }

    /**
     * The person a shadow title at {@code i} belongs to: "shadow home secretary David Davis", "shadow chief
     * secretary to the Treasury, George Osborne", "Theresa May, shadow secretary for the family," or null.
     */
    private static PersonMention titled(SentenceView v, int i) {
        int k = i + 1;
        int words = 0;
        while (k < v.size() && v.personStart[k] == null && words < 7 && (v.pos(k).startsWith("NN")
                || v.pos(k).startsWith("JJ") || TITLE_JOINERS.contains(v.lower(k)))) {
            k++;
            words++;
        }
        if (words > 0 && ",".equals(v.word(k)) && v.person(k + 1) != null) {
            k++; // "shadow chief secretary to the Treasury, George Osborne"
        }
        if (words > 0 && v.person(k) != null && !"the".equals(v.lower(k - 1))) {
            return v.person(k);
        }
        int b = i - 1;
        if ("the".equals(v.lower(b))) {
            b--;
        }
        if (b >= 1 && ",".equals(v.word(b)) && v.personAt[b - 1] != null && words > 0
                && (",".equals(v.word(k)) || ".".equals(v.word(k)) || v.pos(k).startsWith("VB"))) {
            return v.personAt[b - 1]; // "Theresa May, shadow secretary for the family, told"
        }
        return null;
    }

    /** Elected offices of US politics a party's candidates hold (partisan-offices.txt): "senator", "gov.". */
    private static final Set<String> OFFICES = WordLists.words(ContextSieves.class, "partisan-offices.txt");
    /** Words of a title that say the office is not a party's: "independent Sen. X", "Bank of England governor X". */
    private static final Set<String> NOT_PARTISAN = Set.of("independent", "bank", "central", "reserve", "fed");

    /**
     * An office read in the text in one party's race: firm enough for the run's other articles
     * ({@code CorpusParties#STATED}), unlike a role nominal resolved to a person.
     */
    private static final double OFFICE_IN_RACE = 0.6;

    /**
     * "Louisiana Gov. Bobby Jindal signed an order", "Mike Huckabee, the former Arkansas governor, proposed": in an
     * article about one party's race that names no other party's race or candidates ({@link Context#soleRace}), a
     * person it names with an elected office of US politics and no party is one of that party's; the other party's
     * office-holders an article names are named with their party ("Democratic Rep. X") or their office ("President X").
     */
    static void raceOffice(Context c) {
        Party party = c.soleRace;
        if (party == null || !"US".equals(party.country())) {
            return;
        }
        SentenceView v = c.v;
        for (int i = 0; i < v.size(); i++) {
            PersonMention m = v.personStart[i];
            if (m == null || c.settled(m.canonical()) || c.partyOf(m.canonical()) != null
                    || ReferenceSieves.inQuote(v, i)) {
                continue;
            }
            if ((officeBefore(v, i, m) || officeAfter(v, v.endOf(i))) && !joinedToAnother(c, i, party)) {
                c.add(m.canonical(), party, OFFICE_IN_RACE);
            }
        }
    }

    /** The words that join one name to another in a list: "Clinton and Sen. X". */
    private static final Set<String> JOINS = Set.of("and", "or");

    /**
     * Whether the name at {@code i} is joined by "and" or "or" to a person the findings give another party: "as Clinton
     * and Sen. Bernie Sanders of Vermont battled to replace him" names the other party's race without its name.
     */
    private static boolean joinedToAnother(Context c, int i, Party party) {
        SentenceView v = c.v;
        int b = i - 1;
        while (b > 0 && v.personAt[b] == null && SentenceView.isRole(v.word(b)) && !JOINS.contains(v.word(b))) {
            b--; // "and Sen. X"
        }
        int e = v.endOf(i);
        if ("of".equals(v.word(e)) && v.pos(e + 1).startsWith("NNP") && v.personAt[e + 1] == null) {
            e += 2; // "Sen. X of Vermont and Y"
        }
        PersonMention before = JOINS.contains(v.word(b)) && b > 0 ? v.personAt[b - 1] : null;
        PersonMention after = JOINS.contains(v.word(e)) ? v.person(NameLists.loose(v, e + 1)) : null;
        for (PersonMention m : new PersonMention[] {before, after}) {
            Party theirs = m == null ? null : c.partyOf(m.canonical());
            if (theirs != null && !theirs.equals(party)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the title before the name at {@code i} (or the mention's own first word) is an office: "Texas Sen. X". */
    private static boolean officeBefore(SentenceView v, int i, PersonMention m) {
        String first = m.surface().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        boolean office = OFFICES.contains(first);
        for (int b = i - 1; b >= Math.max(0, i - 4) && v.personAt[b] == null
                && (v.pos(b).startsWith("NN") || v.pos(b).startsWith("JJ") || OFFICES.contains(v.lower(b))); b--) {
            if (NOT_PARTISAN.contains(v.lower(b)) || v.partyAt(b) != null) {
                return false;
            }
            office |= OFFICES.contains(v.lower(b));
        }
        return office;
    }

    /** Whether an appositive right after a name, ending in a comma or the sentence, is an office: ", the former Arkansas governor,". */
    private static boolean officeAfter(SentenceView v, int e) {
        if (!",".equals(v.word(e)) || !("the".equals(v.lower(e + 1)) || "a".equals(v.lower(e + 1)))) {
            return false;
        }
        boolean office = false;
        int k = e + 2;
        for (; k < v.size() && k < e + 7 && v.personAt[k] == null
                && (v.pos(k).startsWith("NN") || v.pos(k).startsWith("JJ")); k++) {
            if (NOT_PARTISAN.contains(v.lower(k)) || v.partyAt(k) != null) {
                return false;
            }
            office |= OFFICES.contains(v.lower(k));
        }
        return office && k < v.size() && (",".equals(v.word(k)) || ".".equals(v.word(k)));
    }

    /**
     * "Trump's running mate, Indiana Gov. Mike Pence", "her running mate Tim Kaine", "naming Carly Fiorina as
     * his running mate": running mates stand on one ticket, so one's party is the other's.
     */
    static void runningMate(Context c) {
        SentenceView v = c.v;
        for (int i = 0; i + 1 < v.size(); i++) {
            int end = mateEnd(v, i);
            if (end < 0) {
                continue;
            }
            String mate = null;
            int k = end;
            if (",".equals(v.word(k))) {
                k++;
            }
            while (k < v.size() && k < end + 5 && v.person(k) == null && v.isRoleAt(k)) {
                k++; // "Indiana Gov. Mike Pence"
            }
            if (v.person(k) != null && !v.pos(v.skipTrailer(v.endOf(k))).startsWith("NN")) {
                mate = v.person(k).canonical(); // not "Trump's running mate, Clinton campaign chairman X"
            } else if (i >= 3 && "as".equals(v.lower(possessorStart(v, i - 1) - 1))) {
                int n = possessorStart(v, i - 1) - 2; // "named Tim Kaine as her running mate"
                while (n > 0 && v.personAt[n] == null && v.pos(n).startsWith("NNP")) {
                    n--;
                }
                mate = v.personAt[Math.max(n, 0)] != null ? v.personAt[Math.max(n, 0)].canonical() : null;
            }
            String leader = mate == null ? null : possessor(c, i - 1, mate);
            if (leader == null || leader.equals(mate)) {
                continue;
            }
            share(c, leader, mate);
            share(c, mate, leader);
        }
    }

    /** Words for a candidate's delegate to a party's convention: "a Clinton delegate", "Trump delegates". */
    private static final Set<String> DELEGATES = Set.of("delegate", "delegates");

    /**
     * "Adrian Mapp, a Clinton delegate from New Jersey,", "Trump delegate Ann Holt": a delegate pledged to a candidate
     * sits at that candidate's party's convention, so the candidate's party (settled in the article) is the delegate's.
     * Not a supporter, volunteer or surrogate: voters and allies of a candidate need not belong to the party.
     */
    static void delegate(Context c) {
        SentenceView v = c.v;
        for (int i = 1; i < v.size(); i++) {
            PersonMention candidate = v.personAt[i - 1];
            if (!DELEGATES.contains(v.lower(i)) || candidate == null || v.personAt[i] != null) {
                continue;
            }
            int start = v.startOf(i - 1);
            PersonMention delegate = null;
            if (start >= 3 && ("a".equals(v.lower(start - 1)) || "an".equals(v.lower(start - 1)))
                    && ",".equals(v.word(start - 2)) && v.personAt[start - 3] != null) {
                delegate = v.personAt[start - 3]; // "X, a Clinton delegate from New Jersey,"
            } else if (i + 1 < v.size() && "delegate".equals(v.lower(i)) && v.personStart[i + 1] != null) {
                delegate = v.personStart[i + 1]; // "Trump delegate Ann Holt"
            }
            if (delegate != null && !delegate.canonical().equals(candidate.canonical())) {
                share(c, candidate.canonical(), delegate.canonical());
            }
        }
    }

    private static void share(Context c, String from, String to) {
        Party p = c.settled(from) ? c.partyOf(from) : null;
        if (p != null && !c.settled(to) && c.partyOf(to) == null) {
            c.add(to, p, 0.6);
        }
    }

    /** The position after "running mate" / "running-mate" starting at {@code i}, or -1. */
    private static int mateEnd(SentenceView v, int i) {
        if ("running".equals(v.lower(i)) && "mate".equals(v.lower(i + 1))) {
            return i + 2;
        }
        return "running-mate".equals(v.lower(i)) ? i + 1 : -1;
    }

    /** The first position of the possessor ending at {@code k}: "his" or "Trump 's". */
    private static int possessorStart(SentenceView v, int k) {
        return v.isPossessive(k) && k > 0 && v.personAt[k - 1] != null ? v.startOf(k - 1) : k;
    }

    /** Whose running mate: "Trump's", "Trump and his", "his" (resolved, the one other person named before it), or null. */
    private static String possessor(Context c, int k, String mate) {
        SentenceView v = c.v;
        if (v.isPossessive(k) && k > 0 && v.personAt[k - 1] != null) {
            return v.personAt[k - 1].canonical();
        }
        if (!(("his".equals(v.lower(k)) || "her".equals(v.lower(k))) && "PRP$".equals(v.pos(k)))) {
            return null;
        }
        if ("and".equals(v.word(k - 1)) && k >= 2 && v.personAt[k - 2] != null) {
            return v.personAt[k - 2].canonical(); // "Trump and his running mate"
        }
        Set<String> before = new LinkedHashSet<>();
        for (int i = 0; i < k; i++) {
            if (v.personAt[i] != null && !v.personAt[i].canonical().equals(mate)) {
                before.add(v.personAt[i].canonical()); // "named X as his running mate": not X's own
            }
        }
        String resolved = c.persons.resolvePronoun(v.token(k).begin()).orElse(null);
        return before.isEmpty() || before.size() == 1 && before.contains(resolved) ? resolved : null;
    }

    /** The parties of the article's opposition votes (see {@link #shadow}), for {@link MembershipRules}. */
    static Set<Party> oppositionVotes(SentenceView v, java.util.function.Function<PartyMention, Party> choose) {
        Set<Party> out = new LinkedHashSet<>();
        for (PartyMention p : v.parties) {
            Party party = choose.apply(p);
            if (!hasShadowCabinet(party)) {
                continue;
            }
            int k = p.last() + 1;
            if (v.isPossessive(k)) {
                k++;
            }
            if ("shadow".equals(v.lower(k)) || "frontbench".equals(v.lower(k)) && "shadow".equals(v.lower(k + 1))) {
                out.add(party); // "Labour's shadow chancellor", "the Tory shadow cabinet"
            } else if (governing(v, p.first(), p.last() + 1)) { // "the Labour government": its rival
                out.addAll(rivals(party));
            }
        }
        for (int i = 1; i < v.size(); i++) { // "the Conservative-led Government", one token before the noun
            String w = v.word(i);
            List<Party> led = w.toLowerCase(java.util.Locale.ROOT).endsWith("-led")
                    ? PartyGazetteer.DEFAULT.lookup(w.substring(0, w.length() - 4)) : List.of();
            if (!led.isEmpty() && governing(v, i, i + 1)) {
                Party party = choose.apply(new PartyMention(i, i, w, Set.of(PartyGazetteer.Use.MODIFIER), led, false));
                if (hasShadowCabinet(party)) {
                    out.addAll(rivals(party));
                }
            }
        }
        return out;
    }

    /** The other parties of {@code party}'s country that have a shadow cabinet: the opposition when it governs. */
    private static List<Party> rivals(Party party) {
        return PartyGazetteer.DEFAULT.canonicalNames().stream().flatMap(n -> PartyGazetteer.DEFAULT.lookup(n).stream())
                .filter(o -> !o.equals(party) && o.country().equals(party.country()) && hasShadowCabinet(o))
                .distinct().toList();
    }

    /**
     * "the Labour government", "the Conservative-led Government": the party governing as the article speaks, whose
     * rival with a shadow cabinet is then the opposition. Not "a Labour government", "the last Tory government" (a
     * word between "the" and the party), "the Tory government of John Major", "the Labour government in 1997".
     */
    private static boolean governing(SentenceView v, int first, int k) {
        if (k >= v.size() || !"government".equals(v.lower(k)) || first < 1 || !"the".equals(v.lower(first - 1))) {
            return false;
        }
        String after = v.lower(k + 1); // "the Tory government of John Major", "the Labour government in 1997"
        return !Set.of("of", "in", "under", "from", "between", "until").contains(after);
    }
}
