package org.newskg.extractor.criticism;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.nlp.Token;
import org.newskg.model.Relation;

/**
 * told-quote: "Michael Howard told Tony Blair: 'You have betrayed the people of this country'", "He told Mr Farage:
 * 'Don't tell lies, Nigel'", "Holt told Reid: 'You are a disgrace'": "tell" with a listener and a quotation that
 * accuses "you" of a wrongdoing (wrongdoing.txt) or calls "you" an insult (insults.txt), or forbids a wrongdoing
 * ("Don't tell lies"), the quotation before or after the verb ("'You're very rude,' Holt told Reid"). The critic is
 * the teller, the target the listener. A denied wrongdoing ("You have not lied") gives nothing.
 */
final class ToldQuote implements Sieve {

    /** What the parser may make a compound of the name after it: "Don't tell lies Nigel". */
    private static final Set<String> LIES = Set.of("lie", "lies", "falsehoods", "untruths");

    @Override
    public String name() {
        return "told-quote";
    }

    @Override
    public void apply(ParsedSentence p, Findings out) {
        for (int v = 0; v < p.d.size(); v++) {
            if (!p.lemma(v).equals("tell") || !p.d.token(v).pos().startsWith("VB") || out.settled(p, v)) {
                continue;
            }
            List<Integer> listeners = new ArrayList<>(p.d.children(v, "obj"));
            listeners.addAll(p.d.children(v, "iobj"));
            if (listeners.isEmpty()) {
                continue;
            }
            for (int c : p.d.children(v)) {
                String l = p.d.label(c);
                if ((l.equals("ccomp") || l.equals("parataxis") || l.equals("dep")) && quoted(p, v, c)
                        && accuses(p, c)) {
                    out.add(p, Relation.CRITICISED, v, p.subjects(v), listeners, name(), 0.7);
                    break;
                }
            }
        }
    }

    /**
     * For the parse gate: "tell" at {@code at} after a "you" with an insult or a wrongdoing within six words after it
     * ("'You're very rude,' Holt told Reid"); a quotation after "tell" the gate's other tests see.
     */
    static boolean accusedBefore(List<Token> ts, int at) {
        if (!CriticismRules.lemma(ts.get(at)).equals("tell")) {
            return false;
        }
        for (int k = 0; k < at; k++) {
            if (!ts.get(k).word().equalsIgnoreCase("you")) {
                continue;
            }
            for (int j = k + 1; j < Math.min(at, k + 7); j++) {
                if (Labelling.isInsultAt(ts, j) || SaidWrong.isWrongdoing(CriticismRules.lemma(ts.get(j)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the clause is inside a quotation the telling verb is outside of (the article's quotation spans). */
    private static boolean quoted(ParsedSentence p, int v, int c) {
        var discourse = p.persons.discourse();
        return discourse.insideQuote(p.d.token(c).begin()) && !discourse.insideQuote(p.d.token(v).begin());
    }

    /** "You have betrayed ...", "You are a disgrace", "Don't tell lies". */
    private static boolean accuses(ParsedSentence p, int c) {
        List<Integer> subjects = p.d.children(c, "nsubj");
        boolean you = subjects.size() == 1 && p.word(subjects.get(0)).equalsIgnoreCase("you");
        boolean negated = SaidLabel.negation(p, c);
        if (you && !negated) {
            return SaidWrong.wrongdoing(p, c) || p.d.hasChild(c, "cop") && Labelling.isInsult(p, c);
        }
        boolean imperative = subjects.isEmpty() && negated
                && p.d.children(c, "aux").stream().anyMatch(a -> p.lemma(a).equals("do"));
        return imperative && (SaidWrong.wrongdoing(p, c) || p.lemma(c).equals("tell") && p.d.children(c, "obj").stream()
                .anyMatch(o -> LIES.contains(p.word(o)) || p.d.children(o, "compound").stream().anyMatch(k -> LIES.contains(p.word(k)))));
    }
}
