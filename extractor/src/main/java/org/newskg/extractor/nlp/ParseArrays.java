package org.newskg.extractor.nlp;

import java.util.List;

/**
 * A sentence's dependency parse as the parse mends read and rewrite it: {@code heads[i]} the index of token {@code i}'s
 * head (-1: the root), {@code rels[i]} its relation. What the mends ask of the two arrays (the root, whether a token lies
 * under another, whether a verb has a subject, a "case" word), the one way they move a token ({@link #attach}), and the
 * tags of a finite verb.
 */
final class ParseArrays {

    private ParseArrays() {
    }

    /** The tags of a finite verb (or a modal). */
    static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");

    /** Whether token {@code k} is in the phrase headed by {@code top}. */
    static boolean under(int[] heads, int k, int top) {
        for (int up = k; up >= 0; up = heads[up]) {
            if (up == top) {
                return true;
            }
        }
        return false;
    }

    /** Whether every token after {@code c} and before {@code end} hangs on {@code c} or is a punctuation mark. */
    static boolean within(int c, int end, int[] heads, String[] rels) {
        for (int k = c + 1; k < end; k++) {
            if (!under(k, c, heads) && !rels[k].equals("punct")) {
                return false;
            }
        }
        return true;
    }

    /** The last "case" dependent of {@code n} from {@code from} on, before it, whose word is one of {@code words}; -1. */
    static int caseWord(int n, int from, java.util.Set<String> words, int[] heads, String[] rels,
            List<Token> tokens) {
        int found = -1;
        for (int k = from; k < n; k++) {
            if (heads[k] == n && rels[k].equals("case")
                    && words.contains(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
                found = k;
            }
        }
        return found;
    }

    /** Makes {@code dep} a dependent of {@code head} (-1: the root) with relation {@code rel}. */
    static void attach(int[] heads, String[] rels, int dep, int head, String rel) {
        heads[dep] = head;
        rels[dep] = rel;
    }

    /** Whether token {@code i} lies in the subtree of {@code top}. */
    static boolean under(int i, int top, int[] heads) {
        for (int k = i, steps = 0; k >= 0 && steps <= heads.length; k = heads[k], steps++) {
            if (k == top) {
                return true;
            }
        }
        return false;
    }

    /** The (last) token with no head, the sentence's root; -1 if none. */
    static int root(int[] heads) {
        int root = -1;
        for (int i = 0; i < heads.length; i++) {
            root = heads[i] < 0 ? i : root;
        }
        return root;
    }

    static boolean hasSubject(int v, int[] heads, String[] rels) {
        for (int k = 0; k < heads.length; k++) {
            if (heads[k] == v && rels[k].startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }
}
