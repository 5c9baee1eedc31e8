package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.persons.PersonMention;
import org.newskg.extractor.persons.RoleWords;

/**
 * A role nominal as a critic or target ("Cable accused the chancellor of ducking", "he has criticized the former
 * president's transgressions", "He then accused the Tory leader of ...") goes to the person the one resolver
 * ({@code PersonIndex#resolveNominal}) gives, only when that is sure: the article named that person with the
 * nominal's role (with its rank, "former", and its role modifiers: "the prime minister" is not "welfare minister X"),
 * named no one else so before it, and the sentence does not name them
 * itself. The salient-subject guess the resolver makes when nobody was named with the role is not taken here; when the
 * resolver guesses someone else, the one person the article named with the role is.
 */
final class RoleNominals {

    private static final Set<String> MODIFIERS = Set.of("det", "amod", "compound");
    private static final Set<String> FORMER = Set.of("former", "ex", "onetime", "one-time", "erstwhile");

    private RoleNominals() {
    }

    /** A role nominal's words as written, its determiner and modifiers with its head: "the", "shadow", "chancellor". */
    static List<String> written(ParsedSentence p, int n) {
        List<String> words = new ArrayList<>();
        for (int k = first(p, n); k <= n; k++) {
            if (k == n || p.d.head(k) == n && MODIFIERS.contains(p.d.label(k))) {
                words.add(p.d.token(k).word());
            }
        }
        return words;
    }

    private static int first(ParsedSentence p, int n) {
        int first = n;
        for (int c : p.d.children(n)) {
            if (c < first && MODIFIERS.contains(p.d.label(c))) {
                first = c;
            }
        }
        return first;
    }

    static Optional<String> sure(ParsedSentence p, int n, Set<String> exclude) {
        int first = first(p, n);
        List<String> words = written(p, n);
        String head = p.word(n);
        List<String> want = new ArrayList<>();
        if (head.startsWith("ex-") && head.length() > 3) {
            want.add("former"); // "the ex-mayor"
            head = head.substring(3);
        }
        want.add(head);
        for (int k = first; k <= n; k++) {
            if (k == n || p.d.head(k) == n && MODIFIERS.contains(p.d.label(k))) {
                if (k < n && FORMER.contains(p.word(k))) {
                    want.add("former");
                } else if (k < n && RoleWords.any(p.word(k))) {
                    want.add(p.word(k)); // "the prime minister" is not "welfare minister X", named just before
                }
            }
        }
        int offset = p.d.token(first).begin();
        Optional<String> found = p.persons.resolveNominal(offset, words, exclude);
        if (found.isEmpty() || !titled(p, found.get(), want, offset)) {
            found = onlyTitled(p, want, words, offset, exclude); // "Prime Minister X" far back
            if (found.isEmpty()) {
                return Optional.empty();
            }
        }
        for (PersonMention m : p.persons.mentionsIn(p.s.begin(), p.s.end())) {
            if (m.canonical().equals(found.get()) && !ownerAbove(p, m, n)) {
                return Optional.empty(); // "Holt praised Reid and attacked the senator": not Reid, nor Holt
            }
        }
        Set<String> others = new LinkedHashSet<>(); // every other person the article named before the nominal
        for (PersonMention m : p.persons.mentionsIn(0, offset)) {
            others.add(m.canonical());
        }
        others.remove(found.get());
        for (String other : others) {
            if (titled(p, other, want, offset) && p.persons.discourse().partyFits(other, words)) {
                return Optional.empty(); // two persons named with the role: not sure which (the Democratic nominee
            }                            // is no second "Republican nominee")
        }
        return found;
    }

    /**
     * "Reid's row with the family drew a rebuke from Holt, who called the Republican nominee unfit to serve": a mention
     * of the nominal's person in its sentence that only owns something ("Reid's row") in a clause above the nominal's
     * own, which hangs below it through a relative or adverbial clause (not a conjunct: "Holt praised Reid's plan and
     * attacked the senator"), leaves the nominal free to be that person.
     */
    private static boolean ownerAbove(ParsedSentence p, PersonMention m, int n) {
        int owner = -1;
        for (int k = 0; k < p.d.size(); k++) {
            if (p.d.token(k).begin() >= m.begin() && p.d.token(k).end() <= m.end() && p.d.label(k).equals("nmod:poss")) {
                owner = k;
            }
        }
        if (owner < 0 || owner > n) {
            return false;
        }
        int clause = clauseOf(p, p.d.head(owner));
        for (int up = clauseOf(p, n); up >= 0; up = clauseOf(p, p.d.head(up))) {
            String label = p.d.label(up);
            if (!label.equals("acl:relcl") && !label.equals("advcl")) {
                return false;
            }
            if (clauseOf(p, p.d.head(up)) == clause) {
                return true;
            }
        }
        return false;
    }

    /** The verb heading the clause a token is in (the token itself when it is one), or -1 at the root. */
    private static int clauseOf(ParsedSentence p, int k) {
        while (k >= 0 && !p.d.token(k).pos().startsWith("VB")) {
            k = p.d.head(k);
        }
        return k;
    }

    /**
     * The one person the article named with these role words before {@code offset} whose party fits the nominal's
     * {@code words} (not "the Tory leader" for Labour's X), not excluded; empty unless one.
     */
    private static Optional<String> onlyTitled(ParsedSentence p, List<String> want, List<String> words, int offset,
            Set<String> exclude) {
        Set<String> named = new LinkedHashSet<>();
        for (PersonMention m : p.persons.mentionsIn(0, offset)) {
            named.add(m.canonical());
        }
        List<String> titled = named.stream().filter(c -> titled(p, c, want, offset))
                .filter(c -> p.persons.discourse().partyFits(c, words)).toList();
        return titled.size() == 1 && !exclude.contains(titled.get(0)) ? Optional.of(titled.get(0)) : Optional.empty();
    }

    /**
     * Whether the article named {@code person} (mentioned before {@code offset}) with these role words, as the discourse
     * layer's titles say: the latest titled person right after their first mention is them.
     */
    private static boolean titled(ParsedSentence p, String person, List<String> role, int offset) {
        for (PersonMention m : p.persons.mentionsIn(0, offset)) {
            if (m.canonical().equals(person)) {
                return p.persons.resolveTitled(m.end(), role, Set.of()).filter(person::equals).isPresent();
            }
        }
        return false;
    }
}
