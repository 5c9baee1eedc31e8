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

    /** The rows of a kg load query: a batch, in the transaction function that merged its nodes. */
    private static final String BATCH_ROWS = "UNWIND $rows AS row\n";

    /**
     * The rows of a LoadJob query: the Neo4j Connector for Apache Spark runs it once per batch of Spark rows as
     * {@code UNWIND $events AS event ...} (query write mode), one row an event.
     */
    private static final String EVENT_ROWS = "WITH event AS row\n";

    private static final String ARTICLE_MERGE = """
            MERGE (a:Article {id: row.id})
            SET a += row.props""";

    /** Returns each article's element id, by which the queries below find it again in the same transaction. */
    public static final String MERGE_ARTICLES = KEEP_PLAN + BATCH_ROWS + ARTICLE_MERGE + """

            RETURN row.id AS key, elementId(a) AS node""";

    /**
     * {@link #MERGE_ARTICLES} for the connector: an event {@code {id, title, source, url, published, sha256,
     * triplesHash}}, one column each (the connector flattens a map column into keys such as
     * {@code props.title}). As kg load's {@code SET a += row.props}, whose map holds only the values that are
     * set, a null metadata value leaves the stored one; a null hash removes the stored one.
     */
    public static final String MERGE_ARTICLE_EVENT = EVENT_ROWS + """
            MERGE (a:Article {id: row.id})
            SET a.title = coalesce(row.title, a.title), a.source = coalesce(row.source, a.source),
                a.url = coalesce(row.url, a.url), a.published = coalesce(row.published, a.published),
                a.sha256 = coalesce(row.sha256, a.sha256), a.triplesHash = row.triplesHash""";

    /**
     * Nodes with a name and aliases (every type but quotes). One row per key: the aliases grow by the
     * names seen, and the display name is the best of the current one and the batch's best. The name is
     * set before its score, so both compare against the stored score; the score is then the higher one.
     * (One SET per case rather than a WITH between two SETs: that needed an Eager operator.) Returns each
     * node's element id: the queries after it find named nodes by element id (a direct record lookup)
     * rather than by another seek of the key's index.
     */
    public static String mergeNamedNodes(EntityType type) {
        return KEEP_PLAN + BATCH_ROWS + namedNodeMerge(type) + "\nRETURN row.key AS key, elementId(n) AS node";
    }

    /** {@link #mergeNamedNodes} for the connector: an event {@code {key, names, best, bestScore}}. */
    public static String mergeNamedNodeEvent(EntityType type) {
        return EVENT_ROWS + namedNodeMerge(type);
    }

    private static String namedNodeMerge(EntityType type) {
        return """
                MERGE (n:%s {key: row.key})
                ON CREATE SET n.aliases = row.names, n.name = row.best, n.nameScore = row.bestScore
                ON MATCH SET n.aliases = coalesce(n.aliases, []) + [x IN row.names WHERE NOT x IN coalesce(n.aliases, [])],
                    n.name = CASE WHEN n.name IS NULL OR row.bestScore > n.nameScore
                        OR (row.bestScore = n.nameScore AND row.best < n.name) THEN row.best ELSE n.name END,
                    n.nameScore = CASE WHEN n.nameScore IS NULL OR row.bestScore > n.nameScore
                        THEN row.bestScore ELSE n.nameScore END"""
                .formatted(type.label());
    }

    /**
     * Links each article to the nodes it supports, with the names it uses for them (one row per pair;
     * article and node by element id).
     */
    public static final String MERGE_MENTIONS = KEEP_PLAN + BATCH_ROWS + """
            MATCH (a) WHERE elementId(a) = row.article
            MATCH (n) WHERE elementId(n) = row.node
            """ + mentionMerge();

    /**
     * {@link #MERGE_MENTIONS} for the connector: an event {@code {article, key, names}}, the article by id and
     * the node by its key (written by an earlier job).
     */
    public static String mergeMentionEvent(EntityType type) {
        return EVENT_ROWS + """
                MATCH (a:Article {id: row.article})
                MATCH (n:%s {key: row.key})
                """.formatted(type.label()) + mentionMerge();
    }

    private static String mentionMerge() {
        return """
                MERGE (a)-[m:%s]->(n)
                ON CREATE SET m.names = []
                SET m.names = m.names + [x IN row.names WHERE NOT x IN m.names]""".formatted(MENTIONS);
    }

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
        return KEEP_PLAN + BATCH_ROWS + relationshipWrite(relation, subject, object, create, false);
    }

    /**
     * {@link #relationships} for the connector: an event is a row of {@link PreparedArticle#relationships}; named
     * ends are found by key (written by an earlier job), and the relationship is merged, so that a Spark task
     * run again writes nothing twice.
     */
    public static String relationshipEvent(Relation relation, EntityType subject, EntityType object) {
        return EVENT_ROWS + relationshipWrite(relation, subject, object, false, true);
    }

    private static String relationshipWrite(Relation relation, EntityType subject, EntityType object, boolean create,
            boolean byKey) {
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
        return end("s", subject, "row.sk", "row.stext", "row.sid", byKey) + "\n"
                + end("o", object, "row.ok", "row.otext", "row.oid", byKey) + "\n" + write;
    }

    /**
     * A quote end is merged by key; a named end was merged before and is found by its element id (or its key,
     * {@code byKey}).
     */
    private static String end(String var, EntityType type, String key, String text, String elementId, boolean byKey) {
        if (type == EntityType.QUOTE) {
            return "MERGE (%s:%s {key: %s}) ON CREATE SET %s.text = %s".formatted(var, type.label(), key, var, text);
        }
        return byKey ? "MATCH (%s:%s {key: %s})".formatted(var, type.label(), key)
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
    public static final String DELETE_FACTS = "UNWIND $ids AS id\n" + factsDelete();

    public static final String DELETE_MENTIONS = "UNWIND $ids AS id\n" + mentionsDelete();

    private static String factsDelete() {
        return """
                MATCH (:Article {id: id})-[:%s]->(n)-[r]->()
                WHERE r.article = id
                DELETE r""".formatted(MENTIONS);
    }

    private static String mentionsDelete() {
        return """
                MATCH (:Article {id: id})-[m:%s]->()
                DELETE m""".formatted(MENTIONS);
    }

    /**
     * The retraction of one changed article before its new triples are written, for the connector (an event
     * {@code {id}}, one per transaction): {@link #SUPPORTED_NODES}, {@link #DELETE_FACTS}, {@link #DELETE_MENTIONS}
     * and {@link #DELETE_UNSUPPORTED} in one query. The Article node stays (as kg load keeps it) without its
     * {@code triplesHash} until its new triples are written; the names of the nodes that survive are set
     * afterwards ({@link #setNamesEvent}).
     */
    public static final String RETRACT_ARTICLE_EVENT = """
            MATCH (article:Article {id: event.id})
            REMOVE article.triplesHash
            WITH event.id AS id
            OPTIONAL MATCH (:Article {id: id})-[:%s]->(n)
            OPTIONAL MATCH (n)-[r]->(m)
            WHERE r.article = id
            WITH id, collect(DISTINCT n) + collect(DISTINCT m) AS nodes
            CALL {
              WITH id
            %s
            }
            CALL {
              WITH id
            %s
            }
            UNWIND nodes AS node
            WITH DISTINCT node
            WHERE NOT EXISTS { (node)--() }
            DELETE node""".formatted(MENTIONS, factsDelete(), mentionsDelete());

    /**
     * For the connector's read: every name an article uses for a named node, to recompute the names of the
     * nodes a retraction leaves ({@link #NAMES_OF_SURVIVORS}, by label and key rather than element id).
     */
    public static final String MENTIONED_NAMES = """
            MATCH (a:Article)-[m:%s]->(n)
            WHERE n.aliases IS NOT NULL
            RETURN a.id AS article, head(labels(n)) AS label, n.key AS key, m.names AS names""".formatted(MENTIONS);

    /** For the connector's read: every article's id and {@code triplesHash} ({@link #ARTICLE_HASHES} of all). */
    public static final String ALL_ARTICLE_HASHES = """
            MATCH (a:Article)
            RETURN a.id AS id, a.triplesHash AS hash""";

    /**
     * Nodes left without any relationship are supported by no article any more: every node exists only as
     * the end of some article's relationship or MENTIONS link.
     */
    public static final String DELETE_UNSUPPORTED = """
            UNWIND $nodes AS node
            MATCH (n) WHERE elementId(n) = node
            AND NOT EXISTS { (n)--() }
            DELETE n""";

    /**
     * Deletes single fact relationships by element id (memberships the graph no longer supports), returning each one's
     * article and both its ends, for {@link #DELETE_IDLE_MENTIONS} and {@link #DELETE_UNSUPPORTED}.
     */
    public static final String DELETE_FACTS_BY_ID = """
            UNWIND $rels AS rel
            MATCH (n)-[r]->(m) WHERE elementId(r) = rel
            WITH r, r.article AS article, [elementId(n), elementId(m)] AS ends
            DELETE r
            WITH article, ends
            UNWIND ends AS node
            RETURN DISTINCT article, node""";

    /** An article's MENTIONS of a node it no longer says anything about (no fact of that article touches it). */
    public static final String DELETE_IDLE_MENTIONS = BATCH_ROWS + """
            MATCH (a:Article {id: row.article})-[k:%s]->(n)
            WHERE elementId(n) = row.node AND NOT EXISTS { MATCH (n)-[f]-() WHERE f.article = row.article }
            DELETE k""".formatted(MENTIONS);

    /**
     * Forgets the content hash of articles whose relationships changed without a new load, so that the next load of
     * their triples writes them again rather than skipping them as unchanged.
     */
    public static final String FORGET_HASHES = """
            UNWIND $ids AS id
            MATCH (a:Article {id: id})
            REMOVE a.triplesHash""";

    /** The names every remaining article uses for the nodes that survived, to recompute aliases. */
    public static final String NAMES_OF_SURVIVORS = """
            UNWIND $nodes AS node
            MATCH (n) WHERE elementId(n) = node AND n.aliases IS NOT NULL
            MATCH (n)<-[m:%s]-(:Article)
            RETURN node, collect(m.names) AS names""".formatted(MENTIONS);

    private static final String NAMES_SET = "SET n.aliases = row.aliases, n.name = row.name, n.nameScore = row.score";

    public static final String SET_NAMES = BATCH_ROWS + """
            MATCH (n) WHERE elementId(n) = row.node
            """ + NAMES_SET;

    /** {@link #SET_NAMES} for the connector: an event {@code {key, aliases, name, score}}, the node by key. */
    public static String setNamesEvent(EntityType type) {
        return EVENT_ROWS + "MATCH (n:%s {key: row.key})\n".formatted(type.label()) + NAMES_SET;
    }

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
