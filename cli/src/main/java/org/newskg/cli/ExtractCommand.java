package org.newskg.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extractor.CorpusPass;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.ParallelExtraction;
import org.newskg.extractor.persons.Offices;
import org.newskg.model.ArticleSources;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesReader;
import org.newskg.model.TriplesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kg extract}: articles to triples, without a database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract evidence-backed triples from articles (.txt, .csv, .jsonl or directories of them).")
final class ExtractCommand extends KgCommand {

    @Mixin
    ExtractionOptions io;

    @Mixin
    ThreadOptions threads;

    @Option(names = "--prior", paramLabel = "TRIPLES", split = ",",
            description = "Triples files of earlier runs (as kg extract writes them): the memberships they state count"
                    + " as the run's own articles' do when the run decides memberships across articles"
                    + " (member.corpus; kg run reads them from the graph).")
    List<Path> prior = List.of();

    @Override
    public Integer call() throws IOException {
        TriplesFormat fmt = io.triplesFormat();
        Extractor extractor = extractorFor(io.paths, io.notInput());
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
            }).withPrior(readPrior(problems));
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

    /**
     * The extractor for a run of these inputs (kg extract's, kg run's): it knows who holds which office as the run's
     * articles say, read before any is extracted; reading problems are left to the extraction, which reports them.
     */
    static Extractor extractorFor(List<Path> paths, Set<Path> notInput) {
        Offices offices = new Offices();
        ArticleSources.read(paths, notInput, a -> offices.learn(a.text()), problem -> { });
        return Extractor.create().knowing(offices);
    }

    /** The MEMBER_OF and LEFT triples of the --prior files; an unreadable file or row is a problem, the rest is read. */
    private List<Triple> readPrior(Problems problems) {
        List<Triple> out = new ArrayList<>();
        for (Path file : prior) {
            try {
                TriplesReader.read(file, t -> {
                    if (t.predicate() == Relation.MEMBER_OF || t.predicate() == Relation.LEFT) {
                        out.add(t);
                    }
                }, problems);
            } catch (IOException | RuntimeException e) {
                problems.add(file.toString(), "cannot read prior triples: " + e.getMessage());
            }
        }
        return out;
    }
}
