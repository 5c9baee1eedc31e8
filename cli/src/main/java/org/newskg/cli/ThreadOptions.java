package org.newskg.cli;

import picocli.CommandLine.Option;

/** How many threads {@code kg run} and {@code kg extract} extract on ({@code @Mixin}). */
final class ThreadOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of cores).")
    Integer threads;

    /** The thread count: the option, at least 1, or the number of cores. */
    int count() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    }
}
