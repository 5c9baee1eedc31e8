package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Work in progress: {@code kg bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "(not built yet)")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("kg bench: not built yet");
        return ExitCodes.USAGE;
    }
}
