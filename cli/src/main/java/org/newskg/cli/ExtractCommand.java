package org.newskg.cli;

import java.io.IOException;
import java.io.Writer;
import org.newskg.extractor.CorpusPass;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.ParallelExtraction;
import org.newskg.model.ArticleSources;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kg extract}: articles to triples, without a database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract evidence-backed triples from articles (.txt, .csv, .jsonl or directories of them).")
final class ExtractCommand extends KgCommand {

    @Mixin
    ExtractionOptions io;

    @Mixin
    ThreadOptions threads;

    @Override
    public Integer call() throws IOException {
        TriplesFormat fmt = io.triplesFormat();
        Extractor extractor = Extractor.create();
        Problems problems = problems();
        ExtractionTally tally = new ExtractionTally();
        try (Writer w = io.openOutput(); TriplesWriter triples = new TriplesWriter(w, fmt)) {
            CorpusPass corpus = new CorpusPass(result -> {
                if (result.failed()) {
                    problems.add(result.article().origin(), result.error());
                } else {
                    tally.add(result.triples().size());
                    triples.writeAll(result.triples());
                }
            });
            try (ParallelExtraction extraction = new ParallelExtraction(extractor, threads.count(), corpus)) {
                ArticleSources.read(io.paths, io.notInput(), extraction, problems);
                extraction.finish();
            }
            corpus.finish();
            triples.flush();
        }
        err().println(tally.summary("Extraction", problems));
        return problems.exitCode();
    }
}
