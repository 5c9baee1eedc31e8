package org.newskg.extractor.nlp;

import static org.newskg.extractor.nlp.ParseArrays.FINITE;
import static org.newskg.extractor.nlp.ParseArrays.attach;
import static org.newskg.extractor.nlp.ParseArrays.hasSubject;
import static org.newskg.extractor.nlp.ParseArrays.under;

import java.util.List;

/**
 * Mends of the parser's mistakes about a relative clause ("Holt, who said ...", "Alasdair MacAulay, who is no relation,
 * accused ..."): a relative pronoun read as an apposition, a clause hung on the wrong noun, the sentence's main verb
 * swallowed into the clause before it, a clause taken for the main verb's complement. Each mend rewrites the parse's
 * heads and relations in place; {@link SentenceParser} runs them in order.
 */
final class RelativeClauseMends {

    private RelativeClauseMends() {
    }

    /** The labels the parser gives a relative pronoun and its verb when it misses the relative clause. */
    private static final java.util.Set<String> LOOSE = java.util.Set.of("acl", "appos", "dep");

    /**
     * "from Gavin Threlfall of Reform UK, who lashed out at both Ms A and Mr B": the parser sometimes makes the
     * relative pronoun an apposition (or a loose dependent) of the name and the clause's finite verb a dependent of the
     * pronoun. Read as the relative clause it is: the verb an acl:relcl of the name, "who" its subject.
     */
    static void relativeWho(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 0; v < heads.length; v++) {
            int who = heads[v];
            if (who >= 0 && who < v && LOOSE.contains(rels[v]) && FINITE.contains(tokens.get(v).pos())
                    && LOOSE.contains(rels[who]) && tokens.get(who).pos().equals("WP") && heads[who] >= 0
                    && heads[who] < who && tokens.get(heads[who]).pos().startsWith("NN")) {
                heads[v] = heads[who];
                rels[v] = "acl:relcl";
                heads[who] = v;
                rels[who] = "nsubj";
            }
        }
    }

    /**
     * "drew a damning reaction from Ann Holt, who called Reid ...": the parser sometimes hangs a "who" clause right after
     * a name on the noun the name comes "from" or "by"; "who" is a person: the clause is the name's.
     */
    static void relativeOfNounBeforeName(List<Token> tokens, int[] heads, String[] rels) {
        for (int who = 2; who < heads.length; who++) {
            int name = who - 2;
            int v = heads[who];
            if (!tokens.get(who).word().equalsIgnoreCase("who") || !tokens.get(who - 1).word().equals(",")
                    || !rels[who].equals("nsubj") || v <= who || !rels[v].equals("acl:relcl")
                    || !"PERSON".equals(tokens.get(name).ner()) || heads[name] < 0 || heads[v] != heads[name]
                    || !rels[name].startsWith("nmod")) {
                continue;
            }
            for (int c = 0; c < name; c++) {
                String w = tokens.get(c).word().toLowerCase(java.util.Locale.ROOT);
                if (heads[c] == name && rels[c].equals("case") && (w.equals("from") || w.equals("by"))) {
                    heads[v] = name;
                    break;
                }
            }
        }
    }

    /**
     * "Nora Quill, a Democrat who considered running herself, faulted Vos for ...": the parser sometimes makes the
     * relative clause's own verb the subject of the sentence's main verb, "who" that verb's object, and the main verb the
     * relative clause. A finite verb is never a subject: when one right after who/that/which is the subject of a later
     * finite verb that follows a comma, is a relative clause of the noun before the pronoun and has the pronoun as its
     * object, read the pronoun as the subject of its own verb, that verb as the noun's relative clause, and the later verb
     * as a loose dependent of the noun, which {@link #verbAfterRelative} then reads as the main verb.
     */
    static void relativeVerbTakenForSubject(List<Token> tokens, int[] heads, String[] rels) {
        for (int s = 1; s < heads.length; s++) {
            int v = heads[s];
            int pronoun = s - 1;
            String word = tokens.get(pronoun).word().toLowerCase(java.util.Locale.ROOT);
            if (!rels[s].equals("nsubj") || !FINITE.contains(tokens.get(s).pos()) || v <= s
                    || !FINITE.contains(tokens.get(v).pos()) || !rels[v].equals("acl:relcl") || heads[v] < 0 || heads[v] >= pronoun
                    || !tokens.get(v - 1).word().equals(",") || heads[pronoun] != v || !rels[pronoun].equals("obj")
                    || !(word.equals("who") || word.equals("that") || word.equals("which"))) {
                continue;
            }
            attach(heads, rels, s, heads[v], "acl:relcl");
            attach(heads, rels, pronoun, s, "nsubj");
            rels[v] = "dep";
            return;
        }
    }

    /** The labels of a main verb the parser hung inside a relative clause before it. */
    private static final java.util.Set<String> SWALLOWED = java.util.Set.of("acl", "dep", "conj", "parataxis");

    /**
     * "Alasdair MacAulay, who is no relation, accused Kenneth Reid of ...", "Tom Reid and Ann Holt, whose parties have
     * clashed, then criticised each other", "Mr Reid, a former organiser who has represented Salford West since 2015,
     * hit back": the parser sometimes makes the name the root, the relative clause (or an apposition holding one) a loose
     * dependent of it and the sentence's main verb a dependent inside that clause. When the root is a noun with a
     * relative clause opened by who/whose/which (or an apposition) right after its comma, and a verb with no subject of
     * its own follows the clause's closing comma (an adverb between them allowed) inside the clause's subtree, read the
     * verb as the root and the noun as its subject, the relative clause an acl:relcl of the noun (as the parser may
     * already have it: "Siobhán Brady, who is no relation to the minister, condemned ...").
     */
    static void verbAfterRelative(List<Token> tokens, int[] heads, String[] rels) {
        int n = heads.length;
        int root = -1;
        for (int i = 0; i < n; i++) {
            if (heads[i] < 0) {
                root = i;
                break;
            }
        }
        if (root < 0 || !(tokens.get(root).pos().startsWith("NN") || tokens.get(root).pos().equals("PRP"))) {
            return;
        }
        for (int w = root + 2; w < n; w++) {
            String tag = tokens.get(w).pos();
            boolean relative = tag.equals("WP") || tag.equals("WP$") || tokens.get(w).word().equalsIgnoreCase("which");
            boolean afterApposition = relative && !tokens.get(w - 1).word().equals(",") && apposedBefore(w, root, heads, rels);
            if (!tokens.get(w - 1).word().equals(",") && !afterApposition || !relative && heads[w - 1] != root) {
                continue;
            }
            int clause = w; // the child of the root whose subtree holds the relative pronoun (or the apposition)
            while (clause >= 0 && heads[clause] != root) {
                clause = heads[clause];
            }
            boolean appositive = clause >= 0 && rels[clause].equals("appos") && heads[w - 1] == root;
            if (clause < 0 || !(relative || appositive)) {
                continue;
            }
            if (!appositive && !LOOSE.contains(rels[clause]) && !rels[clause].equals("acl:relcl")) {
                return;
            }
            for (int v = w + 2; v < n; v++) {
                int comma = tokens.get(v - 1).pos().startsWith("RB") ? v - 2 : v - 1;
                String vt = tokens.get(v).pos();
                if (!(vt.equals("VBD") || vt.equals("VBN") || vt.equals("VBZ")) || !SWALLOWED.contains(rels[v])
                        || comma <= w || !tokens.get(comma).word().equals(",") || !under(v, clause, heads)
                        || hasSubject(v, heads, rels)) {
                    continue;
                }
                heads[v] = -1;
                rels[v] = "root";
                heads[root] = v;
                rels[root] = "nsubj";
                rels[clause] = appositive ? "appos" : "acl:relcl";
                for (int k = v + 1; k < n; k++) {
                    if (heads[k] == root) {
                        heads[k] = v; // the full stop and whatever else came after the verb
                    }
                }
                return;
            }
        }
    }

    /**
     * "Linh Nguyen, a Labor MP from western Sydney who is no relation to X, mocked Y": whether the word before the
     * relative pronoun at {@code w} ends an apposition of the root that its comma opened.
     */
    private static boolean apposedBefore(int w, int root, int[] heads, String[] rels) {
        for (int a = root + 2; a < w; a++) {
            if (heads[a] == root && rels[a].equals("appos") && under(w - 1, a, heads)) {
                return true;
            }
        }
        return false;
    }

    /** The labels the parser gives a relative clause it took for another verb's complement or adjunct. */
    private static final java.util.Set<String> RELATIVE_MISREAD = java.util.Set.of("ccomp", "advcl", "dep");

    /**
     * "In a subtle jab at Ted Cruz, who has fought to repeal the law, Obama said ...": the parser sometimes reads the
     * relative clause after a name in an opening adjunct as the complement of the main verb after it, and hangs the
     * adjunct inside that clause ("In a jab at X, who opposes the law, Obama said": or makes the clause the root and the
     * main verb its parataxis). When a verb's subject is "who" right after a comma and a name, and the verb is the
     * complement, adverbial clause or loose dependent of a later verb (or the root, with such a verb after it) that has a
     * subject of its own after the clause, read the clause as a relative clause of the name, the later verb as the root,
     * and what the clause held before the name as that verb's.
     */
    static void relativeTakenForComplement(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 3; v < heads.length; v++) {
            int who = v - 1;
            while (who > 0 && heads[who] == v && !tokens.get(who).word().equalsIgnoreCase("who")) {
                who--; // "who has", "who in May had"
            }
            if (who < 2 || heads[who] != v || !rels[who].equals("nsubj") || !tokens.get(who).word().equalsIgnoreCase("who")
                    || !tokens.get(who - 1).word().equals(",") || !tokens.get(who - 2).pos().equals("NNP")
                    || !tokens.get(who - 2).ner().equals("PERSON")) {
                continue;
            }
            int main = heads[v] < 0 ? laterClause(v, heads, rels, tokens) : heads[v];
            if (main <= v || heads[v] >= 0 && !RELATIVE_MISREAD.contains(rels[v]) || !tokens.get(main).pos().startsWith("VB")
                    || !subjectBetween(v, main, heads, rels)) {
                continue;
            }
            int name = who - 2;
            int[] before = heads.clone();
            String[] labels = rels.clone();
            if (heads[v] < 0) { // "In a jab at X, who opposes the law, Obama said": the relative clause the root
                attach(heads, rels, main, -1, "root");
                for (int c = main + 1; c < heads.length; c++) {
                    if (heads[c] == v) {
                        heads[c] = main;
                    }
                }
            }
            for (int c = 0; c <= name; c++) {
                if (heads[c] == v) {
                    heads[c] = main; // "In a subtle jab at Ted Cruz": the main verb's adjunct
                }
            }
            if (under(name, v, heads)) { // the name is the clause's own: leave it
                System.arraycopy(before, 0, heads, 0, heads.length);
                System.arraycopy(labels, 0, rels, 0, rels.length);
                continue;
            }
            attach(heads, rels, v, name, "acl:relcl");
            return;
        }
    }

    /** The verb after a root's relative clause that has a subject of its own: the parser's parataxis or complement. */
    private static int laterClause(int v, int[] heads, String[] rels, List<Token> tokens) {
        for (int c = v + 1; c < heads.length; c++) {
            if (heads[c] == v && tokens.get(c).pos().startsWith("VB")
                    && (rels[c].equals("parataxis") || rels[c].equals("ccomp") || rels[c].equals("dep"))) {
                return c;
            }
        }
        return -1;
    }

    /** Whether {@code main} has a subject between {@code v} and itself. */
    private static boolean subjectBetween(int v, int main, int[] heads, String[] rels) {
        for (int c = v + 1; c < main; c++) {
            if (heads[c] == main && rels[c].startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }
}
