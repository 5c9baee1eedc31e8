package org.newskg.model.graph;

import org.newskg.model.EntityType;
import org.newskg.model.Relation;

/**
 * Every query the loader runs (kg load through the driver, the Spark LoadJob through the connector). Labels and relationship types come only from {@link EntityType} and
 * {@link Relation}; every value is a {@code $parameter}.
 */
public final class GraphQueries {

    /** Links an article to every node it supports; retraction deletes what no article supports any more. */
    public static final String MENTIONS = "MENTIONS";

    private GraphQueries() {
    }

    /**
     * Prefix of the write queries: keep the cached plan while the graph grows. Their plans are index and
     * element-id seeks whatever the statistics say, and on a graph growing by thousands of nodes a second
     * Neo4j would otherwise re-plan them again and again (a few percent of a load).
     */
    private static final String KEEP_PLAN = "CYPHER replan=skip\n";

    public static String constraint(EntityType type) {
        String label = type.label();
        return "CREATE CONSTRAINT " + label.toLowerCase(java.util.Locale.ROOT) + "_key IF NOT EXISTS FOR (n:" + label
                + ") REQUIRE n.key IS UNIQUE";
    }

    public static final String ARTICLE_CONSTRAINT =
            "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE";

    public static final String ARTICLE_HASHES = """
            UNWIND $ids AS id
            MATCH (a:Article {id: id})
            RETURN a.id AS id, a.triplesHash AS hash""";

    /** Returns each article's element id, by which the queries below find it again in the same transaction. */
    public static final String MERGE_ARTICLES = KEEP_PLAN + """
            UNWIND $rows AS row
            MERGE (a:Article {id: row.id})
            SET a += row.props
            RETURN row.id AS key, elementId(a) AS node""";

    /**
     * Nodes with a name and aliases (every type but quotes). One row per key: the aliases grow by the
     * names seen, and the display name is the best of the current one and the batch's best. The name is
     * set before its score, so both compare against the stored score; the score is then the higher one.
     * (One SET per case rather than a WITH between two SETs: that needed an Eager operator.) Returns each
     * node's element id: the queries after it find named nodes by element id (a direct record lookup)
     * rather than by another seek of the key's index.
     */
    public static String mergeNamedNodes(EntityType type) {
        return KEEP_PLAN + """
                UNWIND $rows AS row
                MERGE (n:%s {key: row.key})
                ON CREATE SET n.aliases = row.names, n.name = row.best, n.nameScore = row.bestScore
                ON MATCH SET n.aliases = coalesce(n.aliases, []) + [x IN row.names WHERE NOT x IN coalesce(n.aliases, [])],
                    n.name = CASE WHEN n.name IS NULL OR row.bestScore > n.nameScore
                        OR (row.bestScore = n.nameScore AND row.best < n.name) THEN row.best ELSE n.name END,
                    n.nameScore = CASE WHEN n.nameScore IS NULL OR row.bestScore > n.nameScore
                        THEN row.bestScore ELSE n.nameScore END
                RETURN row.key AS key, elementId(n) AS node"""
                .formatted(type.label());
    }

    /**
     * Links each article to the nodes it supports, with the names it uses for them (one row per pair;
     * article and node by element id).
     */
    public static final String MERGE_MENTIONS = KEEP_PLAN + """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row.article
            MATCH (n) WHERE elementId(n) = row.node
            MERGE (a)-[m:%s]->(n)
            ON CREATE SET m.names = []
            SET m.names = m.names + [x IN row.names WHERE NOT x IN m.names]""".formatted(MENTIONS);

    /**
     * MENTIONS of articles that have none yet (new, or replaced in this transaction): created, not merged.
     * One row per article, with its nodes and the names it uses for them (all by element id).
     */
    public static final String CREATE_MENTIONS = KEEP_PLAN + """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row.article
            WITH a, row
            UNWIND row.nodes AS x
            MATCH (n) WHERE elementId(n) = x.node
            CREATE (a)-[:%s {names: x.names}]->(n)""".formatted(MENTIONS);

    /**
     * One relationship per (subject, object, type, article), carrying its evidence. Named nodes were merged
     * before (the rows carry their element ids, {@code sid} and {@code oid}); quotes are merged here (a quote exists only as the end of a relationship). With
     * {@code create}, the rows come from articles that have no relationships yet (new, or replaced in this
     * transaction; at most one row per pair and article), so they are created rather than merged.
     */
    public static String relationships(Relation relation, EntityType subject, EntityType object, boolean create) {
        // the properties are written inside CREATE, or by SET after MERGE: SET r = row.props or
        // SET r += ... after CREATE needed an Eager operator
        String write = create
                ? """
                        CREATE (s)-[:%s {article: row.article, evidence: row.evidence, start: row.start, end: row.end,
                            confidence: row.confidence, rule: row.rule, subjectName: row.sn, objectName: row.on}]->(o)"""
                        .formatted(relation.type())
                : """
                        MERGE (s)-[r:%s {article: row.article}]->(o)
                        SET r.evidence = row.evidence, r.start = row.start, r.end = row.end,
                            r.confidence = row.confidence, r.rule = row.rule,
                            r.subjectName = row.sn, r.objectName = row.on""".formatted(relation.type());
        return KEEP_PLAN + "UNWIND $rows AS row\n" + end("s", subject, "row.sk", "row.stext", "row.sid") + "\n"
                + end("o", object, "row.ok", "row.otext", "row.oid") + "\n" + write;
    }

    /** A quote end is merged by key; a named end was merged before and is found by its element id. */
    private static String end(String var, EntityType type, String key, String text, String elementId) {
        return type == EntityType.QUOTE
                ? "MERGE (%s:%s {key: %s}) ON CREATE SET %s.text = %s".formatted(var, type.label(), key, var, text)
                : "MATCH (%s) WHERE elementId(%s) = %s".formatted(var, var, elementId);
    }

    /**
     * The nodes an article may be the last support of: those it mentions, and the far ends (quotes) of
     * its relationships.
     */
    public static final String SUPPORTED_NODES = """
            UNWIND $ids AS id
            MATCH (:Article {id: id})-[:%s]->(n)
            OPTIONAL MATCH (n)-[r]->(m)
            WHERE r.article = id
            WITH collect(DISTINCT elementId(n)) + collect(DISTINCT elementId(m)) AS nodes
            UNWIND nodes AS node
            RETURN DISTINCT node""".formatted(MENTIONS);

    /** Every fact relationship an article contributed starts at a node the article mentions. */
    public static final String DELETE_FACTS = """
            UNWIND $ids AS id
            MATCH (:Article {id: id})-[:%s]->(n)-[r]->()
            WHERE r.article = id
            DELETE r""".formatted(MENTIONS);

    public static final String DELETE_MENTIONS = """
            UNWIND $ids AS id
            MATCH (:Article {id: id})-[m:%s]->()
            DELETE m""".formatted(MENTIONS);

    /**
     * Nodes left without any relationship are supported by no article any more: every node exists only as
     * the end of some article's relationship or MENTIONS link.
     */
    public static final String DELETE_UNSUPPORTED = """
            UNWIND $nodes AS node
            MATCH (n) WHERE elementId(n) = node
            AND NOT EXISTS { (n)--() }
            DELETE n""";

    /** The names every remaining article uses for the nodes that survived, to recompute aliases. */
    public static final String NAMES_OF_SURVIVORS = """
            UNWIND $nodes AS node
            MATCH (n) WHERE elementId(n) = node AND n.aliases IS NOT NULL
            MATCH (n)<-[m:%s]-(:Article)
            RETURN node, collect(m.names) AS names""".formatted(MENTIONS);

    public static final String SET_NAMES = """
            UNWIND $rows AS row
            MATCH (n) WHERE elementId(n) = row.node
            SET n.aliases = row.aliases, n.name = row.name, n.nameScore = row.score""";

    public static final String DELETE_ARTICLES = """
            UNWIND $ids AS id
            MATCH (a:Article {id: id})
            DETACH DELETE a""";

    public static final String NODE_COUNTS = """
            MATCH (n) UNWIND labels(n) AS label
            RETURN label AS name, count(*) AS count""";

    public static final String RELATIONSHIP_COUNTS = """
            MATCH ()-[r]->()
            RETURN type(r) AS name, count(*) AS count""";
}
