package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extractor.nlp.Token;
import org.newskg.model.Relation;

/**
 * noun-label: "Hain's description of him as an 'attack mongrel'", "rejected Reid's characterisation of Holt as a liar",
 * "Holt's dismissal of Reid as a lightweight": a noun of labelling owned by the critic, "of" the target, then "as" and an
 * insult (insults.txt) right after the target's phrase. The parser hangs the "as" phrase on the verb above as often as
 * on the noun, so the insult is read from the words after the target.
 */
final class NounLabel implements Sieve {

    /** Nouns (lemmas) of labelling someone as something. */
    private static final Set<String> LABELLINGS = Set.of("description", "characterisation", "characterization",
            "depiction", "portrayal", "labelling", "labeling", "branding", "dismissal");
    /** How many words after "as" the insult may start ("as an 'attack mongrel'": article, quotation mark, compound). */
    private static final int AS_WINDOW = 4;

    @Override
    public String name() {
        return "noun-label";
    }

    /** Whether a word is a noun of labelling someone ("description"), for the parse gate. */
    static boolean isLabelling(String lemma) {
        return LABELLINGS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        List<Token> ts = p.d.sentence().tokens();
        for (int n = 0; n < p.d.size(); n++) {
            if (!p.d.token(n).pos().startsWith("NN") || !LABELLINGS.contains(p.lemma(n)) || out.settled(p, n)) {
                continue;
            }
            List<Integer> critics = p.d.children(n, "nmod:poss");
            List<Integer> targets = new ArrayList<>();
            for (int t : p.withCase(n, "of")) {
                int end = lastOf(p, t);
                if (end + 1 < ts.size() && p.word(end + 1).equalsIgnoreCase("as")
                        && CriticismRules.anyAfter(ts, end + 1, AS_WINDOW, k -> Labelling.isInsultAt(ts, k))) {
                    targets.add(t);
                }
            }
            if (!critics.isEmpty() && !targets.isEmpty()) {
                out.add(p, Relation.CRITICISED, n, critics, targets, name(), 0.75);
            }
        }
    }

    /** The last token of the phrase {@code n} heads. */
    private static int lastOf(ParsedSentence p, int n) {
        int last = n;
        for (int k = n + 1; k < p.d.size() && p.dominates(n, k); k++) {
            last = k;
        }
        return last;
    }
}
