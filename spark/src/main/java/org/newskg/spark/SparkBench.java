package org.newskg.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.ParallelExtraction;
import org.newskg.model.Article;
import org.newskg.model.ArticleSources;
import org.newskg.model.TriplesFormat;
import org.newskg.model.TriplesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg spark bench}: articles per second of ExtractJob on local[1] and local[2], beside the same
 * extractor run as {@code kg extract --threads 1} and {@code --threads 2} run it (ParallelExtraction writing
 * triples.csv), on the same articles, in one JVM, after one warm-up that loads CoreNLP's models for all.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Articles/s of the Spark ExtractJob on local[1] and local[2] beside kg extract --threads 1 and 2.")
final class SparkBench implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles (.txt, .csv, .jsonl or directories).")
    List<Path> inputs;

    @Option(names = "--articles", defaultValue = "200", description = "How many articles (the first N read; default ${DEFAULT-VALUE}).")
    int articles;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<Article> list = new ArrayList<>();
        ArticleSources.read(inputs, a -> {
            if (list.size() < articles) {
                list.add(a);
            }
        }, p -> err.println("bench: skipped " + p));
        if (list.isEmpty()) {
            err.println("bench: no articles read");
            return 2;
        }
        Path work = Files.createTempDirectory("kg-spark-bench");
        try {
            Path jsonl = work.resolve("articles.jsonl");
            writeJsonl(list, jsonl);
            err.printf("bench: %d articles; warming up (CoreNLP models load once per JVM)%n", list.size());
            Extractor extractor = Extractor.create();
            plain(extractor, list.subList(0, Math.min(10, list.size())), 1, work.resolve("warm.csv"));

            double p1 = plain(extractor, list, 1, work.resolve("p1.csv"));
            double p2 = plain(extractor, list, 2, work.resolve("p2.csv"));
            double[] s1 = spark("local[1]", jsonl, work.resolve("s1"));
            double[] s2 = spark("local[2]", jsonl, work.resolve("s2"));

            int n = list.size();
            out.printf(Locale.ROOT, "%-34s %10s %10s%n", "run (" + n + " articles)", "seconds", "articles/s");
            row(out, "kg extract --threads 1", p1, n);
            row(out, "kg extract --threads 2", p2, n);
            row(out, "ExtractJob local[1] (job)", s1[1], n);
            row(out, "ExtractJob local[1] (with session)", s1[0] + s1[1], n);
            row(out, "ExtractJob local[2] (job)", s2[1], n);
            row(out, "ExtractJob local[2] (with session)", s2[0] + s2[1], n);
            out.printf(Locale.ROOT, "Spark overhead (job time over kg extract's, same parallelism): 1 core %+.1f%%, 2 cores %+.1f%%%n",
                    100 * (s1[1] / p1 - 1), 100 * (s2[1] / p2 - 1));
            out.printf(Locale.ROOT, "session start: %.1f s (local[1]), %.1f s (local[2])%n", s1[0], s2[0]);
            return 0;
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void row(PrintStream out, String name, double secs, int n) {
        out.printf(Locale.ROOT, "%-34s %10.1f %10.2f%n", name, secs, n / secs);
    }

    /** Seconds for kg extract's path: ParallelExtraction writing triples.csv. */
    private static double plain(Extractor extractor, List<Article> list, int threads, Path csv) throws IOException {
        long t0 = System.nanoTime();
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                TriplesWriter triples = new TriplesWriter(w, TriplesFormat.CSV);
                ParallelExtraction x = new ParallelExtraction(extractor, threads, r -> triples.writeAll(r.triples()))) {
            list.forEach(x);
            x.finish();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** {session start seconds, job seconds} of ExtractJob on {@code master}. */
    private static double[] spark(String master, Path jsonl, Path outDir) {
        long t0 = System.nanoTime();
        SparkSession spark = SparkMain.session(master, "kg spark bench");
        try {
            long t1 = System.nanoTime();
            int cores = Integer.parseInt(master.replaceAll("\\D", ""));
            new ExtractJob(spark, cores * 4).run(List.of(jsonl.toString()), outDir.toString(), null);
            long t2 = System.nanoTime();
            return new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9};
        } finally {
            spark.stop();
        }
    }

    private static void writeJsonl(List<Article> list, Path file) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : list) {
                var n = json.createObjectNode();
                n.put("id", a.id());
                n.put("text", a.text());
                w.write(json.writeValueAsString(n));
                w.write('\n');
            }
        }
    }
}
