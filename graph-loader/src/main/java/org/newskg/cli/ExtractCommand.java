package org.newskg.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.ParallelExtraction;
import org.newskg.model.ArticleSources;
import org.newskg.model.InputProblem;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg extract}: articles to triples, without a database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract evidence-backed triples from articles (.txt, .csv, .jsonl or directories of them).")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ExtractionOptions io;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        TriplesFormat fmt = io.triplesFormat();
        var err = spec.commandLine().getErr();
        Extractor extractor = Extractor.create();
        List<InputProblem> problems = new ArrayList<>();
        int[] counts = new int[2];
        try (Writer w = io.openOutput();
                TriplesWriter triples = new TriplesWriter(w, fmt);
                ParallelExtraction extraction = new ParallelExtraction(extractor, threadCount(), result -> {
                    if (result.failed()) {
                        problems.add(new InputProblem(result.article().origin(), result.error()));
                        err.println("kg extract: " + result.article().origin() + ": " + result.error());
                    } else {
                        counts[0]++;
                        counts[1] += result.triples().size();
                        triples.writeAll(result.triples());
                    }
                })) {
            ArticleSources.read(io.paths, io.notInput(), extraction, problem -> {
                problems.add(problem);
                err.println("kg extract: " + problem);
            });
            extraction.finish();
            triples.flush();
        }
        err.printf("Extraction %s: %,d articles, %,d triples, %,d problems%n",
                problems.isEmpty() ? "COMPLETED" : "COMPLETED WITH PROBLEMS", counts[0], counts[1], problems.size());
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    private int threadCount() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    }
}
