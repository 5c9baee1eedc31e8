package org.newskg.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

class ArticleContributionTest {

    private static final Triple A = GraphLoaderIT.triple("a", "Ada Quill", Relation.MEMBER_OF, "Green Party", 0);
    private static final Triple B = GraphLoaderIT.triple("a", "Ada Quill", Relation.SAID, "We will plant trees.", 20);

    @Test
    void contentHashIgnoresTheOrderOfTriples() {
        assertThat(ArticleContribution.ofTriples("a", List.of(A, B), false).contentHash())
                .isEqualTo(ArticleContribution.ofTriples("a", List.of(B, A), false).contentHash());
    }

    @Test
    void contentHashChangesWithAnyTripleOrTheText() {
        String base = ArticleContribution.ofTriples("a", List.of(A, B), false).contentHash();
        assertThat(ArticleContribution.ofTriples("a", List.of(A), false).contentHash()).isNotEqualTo(base);
        Triple moved = new Triple("a", "Ada Quill", A.subjectType(), A.predicate(), "Green Party", A.objectType(),
                A.confidence(), A.evidence(), 1, A.end(), A.rule());
        assertThat(ArticleContribution.ofTriples("a", List.of(moved, B), false).contentHash()).isNotEqualTo(base);
        assertThat(ArticleContribution.of(Article.of("a", "one text"), List.of(A)).contentHash())
                .isNotEqualTo(ArticleContribution.of(Article.of("a", "another text"), List.of(A)).contentHash());
    }

    @Test
    void triplesOfAnotherArticleAreRefused() {
        Triple other = GraphLoaderIT.triple("b", "Ada Quill", Relation.MEMBER_OF, "Green Party", 0);
        assertThatThrownBy(() -> ArticleContribution.ofTriples("a", List.of(A, other), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'");
    }

    @Test
    void grouperHandsOnOneContributionPerArticleAndFlagsRowsThatComeBack() {
        Triple c1 = GraphLoaderIT.triple("c", "Bram Tolley", Relation.CRITICISED, "Ada Quill", 0);
        List<ArticleContribution> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        TripleGrouper g = new TripleGrouper(out::add, warnings::add);
        List.of(A, B, c1, A).forEach(g);
        g.finish();

        assertThat(out).extracting(ArticleContribution::articleId).containsExactly("a", "c", "a");
        assertThat(out).extracting(ArticleContribution::append).containsExactly(false, false, true);
        assertThat(out.get(0).triples()).containsExactly(A, B);
        assertThat(warnings).singleElement().asString().contains("'a'").contains("not together");
    }

    @Test
    void summaryReadsLikeNeo4jAdminImport() {
        LoadReport r = new LoadReport(1234, 12, 3, 1, 321, 987, 0, 0, 50, 0, 0, java.time.Duration.ofMillis(4200));
        assertThat(r.summary()).isEqualTo("Loading triples COMPLETED in 4.2s: 1,234 rows, 321 nodes, 987 relationships"
                + " created; 12 articles (3 unchanged, 1 replaced)");
        assertThat(r.withProblems(2).summary()).startsWith("Loading triples COMPLETED WITH PROBLEMS").endsWith("; 2 problems");
    }
}
