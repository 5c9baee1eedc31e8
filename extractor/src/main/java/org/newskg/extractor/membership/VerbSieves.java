package org.newskg.extractor.membership;

import java.util.Map;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer.Use;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.model.CorpusParties;

/** Sieves that read a verb between a person and a party: "X quit Labour", "X is a Republican", "since becoming Labour leader". */
final class VerbSieves {

    private static final Map<String, String> VERBS = WordLists.pairs(VerbSieves.class, "membership-verbs.txt");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "'d");
    private static final Set<String> CONDITIONS = Set.of("if", "whether", "unless");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final Set<String> AUX = Set.of("has", "have", "had", "was", "were", "is", "are", "been", "be",
            "being", "will", "would", "who", "then", "later", "also", "finally", "eventually", "formally",
            "effectively", "dramatically", "publicly", "officially", "since", "recently", "just", "now", "both");
    /** Verbs (lemmas) that give a person a party role: "became Labour leader", "was elected Tory leader". */
    private static final Set<String> BECOME = Set.of("become", "elect", "appoint", "name", "re-elect");
    /** Verbs (lemmas) of a party acting on its member: expelling ends the membership (LEFT). */
    private static final Map<String, String> EXPEL = Map.of("expel", "LEFT", "kick", "LEFT", "throw", "LEFT",
            "suspend", "MEMBER", "deselect", "MEMBER");
    /** Verbs of leaving whose object may be a party's policy rather than the party ("ditched Labour's pledge"). */
    private static final Set<String> ABANDON = Set.of("ditch", "desert", "abandon");
    private static final Set<String> SINCE = Set.of("since", "after", "before", "on", "until", "when");

    private VerbSieves() {
    }

    /**
     * "Ken Livingstone finally quit Labour tonight", "X, who quit UKIP,", "he quit UKIP" (the pronoun
     * resolved), "The Glasgow MP, who was expelled from Labour," (the role resolved), "X is a Republican"
     * (member.copula); leaving also gives a LEFT triple (member.left-party).
     */
    static void verbParty(Context c) {
        SentenceView v = c.v;
        for (int i = 0; i < v.size(); i++) {
            PersonMention passive = i >= 2 && "being".equals(v.lower(i - 1)) && SINCE.contains(v.lower(i - 2))
                    && VERBS.containsKey(v.lemma(i)) ? subject(v, i) : null;
            if (passive != null) {
                verbParty(c, passive.canonical(), i, 0.8); // "X sat as an independent after being expelled from Labour"
            }
            PersonMention active = i >= 2 && SINCE.contains(v.lower(i - 1)) && "VBG".equals(v.pos(i))
                    && VERBS.containsKey(v.lemma(i)) ? subject(v, i) : null;
            if (active != null) {
                verbParty(c, active.canonical(), i, 0.8); // "X won his seat after defecting from the Conservatives"
            }
            if (v.personStart[i] != null) {
                int e = pastPartners(v, v.endOf(i));
                verbParty(c, v.personStart[i].canonical(), apposedSubject(v, i, e) ? e + 1 : e, 0.85);
            } else if (v.personAt[i] == null && SUBJECT_PRONOUNS.contains(v.lower(i))) {
                int at = i;
                c.persons.resolvePronoun(v.token(i).begin()).ifPresent(name -> verbParty(c, name, at + 1, 0.7));
            }
        }
        int comma = roleSubject(v);
        if (comma > 0) {
            c.persons.resolveNominal(v.token(0).begin(), v.words(0, comma - 1), Set.of())
                    .ifPresent(name -> verbParty(c, name, comma, 0.7));
        }
    }

    /**
     * "The Glasgow Kelvin MP, who was expelled from Labour over the war, accused ...": a sentence that opens with a
     * role nominal (the, then words of no person or party, a role last) and a relative clause: the comma after it;
     * else -1.
     */
    private static int roleSubject(SentenceView v) {
        if (v.size() < 4 || !"the".equalsIgnoreCase(v.word(0))) {
            return -1;
        }
        for (int k = 1; k < v.size() && k <= 5; k++) {
            if (",".equals(v.word(k))) {
                return k > 1 && SentenceView.isRole(v.word(k - 1)) && "who".equals(v.word(k + 1)) ? k : -1;
            }
            if (v.personAt[k] != null || v.partyAt(k) != null
                    || !(v.pos(k).startsWith("NN") || v.pos(k).startsWith("JJ") || v.pos(k).equals("CD"))) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs (lemmas) of seeking a role, between its seeker and "to become": "hopes to become Labour leader". */
    private static final Set<String> SEEKING = Set.of("hope", "want", "seek", "aim", "try", "bid", "vie", "poise",
            "strive", "campaign", "run");

    /** Verbs (lemmas) of a candidacy, whose party may follow the seat or office sought. */
    private static final Set<String> CANDIDACY = Set.of("run", "stand", "contest", "fight");

    /**
     * "will contest Leeds North for Labour", "fought the seat for the Conservatives in 2010", "ran in 2001 for mayor as
     * a Republican": past the seat, office or time after a verb of candidacy at {@code k} (a few words, no comma, verb
     * or person, but for a place between commas: "contest Bethnal Green, in London, for Respect"), the party after
     * "for" or "as a"; null when none, or when "run" or "stand" has an object ("ran the campaign for the Greens"
     * manages it).
     */
    private static PartyMention candidacyParty(SentenceView v, int k) {
        if (("run".equals(v.lemma(k)) || "stand".equals(v.lemma(k))) && v.pos(k + 1).equals("DT")) {
            return null;
        }
        int limit = k + 8;
        for (int j = k + 2; j < v.size() && j <= limit; j++) {
            String w = v.lower(j);
            int aside = placeAside(v, j);
            if (aside > j) {
                limit += aside - j;
                j = aside; // "will contest Bethnal Green, in London, for Respect"
                continue;
            }
            if (v.pos(j).startsWith("VB") || v.person(j) != null || !Character.isLetterOrDigit(w.charAt(0))) {
                return null;
            }
            boolean as = w.equals("as") && ("a".equals(v.lower(j + 1)) || "an".equals(v.lower(j + 1)));
            if (w.equals("for") || as) {
                int at = as || "the".equals(v.lower(j + 1)) ? j + 2 : j + 1;
                PartyMention p = v.party(at);
                if (p != null && (p.is(Use.NAME) || p.is(Use.MEMBER)) && !v.nounFollows(p.last() + 1)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The comma closing ", in London," at {@code j} (a place after "in", between commas), else {@code j}. */
    private static int placeAside(SentenceView v, int j) {
        if (!",".equals(v.word(j)) || !"in".equals(v.lower(j + 1)) || !RolePhrases.isPlace(v, j + 2)) {
            return j;
        }
        int close = j + 3;
        while (close < v.size() && close <= j + 4 && RolePhrases.isPlace(v, close)) {
            close++;
        }
        return ",".equals(v.word(close)) ? close : j;
    }

    /**
     * How firmly a candidacy's party is stated: "ran in 2001 for mayor as a Republican" tells a career's past as often
     * as not (the party since left), so below {@link CorpusParties#STATED}, where no other article takes it up; "will
     * contest Leeds North for Labour" as the verb's own.
     */
    private static double candidacy(SentenceView v, PartyMention p, double confidence) {
        return "as".equals(v.lower(p.first() - 2)) ? Math.min(confidence, CorpusParties.STATED - 0.05) : confidence;
    }

    /** Nouns of leaving a party: "from" names the party left, "to" the one joined ("defection to Labour"). */
    private static final Set<String> LEAVINGS = Set.of("defection", "expulsion", "departure", "resignation");

    /**
     * The noun of a defection: "the defection to Labour of X", "the defection of X to the Conservatives", "X's defection
     * to the Lib Dems", "X's expulsion from the SNP". "from" gives a party left, "to" a party joined (only "defection"
     * joins one: "X's departure to the Senate" is none).
     */
    static void defection(Context c) {
        SentenceView v = c.v;
        for (int n = 1; n < v.size(); n++) {
            if (!LEAVINGS.contains(v.lower(n)) || !v.pos(n).startsWith("NN")) {
                continue;
            }
            PersonMention owner = null;
            int prep = n + 1;
            if (v.isPossessive(n - 1) && n >= 2 && v.personAt[n - 2] != null) {
                owner = v.personAt[n - 2]; // "X's defection to"
            } else if ("of".equals(v.word(n + 1)) && v.personStart[n + 2] != null) {
                owner = v.personStart[n + 2]; // "the defection of X to"
                prep = v.endOf(n + 2);
            }
            PartyMention party = partyAfter(v, prep);
            if (owner == null && party != null && "of".equals(v.word(party.last() + 1))) {
                owner = v.personStart[party.last() + 2]; // "the defection to Labour of X"
            }
            if (owner == null || party == null || "to".equals(v.word(prep)) && !"defection".equals(v.lower(n))) {
                continue;
            }
            boolean left = "from".equals(v.word(prep));
            c.add(owner.canonical(), c.party(party), 0.8, left ? "member.left-party" : "member.defection", left);
        }
    }

    /** The party named as a party right after "to" or "from" at {@code k} (and "the"), or null. */
    private static PartyMention partyAfter(SentenceView v, int k) {
        if (!"to".equals(v.word(k)) && !"from".equals(v.word(k))) {
            return null;
        }
        int j = "the".equalsIgnoreCase(v.word(k + 1)) ? k + 2 : k + 1;
        PartyMention p = v.party(j);
        return p != null && (p.is(Use.NAME) || p.is(Use.MEMBER)) && !v.nounFollows(p.last() + 1) ? p : null;
    }

    /**
     * "The Conservative MP for South Fenwold, X, has defected to Reform UK": a name between commas right after the
     * sentence's opening noun phrase (no verb before it) is the subject of the verb after its closing comma.
     */
    private static boolean apposedSubject(SentenceView v, int start, int e) {
        if (start < 2 || !",".equals(v.word(start - 1)) || !",".equals(v.word(e)) || e + 1 >= v.size()
                || !(AUX.contains(v.lower(e + 1)) && !"who".equals(v.lower(e + 1)) || Set.of("VBD", "VBZ").contains(v.pos(e + 1)))) {
            return false;
        }
        for (int k = 0; k < start - 1; k++) {
            if (v.pos(k).startsWith("VB") || v.pos(k).equals("MD") || ",".equals(v.word(k)) || v.person(k) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Past "of Illinois" or "of Reform UK" after a name, and past the names joined to it by "and" ("A of Illinois and B
     * of Maine were the only Republicans to ..."): where the verb the names share would stand.
     */
    private static int pastPartners(SentenceView v, int e) {
        boolean of = "of".equals(v.word(e)) && (RolePhrases.isPlace(v, e + 1)
                || v.party(e + 1) != null && v.party(e + 1).first() == e + 1);
        int k = of ? v.skipTrailer(e) : e;
        if ("and".equals(v.word(k)) && v.person(k + 1) != null) {
            int j = v.endOf(k + 1);
            return "of".equals(v.word(j)) && RolePhrases.isPlace(v, j + 1) ? v.skipTrailer(j) : j;
        }
        return k;
    }

    /** Where a party stands, between "the" and its name: "joined the governing New Democrats", "the ruling Liberals". */
    private static final Set<String> STANDINGS = Set.of("governing", "ruling", "opposition", "fledgling", "breakaway",
            "minority", "upstart", "insurgent");

    /** Pronouns that may stand between "be" and what it says a person is: "X was himself a Liberal". */
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself");

    /** What may stand between "as a" and the party of a role to come: "tipped as a future Labour leader". */
    private static final Set<String> FUTURE = Set.of("future", "next");

    private static void verbParty(Context c, String person, int e, double confidence) {
        SentenceView v = c.v;
        int k = v.pastBracket(e, e + 8); // "Cllr X (Ind, Southgate), who quit the Conservatives"
        if (",".equals(v.word(k)) && "CD".equals(v.pos(k + 1)) && ",".equals(v.word(k + 2))) {
            // "X, 59, who was Lib Dem deputy leader of the council"; "X, 68, was the Labour MP", "X, 51, is standing for"
            // "X, 58, a two-term state senator, quit": to the comma before the description
            k += "who".equals(v.word(k + 3)) || Set.of("a", "an", "the").contains(v.lower(k + 3)) ? 2 : 3;
        }
        k = pastDescription(v, k);
        if ((",".equals(v.word(k)) || SentenceView.isDash(v.word(k))) && "who".equals(v.word(k + 1))) {
            k++; // "X, who quit UKIP", "X - who is standing for the SNP"
        }
        int limit = k + 4;
        while (k < v.size() && k < limit && (AUX.contains(v.lower(k)) || v.pos(k).startsWith("RB"))) {
            if (NEGATIONS.contains(v.lower(k))) {
                return; // "X did not join the Tories"
            }
            int article = k + 1;
            while (article < k + 3 && (v.pos(article).startsWith("RB") && !NEGATIONS.contains(v.lower(article))
                    || REFLEXIVES.contains(v.lower(article)))) {
                article++; // "X is still a Republican", "X was himself a Liberal"
            }
            if ("not".equals(v.lower(article)) && "the".equals(v.lower(article + 1)) && "only".equals(v.lower(article + 2))) {
                article++; // "X is not the only Republican to endorse Y": one of them all the same
            }
            if ("be".equals(v.lemma(k)) && ("a".equalsIgnoreCase(v.word(article)) || "an".equalsIgnoreCase(v.word(article))
                    || "the".equalsIgnoreCase(v.word(article)) || v.party(article) != null
                    || SentenceView.isRole(v.word(article)) && roleOfParty(v, article) != null)) {
                break; // "X is a Republican", "X is the Democratic nominee", "X, who is UKIP Scotland chairman"
            }
            k++;
        }
        if (k >= v.size() || !v.pos(k).startsWith("VB")) {
            return;
        }
        int next = conjoined(v, k);
        PartyMention became = next > 0 && BECOME.contains(v.lemma(next)) ? becameParty(c, next) : null;
        if (became != null) {
            // "beat the MP by 71 votes and becomes the new Liberal candidate"
            c.add(person, c.party(became), Math.min(confidence, 0.8), "member.becoming", false);
        } else if (next > 0) {
            verbParty(c, person, next, confidence); // "quit the SNP last year and now sits for the Alba Party"
        }
        if ("be".equals(v.lemma(k)) || "remain".equals(v.lemma(k))) { // "who remains a DUP member"
            copula(c, person, k, confidence);
            return;
        }
        PartyMention phrased = phraseParty(v, k);
        if (phrased != null) {
            c.add(person, c.party(phrased), confidence, "member.verb-party", false);
            return;
        }
        String kind = VERBS.get(v.lemma(k));
        if (kind == null) {
            PartyMention sought = CANDIDACY.contains(v.lemma(k)) ? candidacyParty(v, k) : null;
            if (sought != null) { // "contest" and "fight" only so: "fought Labour" opposes it
                c.add(person, c.party(sought), candidacy(v, sought, confidence), "member.verb-party", false);
            }
            return;
        }
        int j = k + 1;
        while (kind.equals("MEMBER") && j <= k + 2 && v.pos(j).startsWith("RB") && !NEGATIONS.contains(v.lower(j))) {
            j++; // "later stood unsuccessfully for New Zealand First"
        }
        String prep = v.lower(j);
        if (prep.equals("from") || prep.equals("to") || prep.equals("for") || prep.equals("as")) {
            if ("head".equals(v.lemma(k))) {
                return; // "X headed to the Labour conference": going there, not leading
            }
            j++;
        }
        if ("the".equalsIgnoreCase(v.word(j)) || prep.equals("as") && ("a".equals(v.word(j)) || "an".equals(v.word(j)))) {
            j++; // "registered as a Democrat"
            if (STANDINGS.contains(v.lower(j)) && v.party(j + 1) != null) {
                j++; // "joined the governing New Democrats"
            }
        }
        if (prep.equals("as") && FUTURE.contains(v.lower(j))) {
            j++; // "has been tipped as a future Fine Gael leader"
        }
        j = pastChapter(v, j);
        PartyMention p = v.party(j);
        double stated = confidence;
        if (p == null && CANDIDACY.contains(v.lemma(k))) {
            p = candidacyParty(v, k); // "will contest Leeds North for Labour", "ran for mayor as a Republican"
            stated = p == null ? confidence : candidacy(v, p, confidence);
        }
        int join = p == null && kind.equals("LEFT") ? toJoin(v, k + 1) : -1;
        if (join > 0) {
            verbParty(c, person, join, confidence); // "X and Y both quit in 2023 to join the Alba Party"
            return;
        }
        boolean body = p != null && RolePhrases.PARTY_BODIES.contains(v.lower(p.last() + 1)); // "led the Labour group on the council"
        boolean asRole = prep.equals("as") && kind.equals("MEMBER") && p != null && SentenceView.isRole(v.word(p.last() + 1));
        // "sits as a Tory councillor"; not "resigned as Labour leader": leaving a post, not the party
        if (p == null || !(p.is(Use.NAME) || p.is(Use.MEMBER) || body || asRole) || !body && !asRole && v.nounFollows(p.last() + 1)
                && !v.word(p.last() + 1).equalsIgnoreCase("party")) {
            return;
        }
        int after = p.last() + 1;
        if (ABANDON.contains(v.lemma(k)) && v.isPossessive(after)) {
            return; // "ditched Labour's policy": what was dropped is the party's, not the party
        }
        if (p.plural() && !prep.equals("for") && ("in".equals(v.word(after)) && v.pos(after + 1).equals("VBG")
                || "to".equals(v.word(after)) && v.pos(after + 1).equals("VB")
                || Set.of("on", "at", "as", "against", "and").contains(v.word(after)))) {
            return; // "Rubio joined Democrats in writing a bill": working with them, not joining the party
        }
        boolean left = kind.equals("LEFT") && !prep.equals("to");
        c.add(person, c.party(p), stated, left ? "member.left-party" : "member.verb-party", left);
        int then = p.last() + 1;
        int rejoins = left ? toJoin(v, then) : -1; // "left the DUP in 2021 to join the TUV"
        if ("to".equals(v.word(then)) && then + 1 < v.size() && v.pos(then + 1).equals("VB")) {
            verbParty(c, person, then + 1, confidence); // "quit UKIP to join Veritas"
        } else if (rejoins > 0) {
            verbParty(c, person, rejoins, confidence);
        } else if (left && ("for".equals(v.word(then)) || "to".equals(v.word(then)))) {
            PartyMention joined = v.party("the".equalsIgnoreCase(v.word(then + 1)) ? then + 2 : then + 1);
            if (joined != null && (joined.is(Use.NAME) || joined.is(Use.MEMBER)) && !joined.equals(p)) {
                c.add(person, c.party(joined), confidence, "member.verb-party", false); // "ditched Labour for the Tories"
            }
        }
    }

    /**
     * The position of "join" in "to join" within four words after a verb of leaving that names no party ("quit in 2023
     * to join", "resigned last week to join"), no comma, name or party between; else -1.
     */
    private static int toJoin(SentenceView v, int k) {
        int to = toAhead(v, k, 4, false);
        return to > 0 && to + 1 < v.size() && ("join".equals(v.lower(to + 1)) || "rejoin".equals(v.lower(to + 1))) ? to + 1 : -1;
    }

    /**
     * The first "to" within {@code window} words from {@code k}, with no comma, name or party before it (nor a verb, with
     * {@code verbsStop}: "crossed the floor of the House of Commons on Wednesday to join the Liberals"); else -1.
     */
    private static int toAhead(SentenceView v, int k, int window, boolean verbsStop) {
        for (int j = k; j < v.size() && j <= k + window; j++) {
            if ("to".equals(v.word(j))) {
                return j;
            }
            if (",".equals(v.word(j)) || v.person(j) != null || v.party(j) != null || verbsStop && v.pos(j).startsWith("VB")) {
                return -1;
            }
        }
        return -1;
    }

    /** What a seat is called between "held" and "for": its name, "the seat", "the constituency". */
    private static final Set<String> SEAT_WORDS = Set.of("the", "seat", "constituency", "ward", "division", "riding");

    /**
     * The party of a phrase that makes its subject a member, the verb at {@code k}: "took over the Labor leadership",
     * "held Cwm Tawel for Labour", "held the seat for the Conservatives", "represents the ward for Labour", "crossed the
     * floor to the Liberals"; else null.
     */
    private static PartyMention phraseParty(SentenceView v, int k) {
        String lemma = v.lemma(k);
        int j;
        if ("take".equals(lemma) && "over".equals(v.word(k + 1))) {
            j = "the".equals(v.word(k + 2)) ? k + 3 : k + 2;
            PartyMention p = v.party(j);
            return p != null && "leadership".equals(v.lower(p.last() + 1)) ? p : null;
        }
        if ("hold".equals(lemma) || "represent".equals(lemma)) { // "who represents Cwm-yr-Afon ward for Labour"
            j = k + 1;
            if ((v.pos(j).equals("JJ") || v.pos(j).equals("VBG")) && v.pos(j + 1).startsWith("NNP")) {
                j++; // "represents neighbouring Teifi Valley for Labour"
            }
            while (j < v.size() && j <= k + 7 && v.person(j) == null && v.party(j) == null
                    && (v.pos(j).startsWith("NNP") || SEAT_WORDS.contains(v.lower(j))
                    || j > k + 1 && (v.pos(j).equals("JJ") || "of".equals(v.word(j))))) {
                j++; // "holds the western Sydney seat of Parramore for Labor"
            }
            if (j == k + 1 || !"for".equals(v.word(j))) {
                return null;
            }
        } else if ("cross".equals(lemma) && "the".equals(v.word(k + 1)) && "floor".equals(v.word(k + 2))
                && (j = toAhead(v, k + 3, 8, true)) > 0) {
            j = "join".equals(v.word(j + 1)) ? j + 1 : j; // "crossed the floor to join the Conservatives"
        } else {
            return null;
        }
        int at = "the".equals(v.word(j + 1)) ? j + 2 : j + 1;
        if (STANDINGS.contains(v.lower(at)) && v.party(at + 1) != null) {
            at++; // "crossed the floor to join the governing Liberals"
        }
        PartyMention p = v.party(at);
        return p != null && (p.is(Use.NAME) || p.is(Use.MEMBER)) && !v.nounFollows(p.last() + 1) ? p : null;
    }

    /**
     * Past a description of the person that a relative clause ends, to its "who": "X, a former soldier who quit UKIP",
     * "X, an Elko County rancher who left the Republican Party" (no verb, name or further comma in the description):
     * the position of that "who"; or past a description between commas to the verb right after it: "Pruett, the
     * state treasurer, left the Republican Party", "X, her chief of staff, left the Democratic Party", "X, four years
     * younger, is a National list MP"; else {@code k} unchanged.
     */
    private static int pastDescription(SentenceView v, int k) {
        if (!",".equals(v.word(k))
                || !(Set.of("a", "an", "the", "his", "her").contains(v.lower(k + 1)) || "CD".equals(v.pos(k + 1)))) {
            return k;
        }
        for (int j = k + 2; j < v.size() && j <= k + 12; j++) {
            if ("who".equals(v.word(j)) && j > k + 2) {
                return j;
            }
            if (",".equals(v.word(j)) && j > k + 2 && v.pos(j + 1).startsWith("VB")) {
                return j + 1;
            }
            if (v.pos(j).startsWith("VB") || "MD".equals(v.pos(j)) || v.person(j) != null || v.pos(j).startsWith(",")
                    || Set.of(";", "(", ")").contains(v.word(j)) || SentenceView.isDash(v.word(j))) {
                return k;
            }
        }
        return k;
    }

    /** "X is a Republican", "X was a Labour MP", "X is a member of the SNP". */
    private static void copula(Context c, String person, int be, double confidence) {
        SentenceView v = c.v;
        if (REFLEXIVES.contains(v.lower(be + 1))) {
            be++; // "X was himself a Liberal until 2018"
        }
        for (int b = be - 1; b >= Math.max(0, be - 6); b--) {
            if (MODALS.contains(v.lower(b)) || CONDITIONS.contains(v.lower(b))) {
                return; // "he would be a Republican", "if Trump is the GOP nominee": not a fact
            }
        }
        int k = be + 1;
        while (k < be + 3 && v.pos(k).startsWith("RB") && !NEGATIONS.contains(v.lower(k))) {
            k++;
        }
        if ("not".equals(v.lower(k)) && "the".equals(v.lower(k + 1)) && "only".equals(v.lower(k + 2))) {
            k++; // "X is not the only Republican to endorse Y": one of them all the same
        }
        if ("the".equalsIgnoreCase(v.word(k)) || v.party(k) != null) {
            titled(c, person, k, confidence);
            return;
        }
        PartyMention led = SentenceView.isRole(v.word(k)) ? roleOfParty(v, k) : null;
        if (led != null && !"not".equalsIgnoreCase(v.word(be + 1))) {
            c.add(person, c.party(led), confidence, "member.copula", false); // "X, who is deputy leader of the Labour group"
            return;
        }
        if (!("a".equalsIgnoreCase(v.word(k)) || "an".equalsIgnoreCase(v.word(k)))) {
            return;
        }
        k++;
        int roles = 0;
        while (k < v.size() && k <= be + 8 && v.partyStart[k] == null && v.personStart[k] == null
                && (SentenceView.isRole(v.word(k)) || v.pos(k).startsWith("JJ") || v.pos(k).equals("VBN") // "a registered Democrat"
                || "the".equalsIgnoreCase(v.word(k)))) {
            roles += SentenceView.isRole(v.word(k)) ? 1 : 0;
            k++;
        }
        PartyMention p = v.party(k);
        if (p == null || "not".equalsIgnoreCase(v.word(be + 1))) {
            return;
        }
        int a = v.afterRoles(p.last() + 1);
        int rolesAfter = a - (p.last() + 1);
        boolean ok = rolesAfter > 0 || p.is(Use.MEMBER) || roles > 0 && p.is(Use.NAME);
        if (ok && !v.nounFollows(a)) {
            c.add(person, c.party(p), confidence, "member.copula", false);
        }
    }

    /**
     * Words that single one out of a party's members: "the only well-known Republican to endorse X", "the latest
     * Democrat to back the bill", "the first Tory to ..." (the party word then a noun of its members).
     */
    private static final Set<String> SINGLED = Set.of("only", "sole", "lone", "latest", "first", "second", "third",
            "last", "newest", "youngest", "oldest");

    /**
     * "X is the Democratic nominee", "X was the Tory candidate for Y", "X, who is UKIP Scotland chairman": one
     * person in a party's role (not "the Democrats' best hope", not "the Labour leader's aide").
     */
    private static void titled(Context c, String person, int k, double confidence) {
        SentenceView v = c.v;
        boolean only = false;
        if ("the".equalsIgnoreCase(v.word(k))) {
            k++;
            while (k < v.size() && (v.pos(k).startsWith("JJ") || v.pos(k).equals("VBN") || "remaining".equals(v.lower(k)))
                    && v.partyStart[k] == null) {
                only |= SINGLED.contains(v.lower(k));
                k++; // "the presumptive Republican nominee", "the sole remaining Republican candidate"
            }
        }
        only |= "only".equalsIgnoreCase(v.word(k - 1)) || "sole".equalsIgnoreCase(v.word(k - 1));
        PartyMention p = v.party(k);
        if (only && p != null && p.is(Use.MEMBER) && !v.nounFollows(p.last() + 1) && !v.isPossessive(p.last() + 1)) {
            c.add(person, c.party(p), confidence, "member.copula", false); // "A and B were the only Republicans to vote against it"
            return;
        }
        boolean owner = p != null && !p.plural() && v.isPossessive(p.last() + 1); // "who is now Veritas' deputy leader"
        if (p == null || !p.is(Use.MODIFIER) && !owner || p.plural()) {
            return;
        }
        int a = p.last() + 1 + (owner ? 1 : 0);
        while (RolePhrases.isPlace(c.v, a)) {
            a++; // "UKIP Scotland chairman"
        }
        int r = v.afterRoles(a);
        if (r == a && RolePhrases.modifiedRole(v, a) > a) {
            r = v.afterRoles(RolePhrases.modifiedRole(v, a)); // "X was the Labour Party's finance spokesman"
        }
        if (r > a + 1 && "of".equals(v.word(r - 1)) && RolePhrases.isPlace(v, r)) {
            while (RolePhrases.isPlace(v, r)) {
                r++; // "X is the Republican governor of Florida"
            }
        }
        if (r == a || v.pos(r - 1).endsWith("S") || v.nounFollows(r) || v.isPossessive(r)
                || v.personStart[Math.min(r, v.size() - 1)] != null && r < v.size()) {
            return;
        }
        c.add(person, c.party(p), confidence, "member.copula", false);
        if ("to".equals(v.word(r)) && v.pos(r + 1).equals("VB")) {
            verbParty(c, person, r + 1, confidence); // "He is the third Conservative MP to defect to Labour"
        }
    }

    /**
     * "X became Labour leader", "X was elected Tory leader", "X has ... since becoming Labour leader": a
     * party role taken by the subject (the name just before the verb, or the only person named before
     * "since becoming").
     */
    static void becoming(Context c) {
        SentenceView v = c.v;
        for (int k = 1; k < v.size(); k++) {
            if (!BECOME.contains(v.lemma(k)) || !v.pos(k).startsWith("VB")) {
                continue;
            }
            int j = rolePhrase(v, k);
            if (v.party(j) == null) {
                ofTheParty(c, k, j);
                continue;
            }
            PartyMention p = becameParty(c, k);
            PersonMention subject = p == null ? null : subject(v, k);
            if (subject != null) {
                c.add(subject, p, 0.8);
            }
        }
    }

    /** Where the role after a verb of becoming at {@code k} starts: past "the" and adjectives ("the presumptive"). */
    private static int rolePhrase(SentenceView v, int k) {
        int j = k + 1;
        if ("the".equalsIgnoreCase(v.word(j))) {
            j++;
            while (j < v.size() && j <= k + 4 && v.pos(j).startsWith("JJ") && v.partyStart[j] == null) {
                j++; // "became the presumptive Republican nominee"
            }
        }
        return j;
    }

    /**
     * The party of the role a verb of becoming at {@code k} gives: "became Labour leader", "became the Democratic
     * Party's presumptive nominee"; null when none, or when a person follows the role ("named Labour leader X": the
     * person after is the one named).
     */
    private static PartyMention becameParty(Context c, int k) {
        SentenceView v = c.v;
        PartyMention p = v.party(rolePhrase(v, k));
        if (p == null) {
            return null;
        }
        int r = p.last() + 1;
        if (v.isPossessive(r) && p.is(Use.NAME)) {
            r++; // "became the Democratic Party's presumptive nominee"
            while (r < v.size() && r <= p.last() + 4 && v.pos(r).startsWith("JJ")) {
                r++;
            }
        } else if (!p.is(Use.MODIFIER)) {
            return null;
        }
        int a = pastRole(v, r);
        return a == r || v.nounFollows(a) || v.person(a) != null ? null : p;
    }

    /**
     * Past a place that names a party's state or county branch to the party's full name: "chairs the Brannagh County
     * Democratic Party", "joined the Ohio Republican Party", or a chamber's to its party's body there: "chairs the House
     * Republican Conference"; else {@code j} unchanged.
     */
    private static int pastChapter(SentenceView v, int j) {
        int k = j;
        while (k < j + 3 && v.party(k) == null && v.person(k) == null && v.pos(k).startsWith("NNP")) {
            k++;
        }
        PartyMention p = k > j ? v.party(k) : null;
        return p != null && ("party".equalsIgnoreCase(v.word(p.last()))
                || RolePhrases.PARTY_BODIES.contains(v.lower(p.last() + 1))) ? k : j; // "chairs the House Republican Conference"
    }

    /** What ends the search for a verb that shares its subject with an earlier one. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "who", "which", "that", "when", "but", "\"",
            "“", "”", "'", "‘", "’", "(", ")");

    /**
     * The verb that an "and" joins to the verb at {@code k}, sharing its subject: "quit the SNP last year and now
     * sits for the Alba Party", "beat the MP by 71 votes to 58 and becomes the new Liberal candidate"; -1 when none
     * (a comma, a relative, a quote or another name comes first, or "and" opens a clause of its own).
     */
    private static int conjoined(SentenceView v, int k) {
        for (int j = k + 1; j < v.size() && j <= k + 20; j++) {
            if (CLAUSE_ENDS.contains(v.lower(j)) || v.personStart[j] != null || v.pos(j).startsWith("VB")) {
                return -1;
            }
            if ("and".equals(v.lower(j))) {
                int t = j + 1;
                while (t < j + 3 && v.pos(t).startsWith("RB")) {
                    t++;
                }
                return Set.of("VBD", "VBZ", "VBP").contains(v.pos(t)) ? t : -1;
            }
        }
        return -1;
    }

    /**
     * "since Ed Miliband became leader of the party", "X was elected party leader", "became its leader": a role of
     * "the party", which is the one party this sentence names as a party.
     */
    private static void ofTheParty(Context c, int k, int j) {
        SentenceView v = c.v;
        boolean partyWord = "party".equals(v.word(j)) || "its".equals(v.word(j));
        int r = partyWord ? j + 1 : j;
        int a = r;
        while (a < v.size() && v.person(a) == null && SentenceView.isRole(v.word(a)) && !"of".equals(v.word(a))
                && !"and".equals(v.word(a))) {
            a++;
        }
        if (a == r || v.person(a) != null) {
            return;
        }
        boolean ofParty = "of".equals(v.word(a)) && "the".equals(v.word(a + 1)) && "party".equals(v.word(a + 2))
                && !v.pos(a + 3).startsWith("NN");
        if (!partyWord && !ofParty || partyWord && v.nounFollows(a)) {
            return;
        }
        Party party = ReferenceSieves.localParty(c);
        PersonMention subject = subject(v, k);
        if (party != null && subject != null) {
            c.add(subject.canonical(), party, 0.8);
        }
    }

    /** Nouns whose possessor held the role named after "as": "X's time as Tory leader", "X's successor as Labour leader". */
    private static final Set<String> TENURE = Set.of("time", "tenure", "years", "days", "stint", "spell", "term", "record",
            "reign", "successor", "predecessor");

    /**
     * "Lord Callaghan resigned as Labour leader", "Mr Blair to be replaced as Labour leader", "X will not be able to
     * continue as Tory leader", "to oust X as Labour's election supremo", "X's time as Tory leader": the person right
     * before "as" and its party role, across nothing but verbs, auxiliaries and adverbs (or the object of a verb
     * right before it), held that role.
     */
    static void asRole(Context c) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            int as = ARTICLES.contains(v.lower(p.first() - 1)) ? p.first() - 2 : p.first() - 1;
            if (as < 1 || !"as".equals(v.word(as)) || "such".equals(v.lower(as - 1)) || "well".equals(v.lower(as - 1))) {
                continue;
            }
            int r = p.last() + 1;
            if (v.isPossessive(r)) {
                r++;
            } else if (!p.is(Use.MODIFIER)) {
                continue;
            }
            int a = pastRole(v, r);
            if (a == r || v.pos(a - 1).endsWith("S") || v.nounFollows(a) || v.isPossessive(a) || v.person(a) != null) {
                continue; // "as Labour leader Ed Miliband said": the title of the name after
            }
            Holder holder = holder(c, as);
            if (holder == null) {
                holder = fronted(v, as, a);
            }
            if (holder != null) {
                c.add(holder.name(), c.party(p), holder.confidence());
            }
        }
    }

    /** Articles a party role after "as" may take: "as the Labour leader", "served as a Conservative councillor". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Prepositions that open a sentence with a span of someone's career: "After two decades as a Tory councillor, X". */
    private static final Set<String> CAREER_OPENERS = Set.of("after", "before", "during");

    /**
     * "After two decades as a Conservative councillor, Ted Ray is standing": an opening phrase of a career ending at the
     * role, then a comma and a name: that person held it; null for any other sentence.
     */
    private static Holder fronted(SentenceView v, int as, int after) {
        if (!CAREER_OPENERS.contains(v.lower(0)) || !",".equals(v.word(after)) || after + 1 >= v.size()
                || v.personAt[after + 1] == null) {
            return null;
        }
        for (int k = 1; k < as; k++) {
            if (v.personAt[k] != null || !v.pos(k).startsWith("NN") && !v.pos(k).equals("CD") && !v.pos(k).equals("JJ")
                    && !v.pos(k).equals("DT")) {
                return null; // "After Reid's defeat as ...", "After he served as ...": not a plain span
            }
        }
        return new Holder(v.personAt[after + 1].canonical(), 0.8);
    }

    /** The position past a party role starting at {@code r}, also a modified one ("Labour's election supremo"), or {@code r}. */
    private static int pastRole(SentenceView v, int r) {
        int a = v.afterRoles(r);
        return a == r && RolePhrases.modifiedRole(v, r) > r ? v.afterRoles(RolePhrases.modifiedRole(v, r)) : a;
    }

    /** Who holds a role, and how sure the reading is (a resolved pronoun less than a name). */
    private record Holder(String name, double confidence) {
    }

    /** The person whose role "as" at {@code as} names, or null. */
    private static Holder holder(Context c, int as) {
        SentenceView v = c.v;
        int b = as - 1;
        if (b >= 2 && TENURE.contains(v.lower(b)) && v.isPossessive(b - 1) && v.personAt[b - 2] != null) {
            return new Holder(v.personAt[b - 2].canonical(), 0.8); // "X's time as Tory leader"
        }
        while (b >= 0 && b > as - 8 && v.personAt[b] == null && (v.pos(b).startsWith("VB") || v.pos(b).startsWith("RB")
                || v.pos(b).equals("MD") || v.pos(b).equals("TO") || v.pos(b).equals("RP") || "able".equals(v.lower(b))
                || dated(v, b) || duration(v, b))) {
            b--;
        }
        if (b < 0) {
            return null;
        }
        if (b >= 2 && "who".equals(v.lower(b)) && ",".equals(v.word(b - 1)) && v.personAt[b - 2] != null && b < as - 1) {
            return new Holder(v.personAt[b - 2].canonical(), 0.8); // "X, who served as a Conservative councillor"
        }
        if (b >= 1 && ",".equals(v.word(b)) && v.personAt[b - 1] != null && b < as - 1 && v.pos(b + 1).equals("VBN")) {
            return new Holder(v.personAt[b - 1].canonical(), 0.8); // "X, elected as a Liberal Democrat councillor in 2019,"
        }
        if (v.personAt[b] != null) {
            boolean verbBetween = b < as - 1;
            int s = v.startOf(b);
            boolean object = s > 0 && v.pos(s - 1).startsWith("VB");
            return verbBetween || object ? new Holder(v.personAt[b].canonical(), 0.8) : null;
        }
        if (b < as - 1 && SUBJECT_PRONOUNS.contains(v.lower(b))) {
            // "when he quits as Tory leader"
            return c.persons.resolvePronoun(v.token(b).begin()).map(name -> new Holder(name, 0.7)).orElse(null);
        }
        return null;
    }

    /** Whether {@code b} is part of a time adjunct: "in 2022" of "X ran in 2022 as the Republican nominee". */
    private static boolean dated(SentenceView v, int b) {
        return year(v, b) || "IN".equals(v.pos(b)) && b + 1 < v.size() && year(v, b + 1);
    }

    /** Nouns of a span of time: "spent two decades as", "for 12 years as". */
    private static final Set<String> SPANS = Set.of("years", "decades", "months", "terms", "year", "decade", "term");

    /** Whether {@code b} is part of a span of time before "as": "spent two decades as", "served for 12 years as". */
    private static boolean duration(SentenceView v, int b) {
        if (SPANS.contains(v.lower(b))) {
            return true;
        }
        int k = b;
        while (k + 1 < v.size() && k < b + 4 && (v.pos(k).equals("CD") || v.pos(k).equals("DT") || v.pos(k).equals("IN")
                || v.pos(k).equals("JJ") || v.pos(k).equals("RB"))) {
            k++;
            if (SPANS.contains(v.lower(k))) {
                return true; // "for nearly two decades", "a decade", "two full terms"
            }
        }
        return false;
    }

    private static boolean year(SentenceView v, int b) {
        boolean relative = RELATIVE_TIMES.contains(v.lower(b)) && TIME_NOUNS.contains(v.lower(b + 1))
                || TIME_NOUNS.contains(v.lower(b)) && b > 0 && RELATIVE_TIMES.contains(v.lower(b - 1)); // "last year"
        return relative || "DATE".equals(v.token(b).ner()) || "CD".equals(v.pos(b)) && v.word(b).matches("(1[89]|20)\\d\\d");
    }

    private static final Set<String> RELATIVE_TIMES = Set.of("last", "this", "next");
    private static final Set<String> TIME_NOUNS = Set.of("year", "month", "week", "time");

    /** Verbs (lemmas) whose object held the role named after "as": "to replace Nick Clegg as Liberal Democrat leader". */
    private static final Set<String> SUCCEED = Set.of("replace", "succeed");

    /** "The frontrunner to replace X as Lib Dem leader", "Y, who succeeded X as Tory leader": X held that party role. */
    static void succeeded(Context c) {
        SentenceView v = c.v;
        for (int k = 0; k + 3 < v.size(); k++) {
            if (!SUCCEED.contains(v.lemma(k)) || !v.pos(k).startsWith("VB") || v.person(k + 1) == null) {
                continue;
            }
            int j = v.endOf(k + 1);
            if (",".equals(v.word(j)) && j > k + 2 && ",".equals(v.word(j - 2))) {
                j++; // "to replace Nick Clegg, left, as Liberal Democrat leader"
            }
            if (!"as".equals(v.word(j))) {
                continue;
            }
            PartyMention p = v.party(j + 1);
            PartyMention led = p == null ? roleOfParty(v, j + 1) : null;
            if (led != null) {
                p = led; // "to succeed Rhona Mackellar as leader of the SNP"
            } else if (p == null || !p.is(Use.MODIFIER)) {
                continue;
            }
            int a = led != null ? led.last() + 1 : v.afterRoles(p.last() + 1);
            if (a > p.last() + 1 && !v.nounFollows(a) && !v.isPossessive(a) || led != null && !v.nounFollows(a)) {
                c.add(v.person(k + 1), p, 0.8);
                PersonMention successor = successor(v, k);
                if (successor != null && !successor.canonical().equals(v.person(k + 1).canonical())) {
                    c.add(successor, p, 0.8); // the one who takes (or is the front-runner to take) the role is of the party too
                }
            }
        }
    }

    /** "leader of the SNP", "the chair of the Green Party" at {@code k}: the party a role belongs to, else null. */
    private static PartyMention roleOfParty(SentenceView v, int k) {
        int r = "the".equals(v.word(k)) ? k + 1 : k;
        int of = r;
        while (of < r + 3 && !"of".equals(v.word(of)) && v.person(of) == null && SentenceView.isRole(v.word(of))) {
            of++;
        }
        if (of == r || !"of".equals(v.word(of))) {
            return null;
        }
        PartyMention p = v.party("the".equals(v.word(of + 1)) ? of + 2 : of + 1);
        boolean body = p != null && RolePhrases.PARTY_BODIES.contains(v.lower(p.last() + 1)); // "leader of the Labour group"
        return p != null && (p.is(Use.NAME) || body) ? p : null;
    }

    /**
     * Who takes over the role at the verb {@code k}: "X succeeded Y as", "X, who succeeded Y as", "X, the front-runner
     * to replace Y as" (a name, a comma, "the", a singular noun with its adjectives, "to"); else null.
     */
    private static PersonMention successor(SentenceView v, int k) {
        if ("who".equals(v.word(k - 1)) && ",".equals(v.word(k - 2))) {
            return named(v, k - 2);
        }
        if (!"to".equals(v.word(k - 1))) {
            return v.pos(k).equals("VBD") ? subject(v, k) : null;
        }
        int b = k - 2;
        if (!v.pos(b).equals("NN")) {
            return null;
        }
        while (b > 0 && (v.pos(b - 1).startsWith("JJ") || v.pos(b - 1).equals("NN"))) {
            b--;
        }
        return "the".equalsIgnoreCase(v.word(b - 1)) && ",".equals(v.word(b - 2)) ? named(v, b - 2) : null;
    }

    /** The person whose name (and caption marker) ends right before the comma at {@code comma}, or null. */
    private static PersonMention named(SentenceView v, int comma) {
        for (int i = 0; i < comma; i++) {
            if (v.personStart[i] != null && v.endOf(i) == comma) {
                return v.personStart[i];
            }
        }
        return null;
    }

    /**
     * The person whose verb is at {@code k}: the name right before it (past auxiliaries) or before ", who", or after
     * "since" the sentence's only earlier name.
     */
    static PersonMention subject(SentenceView v, int k) {
        int b = k - 1;
        while (b >= 0 && (AUX.contains(v.lower(b)) || v.pos(b).startsWith("RB"))) {
            b--;
        }
        if (b >= 2 && "to".equals(v.word(b)) && SEEKING.contains(v.lemma(b - 1)) && v.pos(b - 1).startsWith("VB")) {
            b -= 2; // "X hopes to become the Republican nominee", "X is poised to become Labour leader"
            while (b >= 0 && (AUX.contains(v.lower(b)) || v.pos(b).startsWith("RB"))) {
                b--;
            }
        }
        if (b >= 0 && v.personAt[b] != null) {
            return v.personAt[b];
        }
        if (b >= 1 && ",".equals(v.word(b)) && "who".equals(v.lower(b + 1)) && v.personAt[b - 1] != null) {
            return v.personAt[b - 1]; // "X, who became Labour leader in 2022"
        }
        boolean passive = "being".equals(v.lower(k - 1)) && SINCE.contains(v.lower(k - 2)) && v.pos(k).equals("VBN");
        if (!(SINCE.contains(v.lower(k - 1)) && v.pos(k).equals("VBG") || passive)) {
            return null; // "X, since joining Labour,", "X has sat as an independent since being expelled from Labour"
        }
        PersonMention only = null;
        for (int i = 0; i < k - 1; i++) {
            if (v.personStart[i] != null) {
                if (only != null && !only.canonical().equals(v.personStart[i].canonical())) {
                    return null;
                }
                only = v.personStart[i];
            }
        }
        return only;
    }

    /**
     * "Labour has suspended MP Tom Walsh", "Ukip said X and her assistant Y had been kicked out": a party
     * that expels or suspends a person had them as a member (expelling also gives a LEFT triple).
     */
    static void partyExpelled(Context c) {
        SentenceView v = c.v;
        PartyMention party = null;
        for (PartyMention p : v.parties) {
            if (party != null && !c.party(p).equals(c.party(party))) {
                return; // two parties: whose member is unclear
            }
            party = party == null && p.is(Use.NAME) && !p.plural() ? p : party;
        }
        if (party == null) {
            return;
        }
        for (int k = party.last() + 1; k < v.size(); k++) {
            String kind = EXPEL.get(v.lemma(k));
            if (kind == null || !v.pos(k).startsWith("VB")) {
                continue;
            }
            boolean phrasal = "kick".equals(v.lemma(k)) || "throw".equals(v.lemma(k));
            if (phrasal && !"out".equalsIgnoreCase(v.word(k + 1))) {
                continue;
            }
            boolean left = kind.equals("LEFT");
            if ("been".equalsIgnoreCase(v.word(k - 1)) && v.pos(k).equals("VBN")) {
                int b = k - 2;
                if (b >= 0 && AUX.contains(v.lower(b))) {
                    b--;
                }
                for (PersonMention m : subjects(v, b)) {
                    c.add(m.canonical(), c.party(party), 0.8, c.rule(), left);
                }
            } else if (k == nextWord(v, party.last() + 1) && !"been".equalsIgnoreCase(v.word(k - 1))) {
                int o = phrasal ? k + 2 : k + 1;
                boolean titled = ("the".equals(v.word(o)) || "PRP$".equals(v.pos(o))) && PartyTitles.titledName(v, o + 1) > o + 1;
                o = v.afterRoles(titled ? PartyTitles.titledName(v, o + 1) : o); // "expelled the Mayo West TD X"
                if (v.person(o) != null) {
                    c.add(v.person(o).canonical(), c.party(party), 0.8, c.rule(), left);
                }
            }
        }
    }

    private static int nextWord(SentenceView v, int k) {
        while (k < v.size() && (AUX.contains(v.lower(k)) || v.pos(k).startsWith("RB"))) {
            k++;
        }
        return k;
    }

    /** The names of a subject ending at {@code b}: "Janice Atkinson and her assistant Christine Hewitt". */
    private static java.util.List<PersonMention> subjects(SentenceView v, int b) {
        java.util.List<PersonMention> out = new java.util.ArrayList<>();
        while (b >= 0 && v.personAt[b] != null) {
            PersonMention m = v.personAt[b];
            out.add(m);
            while (b >= 0 && v.personAt[b] == m) {
                b--;
            }
            int r = b;
            while (r >= 0 && v.personAt[r] == null && !"and".equals(v.word(r)) && (SentenceView.isRole(v.word(r)) || v.pos(r).equals("PRP$")
                    || v.pos(r).startsWith("NN") && !v.pos(r).startsWith("NNP") || v.pos(r).startsWith("JJ"))) {
                r--;
            }
            if (r >= 0 && ("and".equals(v.word(r)) || ",".equals(v.word(r)))) {
                b = r - 1;
            } else {
                break;
            }
        }
        return out;
    }
}
