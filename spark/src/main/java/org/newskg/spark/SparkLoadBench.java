package org.newskg.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newskg.model.TriplesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg spark bench-load}: triples per second of LoadJob on local[1] and local[2] beside {@code kg load} on the
 * same triples, in one run. Each method gets a fresh embedded Neo4j ({@code kg browse} in a process of its own, the
 * same settings for all), warmed up by loading the first articles the same way and deleting them, then times the
 * whole load including the resolution of persons: {@code kg load} as a process (it resolves at its end); LoadJob in
 * this JVM (its session already started) followed by {@code kg resolve} as a process.
 */
@Command(name = "bench-load", mixinStandardHelpOptions = true,
        description = "Triples/s of the Spark LoadJob on local[1] and local[2] beside kg load on the same triples"
                + " (ExtractJob's output), each into a fresh embedded Neo4j.")
final class SparkLoadBench implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "kg spark extract's output directory.")
    String input;

    @Option(names = "--copies", defaultValue = "1", paramLabel = "K",
            description = "Load each article K times under new ids (ID#1..ID#K), for a larger load. Default: ${DEFAULT-VALUE}.")
    int copies;

    @Option(names = "--warmup-articles", defaultValue = "200", paramLabel = "N",
            description = "Articles loaded (then deleted) before each timed load. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--kg-jar", paramLabel = "JAR", description = "The cli jar (default: cli/target/kg.jar beside this one).")
    Path kgJar;

    @Option(names = "--page-cache", defaultValue = "512m", paramLabel = "SIZE", description = "Neo4j's page cache. Default: ${DEFAULT-VALUE}.")
    String pageCache;

    private Path work;
    private KgProcesses kg;
    private List<String> warmIds;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (kgJar == null) {
            kgJar = Path.of(System.getProperty("kg.home", "."), "cli", "target", "kg.jar");
        }
        if (!Files.isRegularFile(kgJar)) {
            err.println("bench-load: no cli jar at " + kgJar + "; build the project (./kg builds it) or give --kg-jar");
            return 2;
        }
        if (!Files.isDirectory(Path.of(input, "triples.parquet"))) {
            err.println("bench-load: " + input + " has no triples.parquet; give the output directory of kg spark extract");
            return 2;
        }
        work = Files.createTempDirectory("kg-spark-bench-load");
        kg = new KgProcesses(work, kgJar, "-Xmx3g", 24 * 60);
        try {
            SparkSession spark = SparkMain.session("local[2]", "kg spark bench-load");
            String full;
            String warm;
            long triples;
            try {
                full = copy(spark, input, work.resolve("full"), copies, Integer.MAX_VALUE);
                warm = copy(spark, input, work.resolve("warm"), 1, warmup);
                triples = spark.read().parquet(full + "/triples.parquet").count();
            } finally {
                spark.stop();
            }
            long articles = countLines(Path.of(full, "articles.ids"));
            warmIds = Files.readAllLines(Path.of(warm, "articles.ids"), StandardCharsets.UTF_8);
            err.printf(Locale.ROOT, "bench-load: %,d triples of %,d articles; warm-up %d articles%n", triples,
                    articles, warmup);

            double[] kgLoad = kgLoad(Path.of(full, "triples.csv"), Path.of(warm, "triples.csv"));
            double[] local1 = loadJob("local[1]", full, warm);
            double[] local2 = loadJob("local[2]", full, warm);

            out.printf(Locale.ROOT, "%-38s %10s %12s%n", "run (" + String.format(Locale.ROOT, "%,d", triples)
                    + " triples)", "seconds", "triples/s");
            row(out, "kg load (process, with resolution)", kgLoad[0], triples);
            row(out, "LoadJob local[1] (job)", local1[0], triples);
            row(out, "LoadJob local[1] + kg resolve", local1[0] + local1[1], triples);
            row(out, "LoadJob local[2] (job)", local2[0], triples);
            row(out, "LoadJob local[2] + kg resolve", local2[0] + local2[1], triples);
            out.printf(Locale.ROOT, "LoadJob + kg resolve over kg load: local[1] %.2fx, local[2] %.2fx the time%n",
                    (local1[0] + local1[1]) / kgLoad[0], (local2[0] + local2[1]) / kgLoad[0]);
            out.printf(Locale.ROOT, "kg resolve alone: %.1f s (local[1] graph), %.1f s (local[2] graph);"
                    + " session start %.1f s / %.1f s%n", local1[1], local2[1], local1[2], local2[2]);
            return 0;
        } finally {
            kg.close();
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void row(PrintStream out, String name, double secs, long n) {
        out.printf(Locale.ROOT, "%-38s %10.1f %12.0f%n", name, secs, n / secs);
    }

    /**
     * ExtractJob's output (triples and articles) under {@code to}: each of the first {@code limit} articles
     * {@code copies} times (ids suffixed {@code #k} when more than one), in ExtractJob's layout and order, with the
     * triples also as one CSV file for kg load.
     */
    private static String copy(SparkSession spark, String from, Path to, int copies, int limit) throws IOException {
        String key = "spark.sql.files.maxPartitionBytes";
        String before = spark.conf().get(key);
        spark.conf().set(key, Long.toString(Long.MAX_VALUE / 4)); // files whole: an article's rows keep their order
        try {
            Dataset<Row> triples = spark.read().parquet(from + "/triples.parquet")
                    .withColumn("_file", input_file_name()).withColumn("_pos", monotonically_increasing_id());
            Path articlesPath = Path.of(from, "articles.parquet");
            Dataset<Row> articles = Files.isDirectory(articlesPath) ? spark.read().parquet(articlesPath.toString())
                    : triples.select(col("article_id").as("id")).distinct();
            List<Row> ids = articles.select("id").orderBy("id").limit(limit).collectAsList();
            Dataset<Row> chosen = spark.createDataFrame(ids, new StructType().add("id", DataTypes.StringType));
            articles = articles.join(chosen, "id");
            triples = triples.join(chosen.withColumnRenamed("id", "article_id"), "article_id");
            Dataset<Row> allTriples = null;
            Dataset<Row> allArticles = null;
            for (int k = 1; k <= copies; k++) {
                Column suffix = lit(copies == 1 ? "" : "#" + k);
                Dataset<Row> t = triples.withColumn("article_id", concat(col("article_id"), suffix));
                Dataset<Row> a = articles.withColumn("id", concat(col("id"), suffix));
                allTriples = allTriples == null ? t : allTriples.unionByName(t);
                allArticles = allArticles == null ? a : allArticles.unionByName(a);
            }
            Dataset<Row> ordered = allTriples.orderBy(col("article_id"), col("_file"), col("_pos"))
                    .select(TriplesWriter.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
            ordered.write().mode(SaveMode.Overwrite).parquet(to + "/triples.parquet");
            ordered.withColumn("confidence", org.apache.spark.sql.functions.format_string("%.3f", col("confidence")))
                    .coalesce(1).write().mode(SaveMode.Overwrite).option("header", true).option("escape", "\"")
                    .csv(to + "/triples-csv");
            if (Files.isDirectory(articlesPath)) {
                allArticles.orderBy("id").write().mode(SaveMode.Overwrite).parquet(to + "/articles.parquet");
            }
            Files.write(to.resolve("articles.ids"), allArticles.select("id").as(org.apache.spark.sql.Encoders.STRING())
                    .collectAsList(), StandardCharsets.UTF_8);
            try (Stream<Path> parts = Files.list(to.resolve("triples-csv"))) {
                Path part = parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
                Files.move(part, to.resolve("triples.csv"));
            }
            return to.toString();
        } finally {
            spark.conf().set(key, before);
        }
    }

    private static long countLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }

    /** {load seconds} of kg load (as a process, resolution included) into a fresh, warmed-up server. */
    private double[] kgLoad(Path csv, Path warmCsv) throws IOException {
        KgProcesses.Server server = kg.browse("kg-load", "-Xmx1g", pageCache);
        try {
            kg.run("load", warmCsv.toString(), "--uri", server.uri());
            clear(server);
            long t0 = System.nanoTime();
            kg.run("load", csv.toString(), "--uri", server.uri());
            return new double[] {(System.nanoTime() - t0) / 1e9};
        } finally {
            kg.stop(server);
        }
    }

    /** {job seconds, kg resolve seconds, session start seconds} of LoadJob on {@code master}. */
    private double[] loadJob(String master, String full, String warm) throws IOException {
        KgProcesses.Server server = kg.browse("loadjob-" + master.replaceAll("\\W", ""), "-Xmx1g", pageCache);
        try {
            long t0 = System.nanoTime();
            SparkSession spark = SparkMain.session(master, "kg spark bench-load");
            double session = (System.nanoTime() - t0) / 1e9;
            try {
                int cores = Integer.parseInt(master.replaceAll("\\D", ""));
                spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(Math.max(4, 2 * cores)));
                LoadJob.Target target = new LoadJob.Target(server.uri(), null, null, null);
                List<String> problems = new ArrayList<>();
                new LoadJob(spark, target, cores).run(warm, problems::add);
                kg.run("resolve", "--uri", server.uri());
                clear(server);
                long t1 = System.nanoTime();
                LoadJob.Result r = new LoadJob(spark, target, cores).run(full, problems::add);
                long t2 = System.nanoTime();
                kg.run("resolve", "--uri", server.uri());
                long t3 = System.nanoTime();
                if (!problems.isEmpty() || r.written() != r.articles()) {
                    throw new IllegalStateException("LoadJob on " + master + ": " + r + " " + problems);
                }
                return new double[] {(t2 - t1) / 1e9, (t3 - t2) / 1e9, session};
            } finally {
                spark.stop();
            }
        } finally {
            kg.stop(server);
        }
    }

    /** Retracts the warm-up articles (kg retract): an empty graph again, the constraints kept, a warm server. */
    private void clear(KgProcesses.Server server) throws IOException {
        List<String> args = new ArrayList<>(List.of("retract", "--uri", server.uri()));
        args.addAll(warmIds);
        kg.run(1, args.toArray(new String[0])); // 1: kg load writes no Article for an article without triples
        String stats = kg.run("stats", "--format", "csv", "--uri", server.uri());
        if (stats.lines().anyMatch(l -> l.startsWith("node,") && !l.endsWith(",0"))) {
            throw new IllegalStateException("the warm-up left nodes behind after kg retract:\n" + stats);
        }
    }
}
