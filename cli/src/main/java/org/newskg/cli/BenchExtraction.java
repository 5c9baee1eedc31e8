package org.newskg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg bench extraction}: our extractor against CoreNLP's full pipeline on the same articles, each
 * engine in a JVM of its own; a table, then one machine-readable line.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Extraction speed, ours vs CoreNLP 4.5.10's full pipeline (tokenize..depparse,coref,quote,kbp,"
                + "natlog,openie), on the same articles of the bulk corpus, with each thread count.",
            "Each engine runs in its own JVM (ours -Xmx3g, CoreNLP -Xmx6g). The last line is machine-readable."})
final class BenchExtraction extends KgCommand {

    private final List<String> timings = new ArrayList<>();

    @Option(names = "--corpus", defaultValue = "../shared/corpus/bulk/news_bulk.jsonl", paramLabel = "FILE",
            description = "Articles (.jsonl, .csv, .txt or a directory). Default: ${DEFAULT-VALUE}.")
    Path corpus;

    @Option(names = "--articles", defaultValue = "40", paramLabel = "N", description = "Articles timed. Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "W",
            description = "Articles extracted before timing starts (not timed). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--skip", defaultValue = "0", paramLabel = "K", description = "Articles skipped at the start. Default: ${DEFAULT-VALUE}.")
    int skip;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", paramLabel = "T,...",
            description = "Thread counts to time. Default: ${DEFAULT-VALUE}.")
    List<Integer> threads;

    @Option(names = "--engines", split = ",", defaultValue = "ours,corenlp", paramLabel = "E,...",
            description = "Engines to run. Default: ${DEFAULT-VALUE}.")
    List<String> engines;

    @Option(names = "--profile", description = "Also print where the time goes, annotator by annotator (CoreNLP's"
            + " own timing; for ours, our CoreNLP stage re-run alone on the same articles).")
    boolean profile;

    @Option(names = "--ours-heap", defaultValue = "3g", description = "-Xmx of our engine's JVM. Default: ${DEFAULT-VALUE}.")
    String oursHeap;

    @Option(names = "--baseline-heap", defaultValue = "6g", description = "-Xmx of CoreNLP's JVM. Default: ${DEFAULT-VALUE}.")
    String baselineHeap;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.exists(corpus)) {
            throw new UsageException("corpus not found: " + corpus + " (give --corpus a .jsonl file of articles)");
        }
        if (articles < 1 || warmup < 0 || skip < 0 || threads.stream().anyMatch(t -> t < 1)) {
            throw new UsageException("--articles and --threads must be at least 1, --warmup and --skip at least 0");
        }
        PrintWriter out = out();
        List<Map<String, String>> results = new ArrayList<>();
        for (String engine : engines) {
            results.addAll(runWorker(engine));
        }
        out.printf("%-8s %7s %8s %8s %8s %9s %11s %9s %12s %8s%n", "engine", "threads", "articles", "tokens",
                "load_s", "seconds", "articles/s", "tokens/s", "peak_heap_mb", "triples");
        for (Map<String, String> r : results) {
            out.printf(Locale.ROOT, "%-8s %7s %8s %8s %8.1f %9.1f %11.3f %9.0f %12s %8s%n", r.get("engine"),
                    r.get("threads"), r.get("articles"), r.get("tokens"), num(r, "load_seconds"), num(r, "seconds"),
                    articlesPerSecond(r), num(r, "tokens") / num(r, "seconds"), r.get("peak_heap_mb"), r.get("triples"));
        }
        if (!timings.isEmpty()) {
            out.println();
            out.println("Where the time goes (CoreNLP's per-annotator timing):");
            timings.forEach(t -> out.println("  " + t));
            out.println();
        }
        int maxThreads = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        Map<String, String> ours = find(results, "ours", maxThreads);
        Map<String, String> base = find(results, "corenlp", maxThreads);
        StringBuilder last = new StringBuilder();
        if (ours != null && base != null) {
            for (int t : threads) {
                Map<String, String> o = find(results, "ours", t);
                Map<String, String> b = find(results, "corenlp", t);
                if (o == null || b == null) {
                    continue;
                }
                out.printf(Locale.ROOT, "speedup with %d thread(s): %.1fx%n", t, articlesPerSecond(o) / articlesPerSecond(b));
            }
            last.append(String.format(Locale.ROOT, "extraction_speedup=%.2f ", articlesPerSecond(ours) / articlesPerSecond(base)));
        }
        if (ours != null) {
            last.append(String.format(Locale.ROOT, "ours_articles_per_s=%.3f ", articlesPerSecond(ours)));
        }
        if (base != null) {
            last.append(String.format(Locale.ROOT, "baseline_articles_per_s=%.3f ", articlesPerSecond(base)));
        }
        last.append("threads=").append(maxThreads).append(" articles=").append(articles);
        out.println(last);
        out.flush();
        return ExitCodes.OK;
    }

    private List<Map<String, String>> runWorker(String engine) throws IOException, InterruptedException {
        if (!engine.equals("ours") && !engine.equals("corenlp")) {
            throw new UsageException("--engines takes ours and corenlp, not '" + engine + "'");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Xmx" + (engine.equals("ours") ? oursHeap : baselineHeap));
        cmd.add("-Dorg.slf4j.simpleLogger.logFile=System.err");
        cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Kg.class.getName());
        cmd.addAll(List.of("bench", "extraction-worker", "--engine", engine, "--corpus", corpus.toString(),
                "--articles", Integer.toString(articles), "--warmup", Integer.toString(warmup),
                "--skip", Integer.toString(skip), "--threads",
                String.join(",", threads.stream().map(String::valueOf).toList())));
        if (profile) {
            cmd.add("--profile");
        }
        err().println("kg bench: starting " + engine + " in its own JVM");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Map<String, String>> results = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("timing ")) {
                    timings.add(line.substring(7));
                } else if (line.startsWith("result ")) {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (String kv : line.substring(7).trim().split(" ")) {
                        int eq = kv.indexOf('=');
                        m.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                    results.add(m);
                }
            }
        }
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException("the " + engine + " worker failed with exit code " + code + " (see above)");
        }
        return results;
    }

    private static Map<String, String> find(List<Map<String, String>> results, String engine, int threads) {
        return results.stream().filter(r -> r.get("engine").equals(engine) && r.get("threads").equals(Integer.toString(threads)))
                .findFirst().orElse(null);
    }

    private static double num(Map<String, String> r, String key) {
        return Double.parseDouble(r.get(key));
    }

    private static double articlesPerSecond(Map<String, String> r) {
        return num(r, "articles") / num(r, "seconds");
    }
}
