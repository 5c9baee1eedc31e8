package org.newskg.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserGuideTest {

    private final ReportCatalog catalog = ReportCatalog.builtIn();

    @Test
    void guideHasARunnableBlockPerReportWithItsQuery() {
        String html = BrowserGuide.html(catalog);
        for (SavedReport r : catalog.all()) {
            assertThat(html).contains("<pre class=\"code runnable\" data-report=\"" + r.name() + "\">"
                    + BrowserGuide.escape(r.body()) + "</pre>");
        }
        assertThat(html).contains("-[r:CRITICISED]-&gt;(target:Person)").doesNotContain("// name:");
    }

    @Test
    void sharedParamsTakeTheLargestDefaultAndNullForFilters() {
        String params = BrowserGuide.paramsCommand(catalog);
        assertThat(params).startsWith("params {").contains("limit: 200").contains("minArticles: 1")
                .contains("name: null").contains("party: null");
    }

    @Test
    void styleCaptionsEveryLabelByAName() {
        String grass = BrowserGuide.style();
        assertThat(grass).contains("node.Person {").contains("node.Party {").contains("node.Quote {")
                .contains("node.Article {").contains("caption: \"{name}\"").contains("caption: \"{text}\"")
                .contains("caption: \"{id}\"");
    }

    @Test
    void stringLiteralsAreQuotedForCypher() {
        assertThat(BrowserGuide.literal("O'Brien")).isEqualTo("'O\\'Brien'");
        assertThat(BrowserGuide.literal(null)).isEqualTo("null");
        assertThat(BrowserGuide.literal(20L)).isEqualTo("20");
        assertThat(BrowserGuide.literal(true)).isEqualTo("true");
    }
}
