package org.newskg.extractor.membership;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.parties.Party;
import org.newskg.extractor.parties.PartyMention;

/**
 * A party's primary seen from outside its race: a poll of its primary voters names the primary's candidates ("33%
 * of Republican primary voters to Cruz's 20%"), and a primary challenger runs in the incumbent's party, whatever race
 * the article is about ("McCain must get past primary challenger Kelli Ward"). Used by {@link RaceSieves},
 * {@link RaceGroups} and {@link RaceRoles}.
 */
final class Primaries {

    /** Who a poll of a party's primary asks: "33% of Republican primary voters", "of likely Democratic caucus-goers". */
    private static final Set<String> VOTERS = Set.of("voters", "caucus-goers", "caucusgoers", "electorate");

    private Primaries() {
    }

    /**
     * A poll of one party's primary voters: "He received the backing of 33% of national Republican primary voters to
     * Cruz's 20%, followed by Rubio at 13% and Carson at 12%." The sentence's subject (a name, or he/she resolved),
     * "to X's N%" and each "followed by X at N%" are candidates in that primary. Only for "primary voters" (or caucus-goers):
     * "10 percent of Republican voters" may back the other party's nominee. Returns whether the sentence is such a poll.
     */
    static boolean pollShares(Context c, PartyMention p, int r) {
        SentenceView v = c.v;
        if (!(RaceWords.isPrimary(v.word(r)) || "caucus".equals(v.lower(r))) || !VOTERS.contains(v.lower(r + 1))
                || !shareBefore(v, p.first())) {
            return false;
        }
        Party party = c.party(p);
        int subject = SentenceSubjects.subjectStart(v);
        String first = null;
        if (subject < p.first() && v.personStart[subject] != null) {
            first = v.personStart[subject].canonical();
        } else if (subject < p.first() && ("He".equals(v.word(subject)) || "She".equals(v.word(subject)))) {
            first = c.persons.resolvePronoun(v.token(subject).begin()).orElse(null);
        }
        List<String> names = new ArrayList<>();
        if (first != null) {
            names.add(first);
        }
        for (int i = r + 2; i < v.size(); i++) {
            if ("to".equals(v.word(i)) && v.personStart[i + 1] != null && v.isPossessive(v.endOf(i + 1))
                    && share(v, v.endOf(i + 1) + 1)) {
                names.add(v.personStart[i + 1].canonical()); // "to Cruz's 20%"
            }
            if ("followed".equals(v.word(i)) && "by".equals(v.word(i + 1))) {
                int k = i + 2;
                while (k < v.size()) {
                    k = NameLists.loose(v, k);
                    if (v.personStart[k] == null || !"at".equals(v.word(v.endOf(k))) || !share(v, v.endOf(k) + 1)) {
                        break;
                    }
                    names.add(v.personStart[k].canonical()); // "followed by Rubio at 13% and Carson at 12%"
                    k = v.endOf(k) + 1;
                    while (k < v.size() && !",".equals(v.word(k)) && !"and".equals(v.word(k))) {
                        k++;
                    }
                    while (k < v.size() && (",".equals(v.word(k)) || "and".equals(v.word(k)))) {
                        k++;
                    }
                }
            }
        }
        for (String name : names) {
            RaceSieves.add(c, name, party);
        }
        return true;
    }

    /** Whether a share of a poll ("33%", "52 percent") stands at {@code k}. */
    private static boolean share(SentenceView v, int k) {
        return "CD".equals(v.pos(k)) && ("%".equals(v.word(k + 1)) || "percent".equalsIgnoreCase(v.word(k + 1)))
                || v.word(k).matches("\\d+(\\.\\d+)?%");
    }

    /** Whether "N% of" (adjectives allowed: "national", "likely") stands right before the party at {@code first}. */
    private static boolean shareBefore(SentenceView v, int first) {
        int k = first - 1;
        while (k > 0 && v.pos(k).startsWith("JJ")) {
            k--;
        }
        if ("the".equals(v.lower(k))) {
            k--;
        }
        return "of".equals(v.word(k)) && k >= 2 && (share(v, k - 2) || share(v, k - 1));
    }

    /** Whether the rival word at {@code i} is a primary challenge ("primary challenger", "his primary opponent"). */
    static boolean challenge(SentenceView v, int i) {
        if (!RaceWords.RIVALS.contains(v.lower(i))) {
            return false;
        }
        for (int b = i - 1; b >= Math.max(0, i - 3); b--) {
            if ("primary".equals(v.lower(b))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The party of the one person a sentence names before a primary challenge at {@code i} (the incumbent
     * challenged), when the findings give them one; else null: "Sen. X must get past primary challenger Y".
     */
    static Party challenged(Context c, int i, String challenger) {
        SentenceView v = c.v;
        Set<String> before = new LinkedHashSet<>();
        for (int j = 0; j < i; j++) {
            if (v.personAt[j] != null && !v.personAt[j].canonical().equals(challenger)) {
                before.add(v.personAt[j].canonical());
            }
        }
        return before.size() == 1 ? c.partyOf(before.iterator().next()) : null;
    }
}
