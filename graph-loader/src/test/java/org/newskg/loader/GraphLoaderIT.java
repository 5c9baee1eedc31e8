package org.newskg.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Record;
import org.newskg.model.EntityType;
import org.newskg.model.InputProblem;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

@ExtendWith(SharedNeo4j.class)
class GraphLoaderIT {

    private final Neo4jTarget neo4j;

    GraphLoaderIT(Neo4jTarget neo4j) {
        this.neo4j = neo4j;
    }

    @BeforeEach
    void emptyGraph() {
        query("MATCH (n) DETACH DELETE n");
    }

    @Test
    void reloadingTheSameTriplesChangesNothing() {
        List<ArticleContribution> articles = List.of(article1(), article2());
        LoadReport first = load(articles);
        List<GraphStats.Count> before = GraphStats.of(neo4j);
        List<Map<String, Object>> relsBefore = query("MATCH (s)-[r]->(o) RETURN s.key AS s, type(r) AS t, o.key AS o,"
                + " properties(r) AS p ORDER BY s, t, o, p.article");

        LoadReport second = load(articles);

        assertThat(first.nodesCreated()).isPositive();
        assertThat(second.nodesCreated()).isZero();
        assertThat(second.relationshipsCreated()).isZero();
        assertThat(second.articlesUnchanged()).isEqualTo(2);
        assertThat(GraphStats.of(neo4j)).isEqualTo(before);
        assertThat(query("MATCH (s)-[r]->(o) RETURN s.key AS s, type(r) AS t, o.key AS o, properties(r) AS p"
                + " ORDER BY s, t, o, p.article")).isEqualTo(relsBefore);
    }

    @Test
    void rerunAfterAnInterruptedLoadGivesTheCountsOfAnUninterruptedOne() {
        List<ArticleContribution> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "i" + i;
            all.add(ArticleContribution.ofTriples(id, List.of(
                    triple(id, "Person " + (i % 4), Relation.MEMBER_OF, "Party " + (i % 2), 0),
                    triple(id, "Person " + (i % 4), Relation.SAID, "Words of article " + i + " here.", 10)), false));
        }
        load(all);
        List<GraphStats.Count> uninterrupted = GraphStats.of(neo4j);
        emptyGraph();
        // an interrupted run: only the batches before the failure were committed
        try (GraphLoader loader = new GraphLoader(neo4j, 4, p -> { })) {
            all.subList(0, 7).forEach(loader::accept);
        }
        LoadReport rerun = load(all);
        assertThat(GraphStats.of(neo4j)).isEqualTo(uninterrupted);
        assertThat(rerun.articlesUnchanged()).isEqualTo(7);
    }

    @Test
    void everyRelationshipCarriesItsProvenance() {
        load(List.of(article1()));
        Map<String, Object> r = query("MATCH (:Person {key: 'ada quill'})-[r:MEMBER_OF]->(:Party {key: 'green'})"
                + " RETURN properties(r) AS p").get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) r.get("p");
        assertThat(p).containsEntry("article", "a1").containsEntry("evidence", "Green Party MP Ada Quill spoke.")
                .containsEntry("start", 0L).containsEntry("end", 30L).containsEntry("rule", "title")
                .containsEntry("confidence", 0.9);
    }

    @Test
    void changedArticleReplacesWhatItContributed() {
        load(List.of(article1(), article2()));
        ArticleContribution changed = ArticleContribution.ofTriples("a1", List.of(
                triple("a1", "Ada Quill", Relation.SAID, "A completely different sentence now.", 100)), false);

        LoadReport report = load(List.of(changed));

        assertThat(report.articlesReplaced()).isEqualTo(1);
        assertThat(quotesOf("ada quill")).containsExactly("A completely different sentence now.");
        // the membership only a1 stated is gone, and so is the party only a1 named
        assertThat(count("MATCH (:Person {key: 'ada quill'})-[r:MEMBER_OF]->() RETURN count(r) AS c")).isZero();
        assertThat(count("MATCH (p:Party {key: 'green'}) RETURN count(p) AS c")).isZero();
        // what a2 contributed is untouched
        assertThat(count("MATCH (:Person {key: 'bram tolley'})-[r:CRITICISED {article: 'a2'}]->(:Person {key: 'ada quill'})"
                + " RETURN count(r) AS c")).isEqualTo(1);
    }

    @Test
    void retractionRemovesOnlyTheArticlesTraces() {
        load(List.of(article1(), article2()));

        assertThat(GraphLoader.retract(neo4j, "a1")).isTrue();

        assertThat(count("MATCH (a:Article {id: 'a1'}) RETURN count(a) AS c")).isZero();
        assertThat(count("MATCH ()-[r {article: 'a1'}]->() RETURN count(r) AS c")).isZero();
        assertThat(count("MATCH (p:Party {key: 'green'}) RETURN count(p) AS c")).isZero();
        assertThat(count("MATCH (q:Quote) RETURN count(q) AS c")).isEqualTo(1); // a2's quote only
        // Ada Quill is still supported by a2, and keeps only the spelling a2 uses
        List<Map<String, Object>> ada = query("MATCH (p:Person {key: 'ada quill'}) RETURN p.name AS name, p.aliases AS aliases");
        assertThat(ada).hasSize(1);
        assertThat(ada.get(0).get("aliases")).isEqualTo(List.of("Ms Ada Quill"));
        assertThat(count("MATCH (:Person {key: 'bram tolley'})-[r:CRITICISED]->(:Person {key: 'ada quill'})"
                + " RETURN count(r) AS c")).isEqualTo(1);
        assertThat(GraphLoader.retract(neo4j, "a1")).isFalse();
    }

    @Test
    void retractingEveryArticleLeavesAnEmptyGraph() {
        load(List.of(article1(), article2()));
        GraphLoader.retract(neo4j, "a1");
        GraphLoader.retract(neo4j, "a2");
        assertThat(GraphStats.of(neo4j)).isEmpty();
    }

    @Test
    void samePersonInSeveralArticlesIsOneNodeWithEverySpellingAsAlias() {
        load(List.of(
                ArticleContribution.ofTriples("x1", List.of(triple("x1", "KEN LIVINGSTONE", Relation.MEMBER_OF, "Labour", 0)), false),
                ArticleContribution.ofTriples("x2", List.of(triple("x2", "Mr Ken Livingstone", Relation.MEMBER_OF,
                        "Labour Party", 0)), false),
                ArticleContribution.ofTriples("x3", List.of(triple("x3", "Ken Livingstone", Relation.SAID,
                        "We will win this argument.", 0)), false)));

        List<Map<String, Object>> people = query("MATCH (p:Person) RETURN p.key AS key, p.name AS name, p.aliases AS aliases");
        assertThat(people).hasSize(1);
        assertThat(people.get(0)).containsEntry("key", "ken livingstone").containsEntry("name", "Ken Livingstone");
        @SuppressWarnings("unchecked")
        List<String> aliases = (List<String>) people.get(0).get("aliases");
        assertThat(aliases).containsExactlyInAnyOrder("KEN LIVINGSTONE", "Mr Ken Livingstone", "Ken Livingstone");
        assertThat(query("MATCH (p:Party) RETURN p.name AS name")).containsExactly(Map.of("name", "Labour Party"));
        assertThat(count("MATCH (:Person)-[r:MEMBER_OF]->(:Party) RETURN count(r) AS c")).isEqualTo(2);
    }

    @Test
    void displayNameDoesNotDependOnLoadOrder() {
        ArticleContribution caps = ArticleContribution.ofTriples("o1",
                List.of(triple("o1", "JUNE FARROW", Relation.MEMBER_OF, "Labour", 0)), false);
        ArticleContribution mixed = ArticleContribution.ofTriples("o2",
                List.of(triple("o2", "June Farrow", Relation.MEMBER_OF, "Labour", 0)), false);
        load(List.of(mixed, caps));
        String first = (String) query("MATCH (p:Person) RETURN p.name AS n").get(0).get("n");
        emptyGraph();
        load(List.of(caps, mixed));
        String second = (String) query("MATCH (p:Person) RETURN p.name AS n").get(0).get("n");
        assertThat(first).isEqualTo(second).isEqualTo("June Farrow");
    }

    @Test
    void oneFactBackedByTwoArticlesIsTwoRelationshipsAndSurvivesRetractingOne() {
        load(List.of(
                ArticleContribution.ofTriples("c1", List.of(triple("c1", "Bram Tolley", Relation.CRITICISED, "Ada Quill", 0)), false),
                ArticleContribution.ofTriples("c2", List.of(triple("c2", "Bram Tolley", Relation.CRITICISED, "Ada Quill", 5)), false)));
        assertThat(count("MATCH (:Person)-[r:CRITICISED]->(:Person) RETURN count(r) AS c")).isEqualTo(2);
        GraphLoader.retract(neo4j, "c1");
        assertThat(query("MATCH (:Person)-[r:CRITICISED]->(:Person) RETURN r.article AS a"))
                .containsExactly(Map.of("a", "c2"));
    }

    @Test
    void constraintsExistOnEveryKey() {
        load(List.of(article1()));
        List<Map<String, Object>> constraints = query("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties"
                + " RETURN type, labelsOrTypes[0] AS label, properties[0] AS property");
        List<String> unique = new ArrayList<>();
        for (Map<String, Object> c : constraints) {
            if ("UNIQUENESS".equals(c.get("type"))) {
                unique.add(c.get("label") + "." + c.get("property"));
            }
        }
        List<String> expected = new ArrayList<>(List.of("Article.id"));
        for (EntityType t : EntityType.values()) {
            expected.add(t.label() + ".key");
        }
        assertThat(unique).containsAll(expected);
    }

    @Test
    void hostileNamesAndQuotesLoadVerbatimAndChangeNothingElse() {
        String name = "Robert'); MATCH (n) DETACH DELETE n; // \"Bobby\" `x` {y} $z";
        String quote = "'}) MERGE (x:Hacked) WITH x MATCH (n) DETACH DELETE n //\n\"RETURN\" `DROP` {$rows} CALL db.x()";
        String party = "Party` {key:'x'}) DETACH DELETE n //";
        load(List.of(ArticleContribution.ofTriples("h1", List.of(
                triple("h1", name, Relation.SAID, quote, 0),
                triple("h1", name, Relation.MEMBER_OF, party, 10)), false)));

        assertThat(query("MATCH (p:Person) RETURN p.name AS n")).containsExactly(Map.of("n", name));
        assertThat(query("MATCH (q:Quote) RETURN q.text AS t")).containsExactly(Map.of("t", quote));
        assertThat(query("MATCH (p:Party) RETURN p.name AS n")).containsExactly(Map.of("n", party));
        assertThat(count("MATCH (n:Hacked) RETURN count(n) AS c")).isZero();
        assertThat(query("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t ORDER BY t"))
                .extracting(m -> m.get("t")).containsExactly("MEMBER_OF", "MENTIONS", "SAID");
        assertThat(query("MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label ORDER BY label"))
                .extracting(m -> m.get("label")).containsExactly("Article", "Party", "Person", "Quote");
    }

    @Test
    void tripleWithoutAUsableNameIsReportedAndTheRestLoads() {
        List<InputProblem> problems = new ArrayList<>();
        try (GraphLoader loader = new GraphLoader(neo4j, 100, problems::add)) {
            loader.accept(ArticleContribution.ofTriples("p1", List.of(
                    triple("p1", "!!!", Relation.MEMBER_OF, "Labour", 0),
                    triple("p1", "Ada Quill", Relation.MEMBER_OF, "Labour", 5)), false));
        }
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).contains("p1");
            assertThat(p.message()).contains("'!!!'");
        });
        assertThat(count("MATCH (:Person)-[r:MEMBER_OF]->() RETURN count(r) AS c")).isEqualTo(1);
    }

    @Test
    void batchesSmallerThanTheInputGiveTheSameGraph() {
        List<ArticleContribution> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = "m" + i;
            many.add(ArticleContribution.ofTriples(id, List.of(
                    triple(id, "Person " + (i % 7), Relation.MEMBER_OF, "Party " + (i % 3), 0),
                    triple(id, "Person " + (i % 7), Relation.SAID, "Quote number " + i + " is long enough.", 10),
                    triple(id, "Person " + (i % 5), Relation.CRITICISED, "Person " + ((i + 1) % 5), 20)), false));
        }
        try (GraphLoader loader = new GraphLoader(neo4j, 4, p -> { })) {
            many.forEach(loader::accept);
        }
        List<GraphStats.Count> small = GraphStats.of(neo4j);
        emptyGraph();
        try (GraphLoader loader = new GraphLoader(neo4j, 10_000, p -> { })) {
            many.forEach(loader::accept);
        }
        assertThat(GraphStats.of(neo4j)).isEqualTo(small);
        assertThat(small).contains(new GraphStats.Count("node", "Person", 7), new GraphStats.Count("node", "Party", 3),
                new GraphStats.Count("node", "Quote", 30), new GraphStats.Count("node", "Article", 30));
    }

    // --- helpers

    private static ArticleContribution article1() {
        return ArticleContribution.ofTriples("a1", List.of(
                new Triple("a1", "Ada Quill", EntityType.PERSON, Relation.MEMBER_OF, "Green Party", EntityType.PARTY,
                        0.9, "Green Party MP Ada Quill spoke.", 0, 30, "title"),
                triple("a1", "Ada Quill", Relation.SAID, "We will plant a million trees by spring.", 31),
                triple("a1", "Ada Quill", Relation.CRITICISED, "Bram Tolley", 80)), false);
    }

    private static ArticleContribution article2() {
        return ArticleContribution.ofTriples("a2", List.of(
                triple("a2", "Bram Tolley", Relation.CRITICISED, "Ms Ada Quill", 0),
                triple("a2", "Bram Tolley", Relation.SAID, "Trees do not pay the rent.", 40)), false);
    }

    static Triple triple(String article, String subject, Relation predicate, String object, int start) {
        return new Triple(article, subject, predicate.subjectType(), predicate, object, predicate.objectType(), 0.8,
                subject + " ... " + object, start, start + 10, "test");
    }

    private LoadReport load(List<ArticleContribution> articles) {
        try (GraphLoader loader = new GraphLoader(neo4j, GraphLoader.DEFAULT_BATCH_SIZE, p -> { })) {
            articles.forEach(loader::accept);
            loader.flush();
            return loader.report();
        }
    }

    private List<String> quotesOf(String personKey) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> m : query("MATCH (:Person {key: $k})-[:SAID]->(q:Quote) RETURN q.text AS t", Map.of("k", personKey))) {
            out.add((String) m.get("t"));
        }
        return out;
    }

    private long count(String cypher) {
        return (Long) query(cypher).get(0).get("c");
    }

    private List<Map<String, Object>> query(String cypher) {
        return query(cypher, Map.of());
    }

    private List<Map<String, Object>> query(String cypher, Map<String, Object> params) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Record r : neo4j.driver().executableQuery(cypher).withParameters(params).withConfig(neo4j.queryConfig())
                .execute().records()) {
            out.add(r.asMap());
        }
        return out;
    }
}
