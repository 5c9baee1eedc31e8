package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.ParallelExtraction;
import org.newskg.loader.ArticleContribution;
import org.newskg.loader.GraphLoader;
import org.newskg.loader.LoadReport;
import org.newskg.loader.Neo4jTarget;
import org.newskg.model.ArticleSources;
import org.newskg.model.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg run}: the main job, articles to triples to Neo4j, streamed. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Extract triples from articles (.txt, .csv, .jsonl or directories of them) and load them"
                + " into Neo4j as they come.",
            "Safe to re-run: unchanged articles change nothing, a changed article replaces what it contributed."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + GraphLoader.DEFAULT_BATCH_SIZE,
            description = "Triples per transaction (a batch is also written after 10 s). Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (batchSize < 1) {
            throw new UsageException("--batch-size must be at least 1");
        }
        int[] problems = {0};
        long[] extracted = {0, 0};
        LoadReport report;
        // connect first: a wrong --uri should fail in seconds, before the language models load
        try (Neo4jTarget target = connection.open(err)) {
            Extractor extractor = Extractor.create();
            try (Progress progress = Progress.start("Extracting", " articles");
                    GraphLoader loader = new GraphLoader(target, batchSize, p -> report(err, p, problems));
                    ParallelExtraction extraction = new ParallelExtraction(extractor, threadCount(), result -> {
                        if (result.failed()) {
                            report(err, new InputProblem(result.article().origin(), result.error()), problems);
                        } else {
                            extracted[0]++;
                            extracted[1] += result.triples().size();
                            loader.accept(ArticleContribution.of(result.article(), result.triples()));
                        }
                        progress.step(1);
                    })) {
                ArticleSources.read(paths, extraction, p -> report(err, p, problems));
                extraction.finish();
                loader.flush();
                report = loader.report();
            }
        }
        err.printf("Extraction %s: %,d articles, %,d triples, %,d problems%n",
                problems[0] == 0 ? "COMPLETED" : "COMPLETED WITH PROBLEMS", extracted[0], extracted[1], problems[0]);
        err.println(report.withProblems(problems[0]).summary());
        return problems[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    private static void report(PrintWriter err, InputProblem p, int[] problems) {
        problems[0]++;
        err.println("kg run: " + p);
    }

    private int threadCount() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    }
}
