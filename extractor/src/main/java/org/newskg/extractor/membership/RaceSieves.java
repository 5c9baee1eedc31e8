package org.newskg.extractor.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer.Use;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonMention;

/**
 * Sieves for a party's race for office that the sentence names with the party: the candidates a sentence about
 * the Republican nomination, the Democratic primary or the Tory leadership contest names ("In the Democratic
 * race, X ...", "X won the Indiana Republican primary", "X, who is vying with Y for the Democratic nomination",
 * "Kentucky Republicans chose X as their nominee", "X, who is running against Y for the party's presidential
 * nomination"). The party is the one the sentence names, or the race the article is about ({@link Context#race}).
 * The race's words are {@link RaceWords}; its groups of candidates, rivals and titles have their own sieves
 * ({@link RaceGroups}, {@link RaceRivals}, {@link RaceRoles}).
 */
final class RaceSieves {

    /** Verbs (lemmas) whose subject runs in the party race that is their object: "X won the Indiana Republican primary". */
    private static final Set<String> RACE_VERBS = Set.of("win", "lose", "accept", "clinch", "secure", "seek", "enter",
            "capture", "sweep", "lead");
    /** Verbs (lemmas) by which a party's members pick one of their own: "Kentucky Republicans chose X as their nominee". */
    private static final Set<String> PICK_VERBS = Set.of("nominate", "choose", "pick", "select");
    /** A party's own vote among its candidates: "in the 1992 Democratic primaries", "in the Republican race". */
    private static final Set<String> VOTES = Set.of("primary", "primaries", "caucus", "caucuses", "runoff",
            "nomination", "race", "contest");
    /** Verbs (lemmas) of beating a rival, passive with "by": "X, who was beaten by Y in the Democratic primary". */
    private static final Set<String> BEATING = Set.of("beat", "defeat", "vanquish", "trounce", "oust");
    /** Verbs (lemmas) of contending whose goal "for the Democratic nomination" is the party's race. */
    private static final Set<String> CONTENDING = Set.of("vie", "compete", "run", "battle", "fight", "jockey", "contend");
    /** Verbs (lemmas) of saying: what follows them is a view, not the subject's deed. */
    private static final Set<String> SPEECH = Set.of("say", "argue", "tell", "claim", "insist", "suggest", "write",
            "predict", "warn", "note");

    private RaceSieves() {
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
        boolean race = p.is(Use.MODIFIER) && RaceWords.RACES.contains(v.lower(k));
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
        int subject = SentenceSubjects.subjectStart(v);
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
                PersonMention m = v.person(NameLists.loose(v, i + 1));
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

    /**
     * "SEATTLE — ..., Bernie Sanders won the Democrats Abroad primary", "as he accepted the Republican presidential
     * nomination", "X, who is seeking the Democratic nomination": the subject of a race verb whose object is the
     * party's race (the name or pronoun right before the verb).
     */
    static void raceVerb(Context c) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            if (RaceWords.raceAfter(v, p) < 0 || !p.is(Use.MODIFIER) && !v.isPossessive(p.last() + 1)) {
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
            if ("the".equalsIgnoreCase(v.word(b)) && "in".equals(v.word(b - 1)) && VOTES.contains(v.lower(RaceWords.raceAfter(v, p)))) {
                beatenIn(c, p, b - 1);
                continue;
            }
            if (!"the".equalsIgnoreCase(v.word(b)) || !RACE_VERBS.contains(v.lemma(b - 1)) || !v.pos(b - 1).startsWith("VB")) {
                continue;
            }
            String subject = SentenceSubjects.subjectOf(c, b - 1);
            if (subject != null) {
                c.add(subject, p, 0.75);
            }
        }
    }

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
        String subject = SentenceSubjects.subjectOf(c, verb);
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
        String subject = SentenceSubjects.subjectOf(c, k);
        if (subject == null) {
            return;
        }
        c.add(subject, p, 0.75);
        rivals.forEach(r -> c.add(r, p, 0.75));
    }

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
            while (k < v.size() && k <= p.last() + 2 && (SentenceSubjects.AUXILIARIES.contains(v.lower(k)) || v.pos(k).startsWith("RB"))) {
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
            if (!RaceWords.RACES.contains(v.lower(k)) || !"the".equalsIgnoreCase(v.word(i - 1))) {
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
            int r = RaceWords.raceAfter(v, p);
            if (race < 0 && r >= 0 && RaceWords.kind(v, r).equals("RACE") && RaceWords.pollsStoodIn(v, r) && !RaceWords.BODIES.contains(v.lower(r))
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
            if (RaceWords.kind(v, i).equals("GROUP") || ReferenceSieves.QUOTES.contains(v.word(i))) {
                return; // "critical of all the candidates seeking the GOP nomination", "... nomination,' X said"
            }
        }
        for (String name : names) {
            add(c, name, party);
        }
    }

    static void add(Context c, String person, Party party) {
        if (!c.settled(person)) {
            c.add(person, party, 0.6);
        }
    }
}
