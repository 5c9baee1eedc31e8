package org.newskg.extractor.nlp;

import static org.newskg.extractor.nlp.ParseArrays.attach;
import static org.newskg.extractor.nlp.ParseArrays.caseWord;
import static org.newskg.extractor.nlp.ParseArrays.hasSubject;
import static org.newskg.extractor.nlp.ParseArrays.within;

import java.util.List;

/**
 * Mends of where the parser hung a word it otherwise read right: a participle on the date before it, a name under the
 * state in parentheses after it, a person's name in apposition to the wrong noun, a past-tense conjunct on the bare verb
 * of a modal. Each mend rewrites the parse's heads and relations in place; {@link SentenceParser} runs them in order.
 */
final class AttachmentMends {

    private AttachmentMends() {
    }

    /**
     * "filed a lawsuit in 2013 alleging that ...", "spoke on Tuesday, saying ...": the parser sometimes hangs a
     * participle on the date before it; a date does nothing, so the participle is the clause's adverbial, the verb's.
     */
    static void participleOnDate(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 1; v < heads.length; v++) {
            int date = heads[v];
            if (!tokens.get(v).pos().equals("VBG") || !rels[v].equals("acl") || date < 0 || date >= v
                    || !(tokens.get(date).pos().equals("CD") || "DATE".equals(tokens.get(date).ner()))
                    || !rels[date].startsWith("obl") || heads[date] < 0 || !tokens.get(heads[date]).pos().startsWith("VB")) {
                continue;
            }
            heads[v] = heads[date];
            rels[v] = "advcl";
        }
    }

    /**
     * "Sens. John McCain (Ariz.), Kelly Ayotte (N.H.) and Pat Toomey (Pa.) have denounced ...": the parser sometimes
     * makes a name a loose dependent of the state in parentheses after it, which then stands in the name's place. The
     * name takes the place back, the parenthesis hangs on it.
     */
    static void nameUnderParenthetical(List<Token> tokens, int[] heads, String[] rels) {
        for (int open = 1; open + 2 < heads.length; open++) {
            int name = open - 1;
            int inside = heads[name];
            if (!tokens.get(open).pos().equals("-LRB-") || !"PERSON".equals(tokens.get(name).ner())
                    || !rels[name].equals("dep") || inside <= open || inside > open + 3) {
                continue;
            }
            int close = -1;
            for (int k = open + 1; k <= Math.min(heads.length - 1, open + 4) && close < 0; k++) {
                close = tokens.get(k).pos().equals("-RRB-") ? k : -1;
            }
            if (close < 0 || inside >= close) {
                continue;
            }
            heads[name] = heads[inside];
            rels[name] = rels[inside];
            for (int k = 0; k < heads.length; k++) {
                if (heads[k] == inside && (k < open || k > close)) {
                    heads[k] = name; // what hung on the state (a coordinated name, "and") hangs on the name
                }
            }
            heads[inside] = name;
            rels[inside] = "appos";
        }
    }

    /**
     * "X was attacked by the Liberal Democrat leader, Owain Lloyd, over ...", "She went on to accuse the chancellor, Simon
     * Threlkeld, of ...": the parser hangs the name after the comma on the verb (as its object or a loose dependent)
     * instead of on the noun of "by ..." or the object before it, whose appositive it is (so the role noun, resolved
     * by itself, took someone else). A person's name (NER) right after such a noun and a comma, on the same verb, is
     * read as that noun's appositive.
     */
    static void appositiveTakenForObject(List<Token> tokens, int[] heads, String[] rels) {
        for (int n = 1; n + 2 < heads.length; n++) {
            int v = heads[n];
            boolean byPhrase = rels[n].startsWith("obl") && caseWord(n, 0, java.util.Set.of("by"), heads, rels, tokens) >= 0;
            if (v < 0 || !(byPhrase || rels[n].equals("obj")) || !tokens.get(n + 1).word().equals(",")
                    || !tokens.get(n).pos().startsWith("NN")) {
                continue;
            }
            int k = n + 2;
            while (k + 1 < heads.length && heads[k] > k && rels[k].equals("compound")) {
                k++;
            }
            if (heads[k] == v && (rels[k].equals("obj") || rels[k].equals("dep")) && tokens.get(k).ner().equals("PERSON")
                    && tokens.get(n + 2).ner().equals("PERSON")) {
                attach(heads, rels, k, n, "appos");
            }
        }
    }

    /**
     * "Eisenhower and his future secretary of State, John Foster Dulles, criticized ...": the parser hangs the name
     * after the comma on the first conjunct ("Eisenhower"), whose appositive it cannot be across the second. A person's
     * name (a proper noun whose first word NER tags PERSON: it may take "Dulles" for a place) in apposition to a noun,
     * right after a common noun conjoined to that noun (and that conjunct's own words, then a comma), is read as the
     * conjunct's appositive.
     */
    static void appositiveOfConjunct(List<Token> tokens, int[] heads, String[] rels) {
        for (int a = 2; a < heads.length; a++) {
            int first = heads[a];
            if (first < 0 || !rels[a].equals("appos") || !tokens.get(a).pos().equals("NNP")) {
                continue;
            }
            int start = a;
            while (start > 0 && heads[start - 1] == a && rels[start - 1].equals("compound")) {
                start--;
            }
            if (start < 2 || !tokens.get(start - 1).word().equals(",") || !tokens.get(start).ner().equals("PERSON")) {
                continue;
            }
            for (int c = first + 1; c < start - 1; c++) {
                if (heads[c] == first && rels[c].equals("conj") && tokens.get(c).pos().startsWith("NN")
                        && !tokens.get(c).pos().startsWith("NNP") && within(c, start - 1, heads, rels)) {
                    attach(heads, rels, a, c, "appos");
                    break;
                }
            }
        }
    }

    /**
     * "He maintained that Ryan should focus on the budget, and mocked him for losing": the parser joins a past-tense verb
     * after "and" to the bare verb of a modal in the complement before it ("should ... mocked" cannot be). When a verb
     * in the past tense, with no subject of its own, is the conjunct of a bare verb that has a modal, and that verb is
     * the complement of a verb in the past tense, the conjunct is that verb's.
     */
    static void pastTenseJoinedToModal(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 1; v < heads.length; v++) {
            int bare = heads[v];
            if (!rels[v].equals("conj") || !tokens.get(v).pos().equals("VBD") || bare < 0 || bare > v
                    || !tokens.get(bare).pos().equals("VB") || !rels[bare].equals("ccomp") || hasSubject(v, heads, rels)) {
                continue;
            }
            int main = heads[bare];
            boolean modal = false;
            for (int k = 0; k < bare; k++) {
                modal |= heads[k] == bare && tokens.get(k).pos().equals("MD");
            }
            if (modal && main >= 0 && main < bare && tokens.get(main).pos().equals("VBD")) {
                attach(heads, rels, v, main, "conj");
            }
        }
    }
}
