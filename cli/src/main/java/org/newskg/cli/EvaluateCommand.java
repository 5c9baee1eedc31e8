package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.evaluate.Evaluation;
import org.newskg.evaluate.DevSplit;
import org.newskg.evaluate.EvaluationFormat;
import org.newskg.evaluate.GoldReader;
import org.newskg.evaluate.GoldRow;
import org.newskg.evaluate.Scorer;
import org.newskg.model.Triple;
import org.newskg.model.TriplesReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg evaluate}: precision, recall and F1 of a triples file against gold files. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score extracted triples against gold annotations: precision, recall and F1 per predicate"
                + " (MEMBER_OF, SAID, CRITICISED) and micro-averaged over the three.",
            "Scoring rules: evaluation/SCORING.md; ACCURACY.md explains the columns."})
final class EvaluateCommand extends KgCommand {

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "G",
            description = "Gold files (article_id,subject,predicate,object,status) or directories of .csv gold files.")
    List<Path> gold;

    @Parameters(arity = "0..*", paramLabel = "TRIPLES", description = {"Triples files (.csv or .jsonl) to score.",
        "--gold takes several values, so in '--gold G1 G2 T' the last one, T, is the triples file."})
    List<Path> triples = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Also list, per article, missed gold rows, false positives"
            + " and neutral predictions.")
    boolean verbose;

    @Option(names = "--min-confidence", defaultValue = "0.5", paramLabel = "X",
            description = "Ignore triples with a confidence under X. Default: ${DEFAULT-VALUE}.")
    double minConfidence;

    @Option(names = "--part", defaultValue = "all", paramLabel = "all|tuning|checking",
            description = {"Score only the gold articles of one part of the fixed development split: the checking part"
                + " holds the articles whose id's SHA-256 starts with a byte divisible by 3 (about a third), the"
                + " tuning part the rest. Default: ${DEFAULT-VALUE}."})
    String part;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format. Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() throws IOException {
        EvaluationFormat fmt;
        try {
            fmt = EvaluationFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be table, csv or json, not '" + format + "'");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UsageException("--min-confidence must be in [0,1], not " + minConfidence);
        }
        DevSplit split;
        try {
            split = DevSplit.parse(part);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--part must be all, tuning or checking, not '" + part + "'");
        }
        if (triples.isEmpty() && gold.size() > 1) {
            triples = List.of(gold.get(gold.size() - 1));
            gold = gold.subList(0, gold.size() - 1);
        }
        if (triples.isEmpty()) {
            throw new UsageException("no triples file given; usage: kg evaluate --gold G.csv... TRIPLES.csv");
        }
        Problems problems = problems();
        List<GoldRow> goldRows;
        try {
            goldRows = GoldReader.read(gold, problems);
        } catch (NoSuchFileException e) {
            throw new UsageException("gold file or directory not found: " + e.getFile()
                    + " (give --gold the gold .csv files or the directory holding them)");
        }
        if (goldRows.isEmpty()) {
            throw new UsageException("no gold rows in " + gold + "; nothing to score against");
        }
        goldRows = split.select(goldRows);
        if (goldRows.isEmpty()) {
            throw new UsageException("no gold rows of the " + split + " part in " + gold + "; nothing to score against");
        }
        List<Triple> predicted = new ArrayList<>();
        for (Path file : triples) {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("triples file not found: " + file);
            }
            TriplesReader.read(file, predicted::add, problems);
        }
        Evaluation evaluation = Scorer.score(goldRows, predicted, minConfidence);
        out().print(fmt.render(evaluation, verbose));
        out().flush();
        err().printf("Evaluation (%s): %d articles with gold scored; ignored %d predictions of articles without gold and %d"
                + " under confidence %.2f%n", split == DevSplit.ALL ? "all articles" : split + " part", evaluation.articlesScored(), evaluation.ignoredNoGold(),
                evaluation.ignoredLowConfidence(), minConfidence);
        return problems.exitCode();
    }
}
