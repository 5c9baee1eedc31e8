package org.newskg.extractor.membership;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.extractor.persons.PersonMention;

/**
 * What a sieve sees of one sentence: the sentence with its mentions, the parties of the sentence
 * before, the article's party context, and where findings go.
 */
final class Context {

    final Doc doc;
    final PersonIndex persons;
    final SentenceView v;
    /** The parties the sentence before names (chosen readings), in text order. */
    final List<Party> previous;
    /** The party the article is about (mentioned 3 times as often as any other), or null. */
    final Party dominant;
    /** The party "the party" means in this sentence when the sentence does not say (see {@link MembershipRules}), or null. */
    final Party referent;
    /** The party whose race (nomination, primary, field, candidates) this sentence is about, or null. */
    final Party race;
    /** Whether {@link #race} is the party's own contest (its nomination, primary, field), not only a candidate's title. */
    final boolean contest;
    /** The party whose shadow cabinet the article names, the opposition of a Westminster system, or null. */
    final Party opposition;
    /** The one party whose nominee the article names ("the Republican nominee"): whose "the nominee" is meant, or null. */
    final Party nominee;
    private final Map<String, Integer> cues;
    private final List<Found> found;
    /** Persons an earlier pass settled: context sieves leave them alone. */
    private final Set<String> settled;
    private final java.util.function.BiFunction<Party, String, Set<String>> titled;
    /** Whether the sentence before names a party as a party, not only as in "a minority Labour government". */
    boolean previousAsParty = true;
    /** The party the sentence before opens with as its subject ("The Greens, who backed the SNP's budget, said"), or null. */
    Party previousOpener;
    /** The party whose people the sentence before opens with as its subject ("Other GOP candidates have been ..."), or null. */
    Party previousGroup;
    /** The one party whose own race the article is about, naming no other party's race or candidates, or null. */
    Party soleRace;
    /** The party this sentence opens with as its subject ("Labour hit back at the Tory proposals, with ..."), or null. */
    Party opener;
    private String rule = "";

    Context(Doc doc, PersonIndex persons, SentenceView v, List<Party> previous, Party dominant, Party referent,
            Party race, boolean contest, Party opposition, Party nominee, Map<String, Integer> cues, List<Found> found,
            Set<String> settled,
            java.util.function.BiFunction<Party, String, Set<String>> titled) {
        this.opposition = opposition;
        this.nominee = nominee;
        this.titled = titled;
        this.doc = doc;
        this.persons = persons;
        this.v = v;
        this.previous = previous;
        this.dominant = dominant;
        this.referent = referent;
        this.race = race;
        this.contest = contest;
        this.cues = cues;
        this.found = found;
        this.settled = settled;
    }

    void run(Sieve sieve) {
        rule = sieve.name();
        sieve.rule().apply(this);
    }

    /** The persons the article titles with this party and role word ("Tory leader Michael Howard": Conservative, "leader"). */
    Set<String> titled(Party party, String role) {
        return titled.apply(party, role);
    }

    /** The name of the sieve running. */
    String rule() {
        return rule;
    }

    /** The reading of a party mention that the article's country cues favour. */
    Party party(PartyMention p) {
        return PartyGazetteer.DEFAULT.choose(p, cues);
    }

    /** Whether an earlier pass settled this person's party: a context sieve then adds nothing. */
    boolean settled(String person) {
        return settled.contains(person);
    }

    /**
     * The party the findings so far give a person (the strongest finding of at least 0.5), or null when there
     * is none or another party is found for them as strongly.
     */
    Party partyOf(String person) {
        Found best = null;
        boolean tie = false;
        for (Found f : found) {
            if (!f.person().equals(person) || f.confidence() < 0.5) {
                continue;
            }
            if (best == null || f.confidence() > best.confidence()) {
                tie = best != null && !best.party().equals(f.party()) && best.confidence() >= f.confidence();
                best = f;
            } else if (!f.party().equals(best.party()) && f.confidence() == best.confidence()) {
                tie = true;
            }
        }
        return best == null || tie ? null : best.party();
    }

    /** Whether the findings so far give this party, in that sentence, to someone other than this person. */
    boolean givenToAnother(Sentence where, Party party, String person) {
        for (Found f : found) {
            if (f.sentence().index() == where.index() && f.party().equals(party) && !f.person().equals(person)) {
                return true;
            }
        }
        return false;
    }

    void add(PersonMention m, PartyMention p, double confidence) {
        add(m.canonical(), party(p), confidence);
    }

    void add(String person, PartyMention p, double confidence) {
        add(person, party(p), confidence);
    }

    void add(String person, Party party, double confidence) {
        add(person, party, confidence, rule, false);
    }

    void add(String person, Party party, double confidence, String ruleName, boolean left) {
        add(person, party, confidence, ruleName, left, v.sentence);
    }

    /** A finding whose evidence is another sentence (the next one, which names the group's members). */
    void add(String person, Party party, double confidence, String ruleName, boolean left,
            Sentence where) {
        found.add(new Found(person, party, where, confidence, ruleName, left));
    }
}
