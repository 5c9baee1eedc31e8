package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newskg.loader.ImportFiles;
import org.newskg.loader.PersonResolver;
import org.newskg.loader.TriplesInput;

/** Reads triples inputs into the importer's files, for {@code kg import} and {@code kg export-import}. */
final class TriplesFiles {

    /** What the TRIPLES parameter of kg load, kg import and kg export-import takes. */
    static final String INPUTS = "Triples files (.csv or .jsonl as kg extract writes them, or .parquet), directories"
            + " of the part files Spark writes (part-*.csv, part-*.parquet), or the output directory of kg spark extract"
            + " (its triples with the articles' titles, sources, urls, dates and text hashes).";

    private TriplesFiles() {
    }

    /**
     * Every article of {@code inputs} ({@link TriplesInput}) into {@code dir}, persons resolved across articles with
     * {@code overrides}; unreadable files and rows go to {@code problems}.
     */
    static ImportFiles.Summary write(List<Path> inputs, Path dir, Problems problems, Progress progress,
            java.util.function.Consumer<String> warnings, PersonResolver.Overrides overrides) throws IOException {
        try (ImportFiles out = new ImportFiles(dir, problems, overrides, Runtime.getRuntime().availableProcessors())) {
            TriplesInput.read(inputs, c -> {
                out.accept(c);
                progress.step(c.triples().size());
            }, warnings, problems);
            return out.finish();
        }
    }
}
