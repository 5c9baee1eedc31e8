package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
 * {@code kg bench load}: loading speed of our loader, one auto-commit MERGE per triple, and LOAD CSV, on
 * the same synthetic triples, each into a fresh embedded Neo4j; a table, then one machine-readable line.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loading speed, ours vs one auto-commit MERGE per triple vs LOAD CSV, on the same synthetic"
                + " triples (about 50 per article, mostly quotes, a few thousand persons, a dozen parties), each method"
                + " into a fresh embedded Neo4j in a temporary directory (deleted afterwards).",
            "The last line is machine-readable."})
final class BenchLoad extends KgCommand {

    @Option(names = "--triples", defaultValue = "100000", paramLabel = "N",
            description = "Synthetic triples for ours and LOAD CSV. Default: ${DEFAULT-VALUE}.")
    int triples;

    @Option(names = "--row-sample", defaultValue = "2000", paramLabel = "N",
            description = "Triples loaded row by row (the first N of the same input). Default: ${DEFAULT-VALUE}.")
    int rowSample;

    @Option(names = "--persons", defaultValue = "3000", paramLabel = "N",
            description = "Distinct persons in the synthetic triples. Default: ${DEFAULT-VALUE}.")
    int persons;

    @Option(names = "--batch-size", defaultValue = "" + GraphLoader.DEFAULT_BATCH_SIZE, paramLabel = "N",
            description = "Triples per transaction for ours and for LOAD CSV. Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic triples. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--methods", split = ",", defaultValue = "ours,row,load-csv", paramLabel = "M,...",
            description = "Methods to run (ours, row, load-csv). Default: ${DEFAULT-VALUE}.")
    List<String> methods;

    @Option(names = "--warmup", defaultValue = "20000", paramLabel = "N",
            description = {"Synthetic triples (another seed) each method loads first, untimed, into a fresh store of"
                + " its own, so that no method pays the JIT compilation of the code all methods share (row by row:"
                + " a quarter of --row-sample). 0: none, every method cold, the first paying most. Default: ${DEFAULT-VALUE}."})
    int warmup;

    @Option(names = "--repeat", defaultValue = "3", paramLabel = "N",
            description = {"Timed runs of each method, each into a fresh store; the table shows the median (and the"
                + " fastest and slowest), the ratios use the medians. Default: ${DEFAULT-VALUE}."})
    int repeat;

    @Option(names = "--page-cache", defaultValue = "512m", paramLabel = "SIZE",
            description = "Page cache of each embedded Neo4j. Default: ${DEFAULT-VALUE}.")
    String pageCache;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the temporary stores go. Default: the system temporary directory.")
    Path workDir;

    @Override
    public Integer call() throws IOException {
        if (triples < 1 || rowSample < 1 || persons < 1 || batchSize < 1 || warmup < 0 || repeat < 1) {
            throw new UsageException("--triples, --row-sample, --persons, --batch-size and --repeat must be at"
                    + " least 1, --warmup at least 0");
        }
        for (String m : methods) {
            if (!List.of("ours", "row", "load-csv").contains(m)) {
                throw new UsageException("unknown method '" + m + "'; known: ours, row, load-csv");
            }
        }
        PrintWriter out = out();
        PrintWriter err = err();
        Path dir = workDir != null ? Files.createDirectories(workDir) : Path.of(System.getProperty("java.io.tmpdir"));
        List<ArticleContribution> articles = SyntheticTriples.articles(triples, persons, seed);
        err.printf(Locale.ROOT, "kg bench load: %,d synthetic triples in %,d articles%n", triples, articles.size());
        err.flush();
        LoadBenchmark bench = new LoadBenchmark(dir, pageCache, note -> {
            err.println("kg bench load: " + note);
            err.flush();
        });
        if (warmup > 0) {
            List<ArticleContribution> warm = SyntheticTriples.articles(warmup, persons, seed + 1);
            for (String m : methods) {
                LoadBenchmark.Result r = run(bench, m, warm, Math.max(1, Math.min(rowSample, warmup) / 4));
                err.printf(Locale.ROOT, "kg bench load: warm-up %s: %,.0f triples/s (not counted)%n", r.method(),
                        r.triplesPerSecond());
            }
            err.flush();
        }
        // the methods take turns, so that a slower spell of a shared machine does not fall on one method only
        Map<String, List<LoadBenchmark.Result>> runs = new LinkedHashMap<>();
        for (int i = 0; i < repeat; i++) {
            for (String m : methods) {
                runs.computeIfAbsent(m, k -> new ArrayList<>())
                        .add(run(bench, m, articles, Math.min(rowSample, triples)));
            }
        }
        Map<String, LoadBenchmark.Result> medians = new LinkedHashMap<>();
        runs.forEach((m, rs) -> medians.put(m, median(rs)));
        LoadBenchmark.Result ours = medians.get("ours");
        LoadBenchmark.Result row = medians.get("row");
        LoadBenchmark.Result csv = medians.get("load-csv");
        out.printf("%-12s %9s %9s %12s %21s %10s %15s%n", "method", "triples", "seconds", "triples/s",
                "fastest..slowest/s", "vs_row", "relationships");
        runs.forEach((m, rs) -> {
            LoadBenchmark.Result r = medians.get(m);
            double fastest = rs.stream().mapToDouble(LoadBenchmark.Result::triplesPerSecond).max().orElseThrow();
            double slowest = rs.stream().mapToDouble(LoadBenchmark.Result::triplesPerSecond).min().orElseThrow();
            out.printf(Locale.ROOT, "%-12s %9d %9.1f %12.0f %21s %10s %15d%n", r.method(), r.triples(), r.seconds(),
                    r.triplesPerSecond(), String.format(Locale.ROOT, "%.0f..%.0f", fastest, slowest),
                    row == null ? "-" : String.format(Locale.ROOT, "%.1fx", r.triplesPerSecond() / row.triplesPerSecond()),
                    r.facts());
        });
        StringBuilder line = new StringBuilder();
        if (ours != null && row != null) {
            line.append(String.format(Locale.ROOT, "load_speedup_vs_row=%.1f ",
                    ours.triplesPerSecond() / row.triplesPerSecond()));
        }
        if (ours != null && csv != null) {
            line.append(String.format(Locale.ROOT, "load_ratio_vs_load_csv=%.2f ",
                    ours.triplesPerSecond() / csv.triplesPerSecond()));
        }
        append(line, "ours", ours);
        append(line, "row", row);
        append(line, "load_csv", csv);
        line.append("triples=").append(triples).append(" row_sample=").append(row == null ? 0 : row.triples())
                .append(" batch_size=").append(batchSize).append(" warmup=").append(warmup).append(" repeat=")
                .append(repeat);
        out.println(line.toString().strip());
        out.flush();
        return ExitCodes.OK;
    }

    private LoadBenchmark.Result run(LoadBenchmark bench, String method, List<ArticleContribution> articles,
            int rows) throws IOException {
        return switch (method) {
            case "ours" -> bench.ours(articles, batchSize);
            case "row" -> bench.rowByRow(articles, rows);
            default -> bench.loadCsv(articles, batchSize);
        };
    }

    /** The run with the median rate (the upper middle one of an even number). */
    private static LoadBenchmark.Result median(List<LoadBenchmark.Result> runs) {
        List<LoadBenchmark.Result> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(LoadBenchmark.Result::triplesPerSecond));
        return sorted.get(sorted.size() / 2);
    }

    private static void append(StringBuilder line, String name, LoadBenchmark.Result r) {
        if (r != null) {
            line.append(String.format(Locale.ROOT, "%s_triples_per_s=%.0f ", name, r.triplesPerSecond()));
        }
    }
}
