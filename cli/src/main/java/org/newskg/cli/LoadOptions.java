package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newskg.loader.AliasesFile;
import org.newskg.loader.GraphLoader;
import org.newskg.loader.PersonResolver;
import picocli.CommandLine.Option;

/** How {@code kg run} and {@code kg load} write to the graph ({@code @Mixin}). */
final class LoadOptions {

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + GraphLoader.DEFAULT_BATCH_SIZE,
            description = "Triples per transaction (a batch is also written after 10 s). Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = {"CSV of your decisions on persons, applied after every load: 'merge,NAME,NAME' (one person),"
                    + " 'split,NAME,NAME' (never one person). Give the same file on every run."})
    Path aliases;

    /** The user's overrides of the resolution of persons (none without --aliases); a usage error if unreadable. */
    PersonResolver.Overrides overrides() {
        return overrides(aliases);
    }

    static PersonResolver.Overrides overrides(Path aliases) {
        if (aliases == null) {
            return PersonResolver.Overrides.NONE;
        }
        try {
            return AliasesFile.read(aliases);
        } catch (IOException e) {
            throw new UsageException("--aliases " + aliases + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--aliases " + e.getMessage());
        }
    }

    /** The batch size; a usage error when it is under 1. */
    int batchSize() {
        if (batchSize < 1) {
            throw new UsageException("--batch-size must be at least 1");
        }
        return batchSize;
    }
}
