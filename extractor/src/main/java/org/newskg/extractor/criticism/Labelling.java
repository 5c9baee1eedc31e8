package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.WordLists;
import org.newskg.extractor.nlp.Sentence;
import org.newskg.extractor.nlp.Token;

/**
 * verb-label: "Holt called Reid a liar", "called his remarks reckless", "described Reid as a disgrace",
 * "labelled Reid's plan dangerous": a naming verb whose predicate is an insult (insults.txt). The critic is
 * the verb's subject, the target its object (or the owner of the words it names).
 */
final class Labelling implements Sieve {

    private static final Set<String> INSULTS = WordLists.words(Labelling.class, "insults.txt");

    /** Whether a sentence has an insult word: a naming verb is only worth parsing for with one. */
    static boolean hasInsult(Sentence s) {
        for (Token t : s.tokens()) {
            if (INSULTS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean isInsultWord(String word) {
        return INSULTS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String name() {
        return "verb-label";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int i = 0; i < p.d.size(); i++) {
            int v = i;
            CriticismRules.cues(p.d.token(i)).filter(c -> c.kind() == Cue.Kind.LABEL).findFirst().ifPresent(cue -> {
                if (out.settled(p, v)) {
                    return;
                }
                List<Integer> targets = new ArrayList<>();
                boolean insult = false;
                for (int c : p.d.children(v)) {
                    String l = p.d.label(c);
                    boolean predicate = l.equals("xcomp") || l.equals("dep")
                            || l.startsWith("obl") && p.withCase(v, "as").contains(c);
                    if (!predicate && !l.equals("obj") && !l.equals("iobj")) {
                        continue;
                    }
                    if (isInsult(p, c)) {
                        insult = true;
                        targets.addAll(p.d.children(c, "nsubj")); // "called [Reid a liar]", "called [his remarks reckless]"
                    } else if (l.equals("obj") || l.equals("iobj")) {
                        targets.add(c);
                        for (int cc : p.d.children(c)) {
                            insult |= p.d.label(cc).equals("dep") && isInsult(p, cc); // "the decision by Reid a disgrace"
                        }
                        for (int by : p.withCase(c, "by")) {
                            for (int cc : p.d.children(by)) {
                                insult |= p.d.label(cc).equals("dep") && isInsult(p, cc);
                            }
                        }
                    }
                }
                List<Integer> critics = p.subjects(v);
                if (!p.d.children(v, "nsubj:pass").isEmpty()) { // "Reid was called a liar by Holt"
                    targets.clear();
                    targets.addAll(p.d.children(v, "nsubj:pass"));
                    critics = p.agents(v);
                }
                if (insult) {
                    out.add(p, cue.relation(), v, critics, targets, name(), 0.75);
                }
            });
        }
    }

    /** "a liar", "reckless", "a dangerous man", "an embarrassment to the party". */
    static boolean isInsult(ParsedSentence p, int n) {
        if (INSULTS.contains(p.word(n)) || INSULTS.contains(p.lemma(n))) {
            return true;
        }
        for (int c : p.d.children(n, "amod")) {
            if (INSULTS.contains(p.word(c))) {
                return true;
            }
        }
        for (int c : p.d.children(n, "xcomp")) {
            if (INSULTS.contains(p.word(c)) || INSULTS.contains(p.lemma(c))) {
                return true;
            }
        }
        return false;
    }
}
