package org.newskg.cli;

import org.newskg.loader.GraphLoader;
import picocli.CommandLine.Option;

/** How {@code kg run} and {@code kg load} write to the graph ({@code @Mixin}). */
final class LoadOptions {

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + GraphLoader.DEFAULT_BATCH_SIZE,
            description = "Triples per transaction (a batch is also written after 10 s). Default: ${DEFAULT-VALUE}.")
    int batchSize;

    /** The batch size; a usage error when it is under 1. */
    int batchSize() {
        if (batchSize < 1) {
            throw new UsageException("--batch-size must be at least 1");
        }
        return batchSize;
    }
}
