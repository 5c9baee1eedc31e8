package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newskg.loader.BulkImport;
import org.newskg.loader.GraphStats;
import org.newskg.loader.ImportFiles;
import org.newskg.loader.Neo4jTarget;
import org.newskg.loader.TargetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg import}: a large triples set into an empty embedded store with Neo4j's own bulk importer, then the
 * constraints and the cross-article resolution of persons, as {@code kg load} would leave the same triples.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Build a new embedded graph from triples files with Neo4j's bulk importer (much faster than"
                + " kg load for a first load).",
            "The store must be empty; add to an existing graph with kg load. For a Neo4j server, use kg export-import."})
final class BulkImportCommand extends ConnectedCommand {

    @Mixin
    LoadOptions load;

    @Parameters(arity = "1..*", paramLabel = "TRIPLES", description = TriplesFiles.INPUTS)
    List<Path> files;

    @Option(names = "--importer-threads", paramLabel = "N",
            description = "Worker threads of Neo4j's importer (its --threads). Default: the importer's, the available"
                    + " processors.")
    Integer importerThreads;

    @Option(names = "--max-off-heap-memory", paramLabel = "SIZE",
            description = "Memory Neo4j's importer may use outside the heap, e.g. 2G or 50% (its --max-off-heap-memory)."
                    + " Default: the importer's, 90% of the free memory.")
    String maxOffHeapMemory;

    @Option(names = "--high-parallel-io", paramLabel = "on|off|auto",
            description = "Whether the disk takes parallel IO well (its --high-parallel-io). Default: the importer's,"
                    + " auto.")
    String highParallelIo;

    @Override
    public Integer call() throws IOException {
        BulkImport.Options importerOptions;
        try {
            importerOptions = new BulkImport.Options(importerThreads, maxOffHeapMemory, highParallelIo);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (connection.uri != null) {
            throw new UsageException("kg import builds an embedded store (--db-dir); for a Neo4j server, write the"
                    + " importer's files with kg export-import and run neo4j-admin there");
        }
        var overrides = load.overrides();
        Path home = connection.dbDir.toAbsolutePath().normalize();
        refuseAGraph(home);
        Problems problems = problems();
        long t0 = System.nanoTime();
        Path work = Files.createDirectories(home).resolve("import-files");
        ImportFiles.Summary summary;
        try {
            try (Progress progress = Progress.start("Preparing", " rows")) {
                // persons are resolved across articles in the files already, as kg load's resolution would leave them
                summary = TriplesFiles.write(files, work, problems, progress, w -> err().println("kg import: " + w),
                        overrides);
            }
            try {
                err().flush();
                BulkImport.run(home, summary, importerOptions, System.err); // the importer's own progress and phase timings
            } catch (TargetException e) {
                throw new UsageException(e.getMessage(), e);
            }
        } finally {
            deleteTree(work);
        }
        long nodes;
        long relationships;
        try (Neo4jTarget target = openTarget()) {
            BulkImport.createConstraints(target);
            BulkImport.keyQuotesBySpeaker(target);
            var counts = GraphStats.of(target);
            nodes = counts.stream().filter(c -> c.kind().equals("node")).mapToLong(GraphStats.Count::count).sum();
            relationships = counts.stream().filter(c -> c.kind().equals("relationship"))
                    .mapToLong(GraphStats.Count::count).sum();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        err().println(String.format(Locale.ROOT,
                "Importing triples COMPLETED in %.1fs: %,d rows, %,d nodes, %,d relationships; %,d articles%s",
                secs, summary.triples(), nodes, relationships, summary.articles(),
                problems.none() ? "" : "; " + problems.count() + " problems"));
        return problems.exitCode();
    }

    /** Exit 2 when the store under {@code home} holds any node: import builds a new graph only. */
    private void refuseAGraph(Path home) throws IOException {
        if (!BulkImport.storeExists(home)) {
            return;
        }
        long nodes;
        try (Neo4jTarget target = openTarget()) {
            if (!target.ownsEmbeddedServer()) {
                throw new UsageException("the store under " + home + " is in use by another kg process ("
                        + target.description() + "); stop it before kg import");
            }
            nodes = GraphStats.of(target).stream().filter(c -> c.kind().equals("node"))
                    .mapToLong(GraphStats.Count::count).sum();
        }
        if (nodes > 0) {
            throw new UsageException(String.format(Locale.ROOT, "the store under %s already holds a graph (%,d nodes);"
                    + " kg import builds a new graph only: add articles with kg load, or give --db-dir a new directory",
                    home, nodes));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
