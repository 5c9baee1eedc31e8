package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import org.newskg.loader.GraphLoader;
import org.newskg.loader.LoadReport;
import org.newskg.loader.Neo4jTarget;
import org.newskg.loader.PersonResolver;
import org.newskg.loader.TriplesInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kg load}: an existing triples file into Neo4j. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load triples files (.csv or .jsonl, as kg extract writes them; .parquet) or the output of kg spark"
                + " extract into Neo4j.",
            "Idempotent: an article whose triples are unchanged is skipped, a changed one replaces what it"
                    + " contributed before."})
final class LoadCommand extends ConnectedCommand {

    @Mixin
    LoadOptions load;

    @Parameters(arity = "1..*", paramLabel = "TRIPLES", description = TriplesFiles.INPUTS)
    List<Path> files;

    @Override
    public Integer call() {
        int batchSize = load.batchSize();
        PersonResolver.Overrides overrides = load.overrides();
        Problems problems = problems();
        LoadReport report;
        try (Neo4jTarget target = openTarget();
                Progress progress = Progress.start("Loading", " rows");
                GraphLoader loader = new GraphLoader(target, batchSize, problems).withOverrides(overrides)) {
            TriplesInput.read(files, c -> {
                loader.accept(c);
                progress.step(c.triples().size());
            }, warning -> err().println("kg load: " + warning), problems);
            loader.flush();
            report = loader.report();
        }
        err().println(report.withProblems(problems.count()).summary());
        return problems.exitCode();
    }
}
