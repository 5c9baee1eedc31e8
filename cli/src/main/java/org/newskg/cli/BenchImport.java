package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.bench.SyntheticTriples;
import org.newskg.loader.ArticleContribution;
import org.newskg.loader.GraphLoader;
import org.newskg.loader.LoadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg bench import}: kg import (Neo4j's bulk importer, then constraints and the resolution of persons)
 * against kg load and LOAD CSV, on the same synthetic triples, each into a fresh embedded store, in one run.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import speed: kg import vs kg load vs LOAD CSV on the same synthetic triples, as triples/s.",
            "The last line is machine-readable: import_vs_load=... import_triples_per_s=... load_triples_per_s=..."
                    + " load_csv_triples_per_s=..."})
final class BenchImport extends KgCommand {

    @Option(names = "--triples", defaultValue = "1000000", paramLabel = "N",
            description = "Synthetic triples. Default: ${DEFAULT-VALUE}.")
    int triples;

    @Option(names = "--persons", defaultValue = "30000", paramLabel = "N",
            description = "Distinct persons among them. Default: ${DEFAULT-VALUE}.")
    int persons;

    @Option(names = "--batch-size", defaultValue = "" + GraphLoader.DEFAULT_BATCH_SIZE, paramLabel = "N",
            description = "Triples per transaction for kg load and LOAD CSV. Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--methods", split = ",", defaultValue = "import,load,load-csv", paramLabel = "M,...",
            description = "Methods to run (import, load, load-csv). Default: ${DEFAULT-VALUE}.")
    List<String> methods;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic triples. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--page-cache", defaultValue = "512m", paramLabel = "SIZE",
            description = "Page cache of each embedded Neo4j. Default: ${DEFAULT-VALUE}.")
    String pageCache;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the temporary stores go (default: the system's temporary directory).")
    Path workDir;

    @Override
    public Integer call() throws IOException {
        if (triples < 1 || persons < 1 || batchSize < 1) {
            throw new UsageException("--triples, --persons and --batch-size must be at least 1");
        }
        for (String m : methods) {
            if (!List.of("import", "load", "load-csv").contains(m)) {
                throw new UsageException("unknown method '" + m + "'; known: import, load, load-csv");
            }
        }
        PrintWriter out = out();
        PrintWriter err = err();
        Path dir = workDir != null ? Files.createDirectories(workDir) : Path.of(System.getProperty("java.io.tmpdir"));
        List<ArticleContribution> articles = SyntheticTriples.articles(triples, persons, seed);
        err.printf(Locale.ROOT, "kg bench import: %,d synthetic triples in %,d articles%n", triples, articles.size());
        err.flush();
        LoadBenchmark bench = new LoadBenchmark(dir, pageCache, note -> {
            err.println("kg bench import: " + note);
            err.flush();
        });
        // a small warm-up of each method first, so that none pays the JIT compilation of the shared code
        List<ArticleContribution> warm = SyntheticTriples.articles(Math.min(20_000, triples), persons, seed + 1);
        for (String m : methods) {
            run(bench, m, warm);
        }
        Map<String, LoadBenchmark.Result> results = new LinkedHashMap<>();
        for (String m : methods) {
            results.put(m, run(bench, m, articles));
        }
        out.printf("%-10s %10s %9s %12s %13s %15s%n", "method", "triples", "seconds", "triples/s", "vs_kg_load",
                "relationships");
        LoadBenchmark.Result load = results.get("load");
        for (LoadBenchmark.Result r : results.values()) {
            out.printf(Locale.ROOT, "%-10s %10d %9.1f %12.0f %13s %15d%n", r.method(), r.triples(), r.seconds(),
                    r.triplesPerSecond(), load == null ? "-"
                            : String.format(Locale.ROOT, "%.1fx", r.triplesPerSecond() / load.triplesPerSecond()),
                    r.facts());
        }
        List<String> line = new ArrayList<>();
        LoadBenchmark.Result imp = results.get("import");
        LoadBenchmark.Result csv = results.get("load-csv");
        if (imp != null && load != null) {
            line.add(String.format(Locale.ROOT, "import_vs_load=%.1f", imp.triplesPerSecond() / load.triplesPerSecond()));
        }
        // Map.entry refuses null values: a method left out with --methods has no result
        for (String m : List.of("import", "load", "load-csv")) {
            LoadBenchmark.Result r = results.get(m);
            if (r != null) {
                line.add(String.format(Locale.ROOT, "%s_triples_per_s=%.0f", m.replace('-', '_'), r.triplesPerSecond()));
            }
        }
        line.add("triples=" + triples);
        out.println(String.join(" ", line));
        out.flush();
        return ExitCodes.OK;
    }

    private LoadBenchmark.Result run(LoadBenchmark bench, String method, List<ArticleContribution> articles)
            throws IOException {
        return switch (method) {
            case "import" -> bench.importer(articles);
            case "load" -> bench.ours(articles, batchSize);
            default -> bench.loadCsv(articles, batchSize);
        };
    }
}
