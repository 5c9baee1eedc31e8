package org.newskg.extractor.membership;

import java.util.Set;

/**
 * Where a race sentence's subject is: the person whose verb is at a position (a name or he/she right before it,
 * past auxiliaries and adverbs: "X, who is seeking the Democratic nomination"), and where the sentence's subject
 * may start (past a dateline, a caption and titles).
 */
final class SentenceSubjects {

    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "could", "may", "might",
            "did", "does", "to", "be", "is", "was");

    private SentenceSubjects() {
    }

    /** The person whose verb is at {@code k}: a name (or he/she) right before it, past auxiliaries and adverbs. */
    static String subjectOf(Context c, int k) {
        SentenceView v = c.v;
        int b = k - 1;
        while (b >= 0 && (AUXILIARIES.contains(v.lower(b)) || v.pos(b).startsWith("RB"))) {
            b--;
        }
        if (b >= 1 && "who".equals(v.lower(b)) && ",".equals(v.word(b - 1))) {
            b -= 2; // "X, who is seeking the Democratic nomination"
        } else if (b >= 1 && ",".equals(v.word(b)) && "VBG".equals(v.pos(k)) && v.personAt[b - 1] != null) {
            b--; // "X, running against Y for the Democratic nomination,"
        } else if ("VBN".equals(v.pos(k)) && "NNS".equals(v.pos(b))) {
            b = oneOfThe(v, b); // "X, one of the candidates vanquished by Y in the Republican race,"
        }
        if (b >= 0 && v.personAt[b] != null) {
            return v.personAt[b].canonical();
        }
        if (b >= 0 && ("he".equals(v.lower(b)) || "she".equals(v.lower(b)))) {
            String name = c.persons.resolvePronoun(v.token(b).begin()).orElse(null);
            for (int i = 0; i < b; i++) {
                if (v.personStart[i] != null && v.personStart[i].canonical().equals(name)) {
                    return name; // "X painted a dire portrait as he accepted the Republican nomination"
                }
            }
        }
        return null;
    }

    /**
     * "X, one of the candidates", "X, one of the 16 rivals": the name before an apposition "one of the" + a plural noun
     * at {@code noun} (numbers or adjectives between); else -1.
     */
    private static int oneOfThe(SentenceView v, int noun) {
        int d = noun - 1;
        while (d > noun - 3 && d > 0 && (v.pos(d).equals("CD") || v.pos(d).startsWith("JJ"))) {
            d--;
        }
        boolean apposed = d >= 4 && "the".equalsIgnoreCase(v.word(d)) && "of".equals(v.word(d - 1))
                && "one".equalsIgnoreCase(v.word(d - 2)) && ",".equals(v.word(d - 3));
        return apposed ? d - 4 : -1;
    }

    /** Where the sentence's subject may start: past a dateline ("MIAMI —"), a caption ("Governor's race:") and titles ("Texas Sen."). */
    static int subjectStart(SentenceView v) {
        int k = 0;
        for (int i = 0; i < Math.min(6, v.size()); i++) {
            if (SentenceView.isDash(v.word(i)) && i > 0 && v.word(0).equals(v.word(0).toUpperCase(java.util.Locale.ROOT))
                    || ":".equals(v.word(i))) {
                k = i + 1;
                break;
            }
            if (v.person(i) != null || v.pos(i).startsWith("VB")) {
                break;
            }
        }
        while (k < v.size() && v.personStart[k] == null && v.isRoleAt(k)) {
            k++;
        }
        return k;
    }
}
