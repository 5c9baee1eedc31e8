package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.newskg.evaluate.DevSplit;
import org.newskg.evaluate.GoldReader;
import org.newskg.evaluate.GoldRow;
import org.newskg.evaluate.NameKeys;
import org.newskg.extractor.membership.ContextModel;
import org.newskg.extractor.membership.MembershipRules;
import org.newskg.extractor.nlp.Analyzer;
import org.newskg.extractor.nlp.Doc;
import org.newskg.extractor.nlp.LogisticRegression;
import org.newskg.extractor.persons.PersonIndex;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * Trains the weights of {@code member.context-model} (extractor's membership/context-model.tsv): runs every earlier
 * membership sieve on the tuning part of the development set, labels the pairs they left open from the gold (a
 * required MEMBER_OF row: yes; an optional one: left out; anything else: no), chooses the L2 prior and the decision
 * threshold by leave-one-article-out cross-validation on that part (the best recall of the whole MEMBER_OF
 * predicate at a precision of at least {@link #TARGET_PRECISION}), and fits CoreNLP's logistic regression on all of
 * it. The same gold and articles give the same file.
 */
final class MembershipModelTrainer {

    static final double TARGET_PRECISION = 0.93;
    static final double[] SIGMAS = {0.25, 0.5, 1, 2, 4};

    /** One article's open pairs with their labels (1 yes, 0 no, -1 optional), and the earlier sieves' score. */
    record ArticleData(String id, List<ContextModel.Candidate> candidates, int[] labels, int earlierRight,
            int earlierWrong, List<ContextModel.Candidate> wide, int[] wideLabels) {
    }

    /** Precision and recall of the whole predicate on the tuning part, with the model's choices added. */
    record Figures(double sigma, boolean wide, double threshold, int right, int wrong, int required) {
        double precision() {
            return right + wrong == 0 ? 1 : right / (double) (right + wrong);
        }

        double recall() {
            return required == 0 ? 0 : right / (double) required;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, sigma %.2f, threshold %.2f: P %.3f R %.3f (%d right, %d wrong,"
                    + " %d required)", wide ? "wide" : "narrow", sigma, threshold, precision(), recall(), right, wrong,
                    required);
        }
    }

    private final Consumer<String> log;
    int required;
    boolean verbose;

    MembershipModelTrainer(Consumer<String> log) {
        this.log = log;
    }

    /** The labelled open pairs of every tuning article with gold whose text is in one of {@code corpora} ({@code id}.txt). */
    List<ArticleData> data(Path gold, List<Path> corpora, int limit) throws IOException {
        List<GoldRow> rows = DevSplit.TUNING.select(GoldReader.read(List.of(gold), p -> log.accept(p.toString())))
                .stream().filter(r -> r.predicate() == Relation.MEMBER_OF).toList();
        TreeSet<String> ids = new TreeSet<>();
        GoldReader.files(List.of(gold)).forEach(f -> {
            String id = f.getFileName().toString().replaceFirst("\\.gold\\.csv$", "").replaceFirst("\\.csv$", "");
            if (DevSplit.TUNING.contains(id) && text(corpora, id) != null) {
                ids.add(id);
            }
        });
        Analyzer analyzer = Analyzer.load();
        MembershipRules earlier = MembershipRules.withoutContextModel();
        List<ArticleData> out = new ArrayList<>();
        required = 0;
        for (String id : ids) {
            if (out.size() >= limit) {
                break;
            }
            Map<String, Boolean> gold0 = new LinkedHashMap<>();
            for (GoldRow r : rows) {
                if (r.articleId().equals(id)) {
                    gold0.put(NameKeys.person(r.subject()) + "|" + NameKeys.party(r.object()), r.required());
                    required += r.required() ? 1 : 0;
                }
            }
            String text = Files.readString(text(corpora, id));
            Doc doc = analyzer.analyse(id, text);
            PersonIndex persons = PersonIndex.of(doc);
            int right = 0;
            int wrong = 0;
            for (Triple t : earlier.extract(doc, persons)) {
                if (t.predicate() != Relation.MEMBER_OF || t.confidence() < 0.5) {
                    continue;
                }
                Boolean g = gold0.get(NameKeys.person(t.subject()) + "|" + NameKeys.party(t.object()));
                right += Boolean.TRUE.equals(g) ? 1 : 0;
                wrong += g == null ? 1 : 0;
            }
            List<ContextModel.Candidate> cs = earlier.contextCandidates(doc, persons);
            List<ContextModel.Candidate> wide = earlier.contextCandidates(doc, persons, true);
            out.add(new ArticleData(id, cs, labels(cs, gold0), right, wrong, wide, labels(wide, gold0)));
        }
        return out;
    }

    /** The file ID.txt in the first of these directories that holds one, or null. */
    private static Path text(List<Path> corpora, String id) {
        for (Path dir : corpora) {
            if (Files.isRegularFile(dir.resolve(id + ".txt"))) {
                return dir.resolve(id + ".txt");
            }
        }
        return null;
    }

    private static int[] labels(List<ContextModel.Candidate> cs, Map<String, Boolean> gold) {
        int[] labels = new int[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            Boolean g = gold.get(NameKeys.person(cs.get(i).person()) + "|" + NameKeys.party(cs.get(i).party().canonical()));
            labels[i] = g == null ? 0 : g ? 1 : -1;
        }
        return labels;
    }

    /** CoreNLP's L2-regularised logistic regression on the labelled pairs: feature -> weight (class "yes"). */
    static Map<String, Double> train(List<ArticleData> data, double sigma, boolean wide) {
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (ArticleData a : data) {
            List<ContextModel.Candidate> cs = wide ? a.wide() : a.candidates();
            int[] labels = wide ? a.wideLabels() : a.labels();
            for (int i = 0; i < cs.size(); i++) {
                if (labels[i] >= 0) {
                    examples.add(new LogisticRegression.Example(cs.get(i).features(), labels[i] == 1));
                }
            }
        }
        return LogisticRegression.fit(examples, sigma);
    }

    /** The whole predicate's figures on these articles when the model decides with these weights and threshold. */
    Figures figures(List<ArticleData> data, List<Map<String, Double>> weights, double sigma, boolean wide,
            double threshold) {
        int right = 0;
        int wrong = 0;
        for (int k = 0; k < data.size(); k++) {
            ArticleData a = data.get(k);
            right += a.earlierRight();
            wrong += a.earlierWrong();
            for (ContextModel.Candidate c : ContextModel.decide(a.candidates(), weights.get(k), threshold)) {
                int i = a.candidates().indexOf(c);
                right += a.labels()[i] == 1 ? 1 : 0;
                wrong += a.labels()[i] == 0 ? 1 : 0;
            }
        }
        return new Figures(sigma, wide, threshold, right, wrong, required);
    }

    /** Leave-one-article-out: for each article, the weights trained on all the others. */
    static List<Map<String, Double>> folds(List<ArticleData> data, double sigma, boolean wide) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int k = 0; k < data.size(); k++) {
            List<ArticleData> rest = new ArrayList<>(data);
            rest.remove(k);
            out.add(train(rest, sigma, wide));
        }
        return out;
    }

    /**
     * The cross-validated choice: the best recall at the target precision; among equal recalls the fewest wrong pairs,
     * then the first tried (pairs open after every other sieve before those open after the first pass, smaller sigma,
     * higher threshold).
     */
    Figures choose(List<ArticleData> data) {
        Figures best = null;
        for (boolean wide : new boolean[] {false, true}) {
            for (double sigma : SIGMAS) {
                List<Map<String, Double>> w = folds(data, sigma, wide);
                Figures bestHere = null;
                for (int t = 30; t <= 95; t++) {
                    Figures f = figures(data, w, sigma, wide, t / 100.0);
                    if (f.precision() >= TARGET_PRECISION && (bestHere == null || f.right() >= bestHere.right())) {
                        bestHere = f;
                    }
                }
                log.accept("cross-validated: " + (bestHere == null ? (wide ? "wide" : "narrow") + ", sigma " + sigma
                        + ": target precision never reached" : bestHere));
                if (bestHere != null && (best == null || bestHere.right() > best.right()
                        || bestHere.right() == best.right() && bestHere.wrong() < best.wrong())) {
                    best = bestHere;
                }
            }
        }
        return best;
    }

    /** The weights file: the threshold, then one feature a line with its weight, largest weight first. */
    static String file(Map<String, Double> weights, Figures chosen, int articles, int pairs) {
        StringBuilder sb = new StringBuilder();
        sb.append("# member.context-model: weights of a logistic regression over the features of ContextModel, and the\n");
        sb.append("# decision threshold. Written by `kg train-membership` (docs/design.md); do not edit by hand.\n");
        sb.append(String.format(Locale.ROOT, "# Trained on the tuning part of the development set: %d articles, %d labelled"
                + " pairs (%s); L2 prior sigma %.2f.%n", articles, pairs, chosen.wide()
                ? "open after the first pass" : "open after every other sieve", chosen.sigma()));
        sb.append(String.format(Locale.ROOT, "# Leave-one-article-out on that part, whole MEMBER_OF: precision %.3f,"
                + " recall %.3f.%n", chosen.precision(), chosen.recall()));
        sb.append(String.format(Locale.ROOT, "@threshold\t%.2f%n", chosen.threshold()));
        weights.entrySet().stream().filter(e -> e.getValue() != 0)
                .sorted(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .forEach(e -> sb.append(e.getKey()).append('\t')
                        .append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n'));
        return sb.toString();
    }

    /** Everything: data, cross-validation, the final fit; returns the weights file's text. */
    String run(Path gold, List<Path> corpora, int limit) throws IOException {
        List<ArticleData> data = data(gold, corpora, limit);
        int[] pairs = new int[4];
        for (ArticleData a : data) {
            for (int l : a.labels()) {
                pairs[0] += l >= 0 ? 1 : 0;
                pairs[1] += l == 1 ? 1 : 0;
            }
            for (int l : a.wideLabels()) {
                pairs[2] += l >= 0 ? 1 : 0;
                pairs[3] += l == 1 ? 1 : 0;
            }
        }
        log.accept(String.format(Locale.ROOT, "%d tuning articles, %d required rows; open pairs labelled: %d (%d yes)"
                + " after every other sieve, %d (%d yes) after the first pass", data.size(), required, pairs[0], pairs[1],
                pairs[2], pairs[3]));
        Figures chosen = choose(data);
        if (chosen == null) {
            throw new IllegalStateException("no prior and threshold reach precision " + TARGET_PRECISION);
        }
        log.accept("chosen: " + chosen);
        if (verbose) {
            List<Map<String, Double>> w = folds(data, chosen.sigma(), chosen.wide());
            for (int t = 30; t <= 95; t += 5) {
                log.accept("  threshold sweep: " + figures(data, w, chosen.sigma(), chosen.wide(), t / 100.0));
            }
            for (int k = 0; k < data.size(); k++) {
                ArticleData a = data.get(k);
                List<ContextModel.Candidate> chosenHere = ContextModel.decide(a.candidates(), w.get(k), chosen.threshold());
                for (int i = 0; i < a.candidates().size(); i++) {
                    ContextModel.Candidate c = a.candidates().get(i);
                    boolean fired = chosenHere.contains(c);
                    if (fired && a.labels()[i] != 1 || !fired && a.labels()[i] == 1) {
                        log.accept(String.format(Locale.ROOT, "  %s %s %s > %s p=%.2f %s", a.id(),
                                fired ? (a.labels()[i] == 0 ? "WRONG" : "optional") : "MISSED", c.person(),
                                c.party().canonical(), ContextModel.probability(w.get(k), c.features()), c.features().keySet()));
                    }
                }
            }
        }
        Map<String, Double> weights = train(data, chosen.sigma(), chosen.wide());
        List<Map<String, Double>> same = new ArrayList<>();
        data.forEach(a -> same.add(weights));
        log.accept("trained on all of it, scored on the same: "
                + figures(data, same, chosen.sigma(), chosen.wide(), chosen.threshold()));
        return file(weights, chosen, data.size(), chosen.wide() ? pairs[2] : pairs[0]);
    }
}
