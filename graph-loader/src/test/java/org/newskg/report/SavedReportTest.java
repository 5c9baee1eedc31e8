package org.newskg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SavedReportTest {

    private static final String QUERY = """
            // name: who-criticised-whom
            // description: Every criticism, with one sentence of evidence
            // params: $minArticles (integer, default 1), $name (string), $share (float, default 0.5), $all (boolean, default true)
            MATCH (n) RETURN n LIMIT 1
            """;

    @Test
    void headerGivesNameDescriptionAndTypedParameters() {
        SavedReport r = SavedReport.parse("q.cypher", QUERY);
        assertThat(r.name()).isEqualTo("who-criticised-whom");
        assertThat(r.description()).isEqualTo("Every criticism, with one sentence of evidence");
        assertThat(r.params()).containsExactly(
                new ReportParam("minArticles", ParamType.INTEGER, 1L),
                new ReportParam("name", ParamType.STRING, null),
                new ReportParam("share", ParamType.FLOAT, 0.5),
                new ReportParam("all", ParamType.BOOLEAN, true));
        assertThat(r.body()).isEqualTo("MATCH (n) RETURN n LIMIT 1");
    }

    @Test
    void parametersFillDefaultsAndConvertGivenValues() {
        SavedReport r = SavedReport.parse("q.cypher", QUERY);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("minArticles", 3L);
        expected.put("name", null);
        expected.put("share", 0.5);
        expected.put("all", false);
        assertThat(r.parameters(Map.of("minArticles", "3", "all", "no"))).isEqualTo(expected);
        assertThat(r.parameters(Map.of("name", "Ken Livingstone"))).containsEntry("name", "Ken Livingstone");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            minArticles | many    | 'many' is not an integer
            share       | half    | 'half' is not a float
            all         | perhaps | 'perhaps' is not a boolean
            nmae        | x       | has no parameter 'nmae'
            """)
    void badParameterIsRejectedWithAReason(String key, String value, String message) {
        SavedReport r = SavedReport.parse("q.cypher", QUERY);
        assertThatThrownBy(() -> r.parameters(Map.of(key, value)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            // description: no name here                                      # no '// name: ...' line
            // name: x-y                                                      # no '// description: ...' line
            // name: Bad Name|// description: d                               # must be lower-case words
            // name: x|// description: d|// params: $a (colour)               # unknown parameter type 'colour'
            // name: x|// description: d|// params: limit 20                  # cannot read the params line
            // name: x|// description: d|// params: $a (integer), $a (string) # declared twice
            """)
    void malformedHeaderIsRejectedNamingTheFile(String header, String message) {
        String text = header.replace("|", "\n") + "\nRETURN 1";
        assertThatThrownBy(() -> SavedReport.parse("bad.cypher", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad.cypher: ").hasMessageContaining(message);
    }

    @Test
    void paramsNoneDeclaresNoParameters() {
        SavedReport r = SavedReport.parse("q", "// name: x\n// description: d\n// params: none\nRETURN 1");
        assertThat(r.params()).isEmpty();
        assertThat(r.parameters(Map.of())).isEmpty();
    }

    @Test
    void everyShippedReportHasAReadableHeaderAndRunsWithoutParameters() throws IOException {
        ReportCatalog catalog = ReportCatalog.builtIn();
        assertThat(catalog.names()).hasSizeGreaterThanOrEqualTo(10)
                .contains("who-criticised-whom", "quotes-by-person", "party-members", "most-quoted-people",
                        "most-criticised-people", "cross-party-criticism", "person-profile", "evidence",
                        "article-summary", "parties-overview");
        Path dir = ExampleGraph.projectRoot().resolve("cypher");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".cypher")).count()).isEqualTo(catalog.all().size());
        }
        for (SavedReport r : catalog.all()) {
            assertThat(r.description()).as(r.name()).doesNotContain("\n").hasSizeLessThan(160);
            assertThat(r.parameters(Map.of())).as(r.name()).containsOnlyKeys(
                    r.params().stream().map(ReportParam::name).toList());
            for (ReportParam p : r.params()) {
                assertThat(r.body()).as(r.name() + " uses $" + p.name()).contains("$" + p.name());
            }
            assertThat(r.body()).as(r.name() + ": the Browser splits scripts on ';'").doesNotContain(";");
        }
    }

    @Test
    void directoryCatalogReadsUsersOwnQueries(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.cypher"), "// name: mine\n// description: my own\nRETURN 1 AS one\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        ReportCatalog c = ReportCatalog.fromDirectory(dir);
        assertThat(c.names()).containsExactly("mine");
        assertThat(c.find("mine")).isPresent();
        assertThat(c.find("other")).isEmpty();
        assertThat(List.copyOf(c.all())).hasSize(1);
    }
}
