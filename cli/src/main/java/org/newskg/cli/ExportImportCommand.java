package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.loader.ImportFiles;
import org.newskg.loader.PersonResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg export-import}: the bulk importer's node and relationship files for a triples set, and the
 * {@code neo4j-admin database import full} command that loads them, for a Neo4j server (or Aura's import).
 */
@Command(name = "export-import", mixinStandardHelpOptions = true,
        description = {"Write the node and relationship CSV files of Neo4j's bulk importer for triples files, and"
                + " the neo4j-admin command line that imports them into a new database.",
            "After neo4j-admin has imported them and the database is started, run kg resolve --uri ... once:"
                    + " it creates the constraints and resolves persons across articles, as kg load does."})
final class ExportImportCommand extends KgCommand {

    @Parameters(arity = "1..*", paramLabel = "TRIPLES", description = TriplesFiles.INPUTS)
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Directory for the files.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Problems problems = problems();
        ImportFiles.Summary summary;
        try (Progress progress = Progress.start("Preparing", " rows")) {
            summary = TriplesFiles.write(files, output, problems, progress, w -> err().println("kg export-import: " + w),
                    PersonResolver.Overrides.NONE);
        }
        StringBuilder cmd = new StringBuilder("neo4j-admin database import full");
        for (String a : ImportFiles.importerArguments(summary)) {
            cmd.append(" \\\n  ").append(shellQuote(relative(a)));
        }
        cmd.append(" \\\n  neo4j");
        Path script = output.resolve("import.sh");
        Files.writeString(script, "#!/usr/bin/env sh\n# Run from this directory, with the database stopped (or a new"
                + " database name instead of 'neo4j').\nset -e\ncd \"$(dirname \"$0\")\"\n" + cmd + "\n");
        script.toFile().setExecutable(true);
        out().println(cmd);
        out().println("# then, with the database started: NEO4J_PASSWORD=... kg resolve --uri bolt://HOST:7687");
        err().printf("kg export-import: %,d articles, %,d triples -> %s (%d node files, %d relationship files);"
                + " the command is also in %s%n", summary.articles(), summary.triples(), output,
                summary.nodeFiles().size(), summary.relationshipFiles().size(), script);
        return problems.exitCode();
    }

    /** "--nodes=/abs/dir/nodes-Person.csv" as "--nodes=nodes-Person.csv": the files are given from the output directory. */
    private String relative(String arg) {
        int eq = arg.indexOf('=');
        if (eq < 0) {
            return arg;
        }
        String value = arg.substring(eq + 1);
        Path p = Path.of(value);
        if (p.isAbsolute() && p.startsWith(output.toAbsolutePath())) {
            return arg.substring(0, eq + 1) + output.toAbsolutePath().relativize(p);
        }
        return arg;
    }

    private static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./=+:,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
