package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Work in progress: {@code kg load}. */
@Command(name = "load", mixinStandardHelpOptions = true, description = "(not built yet)")
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("kg load: not built yet");
        return ExitCodes.USAGE;
    }
}
