package org.newskg.loader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;
import org.newskg.model.CorpusParties;
import org.newskg.model.EntityType;
import org.newskg.model.InputProblem;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import org.newskg.model.graph.GraphQueries;
import org.newskg.model.graph.NodeKeys;
import org.newskg.model.graph.PreparedArticle;

/**
 * Loads article contributions into Neo4j in batches: each batch is one transaction function
 * ({@code session.executeWrite}, retried by the driver on transient errors) that skips unchanged
 * articles, removes what changed articles contributed before, and writes the new contributions with
 * {@code UNWIND $rows ... MERGE} queries. A crash leaves every batch either fully written or not at all,
 * so running the same command again completes the graph.
 *
 * <p>Batches are written by a writer thread of the loader's own, one at a time, while the caller goes on
 * queuing the next; a batch's failure is thrown by a later {@link #accept}, or by {@link #flush()} or
 * {@link #close()}. Not thread-safe: feed it from one thread.
 */
public final class GraphLoader implements AutoCloseable {


    /** Default rows (triples) per transaction. */
    public static final int DEFAULT_BATCH_SIZE = 5_000;

    private final Neo4jTarget target;
    private final int batchSize;
    private final Consumer<InputProblem> problems;
    private final List<PreparedArticle> pending = new ArrayList<>();
    private int pendingRows;
    private LoadReport report = LoadReport.EMPTY;
    private long problemCount;
    private final long startNanos = System.nanoTime();
    private boolean schemaReady;
    private long oldestPendingNanos;
    private final long maxDelayNanos;
    /** Writes the batches, one at a time, while the caller prepares the next. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kg-loader-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<Counts> inFlight;
    /** Whether a batch was written since the corpus memberships were last checked against the graph. */
    private boolean writtenSinceCheck;
    private PersonResolver.Overrides overrides = PersonResolver.Overrides.NONE;

    /**
     * @param target    where to load
     * @param batchSize triples per transaction (at least 1; an article is never split)
     * @param problems  receives triples that cannot be loaded (the rest goes on)
     */
    public GraphLoader(Neo4jTarget target, int batchSize, Consumer<InputProblem> problems) {
        this(target, batchSize, Duration.ofSeconds(10), problems);
    }

    /**
     * @param target    where to load
     * @param batchSize triples per transaction (at least 1; an article is never split)
     * @param maxDelay  how long queued articles may wait for a full batch (slow producers such as extraction
     *                  still fill the graph as they go)
     * @param problems  receives triples that cannot be loaded (the rest goes on)
     */
    public GraphLoader(Neo4jTarget target, int batchSize, Duration maxDelay, Consumer<InputProblem> problems) {
        this.maxDelayNanos = maxDelay.toNanos();
        this.target = Objects.requireNonNull(target);
        this.batchSize = Math.max(1, batchSize);
        this.problems = p -> {
            problemCount++;
            problems.accept(p);
        };
    }

    /** Creates the uniqueness constraints on every key (idempotent); done before the first write. */
    public static void ensureSchema(Neo4jTarget target) {
        try (Session session = target.driver().session(target.sessionConfig())) {
            session.run(GraphQueries.ARTICLE_CONSTRAINT).consume();
            for (EntityType type : EntityType.values()) {
                session.run(GraphQueries.constraint(type)).consume();
            }
        }
    }

    /** Queues one article's contribution; writes a batch when enough rows are queued. */
    public void accept(ArticleContribution contribution) {
        PreparedArticle p = contribution.prepare(problems);
        if (pending.isEmpty()) {
            oldestPendingNanos = System.nanoTime();
        }
        pending.add(p);
        pendingRows += Math.max(1, p.rows());
        if (pendingRows >= batchSize || System.nanoTime() - oldestPendingNanos >= maxDelayNanos) {
            submit();
        }
    }

    /**
     * Writes everything queued, and waits until it is written; then withdraws the corpus memberships the graph's
     * articles no longer support ({@link #withdrawUnsupportedMemberships}).
     */
    public void flush() {
        submit();
        awaitInFlight();
        if (writtenSinceCheck) {
            writtenSinceCheck = false;
            try (Session session = target.driver().session(target.sessionConfig())) {
                report = report.plus(session.executeWrite(GraphLoader::withdrawUnsupportedMemberships).toReport());
            }
        }
    }

    /**
     * Hands the queued articles to the writer thread as one transaction, after waiting for the batch before
     * it: the caller prepares the next batch while the database writes this one, and at most one batch is in
     * flight.
     */
    private void submit() {
        if (pending.isEmpty()) {
            return;
        }
        if (!schemaReady) {
            ensureSchema(target);
            schemaReady = true;
        }
        List<PreparedArticle> batch = List.copyOf(pending);
        writtenSinceCheck = true;
        pending.clear();
        pendingRows = 0;
        awaitInFlight();
        inFlight = writer.submit(() -> {
            try (Session session = target.driver().session(target.sessionConfig())) {
                return session.executeWrite(tx -> write(tx, batch));
            }
        });
    }

    /** Waits for the batch in flight, if any; its failure is thrown here. */
    private void awaitInFlight() {
        Future<Counts> batch = inFlight;
        if (batch == null) {
            return;
        }
        inFlight = null;
        try {
            report = report.plus(batch.get().toReport());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a batch was being written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The totals so far (call {@link #flush()} first to include queued articles). */
    public LoadReport report() {
        return report.withElapsed(Duration.ofNanos(System.nanoTime() - startNanos)).withProblems(problemCount);
    }

    private static Counts write(TransactionContext tx, List<PreparedArticle> batch) {
        Counts counts = new Counts();
        Set<String> ids = new LinkedHashSet<>();
        for (PreparedArticle p : batch) {
            if (!p.append) {
                ids.add(p.id);
            }
        }
        Map<String, String> existing = new HashMap<>();
        tx.run(GraphQueries.ARTICLE_HASHES, Map.of("ids", List.copyOf(ids))).forEachRemaining(r ->
                existing.put(r.get("id").asString(), r.get("hash").isNull() ? "" : r.get("hash").asString()));
        List<PreparedArticle> toWrite = new ArrayList<>();
        List<String> toReplace = new ArrayList<>();
        for (PreparedArticle p : batch) {
            counts.rows += p.rows();
            counts.articles++;
            String old = existing.get(p.id);
            if (!p.append && p.hash.equals(old)) {
                counts.unchanged++;
                continue;
            }
            if (!p.append && old != null) {
                toReplace.add(p.id);
                counts.replaced++;
            }
            toWrite.add(p);
        }
        Retraction.run(tx, toReplace, false, counts);
        // articles that have no MENTIONS or relationships now (new, or replaced just above) get theirs
        // created; rows added to an article already written (append, or its id twice in one batch) are merged
        List<PreparedArticle> fresh = new ArrayList<>();
        List<PreparedArticle> merged = new ArrayList<>();
        Set<String> freshIds = new HashSet<>();
        for (PreparedArticle p : toWrite) {
            boolean isFresh = !p.append && !existing.containsKey(p.id) || toReplace.contains(p.id);
            (isFresh && freshIds.add(p.id) ? fresh : merged).add(p);
        }
        // element ids of the articles and named nodes written, by label and key: the queries after the merges
        // find them by id instead of seeking the key's index again
        Map<String, String> nodeIds = new HashMap<>();
        List<Map<String, Object>> articleRows = new ArrayList<>();
        for (PreparedArticle p : toWrite) {
            articleRows.add(Map.of("id", p.id, "props", p.props));
        }
        if (!articleRows.isEmpty()) {
            counts.add(mergeReturningIds(tx, GraphQueries.MERGE_ARTICLES, articleRows, ARTICLE, nodeIds));
        }
        for (EntityType type : EntityType.values()) {
            if (type == EntityType.QUOTE) {
                continue; // merged with the relationships that reach it, which are its support
            }
            List<Map<String, Object>> nodeRows = nodeRows(type, toWrite);
            if (nodeRows.isEmpty()) {
                continue;
            }
            counts.add(mergeReturningIds(tx, GraphQueries.mergeNamedNodes(type), nodeRows, type.label(), nodeIds));
            List<Map<String, Object>> created = new ArrayList<>();
            for (PreparedArticle p : fresh) {
                List<Map<String, Object>> nodes = new ArrayList<>();
                p.mentions(type).forEach((key, names) ->
                        nodes.add(Map.of("node", nodeIds.get(idKey(type.label(), key)), "names", names)));
                if (!nodes.isEmpty()) {
                    created.add(Map.of("article", nodeIds.get(idKey(ARTICLE, p.id)), "nodes", nodes));
                }
            }
            if (!created.isEmpty()) {
                counts.add(tx.run(GraphQueries.CREATE_MENTIONS, Map.of("rows", created)).consume().counters());
            }
            List<Map<String, Object>> mergedRows = new ArrayList<>();
            for (PreparedArticle p : merged) {
                p.mentions(type).forEach((key, names) -> mergedRows.add(Map.of(
                        "article", nodeIds.get(idKey(ARTICLE, p.id)), "node", nodeIds.get(idKey(type.label(), key)),
                        "names", names)));
            }
            if (!mergedRows.isEmpty()) {
                counts.add(tx.run(GraphQueries.MERGE_MENTIONS, Map.of("rows", mergedRows)).consume().counters());
            }
        }
        writeRelationships(tx, fresh, true, nodeIds, counts);
        writeRelationships(tx, merged, false, nodeIds, counts);
        return counts;
    }

    private static final String ARTICLE = "Article";

    private static String idKey(String label, String key) {
        return label + "\u0000" + key;
    }

    /** Runs a merge query returning {@code key} and {@code node} (element id) per row; records the ids. */
    private static SummaryCounters mergeReturningIds(TransactionContext tx, String query,
            List<Map<String, Object>> rows, String label, Map<String, String> nodeIds) {
        Result result = tx.run(query, Map.of("rows", rows));
        result.forEachRemaining(r -> nodeIds.put(idKey(label, r.get("key").asString()), r.get("node").asString()));
        return result.consume().counters();
    }

    private static void writeRelationships(TransactionContext tx, List<PreparedArticle> articles, boolean create,
            Map<String, String> nodeIds, Counts counts) {
        Map<PreparedArticle.Shape, List<Map<String, Object>>> byShape = new LinkedHashMap<>();
        for (PreparedArticle p : articles) {
            p.relationships.forEach((shape, rows) -> {
                List<Map<String, Object>> all = byShape.computeIfAbsent(shape, s -> new ArrayList<>());
                for (Map<String, Object> row : rows.values()) {
                    Map<String, Object> withIds = new HashMap<>(row);
                    if (shape.subject() != EntityType.QUOTE) {
                        withIds.put("sid", nodeIds.get(idKey(shape.subject().label(), (String) row.get("sk"))));
                    }
                    if (shape.object() != EntityType.QUOTE) {
                        withIds.put("oid", nodeIds.get(idKey(shape.object().label(), (String) row.get("ok"))));
                    }
                    all.add(withIds);
                }
            });
        }
        byShape.forEach((shape, rows) -> counts.add(tx.run(
                GraphQueries.relationships(shape.relation(), shape.subject(), shape.object(), create),
                Map.of("rows", rows)).consume().counters()));
    }

    /** One row per distinct key of {@code type} in the batch, with every name used for it and the best one. */
    private static List<Map<String, Object>> nodeRows(EntityType type, List<PreparedArticle> articles) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (PreparedArticle p : articles) {
            for (PreparedArticle.NodeRow n : p.nodes.getOrDefault(type, Map.of()).values()) {
                List<String> all = names.computeIfAbsent(n.key, k -> new ArrayList<>());
                for (String name : n.names) {
                    if (!all.contains(name)) {
                        all.add(name);
                    }
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>(names.size());
        names.forEach((key, all) -> {
            String best = all.get(0);
            for (String name : all) {
                if (NodeKeys.better(name, best)) {
                    best = name;
                }
            }
            rows.add(Map.of("key", key, "names", all, "best", best, "bestScore", NodeKeys.displayScore(best)));
        });
        return rows;
    }

    /**
     * Removes what the article contributed and the nodes only it supported.
     *
     * @return whether the graph held the article
     */
    public static boolean retract(Neo4jTarget target, String articleId) {
        return retract(target, articleId, PersonResolver.Overrides.NONE);
    }

    /**
     * Removes what the article contributed and the nodes only it supported, then re-resolves the persons (a
     * merge only this article justified is undone), in one transaction.
     *
     * @return whether the graph held the article
     */
    public static boolean retract(Neo4jTarget target, String articleId, PersonResolver.Overrides overrides) {
        return retractArticle(target, articleId, overrides) >= 0;
    }

    /**
     * Removes what the article contributed and the nodes only it supported, withdraws the corpus memberships of other
     * articles that only it supported, then re-resolves the persons, in one transaction.
     *
     * @return how many memberships of other articles were withdrawn, or -1 when the graph did not hold the article
     */
    public static int retractArticle(Neo4jTarget target, String articleId, PersonResolver.Overrides overrides) {
        try (Session session = target.driver().session(target.sessionConfig())) {
            return session.executeWrite(tx -> {
                if (!tx.run(GraphQueries.ARTICLE_HASHES, Map.of("ids", List.of(articleId))).hasNext()) {
                    return -1;
                }
                Retraction.run(tx, List.of(articleId), true, new Counts());
                int withdrawn = (int) withdrawUnsupportedMemberships(tx).membershipsWithdrawn;
                PersonResolution.run(tx, overrides);
                return withdrawn;
            });
        }
    }

    /**
     * The corpus sieve's memberships ({@code member.corpus}: an article names a person beside a party, other articles
     * state the person's party) stand only while the graph's other articles support them, decided as the extractor
     * decides them ({@link CorpusParties}): after a retraction, or a load that replaced an article or stated another
     * party as often, those no longer supported are removed with what only they supported. The graph cannot add the
     * ones a new article would now support in older articles: it does not hold their candidates; a run of those
     * articles again adds them.
     */
    static Counts withdrawUnsupportedMemberships(TransactionContext tx) {
        Counts counts = new Counts();
        Map<String, Triple> byRelationship = new LinkedHashMap<>();
        tx.run(READ_MEMBERSHIP_TRIPLES).forEachRemaining(r ->
                byRelationship.put(r.get("rel").asString(), membershipTriple(r)));
        CorpusParties parties = new CorpusParties();
        parties.learn(byRelationship.values());
        List<String> rels = new ArrayList<>();
        byRelationship.forEach((rel, t) -> {
            if (CorpusParties.RULE.equals(t.rule()) && t.predicate() == Relation.MEMBER_OF
                    && !t.object().equals(parties.partyElsewhere(t.subject(), t.articleId()))) {
                rels.add(rel);
            }
        });
        Retraction.dropFacts(tx, rels, counts);
        counts.membershipsWithdrawn = rels.size();
        return counts;
    }

    /**
     * Writes what is still queued, resolves the persons of the whole graph (one node per real person,
     * {@link PersonResolution}), then stops the writer thread.
     */
    @Override
    public void close() {
        try {
            flush();
            resolvePersons(target, overrides);
        } finally {
            writer.shutdownNow();
        }
    }

    /**
     * Re-resolves the persons of the whole graph in one transaction: which names are one person, one node each,
     * names and aliases (done by {@link #close()} and {@link #retract}; idempotent).
     */
    public static void resolvePersons(Neo4jTarget target, PersonResolver.Overrides overrides) {
        resolvePersons(target, overrides, false);
    }

    /**
     * {@link #resolvePersons(Neo4jTarget, PersonResolver.Overrides)}; with {@code everyQuote}, also gives every
     * quote of a merged person its speaker node's key, for a graph that another program wrote (kg resolve after
     * neo4j-admin imported kg export-import's files): a load re-keys only the quotes of the nodes it changed.
     */
    public static void resolvePersons(Neo4jTarget target, PersonResolver.Overrides overrides, boolean everyQuote) {
        ensureSchema(target);
        try (Session session = target.driver().session(target.sessionConfig())) {
            session.executeWrite(tx -> PersonResolution.run(tx, overrides, everyQuote));
        }
    }

    /** Every MEMBER_OF and LEFT of the graph, with the article and the name it gave the person (not the evidence). */
    private static final String READ_MEMBERSHIP_TRIPLES = """
            MATCH (p:Person)-[r:%s|%s]->(q:Party)
            RETURN r.article AS article, coalesce(r.subjectName, p.name) AS name, type(r) AS type, q.name AS party,
                r.confidence AS confidence, r.rule AS rule, elementId(r) AS rel
            ORDER BY article, name, type, party""".formatted(Relation.MEMBER_OF.type(), Relation.LEFT.type());

    /**
     * The graph's memberships as the triples that wrote them (each article's own name for the person), without their
     * evidence (a few dozen bytes each): what earlier runs stated, for the memberships a new run decides across
     * articles (the extractor's corpus sieve).
     */
    public static List<Triple> membershipTriples(Neo4jTarget target) {
        try (Session session = target.driver().session(target.sessionConfig())) {
            return session.executeRead(tx -> tx.run(READ_MEMBERSHIP_TRIPLES).list(GraphLoader::membershipTriple));
        }
    }

    private static Triple membershipTriple(Record r) {
        return new Triple(r.get("article").asString(), r.get("name").asString(), EntityType.PERSON,
                Relation.parse(r.get("type").asString()), r.get("party").asString(), EntityType.PARTY,
                r.get("confidence").asDouble(0), "", 0, 0, r.get("rule").asString(""));
    }

    /** User overrides of the resolution of persons (merges and splits), applied by every resolution. */
    public GraphLoader withOverrides(PersonResolver.Overrides overrides) {
        this.overrides = Objects.requireNonNull(overrides);
        return this;
    }
}
