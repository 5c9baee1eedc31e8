package org.newskg.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    private static final ReportResult RESULT = new ReportResult(List.of("critic", "articles", "parties"), List.of(
            Arrays.asList("Stella Creasy", 2L, List.of("Labour Party")),
            Arrays.asList("Michel \"Mike\" Fabricant, MP", 10L, List.of("Conservative Party", "Other")),
            Arrays.asList(null, null, List.of())));

    private static String write(ReportFormat format, ReportResult result, int width) throws IOException {
        StringWriter s = new StringWriter();
        format.write(result, new PrintWriter(s), width);
        return s.toString();
    }

    @Test
    void tableAlignsColumnsAndRightAlignsNumbers() throws IOException {
        assertThat(write(ReportFormat.TABLE, RESULT, 0).lines()).containsExactly(
                "critic                       articles  parties",
                "---------------------------  --------  -------------------------",
                "Stella Creasy                       2  Labour Party",
                "Michel \"Mike\" Fabricant, MP        10  Conservative Party; Other",
                " ".repeat(27 + 2 + 8 + 2),
                "(3 rows)");
    }

    @Test
    void tableCutsLongCellsToTheMaximumWidth() throws IOException {
        String out = write(ReportFormat.TABLE, new ReportResult(List.of("evidence"),
                List.of(List.of("Labour MP Stella Creasy slammed Mr Livingstone"))), 12);
        assertThat(out.lines().toList().get(2)).isEqualTo("Labour MP S…");
    }

    @Test
    void csvQuotesWhereNeededAndJoinsLists() throws IOException {
        assertThat(write(ReportFormat.CSV, RESULT, 5)).isEqualTo("""
                critic,articles,parties
                Stella Creasy,2,Labour Party
                "Michel ""Mike"" Fabricant, MP",10,Conservative Party; Other
                "",,
                """);
    }

    @Test
    void jsonWritesOneObjectPerRowWithRealLists() throws IOException {
        assertThat(write(ReportFormat.JSON, RESULT, 5)).isEqualTo("""
                {"critic":"Stella Creasy","articles":2,"parties":["Labour Party"]}
                {"critic":"Michel \\"Mike\\" Fabricant, MP","articles":10,"parties":["Conservative Party","Other"]}
                {"critic":null,"articles":null,"parties":[]}
                """);
    }

    @Test
    void nodesShowTheirNameAndRelationshipsTheirType() {
        assertThat(ReportFormat.text(Map.of("labels", List.of("Person"), "name", "Ken Livingstone")))
                .isEqualTo("Ken Livingstone");
        assertThat(ReportFormat.text(Map.of("type", "CRITICISED", "article", "a1"))).isEqualTo("CRITICISED");
        assertThat(ReportFormat.text(0.25)).isEqualTo("0.25");
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        assertThat(ReportFormat.named("CSV")).isEqualTo(ReportFormat.CSV);
        assertThat(ReportFormat.named("jsonl")).isEqualTo(ReportFormat.JSON);
    }
}
