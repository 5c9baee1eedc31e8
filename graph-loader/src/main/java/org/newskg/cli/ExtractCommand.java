package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.ParallelExtraction;
import org.newskg.model.ArticleSources;
import org.newskg.model.InputProblem;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg extract}: articles to triples, without a database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract evidence-backed triples from articles (.txt, .csv, .jsonl or directories of them).")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the triples (default: standard output).")
    Path output;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|jsonl",
            description = "Output format: csv (RFC 4180 with a header) or jsonl. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        TriplesFormat fmt;
        try {
            fmt = TriplesFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be csv or jsonl, not '" + format + "'");
        }
        var err = spec.commandLine().getErr();
        Extractor extractor = Extractor.create();
        List<InputProblem> problems = new ArrayList<>();
        int[] counts = new int[2];
        try (Writer w = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
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
            Set<Path> notInput = output == null ? Set.of() : Set.of(output);
            ArticleSources.read(paths, notInput, extraction, problem -> {
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
