package org.newskg.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Relation;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The loader against a real Neo4j server in Docker; skipped where no Docker engine is available. */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerIT {

    private static final String PASSWORD = "kg-test-password";

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword(PASSWORD);

    @Test
    void loadIsIdempotentAndRetractableOnAServer() {
        try (Neo4jTarget t = Neo4jTarget.open(TargetSettings.remote(NEO4J.getBoltUrl(), "neo4j", PASSWORD, null),
                n -> { })) {
            List<ArticleContribution> articles = List.of(
                    ArticleContribution.ofTriples("d1", List.of(
                            GraphLoaderIT.triple("d1", "Ada Quill", Relation.MEMBER_OF, "Green Party", 0),
                            GraphLoaderIT.triple("d1", "Ada Quill", Relation.CRITICISED, "Bram Tolley", 5)), false),
                    ArticleContribution.ofTriples("d2", List.of(
                            GraphLoaderIT.triple("d2", "MR BRAM TOLLEY", Relation.SAID, "Trees do not pay the rent.", 0)),
                            false));
            load(t, articles);
            List<GraphStats.Count> once = GraphStats.of(t);
            load(t, articles);
            assertThat(GraphStats.of(t)).isEqualTo(once).contains(new GraphStats.Count("node", "Person", 2));

            GraphLoader.retract(t, "d1");
            assertThat(GraphStats.of(t)).contains(new GraphStats.Count("node", "Person", 1))
                    .noneMatch(c -> c.name().equals("Party"));
        }
    }

    @Test
    void wrongPasswordSaysSo() {
        assertThatThrownBy(() -> Neo4jTarget.open(
                TargetSettings.remote(NEO4J.getBoltUrl(), "neo4j", "not-the-password", null), n -> { }))
                .isInstanceOf(TargetException.class)
                .hasMessageContaining("wrong user or password")
                .hasMessageNotContaining("not-the-password");
    }

    private static void load(Neo4jTarget t, List<ArticleContribution> articles) {
        try (GraphLoader loader = new GraphLoader(t, 1_000, p -> { })) {
            articles.forEach(loader::accept);
        }
    }
}
