package org.newskg.extractor.membership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer;
import org.newskg.extractor.parties.PartyGazetteer.Use;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * MEMBER_OF: persons and the political parties they belong (or belonged) to, from the way news
 * names them: titles before names ("Labour MP Stella Creasy"), appositives ("Stella Creasy, the
 * Labour MP,"), US party letters ("(R-Texas)"), "X of the SNP", "X quit Labour", "X's Conservative
 * Party", the party's race a candidate runs in, and descriptions ("The Labour peer said") resolved
 * to the person just named. Leaving a party also gives a LEFT triple.
 */
public final class MembershipRules {

    private static final PartyGazetteer PARTIES = PartyGazetteer.DEFAULT;
    private static final Set<String> ROLES = WordLists.words(MembershipRules.class, "roles.txt");
    private static final Map<String, String> VERBS = WordLists.pairs(MembershipRules.class, "membership-verbs.txt");
    private static final Set<String> PASSIVE_VERBS = WordLists.words(MembershipRules.class, "passive-verbs.txt");
    private static final Set<String> CAMPAIGNS = Set.of("campaign", "campaigns", "bid", "candidacy", "run",
            "nomination", "ticket");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her");
    private static final Set<String> RACES = Set.of("race", "primary", "primaries", "nomination", "contest", "field",
            "caucus", "caucuses", "ticket", "runoff", "leadership");
    private static final Set<String> TIME_WORDS = Set.of("tonight", "today", "yesterday", "tomorrow", "morning",
            "afternoon", "evening", "week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "earlier", "later", "now", "then");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final Set<String> CONNECTORS = Set.of("and", "of", "&");
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
    private static final Set<String> AUX = Set.of("has", "have", "had", "was", "were", "is", "are", "been", "be",
            "being", "will", "would", "who", "then", "later", "also", "finally", "eventually", "formally",
            "effectively", "dramatically", "publicly", "officially", "since", "recently", "just", "now");
    private static final Pattern PARTY_LETTER = Pattern.compile(
            "^\\s*(?:\\(\\s*([RD])\\s*(?:[-–]\\s*[A-Z][A-Za-z. ]{0,14})?\\)|,\\s*([RD])-[A-Z][A-Za-z.]{1,12}(?=[,.;]))");

    /** One finding before de-duplication. */
    private record Found(String person, Party party, Sentence sentence, double confidence, String rule, boolean left) {
    }

    /** The MEMBER_OF (and LEFT) triples of one article. Thread-safe. */
    public List<Triple> extract(Doc doc, PersonIndex persons) {
        Map<String, Integer> cues = PARTIES.countryCues(doc);
        List<Found> found = new ArrayList<>();
        Map<Sentence, List<PartyMention>> bySentence = new LinkedHashMap<>();
        Map<Party, Integer> partyCounts = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<PartyMention> parties = PARTIES.find(s);
            bySentence.put(s, parties);
            for (PartyMention p : parties) {
                partyCounts.merge(PARTIES.choose(p, cues), 1, Integer::sum);
            }
        }
        Party dominant = dominant(partyCounts);
        Party top = top(partyCounts);
        Party recent = null;
        int recentSentence = -10;
        for (Sentence s : doc.sentences()) {
            List<PartyMention> parties = bySentence.get(s);
            if (s.index() - recentSentence > 2) {
                recent = null;
            }
            if (!parties.isEmpty() || mentionsParty(s) && (dominant != null || top != null)) {
                SentenceView v = new SentenceView(s, persons.mentionsIn(s.begin(), s.end()), parties);
                new SentenceRules(doc, v, persons, cues, found).run();
                if (dominant != null) {
                    partyLeader(v, dominant, found);
                }
                Party referent = dominant != null ? dominant : recent != null && recent.equals(top) ? recent : null;
                partyRace(v, referent, found);
            }
            if (!parties.isEmpty()) {
                recent = PARTIES.choose(parties.get(parties.size() - 1), cues);
                recentSentence = s.index();
            }
        }
        for (PersonMention m : persons.mentions()) {
            partyLetter(doc, m).ifPresent(p -> found.add(new Found(m.canonical(), p,
                    doc.sentences().get(m.sentence()), 0.95, "member.party-letter", false)));
        }
        return triples(doc, found);
    }

    /** The article's most mentioned party, when no other is mentioned as often. */
    private static Party top(Map<Party, Integer> counts) {
        Party best = null;
        int first = 0;
        boolean tie = false;
        for (Map.Entry<Party, Integer> e : counts.entrySet()) {
            if (e.getValue() > first) {
                first = e.getValue();
                best = e.getKey();
                tie = false;
            } else if (e.getValue() == first) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The party an article is about: mentioned at least three times, and three times as often as any other. */
    private static Party dominant(Map<Party, Integer> counts) {
        Party best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<Party, Integer> e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= 3 && first >= 3 * second ? best : null;
    }

    private static boolean mentionsParty(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.word().equals("party"));
    }

    /** "party leader Roger Knapman", "the party's chairman, X" in an article about one party. */
    private static void partyLeader(SentenceView v, Party dominant, List<Found> found) {
        for (int i = 0; i < v.size(); i++) {
            if (!v.word(i).equals("party") || v.partyStart[i] != null || i > 0 && v.partyStart[i - 1] != null) {
                continue;
            }
            int k = i + 1;
            if (v.isPossessive(k)) {
                k++;
            }
            int roles = 0;
            while (k < v.size() && v.personStart[k] == null && isRole(v.word(k)) && roles < 4) {
                roles++;
                k++;
            }
            if (",".equals(v.word(k)) && roles > 0) {
                k++;
            }
            if (roles > 0 && k < v.size() && v.personStart[k] != null) {
                found.add(new Found(v.personStart[k].canonical(), dominant, v.sentence, 0.6,
                        "member.party-leader", false));
            }
        }
    }

    /**
     * "X, who is running against Y for the party's presidential nomination": the sentence's subject, and the
     * rival named after "against", run in the race of the party "the party" refers to (the article's main
     * party, or its most mentioned one when the sentences just before named it).
     */
    private static void partyRace(SentenceView v, Party referent, List<Found> found) {
        for (int i = 0; i + 1 < v.size(); i++) {
            Party dominant = referent;
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
            if (!RACES.contains(v.word(k).toLowerCase(Locale.ROOT)) || !"the".equalsIgnoreCase(v.word(i - 1))) {
                continue;
            }
            int subject = 0;
            while (subject < i && v.personStart[subject] == null && isRole(v.word(subject))) {
                subject++;
            }
            if (subject < i && v.personStart[subject] != null) {
                found.add(new Found(v.personStart[subject].canonical(), dominant, v.sentence, 0.6,
                        "member.party-race", false));
            }
            for (int a = 0; a + 1 < i; a++) {
                if (v.word(a).equalsIgnoreCase("against") && v.personStart[a + 1] != null) {
                    found.add(new Found(v.personStart[a + 1].canonical(), dominant, v.sentence, 0.6,
                            "member.party-race", false));
                }
            }
        }
    }

    /** "Sen. Mark Kirk (R-Ill.)", "Sen. Kelly Ayotte (R)", "Rep. X, D-N.Y.,". */
    private static Optional<Party> partyLetter(Doc doc, PersonMention m) {
        String after = doc.text().substring(m.end(), Math.min(doc.text().length(), m.end() + 24));
        Matcher x = PARTY_LETTER.matcher(after);
        if (!x.find()) {
            return Optional.empty();
        }
        String letter = x.group(1) != null ? x.group(1) : x.group(2);
        List<Party> p = PARTIES.lookup(letter.equals("R") ? "Republican Party" : "Democratic Party");
        return p.stream().filter(q -> q.country().equals("US")).findFirst();
    }

    private static List<Triple> triples(Doc doc, List<Found> found) {
        // best finding per (person, party); drop weak findings that contradict a strong one
        Map<String, Found> best = new LinkedHashMap<>();
        Map<String, Double> strongest = new LinkedHashMap<>();
        for (Found f : found) {
            String key = f.person() + "\u0000" + f.party().canonical();
            Found old = best.get(key);
            if (old == null || f.confidence() > old.confidence()) {
                best.put(key, f);
            }
            strongest.merge(f.person(), f.confidence(), Math::max);
        }
        List<Triple> out = new ArrayList<>();
        for (Found f : best.values()) {
            if (f.confidence() < 0.7 && strongest.get(f.person()) >= 0.8 && !hasPair(best, f)) {
                continue;
            }
            Sentence s = f.sentence();
            String evidence = doc.text(s.begin(), s.end());
            out.add(new Triple(doc.articleId(), f.person(), EntityType.PERSON, Relation.MEMBER_OF,
                    f.party().canonical(), EntityType.PARTY, f.confidence(), evidence, s.begin(), s.end(), f.rule()));
        }
        for (Found f : found) {
            if (f.left()) {
                Sentence s = f.sentence();
                out.add(new Triple(doc.articleId(), f.person(), EntityType.PERSON, Relation.LEFT,
                        f.party().canonical(), EntityType.PARTY, f.confidence(), doc.text(s.begin(), s.end()),
                        s.begin(), s.end(), f.rule()));
            }
        }
        return out;
    }

    /** Whether a weak finding's party is also the party of a strong finding for the same person. */
    private static boolean hasPair(Map<String, Found> best, Found weak) {
        for (Found f : best.values()) {
            if (f != weak && f.person().equals(weak.person()) && f.confidence() >= 0.8) {
                return f.party().equals(weak.party());
            }
        }
        return false;
    }

    static boolean isRole(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".") && w.length() > 1) {
            w = w.substring(0, w.length() - 1);
        }
        return ROLES.contains(w) || w.startsWith("ex-") && ROLES.contains(w.substring(3));
    }

    /** The rules that look at one sentence. */
    private static final class SentenceRules {
        private final Doc doc;
        private final SentenceView v;
        private final PersonIndex persons;
        private final Map<String, Integer> cues;
        private final List<Found> found;

        SentenceRules(Doc doc, SentenceView v, PersonIndex persons, Map<String, Integer> cues, List<Found> found) {
            this.doc = doc;
            this.v = v;
            this.persons = persons;
            this.cues = cues;
            this.found = found;
        }

        void run() {
            for (PartyMention p : v.parties) {
                titleBeforeName(p);
                race(p);
                description(p);
                passiveBy(p);
            }
            for (int i = 0; i < v.size(); i++) {
                if (v.personStart[i] != null) {
                    int e = v.endOf(i);
                    appositive(i, e);
                    ofParty(i, e);
                    verbParty(v.personStart[i].canonical(), e, 0.85);
                    possessiveParty(i, e);
                } else if (v.personAt[i] == null && SUBJECT_PRONOUNS.contains(v.word(i).toLowerCase(Locale.ROOT))) {
                    int at = i;
                    persons.resolvePronoun(v.token(i).begin()).ifPresent(name -> verbParty(name, at + 1, 0.7));
                } else if (v.personAt[i] == null && POSSESSIVE_PRONOUNS.contains(v.word(i).toLowerCase(Locale.ROOT))
                        && "PRP$".equals(v.pos(i))) {
                    pronounParty(i);
                }
            }
        }

        /** "members of his own Republican Party": the party of the person the pronoun refers to. */
        private void pronounParty(int i) {
            int k = i + 1;
            if ("own".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            PartyMention p = k < v.size() ? v.partyStart[k] : null;
            if (p == null || !p.is(Use.NAME) || p.is(Use.MEMBER) || nounFollows(p.last() + 1)
                    || isRole(v.word(p.last() + 1))) {
                return;
            }
            persons.resolvePronoun(v.token(i).begin()).ifPresent(name -> add(name, p, 0.7, "member.pronoun-party",
                    false));
        }

        /** "Veritas was formed by Mr Kilroy-Silk", "UKIP, led by Nigel Farage,". */
        private void passiveBy(PartyMention p) {
            if (!p.is(Use.NAME) || p.plural()) {
                return;
            }
            int k = p.last() + 1;
            if (",".equals(v.word(k))) {
                k++;
            } else {
                while (k < v.size() && k <= p.last() + 3 && ("be".equalsIgnoreCase(v.token(k).lemma())
                        || v.pos(k).startsWith("RB") || v.pos(k).equals("VBZ") || v.pos(k).equals("VBD"))) {
                    k++;
                }
            }
            if (k >= v.size() || !v.pos(k).equals("VBN")
                    || !PASSIVE_VERBS.contains(v.token(k).lemma().toLowerCase(Locale.ROOT))) {
                return;
            }
            k++;
            if ("up".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            if (!"by".equalsIgnoreCase(v.word(k)) || k + 1 >= v.size() || v.personStart[k + 1] == null) {
                return;
            }
            add(v.personStart[k + 1], p, 0.8, "member.founded-by");
        }

        private void add(PersonMention m, PartyMention p, double confidence, String rule) {
            add(m.canonical(), p, confidence, rule, false);
        }

        private void add(String person, PartyMention p, double confidence, String rule, boolean left) {
            found.add(new Found(person, PARTIES.choose(p, cues), v.sentence, confidence, rule, left));
        }

        /** Whether a noun continues the phrase at {@code k} ("the Labour government"), not a time word or a participle. */
        private boolean nounFollows(int k) {
            return k < v.size() && v.pos(k).startsWith("NN") && !v.word(k).endsWith("ing")
                    && !TIME_WORDS.contains(v.word(k).toLowerCase(Locale.ROOT));
        }

        /** The first position from {@code k} on that is not a role word ("leader", "MP") or starts a person's name. */
        private int afterRoles(int k) {
            while (k < v.size() && v.personStart[k] == null && isRole(v.word(k))) {
                k++;
            }
            return k;
        }

        private boolean isRoleAt(int k) {
            return k < v.size() && (isRole(v.word(k)) || "LOCATION".equals(v.token(k).ner())
                    && v.pos(k).startsWith("NNP"));
        }

        /** "Labour MP Stella Creasy", "Tory leader Michael Howard", "Republicans Cory Gardner, Joni Ernst and Thom Tillis". */
        private void titleBeforeName(PartyMention p) {
            int k = p.last() + 1;
            boolean possessive = v.isPossessive(k);
            boolean modifier = p.is(Use.MODIFIER) || p.is(Use.MEMBER);
            if (!possessive && !modifier && !isRoleAt(k)) {
                return; // a bare name ("UKIP Nigel Farage") is no title; "UK Independence Party leader X" is
            }
            if (possessive) {
                k++;
            }
            int roles = 0;
            boolean plural = p.plural();
            boolean constituency = false;
            boolean comma = false;
            boolean connector = false;
            while (k < v.size() && k <= p.last() + 12 && v.personStart[k] == null) {
                connector = CONNECTORS.contains(v.word(k));
                if (connector) {
                    // "front-runner and former secretary of state": joins roles, is no role itself
                } else if (isRoleAt(k)) {
                    roles++;
                    plural |= v.pos(k).endsWith("S") && v.pos(k).startsWith("NN");
                } else if (roles > 0 && "for".equals(v.word(k)) && v.pos(k + 1).startsWith("NNP")) {
                    constituency = true; // "Conservative MP for Witney, David Cameron"
                } else if (constituency && v.pos(k).startsWith("NNP")) {
                    // the constituency's name
                } else if (roles > 0 && DASHES.contains(v.word(k))) {
                    // "candidates - Sen. Ted Cruz"
                } else if (roles > 0 && ",".equals(v.word(k))
                        && (v.personStart[Math.min(k + 1, v.size() - 1)] != null || isRoleAt(k + 1))) {
                    comma = true; // "rival, Sen. Bernie Sanders"
                } else {
                    return;
                }
                k++;
            }
            if (k >= v.size() || v.personStart[k] == null || connector || roles == 0 && possessive && !p.is(Use.NAME)) {
                return; // "both UKIP and Kilroy-Silk": a list, not a title
            }
            String article = v.word(p.first() - 1).toLowerCase(Locale.ROOT);
            if (roles == 0 && (article.equals("a") || article.equals("an"))) {
                return; // "called a Republican Obama": a comparison, not a title
            }
            String rule = "member.title-before-name";
            int after = skipTrailer(v.endOf(k));
            if (comma && !(after >= v.size() || Set.of(",", ")", "-", "–", "—", ".", ";").contains(v.word(after)))) {
                return; // "if Trump is the GOP nominee, Rubio gave ...": a clause boundary, not an appositive
            }
            add(v.personStart[k], p, roles > 0 ? 0.9 : 0.8, rule);
            if (!plural) {
                return;
            }
            // a list of names under one plural title
            int e = v.endOf(k);
            while (true) {
                int j = skipTrailer(e);
                if (j < v.size() && (",".equals(v.word(j)) || "and".equals(v.word(j)))) {
                    j++;
                    if ("and".equals(v.word(j))) {
                        j++;
                    }
                    j = afterRoles(j);
                    if (j < v.size() && v.personStart[j] != null) {
                        add(v.personStart[j], p, 0.85, rule);
                        e = v.endOf(j);
                        continue;
                    }
                }
                return;
            }
        }

        /** Past "of Texas", "in Colorado", "(R-Ill.)" after a name. */
        private int skipTrailer(int e) {
            int j = e;
            if (("of".equals(v.word(j)) || "in".equals(v.word(j)) || "from".equals(v.word(j)))
                    && v.pos(j + 1).startsWith("NNP")) {
                j++;
                while (j < v.size() && v.pos(j).startsWith("NNP") && v.personStart[j] == null) {
                    j++;
                }
            }
            if ("(".equals(v.word(j)) || "-LRB-".equals(v.word(j))) {
                while (j < v.size() && !")".equals(v.word(j)) && !"-RRB-".equals(v.word(j)) && j < e + 8) {
                    j++;
                }
                j++;
            }
            return j;
        }

        /** "Stella Creasy, the Labour MP,", "Mike Nattrass, UKIP's deputy leader,", "Heck, a Republican seeking". */
        private void appositive(int start, int e) {
            if (!",".equals(v.word(e))) {
                return;
            }
            int k = e + 1;
            int rolesBefore = 0;
            String opener = v.pos(k);
            if (!(opener.equals("DT") || opener.equals("PRP$") || opener.equals("RB") || isRole(v.word(k))
                    || v.partyStart[k] != null
                    || opener.startsWith("NNP") && v.isPossessive(k + 1))) {
                return; // "Clinton, many other members of the GOP are ...": not an appositive
            }
            while (k < v.size() && k <= e + 7 && v.partyStart[k] == null && v.personStart[k] == null) {
                String pos = v.pos(k);
                if (isRole(v.word(k))) {
                    rolesBefore++;
                } else if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.equals("RB") || v.isPossessive(k)
                        || v.isPossessive(k + 1))) {
                    return;
                }
                k++;
            }
            PartyMention p = k < v.size() ? v.partyStart[k] : null;
            if (p == null) {
                return;
            }
            int a = p.last() + 1;
            if (v.isPossessive(a)) {
                a++;
            }
            int rolesAfter = afterRoles(a) - a;
            a += rolesAfter;
            if (rolesAfter > 1 && "of".equals(v.word(a - 1)) && "LOCATION".equals(v.token(a).ner())) {
                while (a < v.size() && "LOCATION".equals(v.token(a).ner())) {
                    a++; // "the Republican governor of Ohio,"
                }
            }
            boolean nounFollows = nounFollows(a);
            boolean finiteVerb = Set.of("VBP", "VBZ", "VBD", "MD").contains(v.pos(a));
            if (nounFollows || finiteVerb || rolesBefore == 0 && rolesAfter == 0 && !p.is(Use.MEMBER)) {
                return;
            }
            add(v.personStart[start], p, 0.85, "member.appositive");
        }

        /** "Simon Thomas, of Plaid Cymru,", "X of the SNP". */
        private void ofParty(int start, int e) {
            int k = e;
            if (",".equals(v.word(k))) {
                k++;
            }
            if (!"of".equals(v.word(k))) {
                return;
            }
            k++;
            if ("the".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            PartyMention p = k < v.size() ? v.partyStart[k] : null;
            if (p == null || !p.is(Use.NAME) || nounFollows(p.last() + 1) || v.isPossessive(p.last() + 1)) {
                return;
            }
            add(v.personStart[start], p, 0.85, "member.of-party");
        }

        /** "Ken Livingstone finally quit Labour", "X, who quit UKIP,", "he quit UKIP" (the pronoun resolved). */
        private void verbParty(String person, int e, double confidence) {
            int k = e;
            if (",".equals(v.word(k)) && "who".equals(v.word(k + 1))) {
                k++;
            }
            int limit = k + 4;
            while (k < v.size() && k < limit && (AUX.contains(v.word(k).toLowerCase(Locale.ROOT))
                    || v.pos(k).startsWith("RB"))) {
                if (NEGATIONS.contains(v.word(k).toLowerCase(Locale.ROOT))) {
                    return; // "X did not join the Tories"
                }
                if ("be".equalsIgnoreCase(v.token(k).lemma()) && ("a".equalsIgnoreCase(v.word(k + 1))
                        || "an".equalsIgnoreCase(v.word(k + 1)))) {
                    break; // "X is a Republican"
                }
                k++;
            }
            if (k >= v.size() || !v.pos(k).startsWith("VB")) {
                return;
            }
            if ("be".equalsIgnoreCase(v.token(k).lemma())) {
                copula(person, k, confidence);
                return;
            }
            String kind = VERBS.get(v.token(k).lemma().toLowerCase(Locale.ROOT));
            if (kind == null) {
                return;
            }
            int j = k + 1;
            String prep = v.word(j).toLowerCase(Locale.ROOT);
            if (prep.equals("from") || prep.equals("to") || prep.equals("for") || prep.equals("as")) {
                j++;
            }
            if ("the".equalsIgnoreCase(v.word(j))) {
                j++;
            }
            PartyMention p = j < v.size() ? v.partyStart[j] : null;
            if (p == null || !(p.is(Use.NAME) || p.is(Use.MEMBER)) || nounFollows(p.last() + 1)
                    && !v.word(p.last() + 1).equalsIgnoreCase("party")) {
                return;
            }
            boolean left = kind.equals("LEFT") && !prep.equals("to");
            String rule = left ? "member.left-party" : "member.verb-party";
            add(person, p, confidence, rule, left);
            int then = p.last() + 1;
            if ("to".equals(v.word(then)) && then + 1 < v.size() && v.pos(then + 1).equals("VB")) {
                verbParty(person, then + 1, confidence); // "quit UKIP to join Veritas"
            }
        }

        /** "X is a Republican", "X was a Labour MP", "X is a member of the SNP". */
        private void copula(String person, int be, double confidence) {
            int k = be + 1;
            if (!("a".equalsIgnoreCase(v.word(k)) || "an".equalsIgnoreCase(v.word(k)))) {
                return;
            }
            k++;
            int roles = 0;
            while (k < v.size() && k <= be + 8 && v.partyStart[k] == null && v.personStart[k] == null
                    && (isRole(v.word(k)) || v.pos(k).startsWith("JJ") || "the".equalsIgnoreCase(v.word(k)))) {
                roles += isRole(v.word(k)) ? 1 : 0;
                k++;
            }
            PartyMention p = k < v.size() ? v.partyStart[k] : null;
            if (p == null || "not".equalsIgnoreCase(v.word(be + 1))) {
                return;
            }
            int a = afterRoles(p.last() + 1);
            int rolesAfter = a - (p.last() + 1);
            boolean nounFollows = nounFollows(a);
            boolean ok = rolesAfter > 0 || p.is(Use.MEMBER) || roles > 0 && p.is(Use.NAME);
            if (ok && !nounFollows) {
                add(person, p, confidence, "member.copula", false);
            }
        }

        /** "Cameron's Conservative Party", "Corbyn's Labour". */
        private void possessiveParty(int start, int e) {
            if (!v.isPossessive(e)) {
                return;
            }
            PartyMention p = e + 1 < v.size() ? v.partyStart[e + 1] : null;
            if (p == null) {
                return;
            }
            int k = p.last() + 1;
            if ("presidential".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            if (p.is(Use.MODIFIER) && CAMPAIGNS.contains(v.word(k).toLowerCase(Locale.ROOT))) {
                add(v.personStart[start], p, 0.75, "member.possessive-campaign"); // "Trump's Republican presidential campaign"
                return;
            }
            if (!p.is(Use.NAME) || nounFollows(p.last() + 1) || isRole(v.word(p.last() + 1))) {
                return;
            }
            add(v.personStart[start], p, 0.75, "member.possessive-party");
        }

        /** "In the Democratic race, Sen. Bernie Sanders ...", "Donald Trump held a lead in the Republican race", "the other Republicans". */
        private void race(PartyMention p) {
            int k = p.last() + 1;
            if ("presidential".equalsIgnoreCase(v.word(k))) {
                k++;
            }
            boolean race = p.is(Use.MODIFIER) && RACES.contains(v.word(k).toLowerCase(Locale.ROOT));
            boolean others = p.plural() && "other".equalsIgnoreCase(v.word(p.first() - 1));
            if (!race && !others) {
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
                        if (v.personStart[i] != null) {
                            add(v.personStart[i], p, 0.6, "member.party-race");
                        }
                    }
                }
                return;
            }
            int subject = afterRoles(0);
            if (subject >= p.first() || v.personStart[subject] == null || v.parties.get(0) != p) {
                return; // only the first party of the sentence: "X won the Republican race, while ... Democratic ..."
            }
            for (int i = v.endOf(subject); i < p.first(); i++) {
                if (v.personStart[i] != null) {
                    return;
                }
            }
            add(v.personStart[subject], p, 0.6, race ? "member.party-race" : "member.other-members");
        }

        /** "The Labour peer said ...": a description resolved to the person just named. */
        private void description(PartyMention p) {
            int the = p.first() - 1;
            while (the > 0 && v.pos(the).startsWith("JJ") && v.personAt[the] == null) {
                the--; // "the presumptive Democratic nominee"
            }
            if (!p.is(Use.MODIFIER) || p.first() == 0 || !"the".equalsIgnoreCase(v.word(the))) {
                return;
            }
            int k = afterRoles(p.last() + 1);
            int roles = k - (p.last() + 1);
            if (roles > 0 && "for".equals(v.word(k)) && v.pos(k + 1).startsWith("NN") && v.personStart[k + 1] == null) {
                k += 2; // "the Democratic nominee for president said"
            }
            while (k < v.size() && v.pos(k).startsWith("RB")) {
                k++; // "never stopped"
            }
            if (roles == 0 || k >= v.size() || !(v.pos(k).startsWith("VB") || ",".equals(v.word(k)))
                    || p.plural() || v.pos(k - 1).endsWith("S")) {
                return; // "the GOP contenders had": a group, not the person just named
            }
            for (int i = 0; i < p.first(); i++) {
                if (v.personStart[i] != null) {
                    return;
                }
            }
            int offset = v.token(the).begin();
            persons.resolveDescription(offset).ifPresent(name -> add(name, p, 0.55, "member.description", false));
        }
    }
}
