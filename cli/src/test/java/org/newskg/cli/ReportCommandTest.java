package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.newskg.report.ReportCatalog;
import picocli.CommandLine;

/** {@code kg report} without a database: listing, and the usage errors caught before connecting. */
class ReportCommandTest {

    private record Result(int exit, String out, String err) {
    }

    private static Result kg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Kg.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void listPrintsOneLinePerReportNameThenDescription() {
        Result r = kg("report", "--list");
        assertThat(r.exit).isZero();
        ReportCatalog catalog = ReportCatalog.builtIn();
        assertThat(r.out.lines()).hasSize(catalog.all().size());
        assertThat(r.out.lines()).anySatisfy(line -> assertThat(line)
                .matches("who-criticised-whom +Every criticism of one person by another, .*"));
    }

    @Test
    void unknownReportIsAUsageErrorListingTheReports() {
        Result r = kg("report", "who-slammed-whom", "--db-dir", "/nonexistent/never-opened");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("there is no report 'who-slammed-whom'").contains("who-criticised-whom")
                .contains("party-members");
    }

    @Test
    void undeclaredParameterIsAUsageErrorBeforeConnecting() {
        Result r = kg("report", "party-members", "--param", "name=Labour", "--db-dir", "/nonexistent/never-opened");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("has no parameter 'name'").contains("$party (string)");
    }

    @Test
    void valueOfTheWrongTypeIsAUsageError() {
        Result r = kg("report", "who-criticised-whom", "-p", "minArticles=two", "--db-dir", "/nonexistent/never-opened");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("'two' is not an integer");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Result r = kg("report", "who-criticised-whom", "--format", "xml", "--db-dir", "/nonexistent/never-opened");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("--format must be table, csv or json");
    }

    @Test
    void browseRefusesAServerUri() {
        Result r = kg("browse", "--uri", "bolt://localhost:1");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("kg browse serves the embedded graph");
    }
}
