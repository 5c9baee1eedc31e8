package org.newskg.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The basic Universal Dependencies parse of one sentence, as plain data. Token positions are
 * indices into {@link Sentence#tokens()}; the root's head is -1.
 *
 * @param sentence the parsed sentence
 * @param heads    head position of each token (-1 for the root)
 * @param labels   relation of each token to its head ("nsubj", "obj", "obl:agent", ...)
 */
public record Dependencies(Sentence sentence, int[] heads, String[] labels) {

    public Dependencies {
        Objects.requireNonNull(sentence, "sentence");
        if (heads.length != sentence.tokens().size() || labels.length != heads.length) {
            throw new IllegalArgumentException("one head and label per token expected");
        }
        heads = heads.clone();
        labels = labels.clone();
    }

    public int size() {
        return heads.length;
    }

    public int head(int i) {
        return heads[i];
    }

    public String label(int i) {
        return labels[i];
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    /** The dependents of {@code i} whose relation starts with {@code prefix} ("nsubj" matches "nsubj:pass"). */
    public List<Integer> children(int i, String prefix) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < heads.length; j++) {
            if (heads[j] == i && labels[j].startsWith(prefix)) {
                out.add(j);
            }
        }
        return out;
    }

    /** All dependents of {@code i}. */
    public List<Integer> children(int i) {
        return children(i, "");
    }

    /** Whether {@code i} has a dependent with exactly this relation. */
    public boolean hasChild(int i, String label) {
        for (int j = 0; j < heads.length; j++) {
            if (heads[j] == i && labels[j].equals(label)) {
                return true;
            }
        }
        return false;
    }
}
