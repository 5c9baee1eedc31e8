package org.newskg.extractor.membership;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.model.EntityType;
import org.newskg.model.PartyCandidate;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * MEMBER_OF: persons and the political parties they belong (or belonged) to, found by an ordered list
 * of named sieves in two passes. The first pass reads what a sentence says next to a name: titles
 * ("Labour MP Stella Creasy"), appositives, "(R-Texas)", "X of the SNP", "X quit Labour", "X's
 * Conservative Party", descriptions ("The Labour peer said"). The second pass reads the article's
 * context ("his party" when the sentence names one party, "the party's candidate, X", the candidates
 * of a party's race) and leaves alone every person the first pass settled: a context rule never
 * overrides what the text says outright. Leaving a party also gives a LEFT triple.
 */
public final class MembershipRules {

    /** First pass: what a sentence that names a party says next to a name. */
    static final List<Sieve> LOCAL = List.of(
            new Sieve("member.title-before-name", PartyTitles::titleBeforeName),
            new Sieve("member.appositive", Appositives::appositive),
            new Sieve("member.appositive-before", Appositives::appositiveBefore),
            new Sieve("member.of-party", NameSieves::ofParty),
            new Sieve("member.for-party", NameSieves::forParty),
            new Sieve("member.such-as", PartyGroups::suchAs),
            new Sieve("member.and-other", PartyGroups::andOther),
            new Sieve("member.verb-party", VerbSieves::verbParty),
            new Sieve("member.becoming", VerbSieves::becoming),
            new Sieve("member.succeeded", VerbSieves::succeeded),
            new Sieve("member.as-role", VerbSieves::asRole),
            new Sieve("member.party-expelled", VerbSieves::partyExpelled),
            new Sieve("member.defection", VerbSieves::defection),
            new Sieve("member.possessive-party", NameSieves::possessiveParty),
            new Sieve("member.leadership-of", NameSieves::leadershipOf),
            new Sieve("member.founded-by", NameSieves::foundedBy),
            new Sieve("member.pronoun-party", ReferenceSieves::pronounParty),
            new Sieve("member.description", ReferenceSieves::description),
            new Sieve("member.party-race", RaceSieves::partyRace),
            new Sieve("member.race-verb", RaceSieves::raceVerb),
            new Sieve("member.party-picks", RaceSieves::partyPicks));

    /** Second pass: the article's context, for persons the first pass did not settle. */
    static final List<Sieve> CONTEXT = List.of(
            new Sieve("member.his-party", ReferenceSieves::hisParty),
            new Sieve("member.party-leader", ReferenceSieves::partyLeader),
            new Sieve("member.party-voice", ReferenceSieves::partyVoice),
            new Sieve("member.group-example", ReferenceSieves::groupExample),
            new Sieve("member.party-race", RaceSieves::theParty),
            new Sieve("member.race-count", RaceGroups::raceCount),
            new Sieve("member.race-group", RaceGroups::raceGroup),
            new Sieve("member.race-list", RaceGroups::raceList),
            new Sieve("member.race-rivals", RaceRivals::raceRivals),
            new Sieve("member.race-between", RaceRivals::raceBetween),
            new Sieve("member.race-role", RaceRoles::raceRole),
            new Sieve("member.race-nominee", RaceRoles::nominee),
            new Sieve("member.race-subject", RaceSieves::raceSubject),
            new Sieve("member.shadow", ContextSieves::shadow),
            new Sieve("member.race-office", ContextSieves::raceOffice));

    /** Last pass: what one person's party says of another's (running mates, a candidate's delegates). */
    static final List<Sieve> RELATED = List.of(
            new Sieve("member.running-mate", ContextSieves::runningMate),
            new Sieve("member.delegate", ContextSieves::delegate));

    /**
     * The rules of memberships read from the article's context alone (the second pass's, less a name the first pass
     * shares): the run's other articles may overrule them ({@link org.newskg.model.CorpusParties#overruled}).
     */
    private static final Set<String> FROM_CONTEXT = CONTEXT.stream().map(Sieve::name)
            .filter(n -> LOCAL.stream().noneMatch(l -> l.name().equals(n)))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a membership of this rule was read from its article's context alone ("his party", "the race between"). */
    public static boolean readFromContext(String rule) {
        return rule != null && FROM_CONTEXT.contains(rule);
    }

    private static final PartyGazetteer PARTIES = PartyGazetteer.DEFAULT;
    private static final Pattern PARTY_LETTER = Pattern.compile(
            "^(?:['’]s)?\\s*(?:\\(\\s*([RD])\\s*(?:[-–]\\s*[A-Z][A-Za-z. -]{0,14})?\\)"
            + "|,\\s*([RD])-[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12}){0,2}(?=[,.;]))");
    /** A finding this strong settles a person: context sieves leave them alone. */
    private static final double SETTLED = 0.8;

    /** The MEMBER_OF (and LEFT) triples of one article. Thread-safe. */
    public List<Triple> extract(Doc doc, PersonIndex persons) {
        return extractWithCandidates(doc, persons).triples();
    }

    /**
     * The MEMBER_OF (and LEFT) triples of one article, with its {@link PartyCandidate}s: each person it names
     * with no party, paired with each party it names, for {@link org.newskg.model.CorpusParties}. Thread-safe.
     */
    public Memberships extractWithCandidates(Doc doc, PersonIndex persons) {
        ArticleParties a = new ArticleParties(doc);
        List<Triple> triples = sieve(doc, persons, a);
        return new Memberships(triples, candidates(doc, persons, a, triples));
    }

    /** One article's memberships and the candidates the corpus sieve may complete them with. */
    public record Memberships(List<Triple> triples, List<PartyCandidate> candidates) {
        public Memberships {
            triples = List.copyOf(triples);
            candidates = List.copyOf(candidates);
        }
    }

    private static List<Triple> sieve(Doc doc, PersonIndex persons, ArticleParties a) {
        List<Found> found = new ArrayList<>();
        Map<String, Integer> cues = null;
        for (PersonMention m : persons.mentions()) {
            Optional<Party> letter = partyLetter(doc, m);
            letter.ifPresent(p -> found.add(new Found(m.canonical(), p,
                    doc.sentences().get(m.sentence()), 0.95, "member.party-letter", false)));
            if (letter.isEmpty()) {
                if (cues == null) {
                    cues = PARTIES.countryCues(doc);
                }
                partyTag(doc, m, cues).ifPresent(p -> found.add(new Found(m.canonical(), p,
                        doc.sentences().get(m.sentence()), 0.9, "member.party-tag", false)));
            }
        }
        Set<String> settled = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<PartyMention> parties = a.mentions(s);
            if (!parties.isEmpty()) {
                Context c = a.context(s, persons, found, settled);
                LOCAL.forEach(c::run);
            }
        }
        for (Found f : found) {
            if (f.confidence() >= SETTLED) {
                settled.add(f.person());
            }
        }
        a.opposition(persons, found, settled);
        for (Sentence s : doc.sentences()) {
            if (!a.mentions(s).isEmpty() || mentionsParty(s) || a.race(s) != null || a.opposition != null
                    || a.nominee != null || a.afterOpener(s) || a.afterGroup(s)) {
                Context c = a.context(s, persons, found, settled);
                CONTEXT.forEach(c::run);
            }
        }
        for (Sentence s : doc.sentences()) {
            Context c = a.context(s, persons, found, settled);
            RELATED.forEach(c::run);
        }
        return triples(doc, found);
    }

    /**
     * Every person the article names plainly as a person ({@link PersonIndex#isClearlyPerson}) and gives no
     * party or departure, paired with every party the article names; the evidence is the first sentence
     * naming both, else the person's first sentence.
     */
    private static List<PartyCandidate> candidates(Doc doc, PersonIndex persons, ArticleParties a,
            List<Triple> triples) {
        Set<String> placed = new HashSet<>();
        triples.forEach(t -> placed.add(t.subject()));
        Set<Party> parties = new LinkedHashSet<>();
        doc.sentences().forEach(s -> parties.addAll(a.named.get(s)));
        List<PartyCandidate> out = new ArrayList<>();
        if (parties.isEmpty()) {
            return out;
        }
        Map<String, Sentence> first = new LinkedHashMap<>();
        Map<String, Sentence> withParty = new LinkedHashMap<>();
        for (PersonMention m : persons.mentions()) {
            if (placed.contains(m.canonical()) || !persons.isClearlyPerson(m.canonical())) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentence());
            first.putIfAbsent(m.canonical(), s);
            for (Party p : a.named.get(s)) {
                withParty.putIfAbsent(m.canonical() + "\u0000" + p.canonical(), s);
            }
        }
        for (Map.Entry<String, Sentence> e : first.entrySet()) {
            for (Party p : parties) {
                Sentence both = withParty.get(e.getKey() + "\u0000" + p.canonical());
                Sentence s = both != null ? both : e.getValue();
                out.add(new PartyCandidate(e.getKey(), p.canonical(), doc.text(s.begin(), s.end()),
                        s.begin(), s.end()));
            }
        }
        return out;
    }

    private static boolean mentionsParty(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.word().equals("party")
                || ReferenceSieves.PARTY_POSSESSIVES.contains(t.word().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The parties of an article: their mentions per sentence, the party it is about, and the race each sentence is about. */
    private static final class ArticleParties {
        private final Doc doc;
        private final Map<String, Integer> cues;
        private final Map<Sentence, List<PartyMention>> bySentence = new LinkedHashMap<>();
        private final Map<Sentence, Set<Party>> named = new LinkedHashMap<>();
        private final Map<Sentence, Set<Party>> raced = new LinkedHashMap<>();
        /** The parties whose own contest (nomination, primary, caucus, field) a sentence names, not only a title. */
        private final Map<Sentence, Set<Party>> contested = new LinkedHashMap<>();
        private final Set<Party> contests = new LinkedHashSet<>();
        /** Whether the article names a party's internal contest at all, with or without the party ("their primary"). */
        private boolean primaries;
        private final Map<Sentence, Party> referents = new LinkedHashMap<>();
        private final Party dominant;
        private final Party articleRace;
        /** The parties whose shadow cabinet the article names ("Labour's shadow chancellor"). */
        private final Set<Party> shadows = new LinkedHashSet<>();
        /** The one party whose shadow cabinet the article names, also through its leader ("his shadow cabinet"). */
        private Party opposition;
        /** The one party whose nominee or nomination the article names ("the Republican nominee"), or null. */
        final Party nominee;
        /**
         * The one party whose own contest the article is about (its race named at least twice, the party named most,
         * its contest or a primary named) when it names no other party's race or candidates, or null.
         */
        final Party soleRace;

        ArticleParties(Doc doc) {
            this.doc = doc;
            this.cues = PARTIES.countryCues(doc);
            Map<Party, Integer> counts = new LinkedHashMap<>();
            Map<Party, Integer> raceCounts = new LinkedHashMap<>();
            Set<Party> nominees = new LinkedHashSet<>();
            for (Sentence s : doc.sentences()) {
                List<PartyMention> parties = foreign(s, PARTIES.find(s, cues), cues);
                bySentence.put(s, parties);
                SentenceView v = new SentenceView(s, List.of(), parties);
                Set<Party> here = new LinkedHashSet<>();
                Set<Party> race = new LinkedHashSet<>();
                Set<Party> contest = new LinkedHashSet<>();
                for (PartyMention p : parties) {
                    Party party = PARTIES.choose(p, cues);
                    counts.merge(party, 1, Integer::sum);
                    here.add(party);
                    int r = RaceWords.raceAfter(v, p);
                    if (r >= 0 && (v.lower(r).startsWith("nominee") || v.lower(r).equals("nomination"))) {
                        nominees.add(party);
                    }
                    boolean succession = r < 0 && RaceWords.succession(v, p); // "to replace X as Lib Dem leader"
                    if (r >= 0 || succession) {
                        race.add(party);
                        raceCounts.merge(party, 1, Integer::sum);
                    }
                    if (r >= 0 && RaceWords.isContest(v, r) || succession) {
                        contest.add(party);
                    }
                }
                named.put(s, here);
                raced.put(s, race);
                contested.put(s, contest);
                contests.addAll(contest);
                primaries |= s.tokens().stream().anyMatch(t -> RaceWords.isPrimary(t.word()));
                shadows.addAll(ContextSieves.oppositionVotes(v, p -> PARTIES.choose(p, cues)));
            }
            this.dominant = dominant(counts, 3, 3);
            this.articleRace = dominant(raceCounts, 2, 2);
            this.nominee = nominees.size() == 1 ? nominees.iterator().next() : null;
            this.soleRace = articleRace != null && articleRace.equals(dominant) && raceCounts.size() == 1
                    && (contests.contains(articleRace) || primaries) ? articleRace : null;
            Party top = top(counts);
            Party recent = null;
            int recentSentence = -10;
            for (Sentence s : doc.sentences()) {
                if (s.index() - recentSentence > 2) {
                    recent = null;
                }
                referents.put(s, dominant != null ? dominant : recent != null && recent.equals(top) ? recent
                        : counts.size() == 1 ? top : null);
                List<PartyMention> parties = bySentence.get(s);
                if (!parties.isEmpty()) {
                    recent = PARTIES.choose(parties.get(parties.size() - 1), cues);
                    recentSentence = s.index();
                }
            }
        }

        /**
         * The mentions without a sentence's first word that names only parties of countries the article never
         * mentions, in an article about another country: "Liberals call Ryan cowardly" in an American article
         * is a word of politics, capitalised because it opens the sentence, not Canada's Liberal Party. Not a party
         * word before a role: "Nationals MP Bronte Killarney savaged ..." is the party's title, whatever "MPs" counts for.
         */
        private static List<PartyMention> foreign(Sentence s, List<PartyMention> parties, Map<String, Integer> cues) {
            if (parties.isEmpty() || parties.get(0).first() != 0) {
                return parties;
            }
            PartyMention first = parties.get(0);
            if (first.last() + 1 < s.tokens().size() && SentenceView.isRole(s.tokens().get(first.last() + 1).word())) {
                return parties;
            }
            boolean known = first.candidates().stream().anyMatch(p -> cues.getOrDefault(p.country(), 0) > 0);
            boolean elsewhere = cues.values().stream().anyMatch(n -> n >= 2);
            return known || !elsewhere ? parties : parties.subList(1, parties.size());
        }

        List<PartyMention> mentions(Sentence s) {
            return bySentence.get(s);
        }

        /**
         * The opposition of the article once the first pass has settled persons: the one party whose shadow
         * cabinet it names, counting "his shadow cabinet" of a settled leader ("Michael Howard has denied his
         * shadow cabinet was split") as naming the leader's.
         */
        void opposition(PersonIndex persons, List<Found> found, Set<String> settled) {
            Set<Party> votes = new LinkedHashSet<>(shadows);
            for (Sentence s : doc.sentences()) {
                SentenceView v = new SentenceView(s, persons.mentionsIn(s.begin(), s.end()), bySentence.get(s));
                Context c = new Context(doc, persons, v, List.of(), null, null, null, false, null, null, cues, found,
                        settled, (party, role) -> Set.of());
                for (int i = 1; i < v.size(); i++) {
                    if ("shadow".equals(v.lower(i)) && ("his".equals(v.lower(i - 1)) || "her".equals(v.lower(i - 1)))
                            && "PRP$".equals(v.pos(i - 1))) {
                        persons.resolvePronoun(v.token(i - 1).begin()).filter(settled::contains).map(c::partyOf)
                                .filter(ContextSieves::hasShadowCabinet).ifPresent(votes::add);
                    }
                }
            }
            opposition = votes.size() == 1 ? votes.iterator().next() : null;
        }

        /**
         * The party whose race a sentence is about: the one party it names when it names that party's race
         * (or names only the article's race party); when it names no party, the race of an article mainly
         * about one party, or the race one of the three sentences before named.
         */
        Party race(Sentence s) {
            Set<Party> here = named.get(s);
            if (here.size() > 1) {
                return null;
            }
            if (here.size() == 1) {
                Party p = here.iterator().next();
                return raced.get(s).contains(p) || p.equals(articleRace) && p.equals(dominant) ? p : null;
            }
            if (articleRace != null && articleRace.equals(dominant)) {
                return articleRace;
            }
            for (int i = s.index() - 1; i >= Math.max(0, s.index() - 3); i--) {
                Sentence before = doc.sentences().get(i);
                if (named.get(before).size() == 1 && raced.get(before).size() == 1) {
                    return raced.get(before).iterator().next();
                }
            }
            return null;
        }

        /**
         * Whether the race a sentence is about is the party's own contest (its nomination, primary, caucuses,
         * field) named in this sentence or the three before, or in an article mainly about that party that names its
         * contest or a primary ("a week before Republicans hold their primary"): not only a title ("Republican
         * presidential candidate X"), whose rival may run for another party.
         */
        boolean contest(Sentence s, Party race) {
            if (race == null) {
                return false;
            }
            for (int i = s.index(); i >= Math.max(0, s.index() - 3); i--) {
                if (contested.get(doc.sentences().get(i)).contains(race)) {
                    return true;
                }
            }
            return race.equals(dominant) && (contests.contains(race) || primaries);
        }

        Context context(Sentence s, PersonIndex persons, List<Found> found, Set<String> settled) {
            SentenceView v = new SentenceView(s, persons.mentionsIn(s.begin(), s.end()), bySentence.get(s));
            List<Party> previous = s.index() == 0 ? List.of()
                    : List.copyOf(named.get(doc.sentences().get(s.index() - 1)));
            Party race = race(s);
            Context c = new Context(doc, persons, v, previous, dominant, referents.get(s), race, contest(s, race), opposition,
                    nominee, cues, found, settled,
                    (party, role) -> titled(persons).getOrDefault(party.canonical() + "|" + role, Set.of()));
            c.previousAsParty = s.index() == 0 || asParty(doc.sentences().get(s.index() - 1));
            c.previousOpener = s.index() == 0 ? null : opener(doc.sentences().get(s.index() - 1));
            c.previousGroup = s.index() == 0 ? null : groupOpener(doc.sentences().get(s.index() - 1));
            c.opener = opener(s);
            c.soleRace = soleRace;
            return c;
        }

        /** The nouns after a party word that still make the party a sentence's subject: "The Green group said". */
        private static final Set<String> GROUPS = Set.of("group", "caucus");
        /** A nation's word before a party that still opens the sentence: "The Welsh Conservatives were scathing". */
        private static final Set<String> NATIONS = Set.of("Welsh", "Scottish", "English", "Irish", "British");

        /** Whether the sentence before this one opens with a party as its subject. */
        boolean afterOpener(Sentence s) {
            return s.index() > 0 && opener(doc.sentences().get(s.index() - 1)) != null;
        }

        /** Whether the sentence before this one opens with a group of a party's people as its subject. */
        boolean afterGroup(Sentence s) {
            return s.index() > 0 && groupOpener(doc.sentences().get(s.index() - 1)) != null;
        }

        /** Words that may stand before a party's group opening a sentence: "Other GOP candidates", "Several Labour MPs". */
        private static final Set<String> GROUP_OPENERS = org.newskg.extractor.WordLists.with(RaceGroups.NUMBERS.keySet(),
                "other", "several", "many", "some", "the", "a", "dozen", "both", "fellow", "senior", "leading", "prominent",
                "top");

        /**
         * The party whose people a sentence opens with as its subject, a plural of persons after the one party it names
         * ("Other GOP candidates have been nearly as bellicose.", "Several Labour MPs attacked the plan."), a verb
         * right after, or the party's plural member noun after a quantity, a verb or "who" right after ("A dozen
         * Republicans who want to be president squared off"; not "The Democrats said", the party itself); else null.
         */
        private Party groupOpener(Sentence s) {
            List<Token> ts = s.tokens();
            List<PartyMention> parties = bySentence.get(s);
            if (parties.size() != 1 || !(parties.get(0).is(PartyGazetteer.Use.MODIFIER)
                    || parties.get(0).is(PartyGazetteer.Use.MEMBER))) {
                return null;
            }
            PartyMention p = parties.get(0);
            for (int k = 0; k < p.first(); k++) {
                if (!GROUP_OPENERS.contains(ts.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
                    return null;
                }
            }
            int after = p.last() + 1;
            if (p.is(PartyGazetteer.Use.MEMBER) && p.plural() && after < ts.size() && p.first() > 0
                    && !ts.get(p.first() - 1).word().equalsIgnoreCase("the") // "The Democrats said": the party
                    && (ts.get(after).pos().startsWith("VB") || ts.get(after).word().equals("who"))) {
                return PARTIES.choose(p, cues); // "A dozen Republicans who want to be president squared off"
            }
            int k = after;
            while (k < ts.size() && k <= p.last() + 2 && ts.get(k).pos().startsWith("JJ")) {
                k++; // "GOP presidential candidates"
            }
            if (k >= ts.size() || !ts.get(k).pos().equals("NNS") || !(SentenceView.isRole(ts.get(k).word())
                    || RaceWords.isRaceWord(ts.get(k).word()))) {
                return null;
            }
            int verb = k + 1;
            while (verb < ts.size() && verb <= k + 3 && ts.get(verb).pos().startsWith("RB")) {
                verb++;
            }
            return verb < ts.size() && (ts.get(verb).pos().startsWith("VB") || ts.get(verb).pos().equals("MD"))
                    ? PARTIES.choose(p, cues) : null;
        }

        /** The party a sentence opens with as a party, not a noun's modifier ("The Greens, who ...", "Labour said"), or null. */
        private Party opener(Sentence s) {
            List<Token> tokens = s.tokens();
            List<PartyMention> parties = bySentence.get(s);
            int first = parties.isEmpty() ? 0 : parties.get(0).first();
            // "The Welsh Tories": a nation's word between "The" and the party
            if (parties.isEmpty() || first > 2 || first == 2 && !NATIONS.contains(tokens.get(1).word())
                    || parties.get(0).last() + 1 >= tokens.size()
                    || tokens.get(parties.get(0).last() + 1).pos().startsWith("NN")
                    && !GROUPS.contains(tokens.get(parties.get(0).last() + 1).word()) // "The Green group, which ..."
                    || tokens.get(parties.get(0).last() + 1).pos().equals("POS")
                    || parties.size() > 1 && parties.get(1).first() <= parties.get(0).last() + 3) {
                return null; // "Labour and the Greens have yet to pick": two parties open it
            }
            return PARTIES.choose(parties.get(0), cues);
        }

        /** Whether a sentence names a party as a party somewhere, not only before a noun ("a minority Labour government"). */
        private boolean asParty(Sentence s) {
            List<Token> tokens = s.tokens();
            return bySentence.get(s).stream().anyMatch(p -> p.last() + 1 >= tokens.size()
                    || !tokens.get(p.last() + 1).pos().startsWith("NN"));
        }

        private Map<String, Set<String>> titles;

        /** Party and role word of every title before a name in the article ("Tory leader Michael Howard") -> the names. */
        private Map<String, Set<String>> titled(PersonIndex persons) {
            if (titles != null) {
                return titles;
            }
            titles = new LinkedHashMap<>();
            for (Sentence s : doc.sentences()) {
                List<PartyMention> parties = bySentence.get(s);
                if (parties.isEmpty()) {
                    continue;
                }
                SentenceView v = new SentenceView(s, persons.mentionsIn(s.begin(), s.end()), parties);
                for (PartyMention p : parties) {
                    int k = v.afterRoles(p.last() + 1);
                    if (k > p.last() + 1 && v.person(k) != null) {
                        titles.computeIfAbsent(PARTIES.choose(p, cues).canonical() + "|" + v.lower(k - 1),
                                x -> new LinkedHashSet<>()).add(v.person(k).canonical());
                    }
                }
            }
            // the party offices the run's other articles tie to this article's persons ("Tory leader X" elsewhere)
            persons.discourse().runPartyTitles().forEach((key, names) -> titles.computeIfAbsent(key,
                    x -> new LinkedHashSet<>()).addAll(names));
            return titles;
        }
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

    /** The party mentioned at least {@code min} times and {@code times} as often as any other, or null. */
    private static Party dominant(Map<Party, Integer> counts, int min, int times) {
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
        return first >= min && first >= times * second ? best : null;
    }

    /** "Sen. Mark Kirk (R-Ill.)", "Mitch McConnell's (R-Ky.) re-election", "Sen. Kelly Ayotte (R)", "Rep. X, D-N.Y.,", "Rep. X, D-Grand Rapids,". */
    private static Optional<Party> partyLetter(Doc doc, PersonMention m) {
        String after = doc.text().substring(m.end(), Math.min(doc.text().length(), m.end() + 40));
        Matcher x = PARTY_LETTER.matcher(after);
        if (!x.find()) {
            return Optional.empty();
        }
        String letter = x.group(1) != null ? x.group(1) : x.group(2);
        List<Party> p = PARTIES.lookup(letter.equals("R") ? "Republican Party" : "Democratic Party");
        return p.stream().filter(q -> q.country().equals("US")).findFirst();
    }

    /**
     * "Cllr Jonathan Pike (Con, Mill Lane)", "Natalie Bennett (Green)", "Sir Bob Russell (Lib Dem, Colchester)": a
     * party, or a council report's abbreviation of one (party-tags.tsv), in brackets right after a name, alone or
     * before a comma and a ward or seat. "(Ind)", "(pictured)", "(right)" are no party.
     */
    private static final Pattern PARTY_TAG = Pattern.compile(
            "^\\s*\\(\\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})\\s*(?:,\\s*[A-Z][A-Za-z .'’&-]{1,40})?\\)");
    private static final Map<String, String> PARTY_ABBREVIATIONS = WordLists.pairs(MembershipRules.class, "party-tags.tsv");

    private static Optional<Party> partyTag(Doc doc, PersonMention m, Map<String, Integer> cues) {
        String after = doc.text().substring(m.end(), Math.min(doc.text().length(), m.end() + 64));
        Matcher x = PARTY_TAG.matcher(after);
        if (!x.find()) {
            return Optional.empty();
        }
        String tag = PARTY_ABBREVIATIONS.getOrDefault(x.group(1).toLowerCase(java.util.Locale.ROOT), x.group(1));
        List<Party> readings = PARTIES.lookup(tag);
        return readings.isEmpty() ? Optional.empty() : Optional.of(PARTIES.choose(readings, cues));
    }

    /** Article-level policy: the best finding per (person, party); weak findings that contradict a strong one go. */
    private static List<Triple> triples(Doc doc, List<Found> found) {
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
            if (f.confidence() < 0.7 && strongest.get(f.person()) >= SETTLED && !hasPair(best, f)) {
                continue;
            }
            if (f.confidence() < 0.7 && contested(best, f)) {
                continue; // two weak readings of one person: when in doubt, nothing
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
            if (f != weak && f.person().equals(weak.person()) && f.confidence() >= SETTLED) {
                return f.party().equals(weak.party());
            }
        }
        return false;
    }

    /** Whether another party is found for the same person, with at least this finding's confidence. */
    private static boolean contested(Map<String, Found> best, Found weak) {
        for (Found f : best.values()) {
            if (f.person().equals(weak.person()) && !f.party().equals(weak.party())
                    && f.confidence() >= weak.confidence()) {
                return true;
            }
        }
        return false;
    }
}
