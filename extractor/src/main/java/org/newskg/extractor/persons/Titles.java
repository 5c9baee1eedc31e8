package org.newskg.extractor.persons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One article's book of titles: the role words, titles, parties and party branches each person is named with
 * ("Tory leader X", "X, the Scottish Labour leader,", "shadow chancellor X"), plus the parties the membership rules
 * find; and what a role nominal ("the chancellor", "the Tory leader") asks of a person before {@link Discourse}
 * may resolve it to them. Filled by {@link TitleReader} (the titles, as the article names them) and
 * {@link Discourse} (the parties).
 */
final class Titles {

    /** The role words each person is named with ("Tory leader X", "X, the London Mayor,", "Sen. X"). */
    private final Map<String, Set<String>> titles = new HashMap<>();
    /** Each title each person is named with, with its rank and party ("shadow chancellor X", "X, the Labour leader,"). */
    private final Map<String, List<TitleUse>> uses = new HashMap<>();
    /** The parties each person is named with ("Tory leader X") or that the membership rules found for them. */
    private final Map<String, Set<String>> parties = new HashMap<>();
    /** The words that narrowed a person's party in a title ("Scottish" of "Scottish Labour leader X"), lower case. */
    private final Map<String, Set<String>> branches = new HashMap<>();

    /** The US state each person is named with ("Sen. X (R-Texas)", "Gov. X of Ohio"), lower case. */
    private final Map<String, Set<String>> states = new HashMap<>();

    void addState(String person, String state) {
        states.computeIfAbsent(person, k -> new HashSet<>()).add(state);
    }

    /**
     * Whether the article names {@code person} with a state and the nominal's capitalised words name another
     * ("the Texas senator" is not "Sen. X (R-Fla.)").
     */
    boolean otherState(String person, Nominal n) {
        Set<String> own = states.getOrDefault(person, Set.of());
        if (own.isEmpty()) {
            return false;
        }
        return !own.containsAll(TitleReader.statesIn(n.proper()));
    }

    /** The role words {@code person} is named with (empty if none). */
    Set<String> words(String person) {
        return titles.getOrDefault(person, Set.of());
    }

    /** The role words {@code person} is named with, to add to. */
    Set<String> wordsOf(String person) {
        return titles.computeIfAbsent(person, k -> new HashSet<>());
    }

    /** The parties {@code person} is named with or found in (empty if none). */
    Set<String> parties(String person) {
        return parties.getOrDefault(person, Set.of());
    }

    void addParty(String person, String party) {
        parties.computeIfAbsent(person, k -> new HashSet<>()).add(party);
    }

    void addBranch(String person, String branch) {
        branches.computeIfAbsent(person, x -> new HashSet<>()).add(branch);
    }

    void addUse(String person, TitleUse use) {
        uses.computeIfAbsent(person, x -> new ArrayList<>()).add(use);
    }

    /** Whether the article named {@code person} with the nominal's role words and, if it has one, its party. */
    boolean fits(String person, Nominal n) {
        Set<String> has = titles.getOrDefault(person, Set.of());
        if (!has.containsAll(n.roles()) || !has.containsAll(n.proper()) || otherState(person, n)
                || !n.parties().isEmpty() && !member(person, n.parties())) {
            return false;
        }
        Set<String> said = new HashSet<>(n.qualifiers());
        said.addAll(n.roles());
        if (!n.parties().isEmpty() && !said.containsAll(branches.getOrDefault(person, Set.of()))) {
            return false; // "the Labour leader" is not "Scottish Labour leader X"
        }
        List<TitleUse> held = holding(person, n);
        if (!held.isEmpty()) {
            // "the chancellor" is not "shadow chancellor X" nor "former chancellor X", but is "Tory leader X, the
            // former chancellor," when X is also named chancellor without a rank
            return held.stream().anyMatch(u -> u.agrees(n, true));
        }
        for (String w : Nominal.RANKS) {
            if (has.contains(w) && !n.roles().contains(w) && !n.ranks().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a title {@code person} was named with holds the nominal's head and agrees with its party ("Leader of the
     * Commons" does not with "the Tory leader"), and the article puts them in none of the nominal's parties' rivals.
     */
    boolean partyFits(String person, Nominal n) {
        return holding(person, n).stream().anyMatch(u -> u.agrees(n, false))
                && (parties(person).isEmpty() || n.parties().isEmpty() || member(person, n.parties()));
    }

    /** The titles {@code person} was named with that hold the nominal's head ("chancellor" of "the chancellor"). */
    private List<TitleUse> holding(String person, Nominal n) {
        return uses.getOrDefault(person, List.of()).stream().filter(u -> u.holds(n.head())).toList();
    }

    /**
     * Whether the salient {@code person} holds the nominal's role only in another form: every title of theirs
     * with its head has a rank it lacks ("shadow chancellor X" for "the chancellor": a shadow implies the holder)
     * or another party or branch ("X, the Labour Leader of the Commons," for "the Tory leader"), or only a
     * "former" rank while the article names someone else with the role as it stands ("former chancellor X" and
     * "Chancellor Y" for "the chancellor").
     */
    boolean heldOtherwise(String person, Nominal n) {
        List<TitleUse> held = holding(person, n);
        if (held.isEmpty() || held.stream().anyMatch(u -> u.agrees(n, true))) {
            return false;
        }
        if (held.stream().noneMatch(u -> u.agrees(n, false))) {
            return true;
        }
        for (Map.Entry<String, List<TitleUse>> e : uses.entrySet()) {
            if (!e.getKey().equals(person) && e.getValue().stream().anyMatch(u -> u.holds(n.head()) && u.agrees(n, true))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every title of {@code person} with the nominal's head has a shadow, deputy or vice rank the nominal lacks:
     * "shadow chancellor X", "deputy first minister X" are not "the chancellor", "the first minister".
     */
    boolean heldOnlyBelow(String person, Nominal n) {
        List<TitleUse> held = holding(person, n);
        return !held.isEmpty() && held.stream().allMatch(u -> u.ranks().stream()
                .anyMatch(r -> BELOW.contains(r) && !n.ranks().contains(r) && !n.roles().contains(r)));
    }

    private static final Set<String> BELOW = Set.of("shadow", "deputy", "vice");

    /**
     * Whether the article names {@code person} only with former titles, none of them the nominal's head ("X,
     * ex-head of communications at Number 10,"): someone known only by a past office is not the current holder of
     * another ("the prime minister"); a nominal with a "former" rank may still mean them.
     */
    boolean onlyFormer(String person, Nominal n) {
        Set<String> name = new HashSet<>();
        for (String w : person.split("\\s+")) {
            name.add(w.toLowerCase(Locale.ROOT));
        }
        List<TitleUse> own = uses.getOrDefault(person, List.of()).stream()
                .filter(u -> !name.containsAll(u.words())).toList(); // not the name's own first word
        return !n.ranks().contains("former") && !own.isEmpty() && holding(person, n).isEmpty()
                && own.stream().allMatch(u -> u.ranks().contains("former"));
    }

    /** Whether the article makes {@code person} a member of one of these parties (canonical names). */
    boolean member(String person, Set<String> wanted) {
        for (String p : parties.getOrDefault(person, Set.of())) {
            if (wanted.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
