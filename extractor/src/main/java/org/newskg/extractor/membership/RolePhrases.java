package org.newskg.extractor.membership;

import java.util.Set;

/**
 * Where a role phrase or a place ends, shared by the name sieves and the verb and reference sieves: a role after its
 * modifiers ("home affairs spokesman"), a role against the party ("Labour's main rival"), a place word, a state
 * party's name, a place's possessive before a name; and a party's own members in a chamber ({@link #PARTY_BODIES}).
 */
final class RolePhrases {

    private RolePhrases() {
    }

    /** A party's own members in a chamber: "leader of the Labour group", "the Democratic caucus". */
    static final Set<String> PARTY_BODIES = Set.of("group", "caucus", "delegation", "conference", "benches",
            "association");

    /**
     * The position of the party after a state's name that opens a state party's name ("the South Carolina Republican
     * Party", "the Florida Democratic Party": the tagger often takes the state for part of the organisation), or -1:
     * up to three capitalised words, each a place or of the party's organisation, none a person's.
     */
    static int statePart(SentenceView v, int k) {
        int j = k;
        while (j < v.size() && j < k + 3 && v.pos(j).startsWith("NNP") && v.personAt[j] == null && v.partyAt(j) == null
                && PLACE_OR_ORGANISATION.contains(v.token(j).ner())) {
            j++;
        }
        return j > k && v.party(j) != null ? j : -1;
    }

    private static final Set<String> PLACE_OR_ORGANISATION = Set.of("LOCATION", "STATE_OR_PROVINCE", "CITY", "COUNTRY",
            "ORGANIZATION");

    /** A capitalised place word (NER location), not part of a person's name or a party. */
    static boolean isPlace(SentenceView v, int k) {
        return k < v.size() && v.pos(k).startsWith("NNP") && "LOCATION".equals(v.token(k).ner())
                && v.personAt[k] == null && v.partyAt(k) == null;
    }

    /** Roles that are a party's only with a portfolio before them: "Conservative energy critic X", not "a Labour critic". */
    static final Set<String> PORTFOLIO_ROLES = Set.of("critic");

    /**
     * The position of a role after up to four modifiers of it ("home affairs spokesman", "parliamentary
     * chairman", "Care Minister", "work and pensions secretary", "energy critic"), or -1: each modifier a common noun or adjective
     * (or, for one or two, a capitalised word of a title), or "and" between two nouns; none a person, a party or
     * a place.
     */
    static int modifiedRole(SentenceView v, int k) {
        for (int n = 1; n <= 4; n++) {
            int head = k + n;
            boolean modifiers = true;
            for (int j = k; j < head; j++) {
                String pos = v.pos(j);
                boolean joined = j > k && "and".equals(v.word(j)) && v.pos(j + 1).startsWith("NN")
                        && !v.pos(j - 1).startsWith("JJ") && !"party".equals(v.word(j + 1))
                        && !SentenceView.isRole(v.word(j + 1)); // "shadow work and pensions secretary", not "Labour's record and party leader"
                boolean participle = j == k && n <= 2 && pos.equals("VBG"); // "BNP founding chairman X"
                boolean degree = (pos.equals("RBS") || pos.equals("RBR")) && v.pos(j + 1).startsWith("JJ"); // "most senior figures"
                modifiers &= joined || (pos.startsWith("NN") || pos.startsWith("JJ") || participle || degree) && v.personAt[j] == null
                        && v.partyAt(j) == null && !v.isPossessive(j)
                        && (n <= 2 || !pos.startsWith("NNP") || n == 3 && "and".equals(v.word(k + 1))); // "Work and Pensions Secretary"
            }
            if (!modifiers) {
                return -1;
            }
            if (head < v.size() && v.personAt[head] == null
                    && (SentenceView.isRole(v.word(head)) || PORTFOLIO_ROLES.contains(v.lower(head)))
                    && (v.pos(head).startsWith("NN") || v.pos(head).startsWith("JJ") && v.person(head + 1) != null)) {
                // "Labour election chief Alan Milburn": the tagger takes "chief" before a name for an adjective
                return head;
            }
        }
        return -1;
    }

    /** Roles that stand against whose they are: "Labour's main rival", "the party's challenger". */
    private static final Set<String> OPPONENTS = Set.of("rival", "rivals", "challenger", "challengers", "opponent",
            "opponents");

    /** Whether a role against the party stands from {@code from} to before {@code to}. */
    static boolean opposing(SentenceView v, int from, int to) {
        for (int j = from; j < to; j++) {
            if (OPPONENTS.contains(v.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** Past a place's possessive and titles before a name ("Arizona's John McCain", "Iowa's Sen. X"), else {@code j}. */
    static int pastPlace(SentenceView v, int j) {
        int k = j;
        while (isPlace(v, k)) {
            k++;
        }
        return k > j && v.isPossessive(k) ? v.afterRoles(k + 1) : j;
    }
}
