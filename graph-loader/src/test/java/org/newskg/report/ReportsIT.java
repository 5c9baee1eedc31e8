package org.newskg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.loader.Neo4jTarget;
import org.newskg.loader.TargetSettings;

/**
 * Every saved report against the example graph (hand-made triples of the seed article and a made-up follow-up
 * article, written by the real loader) in a real in-process Neo4j, checking what comes back.
 */
@SuppressWarnings("unchecked")
class ReportsIT {

    private static Path dir;
    private static Neo4jTarget target;
    private static final ReportCatalog CATALOG = ReportCatalog.builtIn();

    @BeforeAll
    static void loadExampleGraph() throws IOException {
        dir = Files.createTempDirectory("kg-reports-it");
        target = Neo4jTarget.open(TargetSettings.embedded(dir, 0), note -> { });
        ExampleGraph.loadHandMade(target);
    }

    @AfterAll
    static void stop() throws IOException {
        if (target != null) {
            target.close();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Reports of what needs a user's eye (contested memberships, undecided names): empty on the example graph,
     * which has none; PersonResolutionIT runs them on graphs that do.
     */
    private static final java.util.Set<String> PROBLEM_REPORTS = java.util.Set.of("contested-memberships",
            "undecided-persons");

    static List<String> reportNames() {
        return CATALOG.names();
    }

    @ParameterizedTest
    @MethodSource("reportNames")
    void everySavedReportReturnsRowsWithoutParameters(String name) {
        ReportResult r = run(name, Map.of());
        assertThat(r.columns()).isNotEmpty();
        if (!PROBLEM_REPORTS.contains(name)) {
            assertThat(r.rows()).as(name + " on the example graph").isNotEmpty();
        }
        assertThat(r.rows()).allSatisfy(row -> assertThat(row).hasSameSizeAs(r.columns()));
    }

    @Test
    void whoCriticisedWhomCountsArticlesAndQuotesOneSentence() {
        ReportResult r = run("who-criticised-whom", Map.of());
        assertThat(r.columns()).containsExactly("critic", "target", "articles", "evidence");
        assertThat(r.rows()).contains(List.of("Stella Creasy", "Ken Livingstone", 2L,
                "Labour MP Stella Creasy slammed Mr Livingstone over his continued refusal to apologise."));
        assertThat(r.rows().get(0).subList(0, 3)).containsExactly("Stella Creasy", "Ken Livingstone", 2L);
    }

    @Test
    void minArticlesKeepsOnlyCriticismsReportedThatOften() {
        ReportResult r = run("who-criticised-whom", Map.of("minArticles", "2"));
        assertThat(column(r, "critic")).containsExactly("Stella Creasy");
    }

    @Test
    void partyMembersOfLabourIncludeStreetingAndCreasyButNotTheConservative() {
        ReportResult r = run("party-members", Map.of("party", "Labour"));
        assertThat(column(r, "member")).contains("Wes Streeting", "Stella Creasy", "Ken Livingstone")
                .doesNotContain("Michel Fabricant");
        assertThat(column(r, "party")).containsOnly("Labour Party");
        int livingstone = column(r, "member").indexOf("Ken Livingstone");
        assertThat(column(r, "left").get(livingstone)).isEqualTo(true);
        assertThat(column(r, "evidence").get(column(r, "member").indexOf("Stella Creasy")))
                .isEqualTo("Labour MP Stella Creasy slammed Mr Livingstone over his continued refusal to apologise.");
    }

    @Test
    void partyNamesMatchInAnyCase() {
        assertThat(column(run("party-members", Map.of("party", "CONSERVATIVE")), "member"))
                .contains("Michel Fabricant").doesNotContain("Stella Creasy", "Wes Streeting");
    }

    @Test
    void quotesByPersonReturnsTheQuoteTexts() {
        ReportResult r = run("quotes-by-person", Map.of("name", "stella creasy"));
        assertThat(column(r, "person")).containsOnly("Stella Creasy");
        assertThat(column(r, "quote")).contains(
                "Distraction? No they were completely unacceptable and need to be recognised formally as such.");
        assertThat(column(run("quotes-by-person", Map.of("name", "Corbyn")), "quote"))
                .anySatisfy(q -> assertThat(q).asString().startsWith("Ken Livingstone’s resignation is sad"));
    }

    @Test
    void evidenceListsEverySentenceBehindAnEdge() {
        ReportResult r = run("evidence", Map.of("subject", "Creasy", "object", "Livingstone", "relation", "criticised"));
        assertThat(column(r, "relation")).containsOnly("CRITICISED");
        assertThat(column(r, "article")).containsExactly(ExampleGraph.SEED, ExampleGraph.FOLLOW_UP);
        assertThat(column(r, "evidence")).containsExactly(
                "Labour MP Stella Creasy slammed Mr Livingstone over his continued refusal to apologise.",
                "Stella Creasy again attacked Ken Livingstone.");
    }

    @Test
    void personProfileGathersPartiesQuotesAndCriticism() {
        ReportResult r = run("person-profile", Map.of("name", "Ken Livingstone"));
        assertThat(r.rows()).hasSize(1);
        assertThat(value(r, 0, "parties")).isEqualTo(List.of("Labour Party (1)"));
        assertThat(value(r, 0, "left")).isEqualTo(List.of("Labour Party"));
        assertThat(value(r, 0, "criticised_by")).isEqualTo(List.of("Stella Creasy"));
        assertThat((Long) value(r, 0, "quotes")).isGreaterThan(1L);
        assertThat(value(r, 0, "articles")).isEqualTo(List.of(ExampleGraph.SEED, ExampleGraph.FOLLOW_UP));
    }

    @Test
    void crossPartyCriticismLeavesOutCriticismWithinAParty() {
        ReportResult r = run("cross-party-criticism", Map.of());
        assertThat(column(r, "critic")).contains("Michel Fabricant").doesNotContain("Stella Creasy");
        int fabricant = column(r, "critic").indexOf("Michel Fabricant");
        assertThat(value(r, fabricant, "target")).isEqualTo("Wes Streeting");
        assertThat(value(r, fabricant, "critic_party")).isEqualTo(List.of("Conservative Party"));
        assertThat(value(r, fabricant, "target_party")).isEqualTo(List.of("Labour Party"));
    }

    @Test
    void mostCriticisedPeopleRanksByNumberOfCritics() {
        ReportResult all = run("most-criticised-people", Map.of());
        ReportResult top = run("most-criticised-people", Map.of("limit", "1"));
        assertThat(top.rows()).hasSize(1);
        assertThat(column(all, "critics")).allSatisfy(c -> assertThat((Long) c).isLessThanOrEqualTo(
                (Long) value(top, 0, "critics")));
        assertThat(column(all, "person")).contains("Ken Livingstone");
    }

    @Test
    void articleSummaryShowsWhatOneArticleContributed() {
        ReportResult r = run("article-summary", Map.of("article", "LIVINGSTONE"));
        assertThat(column(r, "article")).containsExactly(ExampleGraph.SEED);
        assertThat((List<Object>) value(r, 0, "people")).contains("Stella Creasy", "Wes Streeting", "Ken Livingstone");
        assertThat((List<Object>) value(r, 0, "criticisms")).contains("Stella Creasy -> Ken Livingstone");
    }

    @Test
    void partiesOverviewCountsMembers() {
        ReportResult r = run("parties-overview", Map.of());
        assertThat(column(r, "party")).startsWith("Labour Party");
        assertThat((Long) value(r, 0, "members")).isGreaterThanOrEqualTo(4L);
        assertThat((List<Object>) value(r, 0, "some_members")).contains("Stella Creasy", "Wes Streeting");
    }

    @Test
    void praiseIsReportedWithItsEvidence() {
        ReportResult r = run("who-praised-whom", Map.of());
        assertThat(r.rows()).contains(List.of("Wes Streeting", "Sadiq Khan", 1L, "Wes Streeting praised Sadiq Khan."));
    }

    @Test
    void networkReturnsNodesAndRelationshipsForTheBrowserAndNamesForTables() {
        ReportResult r = run("network", Map.of("name", "creasy"));
        assertThat(r.columns()).containsExactly("subject", "fact", "object");
        assertThat(column(r, "subject")).allSatisfy(n -> assertThat((Map<String, Object>) n)
                .containsEntry("name", "Stella Creasy").containsEntry("labels", List.of("Person")));
        assertThat(column(r, "fact")).extracting(f -> ((Map<String, Object>) f).get("type"))
                .contains("CRITICISED", "MEMBER_OF");
        assertThat(ReportFormat.text(column(r, "object").get(0))).isEqualTo("Ken Livingstone");
    }

    @Test
    void undeclaredParameterIsRejectedNamingTheDeclaredOnes() {
        SavedReport report = CATALOG.find("party-members").orElseThrow();
        assertThatThrownBy(() -> ReportRunner.run(target, report, Map.of("partyy", "Labour")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$party (string)");
    }

    private static ReportResult run(String name, Map<String, String> params) {
        SavedReport report = CATALOG.find(name).orElseThrow(() -> new AssertionError("no report " + name));
        return ReportRunner.run(target, report, params);
    }

    private static List<Object> column(ReportResult r, String column) {
        int c = r.columns().indexOf(column);
        assertThat(c).as("column " + column + " in " + r.columns()).isNotNegative();
        return r.rows().stream().map(row -> row.get(c)).toList();
    }

    private static Object value(ReportResult r, int row, String column) {
        return column(r, column).get(row);
    }
}
