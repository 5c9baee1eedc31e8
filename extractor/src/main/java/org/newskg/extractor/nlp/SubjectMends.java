package org.newskg.extractor.nlp;

import static org.newskg.extractor.nlp.ParseArrays.FINITE;
import static org.newskg.extractor.nlp.ParseArrays.attach;
import static org.newskg.extractor.nlp.ParseArrays.caseWord;
import static org.newskg.extractor.nlp.ParseArrays.hasSubject;
import static org.newskg.extractor.nlp.ParseArrays.root;
import static org.newskg.extractor.nlp.ParseArrays.under;
import static org.newskg.extractor.nlp.ParseArrays.within;
import static org.newskg.extractor.nlp.ReportMends.REPORTING;

import java.util.List;
import java.util.Set;

/**
 * Mends of the parser's mistakes about a clause's subject: an opening participle or phrase taken for it ("Speaking at a
 * town hall event in Salem, New Hampshire, Trump went after Bush"), names after an opening phrase read as part of it, a
 * phrase "as ..." or a span of time read as the subject, and a subordinator ("before", "as", "with") read as a
 * preposition, which leaves its clause without a subject. Each mend rewrites the parse's heads and relations in place;
 * {@link SentenceParser} runs them in order.
 */
final class SubjectMends {

    private SubjectMends() {
    }

    /**
     * "..., with Senator Tom Holt telling reporters he viewed Reid as responsible": the parser sometimes reads "with" and
     * the name as a phrase of the verb before ("responds to violence, with Holt") and the participle as a loose
     * dependent of the name. "with" + a person's name + a participle right after it is a clause of its own ("with a
     * speech criticising Reid" is not): the participle an adverbial clause, the name its subject, "with" its marker.
     * After a comma such a clause is the sentence's main verb's, wherever the parser hung it.
     */
    static void absoluteWithTakenForObject(List<Token> tokens, int[] heads, String[] rels) {
        int root = root(heads);
        for (int g = 1; g < heads.length; g++) {
            if (!tokens.get(g).pos().equals("VBG")) {
                continue;
            }
            int n = heads[g];
            if (n >= 0 && n < g && (rels[g].equals("dep") || rels[g].equals("acl")) && "PERSON".equals(tokens.get(n).ner())
                    && (rels[n].equals("obl") || rels[n].equals("nmod")) && heads[n] >= 0) {
                int with = child(tokens, heads, rels, n, "case", "with");
                boolean adjacent = true; // nothing between the name's phrase and the participle
                for (int k = n + 1; k < g; k++) {
                    adjacent &= under(heads, k, n);
                }
                if (with >= 0 && adjacent) {
                    attach(heads, rels, g, heads[n], "advcl");
                    attach(heads, rels, n, g, "nsubj");
                    attach(heads, rels, with, g, "mark");
                }
            }
            int with = child(tokens, heads, rels, g, "mark", "with");
            if (rels[g].equals("advcl") && with > 0 && tokens.get(with - 1).word().equals(",") && root >= 0 && root != g
                    && heads[g] != root) {
                heads[g] = root; // after a comma, the sentence's: not a clause inside "a debate over how ... responds"
            }
        }
    }

    /** The child of {@code head} with this label and word, or -1. */
    private static int child(List<Token> tokens, int[] heads, String[] rels, int head, String label, String word) {
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == head && rels[k].equals(label) && tokens.get(k).word().equalsIgnoreCase(word)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "X used his speech as Tory leader to launch an attack on Y", "used the debate as a chance to attack Y": the parser
     * reads "as" as a subordinator and the noun after it as the subject of the infinitive. An infinitive has no subject
     * of its own (but after "for"), so the noun is the phrase "as ..." of the verb above, and the infinitive that verb's
     * clause of purpose, whose subject is that verb's.
     */
    static void asPhraseTakenForSubject(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 3; v < heads.length; v++) {
            if (!tokens.get(v).pos().equals("VB")) {
                continue;
            }
            int to = -1;
            int subject = -1;
            int as = -1;
            for (int k = 0; k < v; k++) {
                if (heads[k] != v) {
                    continue;
                }
                String w = tokens.get(k).word();
                if (rels[k].equals("mark") && w.equals("to")) {
                    to = k;
                } else if (rels[k].equals("mark") && w.equalsIgnoreCase("as")) {
                    as = k;
                } else if (rels[k].equals("nsubj")) {
                    subject = k;
                }
            }
            int main = heads[v];
            for (int step = 0; main >= 0 && step < heads.length && !tokens.get(main).pos().startsWith("VB"); step++) {
                main = heads[main];
            }
            if (as < 0 || to < 0 || subject < 0 || !(as < subject && subject < to) || main < 0 || main > as
                    || !tokens.get(main).pos().startsWith("VB") || !tokens.get(subject).pos().startsWith("NN")) {
                continue;
            }
            attach(heads, rels, as, subject, "case");
            attach(heads, rels, subject, main, "obl");
            attach(heads, rels, v, main, "advcl");
        }
    }

    /** Words before "as" that make it part of a compound ("such as", "as well as", "so as", "as ... as"). */
    private static final java.util.Set<String> AS_COMPOUNDS = java.util.Set.of("such", "well", "so", "as");

    /**
     * "His comments come as the co-chairman of the party, Liam Fox, on Saturday called him ...": the parser reads "as"
     * as a preposition and the noun after it as a phrase of the verb, which is left with no subject. A finite past or
     * present verb with no subject, whose phrase "as ..." (a common noun) comes first of its dependents, is a clause "as"
     * opens, and the noun its subject (an adverbial clause of the verb above). Also when the parser hung both the phrase
     * and the verb, as a loose dependent, on the verb above ("The remarks came as the leader ..., Tom Reid, attacked
     * her record").
     */
    static void asClauseSubjectTakenForPhrase(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 3; v < heads.length; v++) {
            String tag = tokens.get(v).pos();
            if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) || heads[v] < 0 || heads[v] > v) {
                continue;
            }
            int phrase = -1;
            boolean subject = false;
            for (int k = 0; k < heads.length; k++) {
                if (heads[k] != v) {
                    continue;
                }
                subject |= rels[k].startsWith("nsubj") || rels[k].startsWith("csubj") || rels[k].equals("expl");
                if (phrase < 0 && k < v && rels[k].equals("obl")) {
                    phrase = k;
                }
            }
            if (phrase < 0 && rels[v].equals("dep")) { // "came as the leader ..., Tom Reid, attacked": both on "came"
                for (int k = heads[v] + 1; k < v; k++) {
                    if (heads[k] == heads[v] && rels[k].equals("obl") && within(k, v, heads, rels)) {
                        phrase = k;
                        break;
                    }
                }
            }
            if (subject || phrase < 2 || !tokens.get(phrase).pos().matches("NNS?")) {
                continue;
            }
            int as = -1;
            for (int k = 0; k < phrase; k++) {
                if (heads[k] == phrase && rels[k].equals("case") && tokens.get(k).word().equalsIgnoreCase("as")) {
                    as = k;
                }
            }
            if (as < 0 || AS_COMPOUNDS.contains(tokens.get(as - 1).word().toLowerCase(java.util.Locale.ROOT))) {
                continue; // not "such as", "as well as"
            }
            boolean first = true;
            for (int k = heads[v] + 1; k < as; k++) {
                first &= !under(k, v, heads) || rels[k].equals("punct");
            }
            if (!first) {
                continue;
            }
            attach(heads, rels, as, v, "mark");
            attach(heads, rels, phrase, v, "nsubj");
            if (rels[v].equals("ccomp") || rels[v].equals("dep")) {
                rels[v] = "advcl";
            }
        }
    }

    /** Nouns of a span of time: "two months after X filed a complaint". */
    private static final java.util.Set<String> SPANS = java.util.Set.of("second", "minute", "hour", "day", "week",
            "month", "year", "moment");
    /** The words that open a clause a span of time measures: "two months after", "days since". */
    private static final java.util.Set<String> SPAN_MARKS = java.util.Set.of("before", "after", "until", "till", "since");

    /**
     * "The announcement came two months after Rep. Maxine Odom filed a complaint accusing Vance": the parser makes the
     * span of time the subject of the clause after "after" (or "before") and hangs the clause's real subject on the span.
     * When a verb's subject is such a span with a noun opened by after/before/since/until between it and the verb,
     * that noun is the subject, the subordinator marks the clause and the span measures it.
     */
    static void measureTakenForSubject(List<Token> tokens, int[] heads, String[] rels) {
        for (int span = 0; span < heads.length; span++) {
            int v = heads[span];
            if (v <= span || !rels[span].equals("nsubj")
                    || !SPANS.contains(tokens.get(span).lemma().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (int n = span + 1; n < v; n++) {
                if (heads[n] != span || !rels[n].startsWith("nmod") || !tokens.get(n).pos().startsWith("NN")) {
                    continue;
                }
                int marker = caseWord(n, span + 1, SPAN_MARKS, heads, rels, tokens);
                if (marker < 0) {
                    continue;
                }
                attach(heads, rels, n, v, "nsubj");
                attach(heads, rels, marker, v, "mark");
                attach(heads, rels, span, v, "obl:npmod");
                break;
            }
        }
    }

    /** Words that open a clause of time, which the parser may take for a preposition before the clause's subject. */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("before", "after", "until", "till");

    /**
     * "The pair traded barbs for several minutes before the committee's deputy chair, Labor senator Owen Pritchard,
     * called a short adjournment": the parser sometimes reads "before" as a preposition of the first clause's verb, makes
     * the second clause's verb the root and the first clause its complement. When the root has a complement before it
     * (with no "that") and a subject and an object after it, and the complement has an adjunct opened by before/after/until whose noun
     * stands right before that subject's comma, read the first verb as the root, the second as its adverbial clause
     * opened by the subordinator, the adjunct's noun as its subject and the name after the comma as its apposition.
     */
    static void clauseAfterSubordinator(List<Token> tokens, int[] heads, String[] rels) {
        int root = root(heads);
        if (root < 0) {
            return;
        }
        int subject = -1;
        int complement = -1;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == root && rels[i].equals("nsubj") && i < root) {
                subject = i;
            }
            if (heads[i] == root && rels[i].equals("ccomp") && i < root) {
                complement = complement < 0 ? i : complement;
            }
        }
        boolean object = false;
        for (int i = root + 1; i < heads.length; i++) {
            object |= heads[i] == root && rels[i].equals("obj");
        }
        if (subject < 0 || complement < 0 || complement > subject || !object || REPORTING.contains(tokens.get(root).lemma())) {
            return; // "Reid will resign after the vote, his deputy, Tom Holt, said": a report, its verb with no object
        }
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == complement && rels[i].equals("mark")) {
                return; // "that ..." is a real complement
            }
        }
        int first = subject;
        for (int i = subject - 1; i >= 0 && i == first - 1; i--) {
            int up = i;
            for (int step = 0; step < 4 && up >= 0 && up != subject; step++) {
                up = heads[up];
            }
            first = up == subject ? i : first; // "Labor senator Owen Pritchard": the subject's words before it
        }
        if (first < 2 || !tokens.get(first - 1).word().equals(",")) {
            return;
        }
        for (int adjunct = complement + 1; adjunct < first - 1; adjunct++) {
            if (heads[adjunct] != complement || !rels[adjunct].startsWith("obl")) {
                continue;
            }
            int marker = caseWord(adjunct, complement + 1, SUBORDINATORS, heads, rels, tokens);
            boolean reaches = true;
            for (int k = adjunct + 1; k < first - 1; k++) {
                reaches &= !tokens.get(k).pos().startsWith("VB");
            }
            if (marker < 0 || !reaches) {
                continue;
            }
            attach(heads, rels, complement, -1, "root");
            attach(heads, rels, root, complement, "advcl");
            attach(heads, rels, marker, root, "mark");
            attach(heads, rels, adjunct, root, "nsubj");
            attach(heads, rels, subject, adjunct, "appos");
            return;
        }
    }

    /**
     * "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush": the parser sometimes makes the
     * opening participle the main verb's subject and the name after the comma an apposition inside the participle's
     * phrase (of the place before it). When the first word is a participle that is the subject of a finite verb, and a
     * person's name (PERSON proper nouns) stands right before that verb after a comma, the name is the subject and the
     * participle an adverbial clause.
     */
    static void participleTakenForSubject(List<Token> tokens, int[] heads, String[] rels) {
        int n = heads.length;
        if (n < 5 || !tokens.get(0).pos().equals("VBG") || !rels[0].equals("nsubj") || heads[0] < 2) {
            return;
        }
        int v = heads[0];
        if (!FINITE.contains(tokens.get(v).pos())) {
            return;
        }
        int start = v;
        while (start > 1 && tokens.get(start - 1).pos().startsWith("NNP") && "PERSON".equals(tokens.get(start - 1).ner())) {
            start--;
        }
        if (start == v || !tokens.get(start - 1).word().equals(",") || heads[v - 1] == v) {
            return;
        }
        attach(heads, rels, v - 1, v, "nsubj");
        for (int k = start; k < v - 1; k++) {
            attach(heads, rels, k, v - 1, "compound");
        }
        attach(heads, rels, 0, v, "advcl");
        attach(heads, rels, start - 1, v, "punct");
    }

    /**
     * "At a debate Tuesday night in Lafayette, Brandtner and Ashby-Kemp accused each other of lying", "Entering the
     * debate, Rubio and Christie faced increasing attacks from Bush and Kasich": the parser
     * sometimes reads the names after an opening prepositional phrase's comma as a list with the place before it, makes
     * the phrase's noun the root and the main verb a dependent of it. When the sentence opens with a preposition whose
     * noun is the root, no verb stands before the first comma, and only names (capitalised words, "and", commas) stand
     * between that comma and a finite verb with no subject of its own, read the verb as the root, the names as its subject
     * (joined by "and") and the opening phrase as its adjunct. The same when the sentence opens with a participle the
     * parser made the root (its phrase then an adverbial clause of the verb).
     */
    static void namesAfterOpening(List<Token> tokens, int[] heads, String[] rels) {
        int n = heads.length;
        if (n < 5) {
            return;
        }
        // "Entering the debate, Rubio and Christie faced attacks from Bush": an opening participle the parser made the
        // root, with the names after its comma as conjuncts of its object
        boolean participle = (tokens.get(0).pos().equals("VBG") || tokens.get(0).pos().equals("VBN")) && heads[0] < 0;
        if (!participle && (!tokens.get(0).pos().equals("IN") || heads[0] < 0 || heads[heads[0]] >= 0
                || !tokens.get(heads[0]).pos().startsWith("NN"))) {
            return;
        }
        int root = participle ? 0 : heads[0];
        int comma = 1;
        while (comma < n && !tokens.get(comma).word().equals(",")) {
            if (tokens.get(comma).pos().startsWith("VB") || tokens.get(comma).pos().equals("MD")) {
                return;
            }
            comma++;
        }
        int names = comma + 1; // past the last name
        while (names < n && (tokens.get(names).pos().startsWith("NNP") || tokens.get(names).word().equals("and"))) {
            names++;
        }
        int v = names;
        int close = -1; // "Rubio and Christie -- seeking breakout performances -- faced": past a dash parenthetical
        if (v < n && DASHES.contains(tokens.get(v).word())) {
            close = v + 1;
            while (close < n && close <= v + MAX_PARENTHETICAL && !DASHES.contains(tokens.get(close).word())) {
                close++;
            }
            if (close >= n || close > v + MAX_PARENTHETICAL) {
                return;
            }
            v = close + 1;
        }
        if (v >= n || names == comma + 1 || !FINITE.contains(tokens.get(v).pos()) || tokens.get(v).pos().equals("MD")
                || !tokens.get(names - 1).pos().startsWith("NNP") || !tokens.get(comma + 1).pos().startsWith("NNP")
                || heads[v] < 0 || hasSubject(v, heads, rels) || !under(v, root, heads)) {
            return;
        }
        heads[v] = -1;
        rels[v] = "root";
        heads[root] = v;
        rels[root] = participle ? "advcl" : "obl";
        heads[comma] = v;
        rels[comma] = "punct";
        int first = -1;
        int start = comma + 1;
        for (int k = comma + 1; k <= names; k++) {
            if (k < names && !tokens.get(k).word().equals("and")) {
                continue;
            }
            int head = k - 1; // the last word of the name that ends here
            for (int j = start; j < head; j++) {
                heads[j] = head;
                rels[j] = "compound";
            }
            if (first < 0) {
                first = head;
                heads[head] = v;
                rels[head] = "nsubj";
            } else {
                heads[head] = first;
                rels[head] = "conj";
                heads[start - 1] = head;
                rels[start - 1] = "cc";
            }
            start = k + 1;
        }
        for (int k = names; close >= 0 && k <= close; k++) {
            if (heads[k] < names || heads[k] > close) { // the parenthetical's top words: the first name's
                heads[k] = first;
                rels[k] = DASHES.contains(tokens.get(k).word()) ? "punct" : tokens.get(k).pos().startsWith("VB") ? "acl" : "appos";
            }
        }
        for (int k = v + 1; k < n; k++) {
            if (heads[k] == root || heads[k] >= comma && heads[k] < names) {
                heads[k] = v; // the full stop and whatever else after the verb hung on the opening or the names
            }
        }
    }

    /** Dashes that open and close a parenthetical: "Rubio and Christie -- seeking breakout performances -- faced". */
    private static final Set<String> DASHES = Set.of("--", "—", "–");
    /** How many words a dash parenthetical between a subject and its verb may hold. */
    private static final int MAX_PARENTHETICAL = 20;
}
