package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every kg command has: its output (data) and error (everything else) streams, and a problem counter. */
abstract class KgCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Data: reports, stats, triples. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Logs, problems, summaries, progress. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A new counter of this command's input problems, printing each as "kg COMMAND: problem". */
    Problems problems() {
        return new Problems(err(), spec.qualifiedName());
    }
}
