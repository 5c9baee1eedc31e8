package org.newskg.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.bench.baseline.CoreNlpBaseline;
import org.newskg.bench.baseline.PipelineProfile;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.ParallelExtraction;
import org.newskg.extractor.persons.Offices;
import org.newskg.extractor.nlp.Analyzer;
import org.newskg.model.Article;
import org.newskg.model.ArticleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One engine's side of {@code kg bench extraction}, in a JVM of its own (so that each engine has its
 * own heap, model load and peak): prints one {@code result key=value...} line per thread count.
 */
@Command(name = "extraction-worker", hidden = true, description = "Internal: one engine of kg bench extraction.")
final class BenchExtractionWorker extends KgCommand {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    @Option(names = "--engine", required = true, paramLabel = "ours|corenlp")
    String engine;

    @Option(names = "--corpus", required = true)
    Path corpus;

    @Option(names = "--articles", defaultValue = "40")
    int articles;

    @Option(names = "--warmup", defaultValue = "5")
    int warmup;

    @Option(names = "--skip", defaultValue = "0")
    int skip;

    @Option(names = "--threads", split = ",", defaultValue = "1,2")
    List<Integer> threads;

    @Option(names = "--profile")
    boolean profile;

    @Override
    public Integer call() {
        var err = err();
        List<Article> warm = new ArrayList<>();
        List<Article> timed = new ArrayList<>();
        AtomicInteger seen = new AtomicInteger();
        ArticleSources.read(List.of(corpus), a -> {
            int i = seen.getAndIncrement();
            if (i >= skip && i < skip + warmup) {
                warm.add(a);
            } else if (i >= skip + warmup && i < skip + warmup + articles) {
                timed.add(a);
            }
        }, p -> err.println("kg bench: " + p));
        if (timed.isEmpty()) {
            throw new UsageException("no articles to time in " + corpus);
        }
        long tokens = timed.stream().mapToLong(a -> tokens(a.text())).sum();

        long t0 = System.nanoTime();
        Function<Integer, Function<List<Article>, Integer>> run;
        Supplier<String> timing;
        if (engine.equals("ours")) {
            Extractor extractor = Extractor.create();
            run = n -> list -> runOurs(extractor, n, list);
            // our CoreNLP stage alone, annotator by annotator; the rest of our time is rules and parses
            timing = () -> PipelineProfile.timingInformation(Analyzer.defaultProperties(),
                    timed.stream().map(Article::text).toList());
        } else if (engine.equals("corenlp")) {
            CoreNlpBaseline baseline = CoreNlpBaseline.load();
            run = n -> list -> baseline.extractAll(list, n).stream().mapToInt(List::size).sum();
            timing = baseline::timingInformation;
        } else {
            throw new UsageException("--engine must be ours or corenlp, not '" + engine + "'");
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        err.printf("%s: models loaded in %.1fs; warming up on %d articles%n", engine, loadSeconds, warm.size());
        if (!warm.isEmpty()) {
            run.apply(1).apply(warm);
        }
        for (int n : threads) {
            err.printf("%s: %d articles on %d thread(s)...%n", engine, timed.size(), n);
            long s0 = System.nanoTime();
            int triples;
            try {
                triples = run.apply(n).apply(timed);
            } catch (RuntimeException e) {
                err.printf("%s: the run on %d thread(s) failed, no figures for it: %s%n", engine, n, e);
                continue;
            }
            double seconds = (System.nanoTime() - s0) / 1e9;
            out().printf(Locale.ROOT,
                    "result engine=%s threads=%d articles=%d tokens=%d seconds=%.3f load_seconds=%.3f"
                            + " peak_heap_mb=%d triples=%d%n",
                    engine, n, timed.size(), tokens, seconds, loadSeconds, peakHeapMb(), triples);
            out().flush();
        }
        if (profile) {
            for (String line : timing.get().split("\\R")) {
                out().println("timing engine=" + engine + " " + line);
            }
            out().flush();
        }
        return ExitCodes.OK;
    }

    private static int runOurs(Extractor extractor, int threads, List<Article> list) {
        // as kg extract: the run's office holders read first, timed with the rest
        Offices offices = Offices.learned(list.stream().map(Article::text).toList());
        AtomicInteger triples = new AtomicInteger();
        try (ParallelExtraction px = new ParallelExtraction(extractor.knowing(offices), threads,
                r -> triples.addAndGet(r.triples().size()))) {
            list.forEach(px);
            px.finish();
        }
        return triples.get();
    }

    /** Word and punctuation tokens, counted the same way for both engines. */
    static long tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The sum of the heap pools' peak usage since the JVM started, in MiB. */
    static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
