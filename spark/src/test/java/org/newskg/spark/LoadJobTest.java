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

        List<Row> rows = PrepareArticles.prepare("a1", "file", 7, List.of(first, better));

        assertThat(rows).filteredOn(r -> r.getString(0).equals(PrepareArticles.ARTICLE)).singleElement()
                .satisfies(r -> assertThat(r.getString(2)).hasSize(64));
        assertThat(rows).filteredOn(r -> r.getString(0).equals(PrepareArticles.NODE))
                .extracting(r -> r.getString(6) + " " + r.getString(7) + " " + List.of((String[]) r.get(8)))
                .containsExactly("PERSON ken livingstone [Mr Ken Livingstone, Ken Livingstone]",
                        "PARTY labour [Labour, the Labour Party]");
        assertThat(rows).filteredOn(r -> r.getString(0).equals(PrepareArticles.REL)).singleElement()
                .satisfies(r -> assertThat(r.<String>getAs(22)).isEqualTo("member.appositive"));
    }
}
