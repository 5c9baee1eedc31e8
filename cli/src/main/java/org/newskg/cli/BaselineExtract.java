package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.newskg.bench.baseline.CoreNlpBaseline;
import org.newskg.model.Article;
import org.newskg.model.ArticleSources;
import org.newskg.model.Triple;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kg bench baseline-extract}: the CoreNLP full-pipeline baseline's triples, for ACCURACY.md. */
@Command(name = "baseline-extract", mixinStandardHelpOptions = true,
        description = {"Extract triples with CoreNLP 4.5.10's own full pipeline (quote attribution with statistical"
                + " coreference for SAID, KBP membership relations for MEMBER_OF, nothing for CRITICISED): the"
                + " baseline of ACCURACY.md.",
            "Needs about 5.5 GB of heap: run it as KG_JAVA_OPTS=-Xmx6g ./kg bench baseline-extract ..."})
final class BaselineExtract extends KgCommand {

    @Mixin
    ExtractionOptions io;

    @Override
    public Integer call() throws IOException {
        TriplesFormat fmt = io.triplesFormat();
        PrintWriter err = err();
        Problems problems = problems();
        List<Article> articles = new ArrayList<>();
        ArticleSources.read(io.paths, io.notInput(), articles::add, problems);
        err.println("Loading CoreNLP's full pipeline (about a minute)...");
        CoreNlpBaseline baseline = CoreNlpBaseline.load();
        err.printf("Loaded in %.1fs%n", baseline.loadMillis() / 1000.0);
        int triples = 0;
        try (Writer w = io.openOutput();
                TriplesWriter out = new TriplesWriter(w, fmt)) {
            for (Article a : articles) {
                long t0 = System.nanoTime();
                try {
                    List<Triple> found = baseline.extract(a);
                    out.writeAll(found);
                    triples += found.size();
                    err.printf("%s: %d triples in %.1fs%n", a.id(), found.size(), (System.nanoTime() - t0) / 1e9);
                } catch (RuntimeException e) {
                    problems.add(a.origin(), "baseline failed: " + e);
                }
            }
            out.flush();
        }
        err.printf("Baseline extraction %s: %,d articles, %,d triples, %,d problems%n", problems.outcome(),
                articles.size(), triples, problems.count());
        return problems.exitCode();
    }
}
