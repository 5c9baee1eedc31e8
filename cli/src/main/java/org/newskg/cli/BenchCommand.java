package org.newskg.cli;

import picocli.CommandLine.Command;

/** {@code kg bench}: side-by-side performance figures (BENCHMARKS.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Side-by-side performance figures; see BENCHMARKS.md.",
        subcommands = {BenchExtraction.class, BenchExtractionWorker.class, BaselineExtract.class, BenchLoad.class,
            BenchImport.class})
final class BenchCommand extends KgCommand {

    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }
}
