package org.newskg.extractor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.newskg.model.Article;

/**
 * Extracts a stream of articles on several threads and hands the results on in input order, holding
 * only a bounded window of articles in memory at a time.
 */
public final class ParallelExtraction implements AutoCloseable, Consumer<Article> {

    private final Extractor extractor;
    private final Consumer<ExtractionResult> results;
    private final ExecutorService pool;
    private final Deque<Future<ExtractionResult>> window = new ArrayDeque<>();
    private final int maxInFlight;

    /**
     * @param extractor the shared extractor
     * @param threads   worker threads (at least 1)
     * @param results   receives every result, in the order the articles were given, on the caller's thread
     */
    public ParallelExtraction(Extractor extractor, int threads, Consumer<ExtractionResult> results) {
        this.extractor = extractor;
        this.results = results;
        int n = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        this.maxInFlight = n * 4;
    }

    /** Queues one article; blocks when the window is full, delivering finished results in order. */
    @Override
    public void accept(Article article) {
        window.addLast(pool.submit(() -> extractOne(article)));
        while (window.size() >= maxInFlight) {
            deliverHead();
        }
    }

    /** Delivers every outstanding result. */
    public void finish() {
        while (!window.isEmpty()) {
            deliverHead();
        }
    }

    private void deliverHead() {
        Future<ExtractionResult> head = window.removeFirst();
        try {
            results.accept(head.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction worker failed", e.getCause());
        }
    }

    private ExtractionResult extractOne(Article article) {
        try {
            return extractor.extractArticle(article);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return ExtractionResult.failure(article, "extraction failed: " + e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
