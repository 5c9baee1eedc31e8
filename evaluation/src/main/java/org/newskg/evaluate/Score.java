package org.newskg.evaluate;

/**
 * The counts and figures of one predicate, or of all three (micro-averaged).
 *
 * <p>Precision counts predictions: {@code correct / (correct + falsePositives)}, neutral predictions
 * left out. Recall counts required gold rows: {@code found / required}. For MEMBER_OF and CRITICISED
 * the two are the same matches; for SAID they differ (several predicted quotes can cover one gold quote
 * and one predicted quote several gold quotes), and micro-averaging sums each side separately.
 * A ratio with a zero denominator is 0.
 *
 * @param label          the predicate, or "micro"
 * @param correct        predictions that are right (true positives for precision)
 * @param falsePositives predictions that are wrong
 * @param neutral        predictions matching only optional or speakerless gold rows
 * @param found          required gold rows found (true positives for recall)
 * @param required       required gold rows
 */
public record Score(String label, int correct, int falsePositives, int neutral, int found, int required) {

    public Score {
        if (correct < 0 || falsePositives < 0 || neutral < 0 || found < 0 || required < found) {
            throw new IllegalArgumentException("bad counts for " + label);
        }
    }

    public double precision() {
        return ratio(correct, correct + falsePositives);
    }

    public double recall() {
        return ratio(found, required);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score other, String newLabel) {
        return new Score(newLabel, correct + other.correct, falsePositives + other.falsePositives,
                neutral + other.neutral, found + other.found, required + other.required);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
