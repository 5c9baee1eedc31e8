package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newskg.loader.GraphStats;
import org.newskg.loader.Neo4jTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg stats}: node count per label, relationship count per type. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Node count per label and relationship count per type, sorted (kind, then name).")
final class StatsCommand extends ConnectedCommand {

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv",
            description = "table (aligned, for people) or csv (a kind,name,count header, then one row per count)."
                    + " Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() throws IOException {
        String fmt = format.strip().toLowerCase(Locale.ROOT);
        if (!fmt.equals("table") && !fmt.equals("csv")) {
            throw new UsageException("--format must be table or csv, not '" + format + "'");
        }
        PrintWriter out = out();
        List<GraphStats.Count> counts;
        try (Neo4jTarget target = openTarget()) {
            counts = GraphStats.of(target);
        }
        if (fmt.equals("csv")) {
            // not closed: closing the printer would close the command line's output
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader("kind", "name", "count").setRecordSeparator("\n").get());
            for (GraphStats.Count c : counts) {
                csv.printRecord(c.kind(), c.name(), c.count());
            }
            csv.flush();
        } else {
            int width = "name".length();
            for (GraphStats.Count c : counts) {
                width = Math.max(width, c.name().length());
            }
            String row = "%-12s  %-" + width + "s  %,10d%n";
            out.printf(Locale.ROOT, "%-12s  %-" + width + "s  %10s%n", "kind", "name", "count");
            for (GraphStats.Count c : counts) {
                out.printf(Locale.ROOT, row, c.kind(), c.name(), c.count());
            }
            if (counts.isEmpty()) {
                out.println("(the graph is empty)");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
