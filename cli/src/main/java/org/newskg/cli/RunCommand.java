package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.CorpusPass;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.ParallelExtraction;
import org.newskg.loader.ArticleContribution;
import org.newskg.loader.GraphLoader;
import org.newskg.loader.LoadReport;
import org.newskg.loader.Neo4jTarget;
import org.newskg.loader.PersonResolver;
import org.newskg.model.ArticleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kg run}: the main job, articles to triples (completed across the run, {@link CorpusPass}) to Neo4j. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Extract triples from articles (.txt, .csv, .jsonl or directories of them) and load them"
                + " into Neo4j once every article is read (memberships are decided across the run's articles and"
                + " the graph's).",
            "Safe to re-run: unchanged articles change nothing, a changed article replaces what it contributed."})
final class RunCommand extends ConnectedCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths;

    @Mixin
    ThreadOptions threads;

    @Mixin
    LoadOptions load;

    @Override
    public Integer call() {
        int batchSize = load.batchSize();
        PersonResolver.Overrides overrides = load.overrides();
        Problems problems = problems();
        ExtractionTally tally = new ExtractionTally();
        LoadReport report;
        // connect first: a wrong --uri should fail in seconds, before the language models load
        try (Neo4jTarget target = openTarget()) {
            Extractor extractor = ExtractCommand.extractorFor(paths, Set.of());
            try (GraphLoader loader = new GraphLoader(target, batchSize, problems).withOverrides(overrides)) {
                CorpusPass corpus = new CorpusPass(result -> {
                    if (result.failed()) {
                        problems.add(result.article().origin(), result.error());
                    } else {
                        tally.add(result.triples().size());
                        loader.accept(ArticleContribution.of(result.article(), result.triples()));
                    }
                }).withPrior(GraphLoader.membershipTriples(target)); // what the graph's articles state counts too
                try (Progress progress = Progress.start("Extracting", " articles");
                        ParallelExtraction extraction = new ParallelExtraction(extractor, threads.count(), result -> {
                            corpus.accept(result);
                            progress.step(1);
                        })) {
                    ArticleSources.read(paths, extraction, problems);
                    extraction.finish();
                }
                corpus.finish(); // the run's memberships decided, each article is loaded
                loader.flush();
                report = loader.report();
            }
        }
        err().println(tally.summary("Extraction", problems));
        err().println(report.withProblems(problems.count()).summary());
        return problems.exitCode();
    }
}
