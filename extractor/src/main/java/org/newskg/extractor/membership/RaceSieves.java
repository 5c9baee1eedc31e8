package org.newskg.extractor.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer;
import org.newskg.extractor.parties.PartyGazetteer.Use;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonMention;

/**
 * Sieves for a party's race for office: the candidates a sentence about the Republican nomination,
 * the Democratic primary or the Tory leadership contest names ("In the Democratic race, X ...", "The
 * other candidates at the debate -- A, B and C", "his GOP rivals", "divided between A and B",
 * "former rival X"). The party is the one the sentence names, or the race the article is about
 * ({@link Context#race}).
 */
final class RaceSieves {

    private static final Map<String, String> WORDS = WordLists.pairs(RaceSieves.class, "race-words.txt");
    /** The race words of the first rules (a party's race named outright: "the Republican race"). */
    private static final Set<String> RACES = Set.of("race", "primary", "primaries", "nomination", "contest", "field",
            "caucus", "caucuses", "ticket", "runoff", "leadership");
    /** Group words whose possessor is in the race too: "his rivals", "Trump's GOP rivals". */
    static final Set<String> RIVALS = Set.of("rival", "rivals", "opponent", "opponents", "challenger",
            "challengers");
    /** Verbs that may join a group to the list of its members: "The three Democratic contenders are A, B and C." */
    private static final Set<String> COPULAS = Set.of("are", "were");

    /** Whether the group word at {@code g} is definite: "the (three) Democratic contenders", not "Democratic contenders". */
    private static boolean definite(SentenceView v, int g) {
        for (int b = g - 1; b >= Math.max(0, g - 4); b--) {
            if ("the".equalsIgnoreCase(v.word(b))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LIST_OPENERS = Set.of(":", "--", "—", "–", "-", ",", "including", "like", "as");
    private static final Set<String> MODIFIERS = Set.of("presidential", "vice-presidential", "congressional",
            "senate", "gubernatorial", "mayoral", "leadership", "primary", "remaining", "other");
    private static final Set<String> DASHES = Set.of("—", "--", "–", "-");
    private static final Set<String> FORMER = Set.of("former", "onetime", "one-time", "erstwhile");

    private RaceSieves() {
    }

    static boolean isRaceWord(String word) {
        return WORDS.containsKey(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static String kind(SentenceView v, int i) {
        return WORDS.getOrDefault(v.lower(i), "");
    }

    /** Whether the word at {@code i} is a contestant's role in a race: "front-runner", "nominee", "challenger". */
    static boolean raceRole(SentenceView v, int i) {
        return kind(v, i).equals("ROLE");
    }

    /** The position of the race word a party mention modifies ("Republican nomination", "GOP's presumptive nominee"), or -1. */
    static int raceAfter(SentenceView v, PartyMention p) {
        int k = p.last() + 1;
        if (v.isPossessive(k)) {
            k++;
        }
        for (int n = 0; n < 3 && k < v.size(); n++, k++) {
            if (isRaceWord(v.word(k))) {
                return "polls".equals(v.lower(k)) && "of".equals(v.lower(k + 1)) ? -1 : k; // "polls of young voters": whom they ask
            }
            if (!(MODIFIERS.contains(v.lower(k)) || v.pos(k).startsWith("JJ"))) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs (lemmas) of taking a party leader's place: "the front-runner to replace X as Liberal Democrat leader". */
    private static final Set<String> SUCCEEDING = Set.of("replace", "succeed");

    /**
     * Whether a party mention names the party's leadership contest through a succession: "to replace Nick Clegg as
     * Liberal Democrat leader", "the race to succeed him as Tory leader" (not "X resigned as Labour leader").
     */
    static boolean succession(SentenceView v, PartyMention p) {
        int as = p.first() - 1;
        if ("the".equals(v.lower(as))) {
            as--;
        }
        if (!"as".equals(v.word(as)) || !"leader".equals(v.lower(p.last() + 1))) {
            return false;
        }
        for (int b = as - 1; b >= Math.max(0, as - 8); b--) {
            if (SUCCEEDING.contains(v.lemma(b)) && "to".equals(v.lower(b - 1))) {
                return true; // "to replace X, left, as": a contest to come, not a succession done ("replaced X as")
            }
        }
        return false;
    }

    /**
     * Whether the race word at {@code r} names a party's own contest ("the Republican nomination", "the Democratic
     * primary", "the GOP field", "the Tory leadership contest"; its polls only as one stands in them: "third in many
     * Republican polls", not "conducted the Republican polls"), not a title ("Republican candidate"), a group
     * ("Republican rivals"), a standing body ("the Senate Democratic caucus") or a general-election ticket.
     */
    static boolean isContest(SentenceView v, int r) {
        if (!pollsStoodIn(v, r)) {
            return false;
        }
        return kind(v, r).equals("RACE") && !"ticket".equals(v.lower(r))
                && (!BODIES.contains(v.lower(r)) || kind(v, r + 1).equals("RACE"));
    }

    /**
     * Whether a race word is no "polls" or polls one stands in: "third in many Iowa Republican polls", not "conducted the
     * Republican polls" (a pollster's work).
     */
    private static boolean pollsStoodIn(SentenceView v, int r) {
        if (!"polls".equals(v.lower(r))) {
            return true;
        }
        for (int b = r - 1; b >= Math.max(0, r - 6); b--) {
            if ("in".equals(v.lower(b))) {
                return true;
            }
        }
        return false;
    }

    /** Words of a party's internal contest even without the party: "Republicans hold their primary here". */
    private static final Set<String> PRIMARIES = Set.of("primary", "primaries", "caucuses", "nomination", "nominating");

    static boolean isPrimary(String word) {
        return PRIMARIES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** "former rival X", "a onetime opponent": a rival of a past race, the party's own once its nominee is chosen. */
    private static boolean former(SentenceView v, int i) {
        for (int b = i - 1; b >= Math.max(0, i - 2); b--) {
            if (FORMER.contains(v.lower(b))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "In the Democratic race, Sen. Bernie Sanders ...", "Donald Trump held a lead in the Republican race",
     * "MIAMI — X is on the verge of running away with the Republican nomination", "X is running with Y in
     * the Democratic primary against Z"; "the other Republicans" (member.other-members).
     */
    static void partyRace(Context c) {
        for (PartyMention p : c.v.parties) {
            partyRace(c, p);
        }
    }

    private static void partyRace(Context c, PartyMention p) {
        SentenceView v = c.v;
        int k = p.last() + 1;
        if ("presidential".equalsIgnoreCase(v.word(k))) {
            k++;
        }
        boolean race = p.is(Use.MODIFIER) && RACES.contains(v.lower(k));
        boolean others = p.plural() && "other".equalsIgnoreCase(v.word(p.first() - 1));
        if (!race && !others) {
            return;
        }
        if (race && Primaries.pollShares(c, p, k)) {
            return;
        }
        String first = v.word(0);
        if (race && (first.equals("In") || first.equals("For")) && p.first() <= 4) {
            int comma = p.last() + 1;
            while (comma < v.size() && !",".equals(v.word(comma))) {
                comma++;
            }
            if (comma == p.last() + 2 || comma == p.last() + 3) {
                for (int i = comma; i < v.size(); i++) {
                    if (v.personStart[i] != null && !trailingSpeaker(v, i)) {
                        c.add(v.personStart[i], p, 0.6);
                    }
                }
            }
            return;
        }
        int subject = subjectStart(v);
        if (subject >= p.first() || v.personStart[subject] == null || v.parties.get(0) != p) {
            return; // only the first party of the sentence: "X won the Republican race, while ... Democratic ..."
        }
        for (int i = v.endOf(subject); i < p.first(); i++) {
            if (v.personStart[i] != null && !("with".equals(v.word(i - 1)) && "run".equals(v.lemma(i - 2)))) {
                return;
            }
            if (clauseBreak(v, i)) {
                return; // "X plans to send a nominee, but ... two senators are vying for the GOP nomination": another clause's
            }
        }
        c.add(v.personStart[subject].canonical(), c.party(p), 0.6,
                race ? "member.party-race" : "member.other-members", false);
        if (!race) {
            return;
        }
        for (int i = v.endOf(subject); i + 1 < v.size(); i++) {
            boolean against = "against".equals(v.word(i));
            boolean with = "with".equals(v.word(i)) && "run".equals(v.lemma(i - 1));
            if (against || with) {
                PersonMention m = v.person(loose(v, i + 1));
                if (m != null) {
                    c.add(m.canonical(), c.party(p), 0.6, "member.party-race", false); // "running with Y", "against Z"
                }
            }
        }
    }

    /**
     * Whether the name at {@code i} is the speaker of what the sentence reports, after it: "..., Smith said." or
     * "..., said Smith.": the one who comments on the race, not one in it.
     */
    private static boolean trailingSpeaker(SentenceView v, int i) {
        int e = v.endOf(i);
        boolean saysAfter = ",".equals(v.word(i - 1)) && SPEECH.contains(v.lemma(e)) && v.pos(e).startsWith("VB");
        boolean saidBefore = i >= 2 && SPEECH.contains(v.lemma(i - 1)) && v.pos(i - 1).startsWith("VB")
                && ",".equals(v.word(i - 2));
        return saysAfter || saidBefore;
    }

    /** Where a new main clause starts: "; ", ", but". The race after it is that clause's subject's, not the sentence's. */
    private static boolean clauseBreak(SentenceView v, int i) {
        return ";".equals(v.word(i)) || ",".equals(v.word(i)) && "but".equalsIgnoreCase(v.word(i + 1));
    }

    /** Verbs (lemmas) whose subject runs in the party race that is their object: "X won the Indiana Republican primary". */
    private static final Set<String> RACE_VERBS = Set.of("win", "lose", "accept", "clinch", "secure", "seek", "enter",
            "capture", "sweep", "lead");
    /** Verbs (lemmas) by which a party's members pick one of their own: "Kentucky Republicans chose X as their nominee". */
    private static final Set<String> PICK_VERBS = Set.of("nominate", "choose", "pick", "select");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "could", "may", "might",
            "did", "does", "to", "be", "is", "was");

    /**
     * "SEATTLE — ..., Bernie Sanders won the Democrats Abroad primary", "as he accepted the Republican presidential
     * nomination", "X, who is seeking the Democratic nomination": the subject of a race verb whose object is the
     * party's race (the name or pronoun right before the verb).
     */
    static void raceVerb(Context c) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            if (raceAfter(v, p) < 0 || !p.is(Use.MODIFIER) && !v.isPossessive(p.last() + 1)) {
                continue;
            }
            int b = p.first() - 1;
            while (b > 0 && (isPlaceWord(v, b) || v.isPossessive(b) || v.isPossessive(b + 1) && v.pos(b).startsWith("NNP")
                    || "CD".equals(v.pos(b)) && "the".equalsIgnoreCase(v.word(b - 1))) && v.personAt[b] == null) {
                b--; // "the Indiana Republican primary", "Tuesday's Wyoming Republican primary", "the 1992 Democratic primaries"
            }
            if ("the".equalsIgnoreCase(v.word(b)) && "for".equals(v.word(b - 1)) && p.is(Use.MODIFIER)) {
                vyingFor(c, p, b - 1);
                continue;
            }
            if ("the".equalsIgnoreCase(v.word(b)) && "in".equals(v.word(b - 1)) && VOTES.contains(v.lower(raceAfter(v, p)))) {
                beatenIn(c, p, b - 1);
                continue;
            }
            if (!"the".equalsIgnoreCase(v.word(b)) || !RACE_VERBS.contains(v.lemma(b - 1)) || !v.pos(b - 1).startsWith("VB")) {
                continue;
            }
            String subject = subjectOf(c, b - 1);
            if (subject != null) {
                c.add(subject, p, 0.75);
            }
        }
    }

    /** A party's own vote among its candidates: "in the 1992 Democratic primaries", "in the Republican race". */
    private static final Set<String> VOTES = Set.of("primary", "primaries", "caucus", "caucuses", "runoff",
            "nomination", "race", "contest");
    /** Verbs (lemmas) of beating a rival, passive with "by": "X, who was beaten by Y in the Democratic primary". */
    private static final Set<String> BEATING = Set.of("beat", "defeat", "vanquish", "trounce", "oust");
    /**
     * "X, who lost to Y in the 1992 Democratic primaries", "X, who was beaten by Y in the Republican race": both ran in
     * the party's own vote ({@code in} is the position of "in", right after the rival's name). Not "X beat Y in the
     * Republican primary" (MembershipRulesIT keeps Y out).
     */
    private static void beatenIn(Context c, PartyMention p, int in) {
        SentenceView v = c.v;
        PersonMention rival = v.personAt[in - 1];
        if (rival == null) {
            return;
        }
        int r = v.startOf(in - 1);
        int verb = r - 2;
        boolean lost = "to".equals(v.word(r - 1)) && "lose".equals(v.lemma(verb)) && v.pos(verb).startsWith("VB");
        boolean beaten = "by".equals(v.word(r - 1)) && BEATING.contains(v.lemma(verb)) && v.pos(verb).equals("VBN");
        if (!lost && !beaten) {
            return;
        }
        String subject = subjectOf(c, verb);
        if (subject != null) {
            c.add(subject, p, 0.75);
            c.add(rival.canonical(), p, 0.75);
        }
    }

    /**
     * "X, who is vying with Y for the Democratic presidential nomination", "X is running against Y for the GOP
     * nomination", "X is running for the Republican nomination": the subject of a verb of contending whose goal is the
     * party's race, and the rivals it names with "with" or "against" (nothing but names, "and" and commas between).
     */
    private static void vyingFor(Context c, PartyMention p, int f) {
        SentenceView v = c.v;
        List<String> rivals = new ArrayList<>();
        int k = f - 1;
        while (k > 0 && k > f - 12 && (v.personAt[k] != null || "and".equals(v.word(k)) || ",".equals(v.word(k)))) {
            if (v.personStart[k] != null) {
                rivals.add(v.personStart[k].canonical());
            }
            k--;
        }
        if (!rivals.isEmpty()) {
            int titled = k;
            while (titled > 0 && titled > k - 6 && (v.isRoleAt(titled) || "of".equals(v.word(titled))
                    || v.pos(titled).startsWith("JJ") && !v.pos(titled + 1).startsWith("VB"))) {
                titled--; // "running against former secretary of State Hillary Clinton for ..."
            }
            if (!"with".equals(v.word(titled)) && !"against".equals(v.word(titled))) {
                return;
            }
            k = titled - 1;
        }
        if (k < 1 || !CONTENDING.contains(v.lemma(k)) || !v.pos(k).startsWith("VB")) {
            return;
        }
        String subject = subjectOf(c, k);
        if (subject == null) {
            return;
        }
        c.add(subject, p, 0.75);
        rivals.forEach(r -> c.add(r, p, 0.75));
    }

    /** Verbs (lemmas) of contending whose goal "for the Democratic nomination" is the party's race. */
    private static final Set<String> CONTENDING = Set.of("vie", "compete", "run", "battle", "fight", "jockey", "contend");

    /**
     * "Kentucky Republicans chose X as their nominee", "If Republicans nominate X", "the GOP nominated X": the party (or
     * its members) picks one of its own.
     */
    static void partyPicks(Context c) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            boolean party = p.is(Use.NAME) && !v.isPossessive(p.last() + 1); // "In 1968, the GOP nominated Richard Nixon"
            if (!(p.is(Use.MEMBER) && p.plural() || party) || "of".equals(v.word(p.first() - 1))
                    || "CD".equals(v.pos(p.first() - 1))) {
                continue; // not "only 2 per cent of Tories choose X": voters, not the party
            }
            int k = p.last() + 1;
            while (k < v.size() && k <= p.last() + 2 && (AUXILIARIES.contains(v.lower(k)) || v.pos(k).startsWith("RB"))) {
                k++;
            }
            if (!PICK_VERBS.contains(v.lemma(k)) || !v.pos(k).startsWith("VB") || v.pos(k).equals("VBN")) {
                continue;
            }
            int j = v.afterRoles(k + 1);
            while (j < v.size() && v.person(j) != null) {
                c.add(v.person(j), p, 0.75);
                int e = v.endOf(j); // "Had Republicans nominated Marco Rubio or Jeb Bush": either one is theirs
                if (!"or".equals(v.word(e))) {
                    break; // not "Republicans nominated Trump and Clinton won"
                }
                j = v.afterRoles(e + 1);
            }
        }
    }

    private static boolean isPlaceWord(SentenceView v, int k) {
        return v.pos(k).startsWith("NNP") && ("LOCATION".equals(v.token(k).ner()) || "STATE_OR_PROVINCE".equals(v.token(k).ner())
                || "CITY".equals(v.token(k).ner()) || "COUNTRY".equals(v.token(k).ner()));
    }

    /** The person whose verb is at {@code k}: a name (or he/she) right before it, past auxiliaries and adverbs. */
    static String subjectOf(Context c, int k) {
        SentenceView v = c.v;
        int b = k - 1;
        while (b >= 0 && (AUXILIARIES.contains(v.lower(b)) || v.pos(b).startsWith("RB"))) {
            b--;
        }
        if (b >= 1 && "who".equals(v.lower(b)) && ",".equals(v.word(b - 1))) {
            b -= 2; // "X, who is seeking the Democratic nomination"
        } else if (b >= 1 && ",".equals(v.word(b)) && "VBG".equals(v.pos(k)) && v.personAt[b - 1] != null) {
            b--; // "X, running against Y for the Democratic nomination,"
        } else if ("VBN".equals(v.pos(k)) && "NNS".equals(v.pos(b))) {
            b = oneOfThe(v, b); // "X, one of the candidates vanquished by Y in the Republican race,"
        }
        if (b >= 0 && v.personAt[b] != null) {
            return v.personAt[b].canonical();
        }
        if (b >= 0 && ("he".equals(v.lower(b)) || "she".equals(v.lower(b)))) {
            String name = c.persons.resolvePronoun(v.token(b).begin()).orElse(null);
            for (int i = 0; i < b; i++) {
                if (v.personStart[i] != null && v.personStart[i].canonical().equals(name)) {
                    return name; // "X painted a dire portrait as he accepted the Republican nomination"
                }
            }
        }
        return null;
    }

    /**
     * "X, one of the candidates", "X, one of the 16 rivals": the name before an apposition "one of the" + a plural noun
     * at {@code noun} (numbers or adjectives between); else -1.
     */
    private static int oneOfThe(SentenceView v, int noun) {
        int d = noun - 1;
        while (d > noun - 3 && d > 0 && (v.pos(d).equals("CD") || v.pos(d).startsWith("JJ"))) {
            d--;
        }
        boolean apposed = d >= 4 && "the".equalsIgnoreCase(v.word(d)) && "of".equals(v.word(d - 1))
                && "one".equalsIgnoreCase(v.word(d - 2)) && ",".equals(v.word(d - 3));
        return apposed ? d - 4 : -1;
    }

    /** Where the sentence's subject may start: past a dateline ("MIAMI —"), a caption ("Governor's race:") and titles ("Texas Sen."). */
    static int subjectStart(SentenceView v) {
        int k = 0;
        for (int i = 0; i < Math.min(6, v.size()); i++) {
            if (DASHES.contains(v.word(i)) && i > 0 && v.word(0).equals(v.word(0).toUpperCase(java.util.Locale.ROOT))
                    || ":".equals(v.word(i))) {
                k = i + 1;
                break;
            }
            if (v.person(i) != null || v.pos(i).startsWith("VB")) {
                break;
            }
        }
        while (k < v.size() && v.personStart[k] == null && v.isRoleAt(k)) {
            k++;
        }
        return k;
    }

    /**
     * "X, who is running against Y for the party's presidential nomination": the sentence's subject, and the
     * rival named after "against", run in the race of the party "the party" refers to (the article's main
     * party, or its most mentioned one when the sentences just before named it).
     */
    static void theParty(Context c) {
        SentenceView v = c.v;
        for (int i = 0; i + 1 < v.size(); i++) {
            Party dominant = c.referent;
            for (PartyMention p : v.parties) {
                if (p.last() < i) {
                    dominant = null; // "the party" may be the one just named in this sentence: leave it
                }
            }
            if (dominant == null) {
                continue;
            }
            if (!v.word(i).equals("party") || !v.isPossessive(i + 1) || v.partyStart[i] != null) {
                continue;
            }
            int k = i + 2;
            if ("presidential".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            if (!RACES.contains(v.lower(k)) || !"the".equalsIgnoreCase(v.word(i - 1))) {
                continue;
            }
            int subject = 0;
            while (subject < i && v.personStart[subject] == null && SentenceView.isRole(v.word(subject))) {
                subject++;
            }
            if (subject < i && v.personStart[subject] != null) {
                c.add(v.personStart[subject].canonical(), dominant, 0.6);
            }
            for (int a = 0; a + 1 < i; a++) {
                if (v.word(a).equalsIgnoreCase("against") && v.personStart[a + 1] != null) {
                    c.add(v.personStart[a + 1].canonical(), dominant, 0.6);
                }
            }
        }
    }

    /**
     * The participants a sentence names as a group of a party's race: "The other candidates at the
     * debate -- A, B and C", "such rivals as A and B", "The last two Republican winners, A in 2008 and B";
     * and "X and the rest of the GOP field" (X is one of them).
     */
    static void raceGroup(Context c) {
        SentenceView v = c.v;
        for (int g = 0; g < v.size(); g++) {
            if (kind(v, g).equals("GROUP") || v.lower(g).equals("rival")) {
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
            raceWord |= RACES.contains(v.lower(g)) || kind(v, g).equals("GROUP");
            if (raceWord && (":".equals(v.word(g)) || "--".equals(v.word(g)))) {
                List<PersonMention> list = list(v, g + 1);
                int end = list.isEmpty() ? 0 : v.endOf(indexOf(v, list.get(list.size() - 1), g));
                if (list.size() >= 2 && (end >= v.size() || ".".equals(v.word(end)))) {
                    list.forEach(m -> add(c, m.canonical(), c.race));
                }
            }
        }
    }

    /**
     * "his rivals for the GOP nomination", "his closest rival in the crowded GOP field", "Trump's rivals"
     * in a sentence about one party's race: the possessor is in the race. Not "her Republican rivals": a
     * rival of another party, as likely as not.
     */
    static void raceRivals(Context c) {
        SentenceView v = c.v;
        for (int g = 0; g < v.size(); g++) {
            if (RIVALS.contains(v.lower(g))) {
                possessor(c, g);
            }
        }
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
            raceWord |= !kind(v, g).isEmpty();
            partyBefore |= v.party(g) != null && v.person(v.afterRoles(v.party(g).last() + 1)) == null; // not a title:
            // "Green Party candidate Jill Stein left hours before the debate between A and B"
            if (raceWord && partyBefore && "between".equals(v.word(g))) { // not "a race between A and B, the Democratic nominee"
                between(c, g);
            }
            if ("for".equals(v.word(g)) && !kind(v, g - 1).isEmpty() && v.lower(g - 1).endsWith("s")) {
                for (PersonMention m : list(v, g + 1)) {
                    add(c, m.canonical(), c.race); // "must-win contests for native sons A and B"
                }
            }
        }
    }

    /** Verbs (lemmas) of saying: what follows them is a view, not the subject's deed. */
    private static final Set<String> SPEECH = Set.of("say", "argue", "tell", "claim", "insist", "suggest", "write",
            "predict", "warn", "note");
    /**
     * Race words that also name a standing body or its staff's work, not a contest one runs in: "the Senate
     * Democratic caucus", "the Republican leadership", "ran the Republican campaign in Ohio".
     */
    private static final Set<String> BODIES = Set.of("caucus", "leadership", "campaign");

    /**
     * "Bernie Sanders won the Democrats Abroad primary", "Clinton is the favorite to secure the Democratic
     * nomination", "At the Democratic debate, Clinton blamed ...": the named subject of the main clause of a
     * sentence about one party's race (the race itself named after the party, outside quotation marks; no
     * other party named) runs in that race, and so does a name joined to it by "and". Not when another person
     * is named between the two ("Cruz and Trump trailed Clinton, the front-runner for the Democratic
     * nomination"), not a group of the race ("contrary to the claims of some GOP candidates": no race of his),
     * not a person titled with another trade ("Fox News host X"), not a race the sentence is about ("tweeting about
     * the GOP debates").
     */
    static void raceSubject(Context c) {
        SentenceView v = c.v;
        Party party = null;
        int race = -1;
        for (PartyMention p : v.parties) {
            Party q = c.party(p);
            if (party != null && !party.equals(q)) {
                return; // two parties: whose race the subject runs in is unclear
            }
            party = q;
            int r = raceAfter(v, p);
            if (race < 0 && r >= 0 && kind(v, r).equals("RACE") && pollsStoodIn(v, r) && !BODIES.contains(v.lower(r))
                    && !v.nounFollows(r + 1)
                    && !ReferenceSieves.inQuote(v, p.first())) {
                race = p.first();
            }
        }
        String subject = race < 0 ? null : c.persons.discourse().subjectOf(v.sentence.index()).orElse(null);
        if (subject == null) {
            return;
        }
        int at = -1;
        for (int i = 0; i < v.size() && at < 0; i++) {
            if (v.personStart[i] != null && v.personStart[i].canonical().equals(subject)) {
                at = i;
            }
        }
        if (at < 0 || at > 0 && v.pos(at - 1).startsWith("NN") && !v.pos(at - 1).startsWith("NNP")
                && !SentenceView.isRole(v.word(at - 1))) {
            return; // "Fox News host X", "climate activist X": a person of another trade
        }
        if (race < at && !(v.pos(0).equals("IN") || v.pos(0).equals("VBG") || v.pos(0).equals("VBN"))) {
            return; // the race before the subject only in an opening phrase: "At the Democratic debate, X ...", "During ..."
        }
        int b = at - 1;
        while (b > 0 && v.personAt[b] == null && (SentenceView.isRole(v.word(b)) || "and".equals(v.word(b))
                || v.pos(b).startsWith("NN") || v.pos(b).startsWith("JJ"))) {
            b--;
        }
        if (b >= 0 && v.pos(b).equals("IN")) {
            return; // "founded by billionaire and climate activist X": no subject of the sentence's race
        }
        int before = race - 1;
        while (before > 0 && (v.pos(before).equals("DT") || v.pos(before).startsWith("JJ") || v.pos(before).equals("POS"))) {
            before--;
        }
        if (before >= 0 && "about".equalsIgnoreCase(v.word(before))) {
            return; // "X repeated his tradition of tweeting about the GOP debates": a topic, not a run
        }
        for (int i = at + 1; i < race; i++) {
            if (SPEECH.contains(v.lemma(i)) && v.pos(i).startsWith("VB")) {
                return; // "X argued that a competitive Democratic primary was ...": a view of the race, not a run in it
            }
            if (clauseBreak(v, i)) {
                return; // "X plans to send a nominee, but two senators are vying for the GOP nomination"
            }
        }
        List<String> names = new ArrayList<>(List.of(subject));
        int e = v.endOf(at);
        if ("and".equals(v.word(e)) && v.person(e + 1) != null) {
            names.add(v.person(e + 1).canonical()); // "Clinton and Sanders explore ..."
            e = v.endOf(e + 1);
        }
        for (int i = Math.min(e, race); i < Math.max(at, race); i++) {
            if (v.personStart[i] != null && i != at && (i < at || i >= e)) {
                return; // another person between the subject and the race
            }
            if (kind(v, i).equals("GROUP") || ReferenceSieves.QUOTES.contains(v.word(i))) {
                return; // "critical of all the candidates seeking the GOP nomination", "... nomination,' X said"
            }
        }
        for (String name : names) {
            add(c, name, party);
        }
    }

    /** Number words of a counted group: "the three Green contenders", "the two men seeking the Tory nomination". */
    static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
            "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    /** Plural nouns of persons that name a race's group only with the race after them: "the two men seeking the X nomination". */
    private static final Set<String> PEOPLE = Set.of("men", "women", "people", "politicians", "figures", "members",
            "mps", "councillors", "senators", "candidates", "contenders", "hopefuls", "rivals");

    /**
     * A counted group of a party's race and exactly that many names: "the two men seeking the Conservative
     * nomination, A and B, ..."; "The three Green Party contenders clashed on Tuesday." followed by "A, B and C
     * each promised ..." (the next sentence opens with the names). The number must match the names; a list
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
            while (g < v.size() && g <= n + 5 && !kind(v, g).equals("GROUP") && !PEOPLE.contains(v.lower(g))
                    && (v.partyAt(g) != null || v.pos(g).startsWith("JJ") || MODIFIERS.contains(v.lower(g)))) {
                if (v.partyAt(g) != null && party == null) {
                    party = c.party(v.partyAt(g)); // "the three Green Party contenders"
                }
                g++;
            }
            PartyMention members = v.partyAt(g - 1);
            if (members != null && g > n + 1 && members.is(Use.MEMBER) && members.plural()
                    && !kind(v, g).equals("GROUP") && !PEOPLE.contains(v.lower(g))) {
                g--; // "The three Republicans running for governor": the party's members are the group
            } else if (g >= v.size() || !(kind(v, g).equals("GROUP") || PEOPLE.contains(v.lower(g)))) {
                continue;
            } else if (party != null && !kind(v, g).equals("GROUP")) {
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
                    if (v.party(j) != null && raceAfter(v, v.party(j)) >= 0) {
                        party = c.party(v.party(j));
                        k = raceAfter(v, v.party(j)) + 1;
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
                List<PersonMention> names = list(v, k + 1);
                if (names.size() == count) {
                    int end = v.skipTrailer(v.endOf(indexOf(v, names.get(count - 1), k)));
                    if (",".equals(v.word(end)) || ".".equals(v.word(end)) || DASHES.contains(v.word(end))
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
            SentenceView w = new SentenceView(next, c.persons.mentionsIn(next.begin(), next.end()),
                    PartyGazetteer.DEFAULT.find(next));
            int first = loose(w, 0); // "Businessman A, former congressman B and State Treasurer C each ..."
            List<PersonMention> names = w.person(first) != null ? list(w, first) : List.of();
            if (names.size() != count || !w.parties.isEmpty()) {
                continue;
            }
            int end = w.endOf(indexOf(w, names.get(count - 1), first));
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
        if (p == null || raceAfter(v, p) < 0 || !"the".equalsIgnoreCase(v.word(g - 1)) || !"and".equals(v.word(g - 2))
                || g < 3 || v.personAt[g - 3] == null) {
            return;
        }
        add(c, v.personAt[g - 3].canonical(), c.party(p));
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
            if (RIVALS.contains(v.lower(g)) && !c.contest && !former(v, g)) {
                return; // "Democratic candidate X mocked her chief political rival, Y": Y's race may be the general election
            }
            party = c.race;
        }
        boolean copula = j < v.size() && COPULAS.contains(v.lower(j)) && definite(v, g);
        if (party != null && titles(v, g, j)) {
            List<PersonMention> titled = list(v, j);
            if (titled.size() >= 2) {
                for (PersonMention m : titled) {
                    add(c, m.canonical(), party); // "Candidates Ben Carson, Marco Rubio and Rand Paul also joined"
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
        List<PersonMention> names = list(v, j + 1);
        if (names.isEmpty()) {
            return;
        }
        int end = v.skipTrailer(v.endOf(indexOf(v, names.get(names.size() - 1), j)));
        int titled = appositive(v, end); // "..., and B, the business secretary, said": past the last title
        end = titled > end ? titled + 1 : end;
        boolean inside = "as".equals(v.word(j)) || "including".equals(v.word(j)) || "like".equals(v.word(j));
        if (!inside && (v.pos(end).startsWith("VB") || v.pos(end).equals("MD"))) {
            return; // "Trump and his GOP rivals, Obama said": a clause, not the group's names ("rivals such as A and B are" is)
        }
        if (copula && (names.size() < 2 || end < v.size() && !".".equals(v.word(end)))) {
            return; // "The three Democratic contenders are A, B and C.": the whole list, ending the sentence
        }
        for (PersonMention m : names) {
            add(c, m.canonical(), party);
        }
    }

    /**
     * Whether the plural group word at {@code g} titles the list of names right after it, {@code j}: "Candidates A, B and
     * C also joined", "fellow contenders A and B" (not "his rivals A and B", whose race may be another).
     */
    private static boolean titles(SentenceView v, int g, int j) {
        return j == g + 1 && v.person(j) != null && v.lower(g).endsWith("s") && !RIVALS.contains(v.lower(g))
                && !"PRP$".equals(v.pos(g - 1)) && !v.isPossessive(g - 1);
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
            int race = v.party(j) == null ? -1 : RaceSieves.raceAfter(v, v.party(j));
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
        if ("PRP$".equals(v.pos(b)) && (v.lower(b).equals("his") || v.lower(b).equals("her"))) {
            Party chosen = party;
            // "Trump with a lead over his closest rival": one of them
            ReferenceSieves.referent(c, b).ifPresent(name -> add(c, name, chosen));
        } else if (v.isPossessive(b) && b > 0 && v.personAt[b - 1] != null) {
            add(c, v.personAt[b - 1].canonical(), party);
        }
    }

    /** Words between a name and the rival phrase in apposition to it: "X - considered Y's rival for ...". */
    private static final Set<String> APPOSITION = Set.of(",", "-", "--", "\u2013", "\u2014", "considered", "seen", "as",
            "widely", "now", "the");

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
            add(c, v.personAt[k].canonical(), party);
            return;
        }
        int a = raceEnd < v.size() && ",".equals(v.word(raceEnd)) ? raceEnd + 1 : -1;
        if (a > 0) {
            a = v.afterRoles(a);
            PersonMention m = v.person(a);
            int end = m == null ? -1 : v.skipTrailer(v.endOf(a));
            if (m != null && (end >= v.size() || ",".equals(v.word(end)) || ".".equals(v.word(end)))) {
                add(c, m.canonical(), party); // "Clinton's rival for the Democratic nomination, Sen. Bernie Sanders,"
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
            while (k < v.size() && v.person(k) == null && (isRaceWord(v.word(k)) || v.isRoleAt(k)
                    || MODIFIERS.contains(v.lower(k)) || v.pos(k).startsWith("JJ"))) {
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
        int a = loose(v, g + 1);
        String first = participant(c, a);
        if (first == null) {
            return;
        }
        int e = v.person(a) != null ? v.endOf(a) : a + 1;
        if (!"and".equals(v.word(e))) {
            return;
        }
        String second = participant(c, loose(v, e + 1));
        if (second != null && !othersRace(c, c.race)) {
            add(c, first, c.race);
            add(c, second, c.race);
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

    /**
     * "former rival Carly Fiorina", "front-runner Jack Conway", "Reid, the front-runner,": a race title without a party
     * word. A primary challenger ("X must get past primary challenger Y") runs in the primary of the incumbent's party,
     * not in the race the article is about: Y gets X's party when the findings give X one, else nothing.
     */
    static void raceRole(Context c) {
        SentenceView v = c.v;
        for (int i = 0; i + 1 < v.size(); i++) {
            boolean role = kind(v, i).equals("ROLE")
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
                    add(c, m.canonical(), theirs);
                }
                continue; // "McCain must get past primary challenger Kelli Ward": McCain's party, whatever the race
            }
            if (c.race == null) {
                continue;
            }
            if (!partyBefore && RIVALS.contains(v.lower(i)) && !c.contest && !former(v, i)) {
                continue; // "Republican candidate X tweeted an image of rival Y": Y's race may be the general election
            }
            if (m != null && !partyBefore) {
                add(c, m.canonical(), c.race);
            }
            int b = i - 1;
            while (b > 0 && v.pos(b).startsWith("JJ") && v.partyAt(b) == null) {
                b--; // "Reid, the clear front-runner,"
            }
            if (b >= 2 && !partyBefore && ("the".equalsIgnoreCase(v.word(b)) || "a".equalsIgnoreCase(v.word(b)))
                    && ",".equals(v.word(b - 1)) && v.personAt[b - 2] != null
                    && (",".equals(v.word(i + 1)) || ".".equals(v.word(i + 1)))) {
                add(c, v.personAt[b - 2].canonical(), c.race); // "Reid, the front-runner, ..."
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
                add(c, v.personStart[i].canonical(), party);
                if (i >= 2 && "or".equals(v.word(i - 1)) && v.personAt[i - 2] != null) {
                    add(c, v.personAt[i - 2].canonical(), party); // "Ted Cruz or Donald Trump as the nominee"
                }
            }
        }
    }

    static void add(Context c, String person, Party party) {
        if (!c.settled(person)) {
            c.add(person, party, 0.6);
        }
    }

    /** Past titles, adjectives and descriptions before a name in a list ("former Florida governor", "retired neurosurgeon"). */
    static int loose(SentenceView v, int k) {
        int limit = k + 5;
        while (k < v.size() && k < limit && v.person(k) == null && v.party(k) == null
                && (v.isRoleAt(k) || v.pos(k).startsWith("JJ") || v.pos(k).equals("VBN") || v.pos(k).startsWith("NN")
                || v.pos(k).equals("VBD") && v.pos(k + 1).startsWith("NN") && v.person(k + 1) == null
                || v.pos(k).equals("DT"))) {
            k++;
        }
        return k;
    }

    /** The persons of a list starting at {@code k}: "A, B and C", each name possibly after its titles. */
    static List<PersonMention> list(SentenceView v, int k) {
        List<PersonMention> out = new ArrayList<>();
        int j = loose(v, k);
        while (j < v.size() && v.person(j) != null) {
            out.add(v.person(j));
            int e = appositive(v, v.skipTrailer(v.endOf(j)));
            if (",".equals(v.word(e)) && "and".equals(v.word(e + 1))) {
                e++;
            }
            if (!(",".equals(v.word(e)) || "and".equals(v.word(e)) || "or".equals(v.word(e)))) {
                break;
            }
            j = loose(v, e + 1);
        }
        return out;
    }

    /** Past an appositive title after a name in a list ("A, the business secretary, B"): the comma that ends it, else {@code e}. */
    private static int appositive(SentenceView v, int e) {
        if (!",".equals(v.word(e)) || !("the".equals(v.lower(e + 1)) || "a".equals(v.lower(e + 1)))) {
            return e;
        }
        int k = loose(v, e + 1);
        return k > e + 2 && ",".equals(v.word(k)) ? k : e;
    }

    /** Where the mention {@code m} starts, at or after {@code from}; the sentence's last position when it does not. */
    static int indexOf(SentenceView v, PersonMention m, int from) {
        for (int i = from; i < v.size(); i++) {
            if (v.personStart[i] == m) {
                return i;
            }
        }
        return v.size() - 1;
    }
}
