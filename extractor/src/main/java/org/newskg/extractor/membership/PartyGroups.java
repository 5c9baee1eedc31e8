package org.newskg.extractor.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.parties.PartyGazetteer.Use;
import org.newskg.extractor.parties.PartyMention;
import org.newskg.extractor.persons.PersonMention;

/**
 * Sieves for the members a party's group names: "Tory MPs such as A and B", "Democrats, like A,", "three Democrats
 * ...: A, B and C.", "Trump and other Republicans"; and the further names of a list under one plural title.
 */
final class PartyGroups {

    private PartyGroups() {
    }

    /** The position past a list of names starting at {@code k} ("A, B and C"). */
    static int listEnd(SentenceView v, int k) {
        List<Integer> rest = listedAfter(v, v.endOf(k));
        return rest.isEmpty() ? v.endOf(k) : v.endOf(rest.get(rest.size() - 1));
    }

    /** The names after the first of a list under one plural title: "Republicans A in Colorado, B and C". */
    static void list(Context c, PartyMention p, int end, double confidence) {
        SentenceView v = c.v;
        for (int j : listedAfter(v, end)) {
            if (p != null) {
                c.add(v.personStart[j], p, confidence);
            } else {
                c.add(v.personStart[j].canonical(), c.race, confidence);
            }
        }
    }

    /** Where each further name of a list begins, after a name ending at {@code end}: ", B and C", "and B". */
    private static List<Integer> listedAfter(SentenceView v, int end) {
        List<Integer> starts = new ArrayList<>();
        int e = end;
        while (true) {
            int j = v.skipTrailer(e);
            if (j < v.size() && (",".equals(v.word(j)) || "and".equals(v.word(j)) || "or".equals(v.word(j)))) {
                j++;
                if ("and".equals(v.word(j)) || "or".equals(v.word(j))) {
                    j++;
                }
                j = RolePhrases.pastPlace(v, v.afterRoles(j));
                if (j < v.size() && v.personStart[j] != null) {
                    starts.add(j);
                    e = v.endOf(j);
                    continue;
                }
            }
            return starts;
        }
    }

    /**
     * "some Republicans, including Sen. Lamar Alexander of Tennessee,", "Tory MPs such as A and B", "Democrats,
     * like A,", "Democrats -- including A --", "the Republicans, particularly A,", "such senior Republicans as A and
     * B", "three Democrats are fighting for the seat: A, B and C.": the members a plural party word (or a party's plural
     * role) names.
     */
    static void suchAs(Context c) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            int k = p.last() + 1;
            boolean group = p.plural() && p.is(Use.MEMBER);
            if (!group && p.is(Use.MODIFIER)) {
                int r = v.afterRoles(k);
                if (r > k && v.pos(r - 1).startsWith("NN") && v.pos(r - 1).endsWith("S")) {
                    group = true; // "Tory MPs", "Republican senators"
                    k = r;
                } else if (people(v, k) > k) {
                    group = true; // "Democratic national security heavyweights"
                    k = people(v, k);
                }
            }
            if (!group) {
                continue;
            }
            countedList(c, p, k);
            boolean comma = ",".equals(v.word(k)) || SentenceView.isDash(v.word(k));
            if (comma) {
                k++;
            }
            if (comma && "from".equals(v.word(k))) {
                fromTo(c, p, k + 1); // "Democratic heavyweights — from former CIA director A to Vice President B —"
                continue;
            }
            if ("including".equals(v.word(k)) || comma && ("like".equals(v.word(k)) || FOREMOST.contains(v.lower(k)))
                    || !comma && "as".equals(v.word(k)) && suchBefore(v, p.first())) {
                k++; // "such senior Republicans as A and B"
            } else if ("such".equals(v.word(k)) && "as".equals(v.word(k + 1))) {
                k += 2;
            } else {
                continue;
            }
            k = RolePhrases.pastPlace(v, v.afterRoles(k));
            if (v.person(k) != null) {
                c.add(v.person(k), p, 0.8);
                list(c, p, v.endOf(k), 0.8);
            }
        }
    }

    /**
     * "three Democrats are fighting for the state's 61 delegates: A (D-New Caddis), Mayor B and Rep. C.": a counted
     * group of a party's members ({@code p}, its group ending before {@code k}), a colon later in its clause, and a
     * list of exactly that many names that ends the sentence.
     */
    private static void countedList(Context c, PartyMention p, int k) {
        SentenceView v = c.v;
        Integer count = p.first() > 0 ? RaceGroups.NUMBERS.get(v.lower(p.first() - 1)) : null;
        if (count == null) {
            return;
        }
        int colon = k;
        while (colon < v.size() && colon <= k + 15 && !":".equals(v.word(colon))) {
            if (v.person(colon) != null || v.party(colon) != null || Set.of(";", ".").contains(v.word(colon))) {
                return;
            }
            colon++;
        }
        if (colon >= v.size() || !":".equals(v.word(colon))) {
            return;
        }
        List<PersonMention> names = NameLists.list(v, colon + 1);
        if (names.size() != count) {
            return;
        }
        int end = v.skipTrailer(v.endOf(NameLists.indexOf(v, names.get(names.size() - 1), colon + 1)));
        if (end >= v.size() || ".".equals(v.word(end))) {
            names.forEach(m -> c.add(m, p, 0.8));
        }
    }

    /** Plural nouns of persons that make a party's group without being roles: "Democratic heavyweights", "GOP grandees". */
    private static final Set<String> PEOPLE = Set.of("heavyweights", "figures", "grandees", "stalwarts", "veterans",
            "luminaries", "bigwigs", "notables", "politicians", "lawmakers", "legislators", "officials", "activists",
            "donors", "strategists", "operatives", "loyalists", "insiders", "elders", "rebels", "colleagues", "allies");

    /**
     * Where a group of a party's people ends when one starts at {@code k} (after the party word): "national security
     * heavyweights", "party grandees", up to three words before the plural noun ({@link #PEOPLE}); else {@code k}.
     */
    private static int people(SentenceView v, int k) {
        for (int j = k; j < Math.min(v.size(), k + 4); j++) {
            if (v.personStart[j] != null || v.partyStart[j] != null || !(v.pos(j).startsWith("NN") || v.pos(j).startsWith("JJ"))) {
                return k;
            }
            if (PEOPLE.contains(v.lower(j))) {
                return j + 1;
            }
        }
        return k;
    }

    /** "from former CIA director A to Vice President B": the two ends of a range of a party's people, each past its titles. */
    private static void fromTo(Context c, PartyMention p, int k) {
        SentenceView v = c.v;
        int first = NameLists.loose(v, k); // past "former CIA director"
        if (v.person(first) == null) {
            return;
        }
        int to = v.endOf(first);
        if (!"to".equals(v.word(to))) {
            return;
        }
        int second = NameLists.loose(v, to + 1);
        if (v.person(second) == null) {
            return;
        }
        c.add(v.person(first), p, 0.8);
        c.add(v.person(second), p, 0.8);
    }

    /** Whether "such" (and adjectives only) comes right before a party word: "such senior Republicans as A". */
    private static boolean suchBefore(SentenceView v, int first) {
        int b = first - 1;
        while (b > 0 && v.pos(b).startsWith("JJ") && !"such".equalsIgnoreCase(v.word(b))) {
            b--;
        }
        return b >= 0 && "such".equalsIgnoreCase(v.word(b));
    }

    /** Adverbs that pick members out of a group named just before: "the Republicans, particularly Donald Trump,". */
    private static final Set<String> FOREMOST = Set.of("particularly", "especially", "notably", "chiefly", "mainly");

    /** Group nouns after a party word that name its members: "and other Republican candidates", "and other Democratic leaders". */
    private static final Set<String> MEMBER_GROUPS = Set.of("candidates", "hopefuls", "contenders", "leaders", "lawmakers",
            "senators", "mps", "members", "politicians", "nominees", "rivals", "officials", "colleagues", "figures");

    /**
     * "Trump and other Republicans", "Kasich, Bush and other GOP candidates", "Clinton and other Democratic leaders":
     * the names before "and other" and a group of a party's members are members too (not "and other Labour
     * supporters": backers, not members).
     */
    static void andOther(Context c) {
        SentenceView v = c.v;
        for (PartyMention p : v.parties) {
            int o = p.first() - 1;
            if (!"other".equalsIgnoreCase(v.word(o))) {
                continue;
            }
            boolean group = p.plural() && p.is(Use.MEMBER) && !v.nounFollows(p.last() + 1);
            if (!group && p.is(Use.MODIFIER)) {
                int g = p.last() + 1;
                if ("presidential".equalsIgnoreCase(v.word(g))) {
                    g++;
                }
                group = MEMBER_GROUPS.contains(v.lower(g)) && !v.nounFollows(g + 1);
            }
            int and = "the".equalsIgnoreCase(v.word(o - 1)) ? o - 2 : o - 1;
            if (!group || !"and".equals(v.word(and)) || v.personAt[and - 1 < 0 ? 0 : and - 1] == null) {
                continue;
            }
            int e = and - 1;
            while (e >= 0 && v.personAt[e] != null) {
                PersonMention m = v.personAt[e];
                c.add(m, p, 0.8);
                int b = e;
                while (b >= 0 && v.personAt[b] == m) {
                    b--;
                }
                if (b >= 1 && ",".equals(v.word(b)) && v.personAt[b - 1] != null) {
                    e = b - 1; // "Kasich, Bush and other GOP candidates"
                } else {
                    break;
                }
            }
        }
    }
}
