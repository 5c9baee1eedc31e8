package org.newskg.extractor.membership;

import java.util.Map;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.parties.PartyMention;

/**
 * The words of a party's race for office: which words name a race ("nomination", "primary", "field"), a group
 * of its candidates ("contenders", "rivals") or a contestant's role in it ("front-runner", "nominee"); the race
 * word a party mention modifies ("the Republican nomination"); whether it is the party's own contest, and
 * whether a party mention names a leadership contest through a succession ("to replace X as Tory leader").
 */
final class RaceWords {

    private static final Map<String, String> WORDS = WordLists.pairs(RaceWords.class, "race-words.txt");
    /** The race words of the first rules (a party's race named outright: "the Republican race"). */
    static final Set<String> RACES = Set.of("race", "primary", "primaries", "nomination", "contest", "field",
            "caucus", "caucuses", "ticket", "runoff", "leadership");
    /** Group words whose possessor is in the race too: "his rivals", "Trump's GOP rivals". */
    static final Set<String> RIVALS = Set.of("rival", "rivals", "opponent", "opponents", "challenger",
            "challengers");
    static final Set<String> MODIFIERS = Set.of("presidential", "vice-presidential", "congressional",
            "senate", "gubernatorial", "mayoral", "leadership", "primary", "remaining", "other");
    private static final Set<String> FORMER = Set.of("former", "onetime", "one-time", "erstwhile");
    /**
     * Race words that also name a standing body or its staff's work, not a contest one runs in: "the Senate
     * Democratic caucus", "the Republican leadership", "ran the Republican campaign in Ohio".
     */
    static final Set<String> BODIES = Set.of("caucus", "leadership", "campaign");

    private RaceWords() {
    }

    static boolean isRaceWord(String word) {
        return WORDS.containsKey(word.toLowerCase(java.util.Locale.ROOT));
    }

    static String kind(SentenceView v, int i) {
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
    static boolean pollsStoodIn(SentenceView v, int r) {
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

    /** Whether a word makes a role a past one: "former", "onetime". */
    static boolean isFormer(String lower) {
        return FORMER.contains(lower);
    }

    /** "former rival X", "a onetime opponent": a rival of a past race, the party's own once its nominee is chosen. */
    static boolean former(SentenceView v, int i) {
        for (int b = i - 1; b >= Math.max(0, i - 2); b--) {
            if (FORMER.contains(v.lower(b))) {
                return true;
            }
        }
        return false;
    }
}
