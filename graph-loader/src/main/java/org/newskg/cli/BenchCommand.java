package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg bench}: side-by-side performance figures (BENCHMARKS.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Side-by-side performance figures; see BENCHMARKS.md.",
        subcommands = {BenchExtraction.class, BenchExtractionWorker.class, BaselineExtract.class, BenchLoad.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
