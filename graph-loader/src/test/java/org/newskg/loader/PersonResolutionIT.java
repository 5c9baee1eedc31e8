package org.newskg.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.loader.GraphLoaderIT.triple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Record;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/** One node per real person across articles, on invented articles: each rule of the resolution pinned. */
@ExtendWith(SharedNeo4j.class)
class PersonResolutionIT {

    private final Neo4jTarget neo4j;

    PersonResolutionIT(Neo4jTarget neo4j) {
        this.neo4j = neo4j;
    }

    @BeforeEach
    void emptyGraph() {
        query("MATCH (n) DETACH DELETE n");
    }

    private static ArticleContribution article(String id, Triple... triples) {
        return ArticleContribution.ofTriples(id, List.of(triples), false);
    }

    private static final ArticleContribution A1 = article("a1",
            triple("a1", "Dora J. Quint", Relation.MEMBER_OF, "Green Party", 0),
            triple("a1", "Dora J. Quint", Relation.SAID, "We will win the seat.", 20));
    private static final ArticleContribution A2 = article("a2",
            triple("a2", "Dora Quint", Relation.MEMBER_OF, "Green Party", 0),
            triple("a2", "Dora Quint", Relation.CRITICISED, "Vince Orla", 20));
    private static final ArticleContribution A3 = article("a3",
            triple("a3", "Dora Quint", Relation.SAID, "The budget is a disgrace.", 0),
            triple("a3", "Vincent Orla", Relation.MEMBER_OF, "Blue Party", 30));
    private static final ArticleContribution A4 = article("a4",
            triple("a4", "Ms Quint", Relation.SAID, "Nobody asked us.", 0));
    /** Another Quint: from now on the surname alone cannot say which. */
    private static final ArticleContribution A5 = article("a5",
            triple("a5", "Milo Quint", Relation.MEMBER_OF, "Blue Party", 0));

    @Test
    void variantsOfOneNameAreOneNodeWithEverySpelling() {
        load(List.of(A1, A2, A3, A4));
        // Vince and Vincent: one article each, the longer spelling wins the tie
        assertThat(persons()).containsExactly("Dora Quint", "Vincent Orla");
        Map<String, Object> dora = query("MATCH (p:Person {name: 'Dora Quint'}) RETURN p.key AS key, p.aliases AS aliases")
                .get(0);
        assertThat(dora.get("key")).isEqualTo("dora quint");
        assertThat(dora.get("aliases")).isEqualTo(List.of("Dora J. Quint", "Dora Quint", "Ms Quint"));
        // every article's MENTIONS keeps the names it used, and every fact its subject's name as written
        assertThat(query("MATCH (a:Article)-[m:MENTIONS]->(:Person {key: 'dora quint'}) RETURN a.id AS a, m.names AS n"
                + " ORDER BY a")).extracting(m -> m.get("n")).containsExactly(List.of("Dora J. Quint"),
                        List.of("Dora Quint"), List.of("Dora Quint"), List.of("Ms Quint"));
        assertThat(query("MATCH (:Person {key: 'dora quint'})-[r:MEMBER_OF]->() RETURN r.subjectName AS n ORDER BY n"))
                .extracting(m -> m.get("n")).containsExactly("Dora J. Quint", "Dora Quint");
        assertThat(query("MATCH (:Person {key: 'dora quint'})-[r:SAID]->() RETURN count(r) AS n").get(0).get("n"))
                .isEqualTo(3L);
    }

    @Test
    void differentPeopleSharingASurnameAreKeptApartAndTheSurnameIsUndecided() {
        load(List.of(A1, A2, A3, A4, A5));
        assertThat(persons()).containsExactly("Dora Quint", "Milo Quint", "Quint", "Vincent Orla");
        assertThat(query("MATCH (p:Person {key: 'quint'}) RETURN p.undecided AS u").get(0).get("u"))
                .isEqualTo(List.of("dora quint", "milo quint"));
        assertThat(runReport("undecided-persons")).isNotEmpty();
    }

    /** The words of A1's quote again, from a spelling that joins A1's. */
    private static final ArticleContribution A6 = article("a6",
            triple("a6", "Dora Quint", Relation.SAID, "We will win the seat.", 0));

    @Test
    void theSameWordsFromOnePersonUnderTwoSpellingsAreOneQuoteWhateverTheResolutionDoes() {
        load(List.of(A1, A6, A4));
        assertThat(quotes()).containsExactly("dora j quint|Nobody asked us.|1", "dora j quint|We will win the seat.|2");
        // another Quint makes "Ms Quint" undecided: her quote goes with her own node again
        load(List.of(A5));
        assertThat(quotes()).containsExactly("dora j quint|We will win the seat.|2", "quint|Nobody asked us.|1");
        GraphLoader.retract(neo4j, "a5");
        assertThat(quotes()).containsExactly("dora j quint|Nobody asked us.|1", "dora j quint|We will win the seat.|2");
        GraphLoader.retract(neo4j, "a6");
        assertThat(quotes()).containsExactly("dora j quint|Nobody asked us.|1", "dora j quint|We will win the seat.|1");
        // every quote keyed by its speaker's node, as if loaded under that name
        for (Map<String, Object> q : query("MATCH (p:Person)-[:SAID]->(q:Quote) RETURN p.key AS p, q.key AS k, q.text AS t")) {
            assertThat(q.get("k")).isEqualTo(org.newskg.model.graph.NodeKeys.key(org.newskg.model.EntityType.QUOTE,
                    (String) q.get("t"), (String) q.get("p")));
        }
    }

    /** Speaker key, text and number of SAID relationships of every quote. */
    private List<String> quotes() {
        return query("MATCH (q:Quote) RETURN [(p:Person)-[:SAID]->(q) | p.key][0] + '|' + q.text + '|'"
                + " + COUNT { ()-[:SAID]->(q) } AS q ORDER BY q").stream().map(m -> (String) m.get("q")).toList();
    }

    @Test
    void theOrderOfLoadingChangesNothing() {
        load(List.of(A1, A2, A3, A4, A5));
        var forwards = snapshot();
        emptyGraph();
        load(List.of(A5, A4));
        load(List.of(A3));
        load(List.of(A2, A1));
        assertThat(snapshot()).isEqualTo(forwards);
        emptyGraph();
        for (ArticleContribution a : List.of(A3, A5, A1, A4, A2)) {
            load(List.of(a));
        }
        assertThat(snapshot()).isEqualTo(forwards);
    }

    @Test
    void rerunsChangeNothing() {
        load(List.of(A1, A2, A3, A4));
        var first = snapshot();
        LoadReport again = load(List.of(A1, A2, A3, A4));
        assertThat(again.articlesUnchanged()).isEqualTo(4);
        assertThat(snapshot()).isEqualTo(first);
    }

    @Test
    void retractingTheArticleThatJustifiedAMergeUndoesIt() {
        load(List.of(A1, A3, A4));
        assertThat(persons()).containsExactly("Dora J. Quint", "Vincent Orla");
        load(List.of(A2, A5));
        var withA5 = snapshot();
        GraphLoader.retract(neo4j, "a5");
        assertThat(persons()).containsExactly("Dora Quint", "Vincent Orla");
        assertThat(query("MATCH (p:Person {key: 'dora quint'}) RETURN p.aliases AS a").get(0).get("a"))
                .isEqualTo(List.of("Dora J. Quint", "Dora Quint", "Ms Quint"));
        // and loading it again gives the same graph as before the retraction
        load(List.of(A5));
        assertThat(snapshot()).isEqualTo(withA5);
        // the full name that justified joining the surname goes: the surname is its own person again
        GraphLoader.retract(neo4j, "a5");
        GraphLoader.retract(neo4j, "a1");
        GraphLoader.retract(neo4j, "a2");
        GraphLoader.retract(neo4j, "a3");
        assertThat(persons()).containsExactly("Quint");
        assertThat(query("MATCH (p:Person) RETURN p.key AS k").get(0).get("k")).isEqualTo("quint");
    }

    @Test
    void aSurnameJoinsTheNamesakeItsArticleSharesOtherPeopleWithUntilThatEvidenceIsRetracted() {
        ArticleContribution doraWithOthers = article("c1",
                triple("c1", "Dora Quint", Relation.CRITICISED, "Vincent Orla", 0),
                triple("c1", "Dora Quint", Relation.CRITICISED, "Lena Fitch", 40));
        ArticleContribution surnameWithThem = article("c2",
                triple("c2", "Quint", Relation.CRITICISED, "Vincent Orla", 0),
                triple("c2", "Lena Fitch", Relation.SAID, "She has it wrong.", 40));
        load(List.of(A1, A5, doraWithOthers, surnameWithThem));
        // two Quints in full, but the surname's article shares Orla and Fitch with Dora Quint's
        assertThat(persons()).containsExactly("Dora J. Quint", "Lena Fitch", "Milo Quint", "Vincent Orla");
        assertThat(query("MATCH (:Person {name: 'Dora J. Quint'})-[r:CRITICISED]->(:Person {key: 'vincent orla'})"
                + " RETURN r.article AS a ORDER BY a")).extracting(m -> m.get("a")).containsExactly("c1", "c2");
        // without the article that put her beside them, nothing tells the two Quints apart
        GraphLoader.retract(neo4j, "c1");
        assertThat(persons()).containsExactly("Dora J. Quint", "Lena Fitch", "Milo Quint", "Quint", "Vincent Orla");
        assertThat(query("MATCH (p:Person {key: 'quint'}) RETURN p.undecided AS u").get(0).get("u"))
                .isEqualTo(List.of("dora j quint", "milo quint"));
    }

    @Test
    void theDisplayNameIsTheMostFrequentWellFormedSpelling() {
        load(List.of(article("b1", triple("b1", "NELL Amory", Relation.SAID, "One.", 0)),
                article("b2", triple("b2", "Nell R. Amory", Relation.SAID, "Two.", 0)),
                article("b3", triple("b3", "Nell Amory", Relation.SAID, "Three.", 0)),
                article("b4", triple("b4", "Stepson Nell Amory", Relation.SAID, "Four.", 0)),
                article("b5", triple("b5", "Nell R. Amory", Relation.SAID, "Five.", 0)),
                article("b6", triple("b6", "Nell R. Amory", Relation.SAID, "Six.", 0))));
        // "Nell Amory" is written three ways (NELL Amory, Nell Amory, Stepson Nell Amory), three articles once
        // repaired, as many as "Nell R. Amory": the longer wins the tie, until one more article says "Nell Amory"
        assertThat(persons()).containsExactly("Nell R. Amory");
        load(List.of(article("b7", triple("b7", "Nell Amory", Relation.SAID, "Seven.", 0))));
        assertThat(persons()).containsExactly("Nell Amory");
    }

    @Test
    void membershipsContradictedByMuchStrongerEvidenceAreContested() {
        List<ArticleContribution> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(article("c" + i, triple("c" + i, "Olga Penn", Relation.MEMBER_OF, "Red Party", 0)));
        }
        articles.add(article("c6", triple("c6", "Olga Penn", Relation.MEMBER_OF, "Blue Party", 0)));
        articles.add(article("c7", triple("c7", "Ivo Penn-Smith", Relation.MEMBER_OF, "Red Party", 0),
                triple("c7", "Ivo Penn-Smith", Relation.LEFT, "Blue Party", 40)));
        articles.add(article("c8", triple("c8", "Ivo Penn-Smith", Relation.MEMBER_OF, "Blue Party", 0)));
        for (int i = 9; i < 14; i++) {
            articles.add(article("c" + i, triple("c" + i, "Ivo Penn-Smith", Relation.MEMBER_OF, "Red Party", 0)));
            // moved from the Red Party to a new one, which few articles mention yet
            articles.add(article("d" + i, triple("d" + i, "Uma Reyes", Relation.MEMBER_OF, "Red Party", 0)));
        }
        articles.add(article("d1", triple("d1", "Uma Reyes", Relation.LEFT, "Red Party", 0),
                triple("d1", "Uma Reyes", Relation.MEMBER_OF, "Gold Party", 40)));
        load(articles);
        List<Map<String, Object>> contested = runReport("contested-memberships");
        assertThat(contested).extracting(r -> r.get("person") + "/" + r.get("party") + "/" + r.get("articles"))
                .containsExactly("Olga Penn/Blue Party/1");
        List<Map<String, Object>> quoted = runReport("party-members");
        assertThat(quoted).extracting(r -> r.get("member") + "/" + r.get("party"))
                .contains("Olga Penn/Red Party", "Ivo Penn-Smith/Blue Party", "Uma Reyes/Gold Party")
                .doesNotContain("Olga Penn/Blue Party");
    }

    @Test
    void aSuffixedNameIsTheSameNameWithoutItWhenBothHoldOneOfficeButNeverBesideIt() {
        load(InventedPersons.SUFFIXES);
        // Stave: one node for the three spellings (the surname beside the suffixed name is him as well)
        assertThat(query("MATCH (p:Person) WHERE p.key CONTAINS 'stave' RETURN p.key AS k, p.aliases AS a"))
                .containsExactly(Map.of("k", "joseph q stave jr", "a", List.of("Joe Stave", "Joseph Q. Stave Jr.", "Stave")));
        // Quill: one article names father and son side by side, whatever office they share elsewhere
        assertThat(query("MATCH (p:Person) WHERE p.key CONTAINS 'quill' RETURN p.key AS k ORDER BY k"))
                .extracting(m -> m.get("k")).containsExactly("donald quill", "donald quill jr");
        var all = snapshot();
        // the only article that gives the suffixed name the office: the two are apart again
        GraphLoader.retract(neo4j, "s1");
        assertThat(query("MATCH (p:Person) WHERE p.key CONTAINS 'stave' RETURN p.key AS k ORDER BY k"))
                .extracting(m -> m.get("k")).containsExactly("joe stave", "joseph q stave jr");
        load(List.of(InventedPersons.SUFFIXES.get(0)));
        assertThat(snapshot()).isEqualTo(all);
        emptyGraph();
        for (int i = InventedPersons.SUFFIXES.size() - 1; i >= 0; i--) {
            load(List.of(InventedPersons.SUFFIXES.get(i)));
        }
        assertThat(snapshot()).isEqualTo(all);
    }

    @Test
    void theSexAnArticleGivesASurnameDecidesBetweenNamesakesArticleByArticle() {
        load(InventedPersons.SEXES.subList(0, 3));
        // "Mr. Vole": the only Vole known to be a man (his own article says "he")
        assertThat(persons()).containsExactly("Ben Hart", "Cara Lind", "Hilda Vole", "Hugo Vole");
        load(InventedPersons.SEXES.subList(3, 4));
        // now a man in one article and a woman in another: each article decides for itself
        assertThat(query("MATCH (a:Article)-[:MENTIONS]->(p:Person) WHERE p.key ENDS WITH 'vole'"
                + " RETURN a.id + '>' + p.key AS m ORDER BY m")).extracting(m -> m.get("m"))
                .containsExactly("v1>hilda vole", "v2>hugo vole", "v3>hugo vole", "v4>hilda vole");
        assertThat(query("MATCH (p:Person)-[r:SAID]->(q:Quote) WHERE p.key ENDS WITH 'vole'"
                + " RETURN p.key + ':' + q.text AS s ORDER BY s")).extracting(m -> m.get("s"))
                .containsExactly("hilda vole:One.", "hilda vole:Seven.", "hugo vole:Five.", "hugo vole:Three.");
        var all = snapshot();
        GraphLoader.retract(neo4j, "v4");
        assertThat(persons()).containsExactly("Ben Hart", "Cara Lind", "Hilda Vole", "Hugo Vole");
        assertThat(query("MATCH (p:Person {key: 'hilda vole'}) RETURN p.aliases AS a").get(0).get("a"))
                .isEqualTo(List.of("Hilda Vole"));
        emptyGraph();
        load(List.of(InventedPersons.SEXES.get(3), InventedPersons.SEXES.get(1)));
        load(List.of(InventedPersons.SEXES.get(2), InventedPersons.SEXES.get(0)));
        assertThat(snapshot()).isEqualTo(all);
    }

    private List<Map<String, Object>> runReport(String name) {
        var report = org.newskg.report.ReportCatalog.builtIn().find(name).orElseThrow();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Record r : neo4j.driver().executableQuery(report.query()).withParameters(report.parameters(Map.of()))
                .withConfig(neo4j.queryConfig()).execute().records()) {
            out.add(r.asMap());
        }
        return out;
    }

    /** Every node and relationship, as comparable values. */
    private List<Object> snapshot() {
        List<Object> out = new ArrayList<>();
        out.add(GraphStats.of(neo4j));
        out.add(query("MATCH (p:Person) RETURN p.key AS k, p.name AS n, p.aliases AS a, p.undecided AS u ORDER BY k"));
        out.add(query("MATCH (a)-[m:MENTIONS]->(p) RETURN a.id AS a, p.key AS p, m.names AS n ORDER BY a, p"));
        out.add(query("MATCH (s)-[r]->(o) WHERE type(r) <> 'MENTIONS' RETURN s.key AS s, type(r) AS t, o.key AS o,"
                + " properties(r) AS p ORDER BY s, t, o, p.article"));
        return out;
    }

    private List<String> persons() {
        return query("MATCH (p:Person) RETURN p.name AS n ORDER BY n").stream().map(m -> (String) m.get("n")).toList();
    }

    private LoadReport load(List<ArticleContribution> articles) {
        try (GraphLoader loader = new GraphLoader(neo4j, 2, p -> { })) {
            articles.forEach(loader::accept);
            loader.flush();
            return loader.report();
        }
    }

    private List<Map<String, Object>> query(String cypher) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Record r : neo4j.driver().executableQuery(cypher).withConfig(neo4j.queryConfig()).execute().records()) {
            out.add(r.asMap());
        }
        return out;
    }
}
