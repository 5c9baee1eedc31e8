package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.loader.ImportFiles;
import org.newskg.loader.PersonResolver;
import org.newskg.loader.TripleGrouper;
import org.newskg.model.TriplesReader;

/** Reads triples files: for kg load, and into the importer's files for {@code kg import} and {@code kg export-import}. */
final class TriplesFiles {

    private TriplesFiles() {
    }

    /**
     * Every row of {@code files} into {@code dir}, persons resolved across articles with {@code overrides};
     * unreadable files and rows go to {@code problems}.
     */
    static ImportFiles.Summary write(List<Path> files, Path dir, Problems problems, Progress progress,
            java.util.function.Consumer<String> warnings, PersonResolver.Overrides overrides) throws IOException {
        try (ImportFiles out = new ImportFiles(dir, problems, overrides, Runtime.getRuntime().availableProcessors())) {
            TripleGrouper grouper = new TripleGrouper(c -> {
                out.accept(c);
                progress.step(c.triples().size());
            }, warnings);
            readAll(files, grouper, problems);
            grouper.finish();
            return out.finish();
        }
    }

    /** Every row of the triples files, in order, to {@code grouper}; a missing or unreadable file is a problem. */
    static void readAll(List<Path> files, TripleGrouper grouper, Problems problems) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                problems.add(file.toString(), "no such file; check the path");
                continue;
            }
            try {
                TriplesReader.read(file, grouper, problems);
            } catch (IOException e) {
                problems.add(file.toString(), "cannot read: " + e.getMessage());
            }
        }
    }
}
