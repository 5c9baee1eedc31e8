package org.newskg.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg spark ...} locally (on {@code local[*]}) and the main class of the jar {@code spark-submit} runs:
 * {@code spark-submit --class org.newskg.spark.SparkMain kg-spark.jar extract INPUT -o DIR}.
 */
@Command(name = "kg spark", mixinStandardHelpOptions = true,
        subcommands = {SparkMain.Extract.class, SparkMain.Load.class, SparkBench.class, SparkLoadBench.class},
        description = "Extraction and loading as Apache Spark jobs (local[*] here, or any cluster under spark-submit).")
public final class SparkMain implements Callable<Integer> {

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return 2;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    /** A session: the master spark-submit gave, else {@code master} (default local[*]). */
    static SparkSession session(String master, String appName) {
        SparkSession.Builder b = SparkSession.builder().appName(appName)
                .config("spark.ui.showConsoleProgress", "true")
                .config("spark.sql.adaptive.enabled", "true");
        if (master != null) {
            b = b.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            b = b.master("local[*]");
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    /** {@code kg spark extract}: articles to triples as a Spark job. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extract triples from articles (JSON Lines, CSV, Parquet, directories of .txt) with Spark; "
                    + "writes DIR/triples.parquet, DIR/triples.csv and DIR/problems.csv.")
    static final class Extract implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or directories (any path Spark reads).")
        List<String> inputs;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory (replaced).")
        String output;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*]).")
        String master;

        @Option(names = "--partitions", paramLabel = "N", description = "Partitions to extract in (default: 4 per core).")
        int partitions;

        @Override
        public Integer call() {
            PrintStream err = System.err;
            SparkSession spark = session(master, "kg spark extract");
            try {
                spark.sparkContext().uiWebUrl().foreach(url -> {
                    err.println("kg spark: Spark UI at " + url);
                    return null;
                });
                LongAccumulator done = spark.sparkContext().longAccumulator("articles");
                long t0 = System.nanoTime();
                Thread ticker = progressLine(done, t0, err);
                ExtractJob.Result r;
                try {
                    r = new ExtractJob(spark, partitions).run(inputs, output, done);
                } finally {
                    ticker.interrupt();
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                err.printf(java.util.Locale.ROOT,
                        "Extraction COMPLETED: %,d articles, %,d triples, %,d problems in %.1f s (%s/problems.csv)%n",
                        r.articles(), r.triples(), r.problems(), secs, output);
                return r.problems() == 0 ? 0 : 1;
            } finally {
                spark.stop();
            }
        }
    }

    /**
     * {@code kg spark load}: ExtractJob's triples into Neo4j through the connector, as kg load writes them. Persons
     * are resolved across articles afterwards by {@code kg resolve} ({@code ./kg spark load} runs it).
     */
    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load ExtractJob's output (DIR/triples.parquet with DIR/articles.parquet, or a Parquet path"
                    + " of triples alone) into Neo4j with the Neo4j Connector for Apache Spark, as kg run writes it"
                    + " (kg load, for triples alone); then run kg resolve --uri ... (./kg spark load does)."
                    + " Password from NEO4J_PASSWORD.")
    static final class Load implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR",
                description = "ExtractJob's output directory (its articles.parquet gives the Article nodes their"
                        + " metadata), or Parquet triples.")
        String input;

        @Option(names = "--uri", required = true, paramLabel = "URI", description = "Neo4j's Bolt URI, e.g. bolt://host:7687.")
        String uri;

        @Option(names = "--user", defaultValue = "neo4j", paramLabel = "USER",
                description = "User (with the password from NEO4J_PASSWORD; without it, no authentication)."
                        + " Default: ${DEFAULT-VALUE}.")
        String user;

        @Option(names = "--database", paramLabel = "NAME", description = "Database (default: the server's default).")
        String database;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*]).")
        String master;

        @Option(names = "--partitions", paramLabel = "N",
                description = "Partitions to prepare articles and merge nodes in (default: the session's cores);"
                        + " relationships are always written on one.")
        int partitions;

        @Override
        public Integer call() throws java.io.IOException {
            PrintStream err = System.err;
            LoadJob.Target target = new LoadJob.Target(uri, user, System.getenv("NEO4J_PASSWORD"), database);
            boolean shufflePartitionsGiven = new SparkConf().contains("spark.sql.shuffle.partitions");
            SparkSession spark = session(master, "kg spark load");
            spark.conf().set("spark.sql.debug.maxToStringFields", "100"); // the prepared rows' 25 columns, unwarned
            if (!shufflePartitionsGiven) { // Spark's 200 are for big joins; LoadJob's shuffles are per article or node
                spark.conf().set("spark.sql.shuffle.partitions",
                        Integer.toString(Math.max(4, 2 * spark.sparkContext().defaultParallelism())));
            }
            try {
                long t0 = System.nanoTime();
                LoadJob.Result r = new LoadJob(spark, target, partitions).run(input, p -> {
                    err.println("kg spark load: " + p);
                });
                if (!r.metadata()) {
                    err.println("kg spark load: no articles.parquet beside the triples (output of an older kg spark"
                            + " extract, or triples from elsewhere): Article nodes get no title, source, url,"
                            + " published or sha256, and another content hash than kg run's; run kg spark extract"
                            + " again to load them with their metadata");
                }
                err.println(LoadJob.summary(r, (System.nanoTime() - t0) / 1e9));
                return r.problems() == 0 ? 0 : 1;
            } catch (IllegalArgumentException e) {
                err.println("kg spark load: " + e.getMessage());
                return 2;
            } catch (RuntimeException e) {
                if (isConnectionFailure(e)) {
                    err.println("kg spark load: cannot write to " + target + ": " + e.getMessage()
                            + "; check --uri, --user and NEO4J_PASSWORD, and that Neo4j is running");
                    return 2;
                }
                throw e;
            } finally {
                spark.stop();
            }
        }

        private static boolean isConnectionFailure(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String name = t.getClass().getName();
                if (name.endsWith("ServiceUnavailableException") || name.endsWith("AuthenticationException")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A daemon thread printing how many articles are done every ten seconds: as they go on local[*] (the tasks
     * run in this JVM), else as the executors' tasks end.
     */
    static Thread progressLine(LongAccumulator done, long t0, PrintStream err) {
        long before = ExtractJob.IN_THIS_JVM.get();
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(10_000);
                    double secs = (System.nanoTime() - t0) / 1e9;
                    long n = Math.max(done.value(), ExtractJob.IN_THIS_JVM.get() - before);
                    err.printf(java.util.Locale.ROOT, "kg spark: %,d articles extracted (%.1f/s)%n", n, n / secs);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "progress");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
