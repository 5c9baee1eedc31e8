package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command line: news articles to a Neo4j knowledge graph. */
@Command(name = "kg",
        mixinStandardHelpOptions = true,
        versionProvider = Kg.ManifestVersion.class,
        description = "Builds a knowledge graph of who belongs to which party, who said what and who criticised"
                + " whom from news articles, and loads it into Neo4j.",
        subcommands = {
            RunCommand.class,
            ExtractCommand.class,
            LoadCommand.class,
            BulkImportCommand.class,
            ExportImportCommand.class,
            ResolveCommand.class,
            ReportCommand.class,
            BrowseCommand.class,
            EvaluateCommand.class,
            RetractCommand.class,
            StatsCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Kg implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** A command line wired with our exit codes and UTF-8 output; tests use it to capture output. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Kg());
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cmd.setExitCodeExceptionMapper(t -> ExitCodes.USAGE);
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("kg: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("kg: " + ex.getMessage());
            return ex instanceof UsageException ? ExitCodes.USAGE : ExitCodes.SOME_INPUT_FAILED;
        });
        return cmd;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Reads the version from the jar manifest. */
    static final class ManifestVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Kg.class.getPackage().getImplementationVersion();
            return new String[] {"kg " + (v == null ? "(development build)" : v)};
        }
    }
}
