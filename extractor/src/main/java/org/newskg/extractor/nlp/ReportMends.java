package org.newskg.extractor.nlp;

import static org.newskg.extractor.nlp.ParseArrays.FINITE;
import static org.newskg.extractor.nlp.ParseArrays.attach;
import static org.newskg.extractor.nlp.ParseArrays.hasSubject;
import static org.newskg.extractor.nlp.ParseArrays.root;
import static org.newskg.extractor.nlp.ParseArrays.under;

import java.util.List;

/**
 * Mends of the parser's mistakes about a report, a verb of saying or telling and the clause it reports ("Holt said Reid
 * should be ashamed", "Hain told BBC Radio Four's Today programme that ..."): the parser makes the verb a subject, the
 * reported subject its object, the reported verb an open complement or a loose dependent, or hangs the clause on the
 * audience. Each mend rewrites the parse's heads and relations in place; {@link SentenceParser} runs them in order.
 */
final class ReportMends {

    private ReportMends() {
    }

    /** Verbs of saying whose object and infinitive-like complement the parser may make of a reported clause. */
    private static final java.util.Set<String> SAYS = java.util.Set.of("say", "claim", "insist", "argue", "suggest",
            "allege", "charge", "complain", "add", "warn", "contend", "declare", "maintain", "write", "tweet");
    /** Auxiliaries of a finite clause. */
    private static final java.util.Set<String> FINITE_AUX = java.util.Set.of("had", "has", "have", "was", "were", "is",
            "are", "would", "will", "could", "should", "did", "does", "might", "may", "must");

    /**
     * "Holt said Reid should be ashamed", "Holt warned Reid would be a disastrous president": the parser sometimes makes the
     * verb of saying the clausal subject (csubj) of the reported predicate, the reported subject its object. When a verb
     * of saying is the csubj of a predicate after it, with its object after it and a finite auxiliary or copula of the
     * predicate after that object, read the verb as the head (taking the predicate's place), the predicate as its
     * reported clause and the object as that clause's subject. Not "What Reid said was wrong": no object after the verb.
     */
    static void reportTakenForSubject(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 0; v < heads.length; v++) {
            int x = heads[v];
            if (!rels[v].equals("csubj") || x <= v || !tokens.get(v).pos().startsWith("VB")
                    || !SAYS.contains(tokens.get(v).lemma())) {
                continue;
            }
            for (int o = v + 1; o < x; o++) {
                if (heads[o] != v || !rels[o].equals("obj")) {
                    continue;
                }
                if (!finiteAux(tokens, heads, rels, x, o + 1, x, true)) {
                    continue;
                }
                heads[v] = heads[x];
                rels[v] = rels[x];
                for (int k = 0; k < heads.length; k++) {
                    if (heads[k] == x && k < v) {
                        heads[k] = v; // what came before the verb was the sentence's, not the report's
                    }
                    if (heads[k] == x && rels[k].equals("punct") && k == heads.length - 1) {
                        heads[k] = v;
                    }
                }
                reportWithSubject(heads, rels, v, x, o);
                break;
            }
        }
    }

    /**
     * "Holt, who said Mr Reid had let down the activists": the parser sometimes reads the reported clause's subject as the
     * verb of saying's object and its verb as the verb's open complement (as in "saw Reid leave"). When a verb of saying
     * has an object followed by an xcomp (or a loose dependent) that has a finite auxiliary of its own after that
     * object, read the xcomp as the reported clause (ccomp) and the object as its subject.
     */
    static void reportedSubjectTakenForObject(List<Token> tokens, int[] heads, String[] rels) {
        for (int v = 0; v < heads.length; v++) {
            if (!tokens.get(v).pos().startsWith("VB") || !SAYS.contains(tokens.get(v).lemma())) {
                continue;
            }
            for (int x = v + 1; x < heads.length; x++) {
                if (heads[x] != v || !(rels[x].equals("xcomp") || rels[x].equals("dep"))) {
                    continue; // "who says Trump is/dep attacking him": the parser's loose dependent too
                }
                for (int o = v + 1; o < x; o++) {
                    if (heads[o] != v || !rels[o].equals("obj")) {
                        continue;
                    }
                    if (finiteAux(tokens, heads, rels, x, o + 1, x, false)) {
                        heads[o] = x;
                        rels[o] = "nsubj";
                        rels[x] = "ccomp";
                    }
                }
            }
        }
    }

    /** How the parser hangs a clause it could not place on the verb before it. */
    private static final java.util.Set<String> LOOSE_CLAUSES = java.util.Set.of("dep", "parataxis", "conj");

    /**
     * "Tom Reid, who says Jim Patel is attacking him because ..., spoke on Monday": the parser makes the reported verb
     * ("attacking") the sentence's root with the relative clause's head ("Reid") as its subject, the reported subject
     * ("Patel") the object of "says", and the real main verb ("spoke") a loose dependent of it. When a verb of saying in
     * a relative clause on the root's subject has an object followed by a finite auxiliary of the root, and a past or
     * present verb with no subject of its own hangs on the root after a comma, read the root as the report (ccomp of the
     * verb of saying, the object its subject) and that verb as the main clause, with the relative clause's head as its
     * subject.
     */
    static void relativeReportTakenForMainClause(List<Token> tokens, int[] heads, String[] rels) {
        int root = root(heads);
        if (root < 0) {
            return;
        }
        for (int x = 0; x < root; x++) {
            if (heads[x] != root || !rels[x].equals("nsubj")) {
                continue;
            }
            for (int v = x + 1; v < root; v++) {
                if (heads[v] != x || !rels[v].equals("acl:relcl") || !SAYS.contains(tokens.get(v).lemma())) {
                    continue;
                }
                int object = -1;
                for (int o = v + 1; o < root; o++) {
                    object = heads[o] == v && rels[o].equals("obj") ? o : object;
                }
                boolean aux = object >= 0 && finiteAux(tokens, heads, rels, root, object + 1, root, false);
                int main = -1;
                for (int m = root + 1; m < heads.length && main < 0; m++) {
                    String tag = tokens.get(m).pos();
                    if (heads[m] == root && LOOSE_CLAUSES.contains(rels[m]) && !hasSubject(m, heads, rels)
                            && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
                            && tokens.get(m - 1).word().equals(",")) {
                        main = m;
                    }
                }
                if (object < 0 || !aux || main < 0) {
                    continue;
                }
                attach(heads, rels, main, -1, "root");
                attach(heads, rels, x, main, "nsubj");
                attach(heads, rels, object, root, "nsubj");
                attach(heads, rels, root, v, "ccomp");
                attach(heads, rels, main - 1, main, "punct");
                for (int k = main + 1; k < heads.length; k++) {
                    if (heads[k] == root) {
                        heads[k] = main; // the full stop and whatever follows the main verb
                    }
                }
                return;
            }
        }
    }

    /**
     * "Holt and Reid clashed, each saying the other had misled voters": the parser makes "the other" the object of the
     * verb of saying (an acl of "each") and the reported verb a clause of its own with "each" as its subject. Read the
     * reported verb as the verb of saying's clause (ccomp) with "the other" as its subject, "each" left to the sentence.
     */
    static void otherTakenForObject(List<Token> tokens, int[] heads, String[] rels) {
        for (int e = 0; e < heads.length; e++) {
            int x = heads[e];
            if (!tokens.get(e).word().equalsIgnoreCase("each") || !rels[e].equals("nsubj") || x <= e) {
                continue;
            }
            for (int v = e + 1; v < x; v++) {
                boolean onEach = heads[v] == e && (rels[v].equals("acl") || rels[v].equals("conj"))
                        || rels[v].equals("conj") && heads[v] > e && heads[heads[v]] == e && rels[heads[v]].equals("acl");
                if (!onEach || !SAYS.contains(tokens.get(v).lemma())) {
                    continue; // "each saying the other ...", "each touting their record and saying the other ..."
                }
                for (int o = v + 1; o < x; o++) {
                    if (heads[o] == v && rels[o].equals("obj") && tokens.get(o).word().equalsIgnoreCase("other")
                            && o > 0 && tokens.get(o - 1).word().equalsIgnoreCase("the")) {
                        heads[e] = heads[x];
                        rels[e] = "dep";
                        reportWithSubject(heads, rels, v, x, o);
                        return;
                    }
                }
            }
        }
    }

    /**
     * "McCain telling reporters on Thursday he viewed Obama as responsible": the parser sometimes hangs a reported clause
     * that has no "that" on the verb of saying as a loose dependent or as parataxis. A finite verb with a subject of its
     * own, a dep or parataxis of a verb of saying after it with no punctuation between, is the verb's reported clause
     * (ccomp).
     */
    static void reportTakenForDep(List<Token> tokens, int[] heads, String[] rels) {
        for (int x = 0; x < heads.length; x++) {
            int v = heads[x];
            boolean loose = rels[x].equals("dep") || rels[x].equals("parataxis");
            if (v < 0 || v >= x || !loose || !FINITE.contains(tokens.get(x).pos()) || !tokens.get(v).pos().startsWith("VB")
                    || !(SAYS.contains(tokens.get(v).lemma()) || REPORTING.contains(tokens.get(v).lemma()))) {
                continue;
            }
            boolean subject = false;
            boolean punctuation = false;
            for (int k = v + 1; k < x; k++) {
                subject |= heads[k] == x && rels[k].equals("nsubj");
                punctuation |= tokens.get(k).pos().equals(",") || tokens.get(k).pos().equals(":")
                        || tokens.get(k).pos().equals("``") || tokens.get(k).pos().equals("''");
            }
            if (subject && !punctuation) {
                rels[x] = "ccomp";
            } else if (!subject && !punctuation && SAYS.contains(tokens.get(v).lemma())) {
                objectBeforeReport(tokens, heads, rels, v, x);
            }
        }
    }

    /**
     * "Hain told BBC Radio Four's Today programme that Mr Howard's stance was putting the country at risk": the parser
     * sometimes hangs the reported clause of a verb of telling on its audience, the object noun before "that" (a ccomp of a
     * noun, which Universal Dependencies never has: a noun's clause is an acl), or as a relative clause whose "that" holds a
     * role the clause fills already ("told Sky News's political editor that Reid had betrayed voters"). That clause is the
     * verb's (ccomp), and its "that" the clause's mark.
     */
    static void reportUnderAudience(List<Token> tokens, int[] heads, String[] rels) {
        for (int x = 0; x < heads.length; x++) {
            int n = heads[x];
            boolean relative = rels[x].equals("acl:relcl");
            if (n < 0 || n >= x || !rels[x].equals("ccomp") && !relative || !tokens.get(n).pos().startsWith("NN")
                    || !FINITE.contains(tokens.get(x).pos()) && !finiteAux(tokens, heads, rels, x, 0, x, true)) {
                continue;
            }
            int v = heads[n];
            if (v < 0 || v >= n || !rels[n].equals("obj") && !rels[n].equals("iobj") || !tokens.get(v).pos().startsWith("VB")
                    || !REPORTING.contains(tokens.get(v).lemma())) {
                continue;
            }
            int that = -1;
            for (int k = n + 1; k < x && that < 0; k++) {
                if ("that".equalsIgnoreCase(tokens.get(k).word()) && (heads[k] == x || heads[k] == n)) {
                    that = k;
                }
            }
            if (that < 0 || relative && !roleTaken(heads, rels, x, that)) {
                continue; // "told the story of how ...": no report of the verb's
            }
            rels[x] = "ccomp";
            heads[x] = v;
            heads[that] = x;
            rels[that] = "mark";
        }
    }

    /**
     * Whether the relative pronoun {@code that} holds a role of verb {@code x} (subject or object) that another of its
     * dependents holds too: "the editor that Reid had betrayed voters" is no relative clause.
     */
    private static boolean roleTaken(int[] heads, String[] rels, int x, int that) {
        for (int k = 0; k < heads.length; k++) {
            if (k != that && heads[k] == x && rels[k].equals(rels[that]) && (rels[k].equals("obj") || rels[k].equals("nsubj"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether verb {@code x} has a finite auxiliary of its own ("was putting", "had let") among tokens {@code from} to
     * {@code to} (exclusive); with {@code copula}, a finite copula counts too ("should be ashamed").
     */
    private static boolean finiteAux(List<Token> tokens, int[] heads, String[] rels, int x, int from, int to,
            boolean copula) {
        for (int a = Math.max(0, from); a < to; a++) {
            if (heads[a] == x && (rels[a].equals("aux") || copula && rels[a].equals("cop"))
                    && FINITE_AUX.contains(tokens.get(a).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Holt suggested Reid went too far": with no subject of its own, the loose finite verb's subject is the noun the
     * parser made the verb of saying's object, when that object's phrase ends right before the verb (a verb of saying
     * has no person for its object: "suggested Reid" is the start of the report). Not when a verb in the clause has a
     * conjunct verb, which may be the verb of saying's own.
     */
    private static void objectBeforeReport(List<Token> tokens, int[] heads, String[] rels, int v, int x) {
        for (int k = x + 1; k < heads.length; k++) {
            if (rels[k].equals("conj") && tokens.get(k).pos().startsWith("VB") && under(heads, k, x)) {
                return; // "claims her son was among the boys threatened ... and is calling for her to resign": whose?
            }
        }
        for (int o = v + 1; o < x; o++) {
            if (heads[o] != v || !rels[o].equals("obj") || !tokens.get(o).pos().startsWith("NN")) {
                continue;
            }
            for (int k = o + 1; k < x; k++) {
                if (!under(heads, k, o)) {
                    return; // something between the object's phrase and the verb
                }
            }
            reportWithSubject(heads, rels, v, x, o); // x hangs on v already
            return;
        }
    }

    /** The mended attachment: {@code x} the reported clause (ccomp) of the saying verb {@code v}, {@code o} its subject. */
    private static void reportWithSubject(int[] heads, String[] rels, int v, int x, int o) {
        heads[x] = v;
        rels[x] = "ccomp";
        heads[o] = x;
        rels[o] = "nsubj";
    }

    /** Verbs whose complement before them is what they report: "..., Tom Holt told reporters". */
    static final java.util.Set<String> REPORTING = java.util.Set.of("say", "tell", "add", "insist", "warn", "claim");
}
