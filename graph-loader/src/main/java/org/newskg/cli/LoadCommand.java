package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.loader.GraphLoader;
import org.newskg.loader.LoadReport;
import org.newskg.loader.Neo4jTarget;
import org.newskg.loader.TripleGrouper;
import org.newskg.model.InputProblem;
import org.newskg.model.TriplesReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg load}: an existing triples file into Neo4j. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load triples files (.csv or .jsonl, as kg extract writes them) into Neo4j.",
            "Idempotent: an article whose triples are unchanged is skipped, a changed one replaces what it"
                    + " contributed before."})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(arity = "1..*", paramLabel = "TRIPLES", description = "Triples files (.csv or .jsonl).")
    List<Path> files;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + GraphLoader.DEFAULT_BATCH_SIZE,
            description = "Triples per transaction. Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (batchSize < 1) {
            throw new UsageException("--batch-size must be at least 1");
        }
        int[] problems = {0};
        LoadReport report;
        try (Neo4jTarget target = connection.open(err);
                Progress progress = Progress.start("Loading", " rows");
                GraphLoader loader = new GraphLoader(target, batchSize, p -> report(err, p, problems))) {
            TripleGrouper grouper = new TripleGrouper(c -> {
                loader.accept(c);
                progress.step(c.triples().size());
            }, warning -> err.println("kg load: " + warning));
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    report(err, new InputProblem(file.toString(), "no such file; check the path"), problems);
                    continue;
                }
                try {
                    TriplesReader.read(file, grouper, p -> report(err, p, problems));
                } catch (IOException e) {
                    report(err, new InputProblem(file.toString(), "cannot read: " + e.getMessage()), problems);
                }
            }
            grouper.finish();
            loader.flush();
            report = loader.report();
        }
        err.println(report.withProblems(problems[0]).summary());
        return problems[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    private static void report(PrintWriter err, InputProblem p, int[] problems) {
        problems[0]++;
        err.println("kg load: " + p);
    }
}
