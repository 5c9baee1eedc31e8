package org.newskg.extractor.nlp;

import edu.stanford.nlp.classify.LogPrior;
import edu.stanford.nlp.classify.LogisticClassifier;
import edu.stanford.nlp.classify.LogisticClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * CoreNLP's L2-regularised logistic regression ({@link LogisticClassifierFactory}) behind plain types, so that code
 * outside this package fits a model without CoreNLP's classes.
 */
public final class LogisticRegression {

    private LogisticRegression() {
    }

    /** One labelled example: feature name to value, and whether it is a positive. */
    public record Example(Map<String, Double> features, boolean positive) {
    }

    /**
     * Feature to weight for the positive class, rounded to four decimals; with only one class among the examples
     * (a small fold), the smoothed log-odds as the weight of {@code "bias"} alone.
     */
    public static Map<String, Double> fit(List<Example> examples, double sigma) {
        RVFDataset<Boolean, String> set = new RVFDataset<>();
        int yes = 0;
        for (Example e : examples) {
            Counter<String> c = new ClassicCounter<>();
            new TreeMap<>(e.features()).forEach(c::setCount);
            set.add(new RVFDatum<>(c, e.positive()));
            yes += e.positive() ? 1 : 0;
        }
        if (set.labelIndex().size() < 2) {
            double bias = Math.log((yes + 0.5) / (set.size() - yes + 0.5));
            return new TreeMap<>(Map.of("bias", Math.round(bias * 10000) / 10000.0));
        }
        LogisticClassifier<Boolean, String> lc = new LogisticClassifierFactory<Boolean, String>()
                .trainClassifier(set, 0.0, 1e-6, new LogPrior(LogPrior.LogPriorType.QUADRATIC, sigma, 1.0));
        double sign = Boolean.TRUE.equals(lc.getLabelForInternalPositiveClass()) ? 1 : -1;
        Map<String, Double> w = new TreeMap<>();
        Counter<String> c = lc.weightsAsCounter();
        for (String f : new TreeSet<>(c.keySet())) {
            w.put(f, Math.round(sign * c.getCount(f) * 10000) / 10000.0);
        }
        return w;
    }
}
