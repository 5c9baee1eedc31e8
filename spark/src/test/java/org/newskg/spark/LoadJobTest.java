package org.newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import scala.jdk.javaapi.CollectionConverters;

/** The parts of LoadJob that need no Spark session and no Neo4j. */
class LoadJobTest {

    private static Row mention(String article, String label, String key, String... names) {
        // as the connector reads them: an array column is a Scala sequence
        return RowFactory.create(article, label, key, CollectionConverters.asScala(List.of(names)).toSeq());
    }

    @Test
    void survivorsOfARetractionGetTheSortedNamesOfTheOtherArticlesAndTheBestOfThem() {
        List<Row> mentioned = List.of(
                mention("changed", "Party", "labour", "Labour", "the Labour Party"),
                mention("other", "Party", "labour", "Labour Party", "LABOUR"),
                mention("changed", "Party", "greens", "Greens"),
                mention("other", "Party", "tories", "Tories"));

        List<Row> survivors = LoadJob.survivors(mentioned, Set.of("changed"));

        assertThat(survivors).hasSize(1);
        Row labour = survivors.get(0);
        assertThat(labour.getString(0)).isEqualTo("Party");
        assertThat(labour.getString(1)).isEqualTo("labour");
        assertThat((String[]) labour.get(2)).containsExactly("LABOUR", "Labour Party");
        assertThat(labour.getString(3)).isEqualTo("Labour Party");
    }

    @Test
    void anArticlesRowsCarryItsHashItsNodesWithTheirNamesAndOneRelationshipPerPair() {
        Triple first = new Triple("a1", "Mr Ken Livingstone", EntityType.PERSON, Relation.MEMBER_OF, "Labour",
                EntityType.PARTY, 0.8, "Mr Ken Livingstone of Labour.", 0, 29, "member.of-party");
        Triple better = new Triple("a1", "Ken Livingstone", EntityType.PERSON, Relation.MEMBER_OF, "the Labour Party",
                EntityType.PARTY, 0.9, "Ken Livingstone, a Labour Party member.", 40, 79, "member.appositive");

        List<Row> rows = PrepareArticles.prepare("a1", "file", 7, PrepareArticles.Metadata.NONE,
                List.of(first, better));

        assertThat(rows).filteredOn(r -> r.getString(0).equals(PrepareArticles.ARTICLE)).singleElement()
                .satisfies(r -> assertThat(r.getString(2)).hasSize(64));
        assertThat(rows).filteredOn(r -> r.getString(0).equals(PrepareArticles.NODE))
                .extracting(r -> r.getString(6) + " " + r.getString(7) + " " + List.of((String[]) r.get(8)))
                .containsExactly("PERSON ken livingstone [Mr Ken Livingstone, Ken Livingstone]",
                        "PARTY labour [Labour, the Labour Party]");
        assertThat(rows).filteredOn(r -> r.getString(0).equals(PrepareArticles.REL)).singleElement()
                .satisfies(r -> assertThat(r.<String>getAs(22)).isEqualTo("member.appositive"));
    }

    private static final org.apache.spark.sql.types.StructType INPUT = new org.apache.spark.sql.types.StructType()
            .add("article_id", "string").add("subject", "string").add("subject_type", "string")
            .add("predicate", "string").add("object", "string").add("object_type", "string")
            .add("confidence", "double").add("evidence", "string").add("start", "int").add("end", "int")
            .add("rule", "string").add("title", "string").add("source", "string").add("url", "string")
            .add("published", "string").add("sha256", "string").add(PrepareArticles.FILE, "string")
            .add(PrepareArticles.ROW, "long").add(PrepareArticles.META, "int");

    private static Row metaRow(String article, String title, long row) {
        return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(new Object[] {article, null, null,
            null, null, null, null, null, null, null, null, title, "Gazette", "https://x/" + article, null, "abc",
            "articles", row, 0}, INPUT);
    }

    private static Row tripleRow(Triple t, long row) {
        return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(new Object[] {t.articleId(),
            t.subject(), t.subjectType().name(), t.predicate().name(), t.object(), t.objectType().name(),
            t.confidence(), t.evidence(), t.start(), t.end(), t.rule(), null, null, null, null, null, "triples", row,
            1}, INPUT);
    }

    private static Triple member(String article) {
        return new Triple(article, "Ann Holt", EntityType.PERSON, Relation.MEMBER_OF, "Labour", EntityType.PARTY, 0.9,
                "Labour's Ann Holt spoke.", 0, 24, "member.title-before-name");
    }

    @Test
    void anArticlesMetadataGivesItKgRunsPropertiesAndContentHash() {
        Triple t = member("a1");
        PrepareArticles.Metadata meta = new PrepareArticles.Metadata("Title", "Gazette", "https://x/a1", "2026-11-30",
                "abc");

        Row article = PrepareArticles.prepare("a1", "file", 0, meta, List.of(t)).get(0);
        Row bare = PrepareArticles.prepare("a1", "file", 0, PrepareArticles.Metadata.NONE, List.of(t)).get(0);

        assertThat(article.<String>getAs(PrepareArticles.OUT.fieldIndex("hash")))
                .isEqualTo(org.newskg.model.graph.PreparedArticle.contentHash("Title", "Gazette", "https://x/a1",
                        "2026-11-30", "abc", List.of(t)))
                .isNotEqualTo(bare.getAs(PrepareArticles.OUT.fieldIndex("hash")));
        assertThat(article.<String>getAs(PrepareArticles.OUT.fieldIndex("title"))).isEqualTo("Title");
        assertThat(article.<String>getAs(PrepareArticles.OUT.fieldIndex("sha256"))).isEqualTo("abc");
    }

    @Test
    void anArticleWithoutTriplesIsWrittenAndMissingOrDoubledMetadataAreProblemsNotFailures() {
        List<Row> input = List.of(
                metaRow("a1", "One", 0), tripleRow(member("a1"), 0),
                metaRow("a2", "Two", 1), metaRow("a2", "Two again", 2),
                tripleRow(member("a3"), 1),
                tripleRow(new Triple("a4", "Ann Holt", EntityType.PERSON, Relation.MEMBER_OF, "Labour",
                        EntityType.PARTY, 0.9, "x", 0, 1, "r"), 2));
        Row broken = new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(new Object[] {"a4", "Ann Holt",
            "NOT_A_TYPE", "MEMBER_OF", "Labour", "PARTY", 0.9, "x", 5, 6, "r", null, null, null, null, null,
            "triples", 3L, 1}, INPUT);
        List<Row> all = new java.util.ArrayList<>(input);
        all.add(broken);

        List<Row> out = new java.util.ArrayList<>();
        new PrepareArticles(true).call(all.iterator()).forEachRemaining(out::add);

        assertThat(out).filteredOn(r -> r.getString(0).equals(PrepareArticles.ARTICLE))
                .extracting(r -> r.getString(1) + " " + r.getAs(PrepareArticles.OUT.fieldIndex("rows")) + " "
                        + r.getAs(PrepareArticles.OUT.fieldIndex("title")))
                .containsExactly("a1 1 One", "a2 0 Two", "a3 1 null", "a4 1 null");
        assertThat(out).filteredOn(r -> r.getString(0).equals(PrepareArticles.PROBLEM))
                .extracting(r -> r.getAs(PrepareArticles.OUT.fieldIndex("where")) + ": "
                        + r.getAs(PrepareArticles.OUT.fieldIndex("message")))
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("article a2: listed twice in articles.parquet"),
                        p -> assertThat(p).startsWith("article a3: has triples but no row in articles.parquet"),
                        p -> assertThat(p).startsWith("article a4: triple skipped"),
                        p -> assertThat(p).startsWith("article a4: has triples but no row in articles.parquet"));
    }
}
