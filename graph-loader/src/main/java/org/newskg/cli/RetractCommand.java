package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Work in progress: {@code kg retract}. */
@Command(name = "retract", mixinStandardHelpOptions = true, description = "(not built yet)")
final class RetractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("kg retract: not built yet");
        return ExitCodes.USAGE;
    }
}
