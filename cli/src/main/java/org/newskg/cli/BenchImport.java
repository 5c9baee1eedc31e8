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
import org.newskg.loader.BulkImport;
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

    @Option(names = "--importer-options", paramLabel = "OPTS", split = ";", defaultValue = "default",
            description = {"The importer's own options for the import method, e.g. 'threads=4,high-parallel-io=on',"
                    + " 'max-off-heap-memory=2G', or 'default'. Several sets (separated by ';', or the option repeated)"
                    + " are run in turn, --rounds times, each round in the same order, with the load average"
                    + " before and after each run. Default: default."})
    List<String> importerOptions;

    @Option(names = "--rounds", defaultValue = "1", paramLabel = "N",
            description = "How many times to run each set of --importer-options, alternately. Default: ${DEFAULT-VALUE}.")
    int rounds;

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
        List<BulkImport.Options> variants = new ArrayList<>();
        for (String set : importerOptions) {
            variants.add(parseImporterOptions(set));
        }
        if (rounds < 1) {
            throw new UsageException("--rounds must be at least 1");
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
        boolean compare = methods.contains("import") && (variants.size() > 1 || rounds > 1);
        if (compare) {
            compareImporterOptions(bench, articles, variants, out, err);
        }
        for (String m : methods) {
            if (m.equals("import") && compare) {
                continue; // measured above
            }
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

    /**
     * Each set of importer options in turn, {@code rounds} times: one line per run with the load average (1 min)
     * before and after it, then the median seconds per set.
     */
    private void compareImporterOptions(LoadBenchmark bench, List<ArticleContribution> articles,
            List<BulkImport.Options> variants, PrintWriter out, PrintWriter err) throws IOException {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        out.printf("%-5s %-50s %9s %12s %17s%n", "round", "importer options", "seconds", "triples/s", "load avg");
        for (int round = 1; round <= rounds; round++) {
            for (BulkImport.Options v : variants) {
                double before = os.getSystemLoadAverage();
                LoadBenchmark.Result r = bench.importer(articles, v);
                double after = os.getSystemLoadAverage();
                out.printf(Locale.ROOT, "%-5d %-50s %9.1f %12.0f %8.1f-%-8.1f%n", round, v, r.seconds(),
                        r.triplesPerSecond(), before, after);
                out.flush();
                seconds.computeIfAbsent(v.toString(), k -> new ArrayList<>()).add(r.seconds());
            }
        }
        seconds.forEach((v, all) -> {
            List<Double> sorted = all.stream().sorted().toList();
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            out.printf(Locale.ROOT, "median %-50s %9.1f s over %d runs%n", v, median, all.size());
        });
        out.flush();
        err.flush();
    }

    /** "threads=4,max-off-heap-memory=2G,high-parallel-io=on", or "default" (or empty) for the importer's defaults. */
    static BulkImport.Options parseImporterOptions(String set) {
        String s = set.strip();
        if (s.isEmpty() || s.equals("default")) {
            return BulkImport.Options.DEFAULT;
        }
        Integer threads = null;
        String memory = null;
        String io = null;
        for (String kv : s.split(",")) {
            String[] p = kv.strip().replaceFirst("^--", "").split("=", 2);
            if (p.length != 2) {
                throw new UsageException("--importer-options: '" + kv + "' is not NAME=VALUE (threads,"
                        + " max-off-heap-memory, high-parallel-io)");
            }
            try {
                switch (p[0]) {
                    case "threads" -> threads = Integer.parseInt(p[1]);
                    case "max-off-heap-memory" -> memory = p[1];
                    case "high-parallel-io" -> io = p[1];
                    default -> throw new UsageException("--importer-options: unknown option '" + p[0]
                            + "'; known: threads, max-off-heap-memory, high-parallel-io");
                }
            } catch (NumberFormatException e) {
                throw new UsageException("--importer-options: threads takes a number, not '" + p[1] + "'");
            }
        }
        try {
            return new BulkImport.Options(threads, memory, io);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--importer-options: " + e.getMessage());
        }
    }

    private LoadBenchmark.Result run(LoadBenchmark bench, String method, List<ArticleContribution> articles)
            throws IOException {
        return switch (method) {
            case "import" -> bench.importer(articles, parseImporterOptions(importerOptions.get(0)));
            case "load" -> bench.ours(articles, batchSize);
            default -> bench.loadCsv(articles, batchSize);
        };
    }
}
