package org.newskg.extractor.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CoreNLP Semgrex pattern over our {@link Dependencies}, so that rules can keep sentence patterns as data
 * without CoreNLP types leaving this package. Lemmas are matched in lower case. Thread-safe.
 */
public final class DependencyPattern {

    private final SemgrexPattern pattern;

    private DependencyPattern(SemgrexPattern pattern) {
        this.pattern = pattern;
    }

    /** Compiles a Semgrex pattern; fails with the pattern in the message when it does not parse. */
    public static DependencyPattern compile(String semgrex) {
        try {
            return new DependencyPattern(SemgrexPattern.compile(semgrex));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad Semgrex pattern: " + semgrex + ": " + e.getMessage(), e);
        }
    }

    /** Every match: named node to token position in the sentence. */
    public List<Map<String, Integer>> matches(Dependencies d) {
        SemgrexMatcher m = pattern.matcher(graph(d));
        List<Map<String, Integer>> out = new ArrayList<>();
        while (m.find()) {
            Map<String, Integer> nodes = new HashMap<>();
            for (String name : m.getNodeNames()) {
                nodes.put(name, m.getNode(name).index() - 1);
            }
            out.add(nodes);
        }
        return out;
    }

    private static SemanticGraph graph(Dependencies d) {
        SemanticGraph g = new SemanticGraph();
        IndexedWord[] nodes = new IndexedWord[d.size()];
        for (int i = 0; i < nodes.length; i++) {
            Token t = d.token(i);
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma((t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT));
            l.setNER(t.ner());
            l.setIndex(i + 1);
            l.setSentIndex(0);
            nodes[i] = new IndexedWord(l);
            g.addVertex(nodes[i]);
        }
        for (int i = 0; i < nodes.length; i++) {
            int h = d.head(i);
            if (h < 0) {
                g.addRoot(nodes[i]);
            } else {
                g.addEdge(nodes[h], nodes[i], GrammaticalRelation.valueOf(Language.UniversalEnglish, d.label(i)), 1.0,
                        false);
            }
        }
        return g;
    }
}
