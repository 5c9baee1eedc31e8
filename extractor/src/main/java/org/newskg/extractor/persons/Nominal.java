package org.newskg.extractor.persons;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyGazetteer;

/**
 * A role nominal taken apart: "the former Tory leader" is the role words {leader}, the rank {former} and the
 * party {Conservative Party}; "the Nevada Democrat" the party {Democratic Party} and the qualifier {nevada};
 * "the spokeswoman" a woman.
 *
 * @param head       the last word, lower case ("leader", "democrat")
 * @param roles      the role words (roles.tsv) the person must have been named with, ranks but "former" included
 * @param ranks      "former", "deputy", "vice", "shadow" as the nominal says them
 * @param parties    canonical names of the parties its party word can mean
 * @param qualifiers its other words ("texas", "presumptive"): they choose between several persons with the role
 * @param proper     those of them written with a capital ("florida" of "the Florida senator"): whoever the
 *                   article named with the role must have been named with them too ("Texas Sen. X" is not "the
 *                   Florida senator")
 * @param gender     'f' for a "-woman", 'm' for a "-man", else '?'
 * @param salient    whether the head may stand for the salient person ("the senator", "the 52-year-old", "the
 *                   Democrat"), not only for someone named with it ("the Lib Dem spokesman")
 */
record Nominal(String head, Set<String> roles, Set<String> ranks, Set<String> parties, Set<String> qualifiers,
        Set<String> proper, char gender, boolean salient) {

    /**
     * Words that set a holder of a role apart from its plain holder: "the chancellor" is not "shadow chancellor X",
     * "the minister" not "Prime Minister X".
     */
    static final List<String> RANKS = List.of("deputy", "vice", "shadow", "former", "prime");
    static final Set<String> FORMER = Set.of("former", "ex", "ex-", "then", "onetime", "one-time", "erstwhile");
    static final Set<String> SKIP = Set.of("the", "a", "an", "this", "that", "his", "her", "their", "its",
            "of", "and", "'s", "’s", "-", "senior", "junior", "veteran", "party", "new", "current", "outgoing");

    /**
     * The nominal of these words as written, or null when it has no head; in "the Mayor of London" the role is the words
     * before "of", those after it qualifiers (or a party: "the leader of the Labour Party").
     */
    static Nominal of(List<String> words) {
        List<String> ws = words.stream().filter(w -> !w.isBlank()).toList();
        if (ws.isEmpty()) {
            return null;
        }
        int of = ws.indexOf("of");
        List<String> complement = of > 0 ? ws.subList(of + 1, ws.size()) : List.of();
        ws = of > 0 ? ws.subList(0, of) : ws; // "the Mayor of London": the mayor, of London
        Set<String> roles = new HashSet<>();
        Set<String> ranks = new HashSet<>();
        Set<String> parties = new HashSet<>();
        Set<String> qualifiers = new HashSet<>();
        Set<String> proper = new HashSet<>();
        String head = null;
        for (int i = 0; i < ws.size(); i++) {
            String written = ws.get(i);
            boolean ex = written.length() > 3 && written.toLowerCase(Locale.ROOT).startsWith("ex-");
            if (ex) {
                ranks.add("former");
                written = written.substring(3);
            }
            boolean last = i == ws.size() - 1;
            if (i + 1 < ws.size() && addParties(parties, written + " " + ws.get(i + 1))) {
                if (branch(written, ws.get(i + 1))) {
                    qualifiers.add(written.toLowerCase(Locale.ROOT)); // "the Scottish Labour leader" is not "the Labour leader"
                }
                i++; // "Lib Dem"
                head = last || i == ws.size() - 1 ? "party" : head;
                continue;
            }
            String w = TitleReader.title(written.toLowerCase(Locale.ROOT));
            if (Character.isUpperCase(written.charAt(0)) && addParties(parties, written)) {
                head = last ? w : head;
                continue;
            }
            if (FORMER.contains(w)) {
                ranks.add("former");
            } else if (SKIP.contains(w)) {
                head = last ? w : head; // "the Labour veteran": a party nominal
                continue;
            } else if (RANKS.contains(w)) {
                ranks.add(w);
                roles.add(w);
            } else if (last || RoleWords.any(w)) {
                roles.add(w);
            } else {
                qualifiers.add(w);
                if (Character.isUpperCase(written.charAt(0))) {
                    proper.add(w);
                }
            }
            if (last) {
                head = w;
            }
        }
        if (head == null) {
            return null;
        }
        for (String written : complement) {
            String w = written.toLowerCase(Locale.ROOT);
            if (!addParties(parties, written) && !SKIP.contains(w)) {
                qualifiers.add(w);
                if (Character.isUpperCase(written.charAt(0))) {
                    proper.add(w);
                }
            }
        }
        char gender = TitleReader.genderOf(head);
        boolean salient = RoleWords.SPEAKER.words().contains(head) || RoleWords.description(head)
                || !roles.contains(head);
        return new Nominal(head, Set.copyOf(roles), Set.copyOf(ranks), Set.copyOf(parties), Set.copyOf(qualifiers),
                Set.copyOf(proper), gender, salient);
    }

    /**
     * Whether {@code first} narrows the party {@code second} names alone to one of its branches ("Scottish" of "Scottish
     * Labour", "Welsh" of "Welsh Conservatives"): the two words are an alias of a party the second alone names too, the
     * first alone of none ("Lib" of "Lib Dem" is no branch).
     */
    private static boolean branch(String first, String second) {
        List<Party> both = PartyGazetteer.DEFAULT.lookup(first + " " + second);
        return PartyGazetteer.DEFAULT.lookup(first).isEmpty() && !both.isEmpty()
                && PartyGazetteer.DEFAULT.lookup(second).containsAll(both);
    }

    private static boolean addParties(Set<String> parties, String alias) {
        List<Party> found = PartyGazetteer.DEFAULT.lookup(alias);
        found.forEach(p -> parties.add(p.canonical()));
        return !found.isEmpty();
    }
}
