package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newskg.loader.Neo4jTarget;
import org.newskg.report.ReportCatalog;
import org.newskg.report.ReportFailedException;
import org.newskg.report.ReportFormat;
import org.newskg.report.ReportParam;
import org.newskg.report.ReportResult;
import org.newskg.report.ReportRunner;
import org.newskg.report.SavedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg report}: runs a saved Cypher query from {@code cypher/} and prints its rows. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Runs a saved Cypher report (one of the cypher/*.cypher files shipped with kg) and prints its"
                + " rows. Every report runs without parameters; --param narrows it.",
            "List them with --list."})
final class ReportCommand extends ConnectedCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The report to run (see --list).")
    String name;

    @Option(names = {"-l", "--list"}, description = "List the reports: name, then a one-line description.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A report parameter, e.g. --param name='Ken Livingstone' (repeatable; the types come"
                    + " from the report's header).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "table (aligned, for people), csv (RFC 4180 with a header row) or json (JSON Lines, one"
                    + " object per row). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--max-width", defaultValue = "100", paramLabel = "N",
            description = "For --format table: cut longer cells to N characters (0: never). Default: ${DEFAULT-VALUE}.")
    int maxWidth;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Read the reports from the *.cypher files in DIR instead of those shipped with kg.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        ReportCatalog catalog = catalog();
        if (list) {
            int width = catalog.names().stream().mapToInt(String::length).max().orElse(0);
            for (SavedReport r : catalog.all()) {
                out.printf("%-" + width + "s  %s%n", r.name(), r.description());
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (name == null) {
            throw new UsageException("name a report to run, or give --list; the reports are: "
                    + String.join(", ", catalog.names()));
        }
        SavedReport report = catalog.find(name).orElseThrow(() -> new UsageException("there is no report '" + name
                + "'; the reports are: " + String.join(", ", catalog.names())));
        ReportFormat fmt;
        try {
            fmt = ReportFormat.named(format);
            report.parameters(params);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        ReportResult result;
        try (Neo4jTarget target = openTarget()) {
            result = ReportRunner.run(target, report, params);
        } catch (ReportFailedException e) {
            throw new UsageException(e.getMessage()
                    + (dir == null ? "" : " (check the query in " + dir + ")"), e);
        }
        fmt.write(result, out, maxWidth);
        if (report.params().isEmpty() || !params.isEmpty() || fmt != ReportFormat.TABLE) {
            return ExitCodes.OK;
        }
        err().println("kg: narrow it with --param: " + String.join(", ",
                report.params().stream().map(ReportParam::describe).toList()));
        return ExitCodes.OK;
    }

    private ReportCatalog catalog() {
        try {
            return dir == null ? ReportCatalog.builtIn() : ReportCatalog.fromDirectory(dir);
        } catch (IOException e) {
            throw new UsageException("cannot read the reports in " + dir + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException("a saved report is malformed: " + e.getMessage(), e);
        }
    }
}
