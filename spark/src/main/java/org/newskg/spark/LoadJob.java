package org.newskg.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.model.TriplesWriter;
import org.newskg.model.graph.GraphQueries;
import org.newskg.model.graph.NodeKeys;

/**
 * Triples in, the graph of {@code kg load} out, through the Neo4j Connector for Apache Spark (query write mode)
 * with the loader's own Cypher ({@link GraphQueries}) and the loader's own rows ({@code PreparedArticle}).
 *
 * <p>The connector bundles Java driver 4.4, so the loader itself (driver 5) cannot run in this JVM; the job writes
 * what one kg load transaction writes as a sequence of connector writes instead, each idempotent:
 * <ol>
 *   <li>read every article's {@code triplesHash}: an article whose hash is unchanged is skipped;</li>
 *   <li>retract the articles that changed (their facts, MENTIONS and the nodes only they supported; one partition,
 *       one article a transaction), then set the names of the nodes that survive, computed here from the names the
 *       other articles use, as the loader computes them;</li>
 *   <li>merge the articles (with their old hash removed), then the named nodes (one row per key over all articles,
 *       names in the order of the input, so the same aliases and display names as kg load);</li>
 *   <li>merge MENTIONS and the fact relationships on one partition, so that no two transactions touch one node at
 *       once (the connector's advice for relationships);</li>
 *   <li>set each article's {@code triplesHash} last: an interrupted job leaves articles without one, which the
 *       next run replaces.</li>
 * </ol>
 * The uniqueness constraints come first. Persons are then resolved across articles by {@code kg resolve} (a
 * separate process with the loader's driver), as after every kg load.
 */
public final class LoadJob {

    /** Where to write: a Bolt URI, and the password (from NEO4J_PASSWORD) or null for no authentication. */
    public record Target(String uri, String user, String password, String database) {
        public Target {
            Objects.requireNonNull(uri, "uri");
        }

        @Override
        public String toString() {
            return uri + (database == null ? "" : " (database " + database + ")"); // never the password
        }
    }

    /**
     * What one run read and wrote; {@code metadata}: whether ExtractJob's articles.parquet was read (else the
     * Article nodes get no title, source, url, published or sha256, and another content hash than kg run's).
     */
    public record Result(long rows, long articles, long written, long unchanged, long replaced, long problems,
            boolean metadata) {
    }

    private static final String CONNECTOR = "org.neo4j.spark.DataSource";

    private final SparkSession spark;
    private final Target target;
    private final int partitions;
    private boolean schemaReady;

    /**
     * @param partitions how many partitions to prepare articles and write nodes in (0: the session's default
     *                   parallelism); MENTIONS and fact relationships are always written on one
     */
    public LoadJob(SparkSession spark, Target target, int partitions) {
        this.spark = spark;
        this.target = target;
        this.partitions = partitions > 0 ? partitions : Math.max(1, spark.sparkContext().defaultParallelism());
    }

    /**
     * Loads the triples under {@code input}: ExtractJob's output directory (its {@code triples.parquet}, and its
     * {@code articles.parquet} when there is one) or a Parquet file or directory with the columns of triples.csv,
     * each article's rows together and in order.
     *
     * @param problems receives one line per triple or article that could not be loaded (the rest is loaded)
     */
    public Result run(String input, Consumer<String> problems) throws IOException {
        String triples = parquetOf(input);
        String articles = articlesOf(input);
        Dataset<Row> prepared = prepare(triples, articles);
        try {
            return load(prepared, problems, articles != null);
        } finally {
            prepared.unpersist();
        }
    }

    private Result load(Dataset<Row> prepared, Consumer<String> problems, boolean metadata) {
        List<Row> problemRows = prepared.filter(col("kind").equalTo(PrepareArticles.PROBLEM))
                .select("where", "message").collectAsList();
        problemRows.forEach(r -> problems.accept(r.getString(0) + ": " + r.getString(1)));
        Dataset<Row> articles = prepared.filter(col("kind").equalTo(PrepareArticles.ARTICLE))
                .select(col("article").as("id"), col("hash"), col("rows"), col("title"), col("source"), col("url"),
                        col("published"), col("sha256"));
        Dataset<Row> existing = existingHashes();
        Dataset<Row> judged = articles.join(existing, articles.col("id").equalTo(existing.col("old_id")), "left")
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long all = judged.count();
            long rows = all == 0 ? 0 : judged.agg(sum("rows")).first().getLong(0);
            Dataset<Row> toWrite = judged.filter(col("old_id").isNull()
                    .or(col("old_hash").isNull()).or(col("old_hash").notEqual(col("hash"))));
            List<String> changed = toWrite.filter(col("old_id").isNotNull()).select("id").as(Encoders.STRING())
                    .collectAsList();
            long written = toWrite.count();
            if (!changed.isEmpty()) {
                retract(changed);
            }
            if (written > 0) {
                Dataset<Row> ids = toWrite.select(col("id").as("write_id"));
                Dataset<Row> rowsToWrite = prepared.join(ids, prepared.col("article").equalTo(ids.col("write_id")))
                        .persist(StorageLevel.MEMORY_AND_DISK());
                try {
                    int articlePartitions = Math.min(partitions, (int) Math.max(1, written / 1_000));
                    write(articleEvents(toWrite, lit(null).cast(DataTypes.StringType)), articlePartitions,
                            GraphQueries.MERGE_ARTICLE_EVENT);
                    writeNodes(rowsToWrite);
                    writeMentions(rowsToWrite);
                    writeRelationships(rowsToWrite);
                    write(articleEvents(toWrite, col("hash")), articlePartitions, GraphQueries.MERGE_ARTICLE_EVENT);
                } finally {
                    rowsToWrite.unpersist();
                }
            }
            return new Result(rows, all, written, all - written, changed.size(), problemRows.size(), metadata);
        } finally {
            judged.unpersist();
        }
    }

    /** The events of {@link GraphQueries#MERGE_ARTICLE_EVENT}: each article's id, metadata and {@code hash}. */
    private static Dataset<Row> articleEvents(Dataset<Row> articles, org.apache.spark.sql.Column hash) {
        List<org.apache.spark.sql.Column> cols = new ArrayList<>();
        cols.add(col("id"));
        PrepareArticles.METADATA.forEach(c -> cols.add(col(c)));
        cols.add(hash.as("triplesHash"));
        return articles.select(cols.toArray(new org.apache.spark.sql.Column[0]));
    }

    /** ExtractJob's {@code articles.parquet} beside the triples of {@code input}, or null when there is none. */
    private String articlesOf(String input) throws IOException {
        Path dir = new Path(input, "articles.parquet");
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        return fs.exists(new Path(input, "triples.parquet")) && fs.exists(dir) ? dir.toString() : null;
    }

    /** The Parquet triples of ExtractJob's output directory, or {@code input} itself. */
    private String parquetOf(String input) throws IOException {
        Path dir = new Path(input, "triples.parquet");
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(new Path(input))) {
            throw new IllegalArgumentException(input + ": no such file or directory; give the output directory of"
                    + " kg spark extract (or a Parquet path with the columns of triples.csv)");
        }
        return fs.exists(dir) ? dir.toString() : input;
    }

    /**
     * Each article's rows as kg load prepares them, kept (persisted) for the writes. Files are read whole (never
     * split), so that the input's order of an article's triples is known: names keep their first-use order and
     * ties between two triples of one pair go to the earlier one, as in kg load. With {@code articles} (else
     * null), each article's metadata row comes first.
     */
    private Dataset<Row> prepare(String parquet, String articles) {
        String key = "spark.sql.files.maxPartitionBytes";
        String before = spark.conf().get(key);
        spark.conf().set(key, Long.toString(Long.MAX_VALUE / 4));
        try {
            Dataset<Row> triples = spark.read().parquet(parquet);
            List<String> missing = TriplesWriter.COLUMNS.stream()
                    .filter(c -> !Arrays.asList(triples.columns()).contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(parquet + ": needs the columns of triples.csv (missing "
                        + String.join(",", missing) + "); give the output directory of kg spark extract");
            }
            Dataset<Row> rows = triples
                    .withColumn(PrepareArticles.FILE, input_file_name())
                    .withColumn(PrepareArticles.ROW, monotonically_increasing_id())
                    .withColumn(PrepareArticles.META, lit(1));
            if (articles != null) {
                Dataset<Row> meta = spark.read().parquet(articles);
                if (!Arrays.asList(meta.columns()).contains("id")) {
                    throw new IllegalArgumentException(articles + ": needs an id column (the columns are "
                            + String.join(",", ExtractJob.ARTICLE_COLUMNS) + "); write it again with kg spark extract");
                }
                List<org.apache.spark.sql.Column> cols = new ArrayList<>();
                cols.add(col("id").cast(DataTypes.StringType).as("article_id"));
                for (String c : PrepareArticles.METADATA) {
                    cols.add(Arrays.asList(meta.columns()).contains(c) ? col(c).cast(DataTypes.StringType).as(c)
                            : lit(null).cast(DataTypes.StringType).as(c));
                }
                cols.add(input_file_name().as(PrepareArticles.FILE));
                cols.add(monotonically_increasing_id().as(PrepareArticles.ROW));
                cols.add(lit(0).as(PrepareArticles.META));
                rows = rows.unionByName(meta.select(cols.toArray(new org.apache.spark.sql.Column[0]))
                        .filter(col("article_id").isNotNull()), true);
            }
            Dataset<Row> prepared = rows.repartition(partitions, col("article_id"))
                    .sortWithinPartitions(col("article_id"), col(PrepareArticles.META), col(PrepareArticles.FILE),
                            col(PrepareArticles.ROW))
                    .mapPartitions(new PrepareArticles(articles != null), Encoders.row(PrepareArticles.OUT))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            prepared.count(); // planned and computed while files are read whole
            return prepared;
        } finally {
            spark.conf().set(key, before);
        }
    }

    /** Every article in the graph with its hash ({@code old_id}, {@code old_hash}). */
    private Dataset<Row> existingHashes() {
        Dataset<Row> read = reader().option("query", GraphQueries.ALL_ARTICLE_HASHES).load();
        StructType schema = new StructType().add("old_id", DataTypes.StringType).add("old_hash", DataTypes.StringType);
        if (!Arrays.asList(read.columns()).contains("id")) { // an empty graph gives no columns to infer
            return spark.createDataFrame(List.of(), schema);
        }
        return read.select(col("id").cast(DataTypes.StringType).as("old_id"),
                col("hash").cast(DataTypes.StringType).as("old_hash"));
    }

    /**
     * Removes what the changed articles contributed, as kg load does before writing their new triples: facts,
     * MENTIONS and the nodes only they supported; the nodes that survive get the names the other articles use.
     */
    private void retract(List<String> changed) {
        TreeSet<String> ids = new TreeSet<>(changed);
        List<Row> mentioned = reader().option("query", GraphQueries.MENTIONED_NAMES).load().collectAsList();
        List<Row> survivors = survivors(mentioned, ids);
        Dataset<Row> events = spark.createDataFrame(
                changed.stream().map(id -> RowFactory.create(id)).collect(Collectors.toList()),
                new StructType().add("id", DataTypes.StringType, false));
        writer(events.coalesce(1), GraphQueries.RETRACT_ARTICLE_EVENT).option("batch.size", 1).save();
        StructType schema = new StructType().add("label", DataTypes.StringType).add("key", DataTypes.StringType)
                .add("aliases", DataTypes.createArrayType(DataTypes.StringType))
                .add("name", DataTypes.StringType).add("score", DataTypes.IntegerType);
        Dataset<Row> names = spark.createDataFrame(survivors, schema);
        for (EntityType type : EntityType.values()) {
            Dataset<Row> ofType = names.filter(col("label").equalTo(type.label())).drop("label");
            if (!ofType.isEmpty()) {
                write(ofType, 1, GraphQueries.setNamesEvent(type));
            }
        }
    }

    /**
     * The nodes the changed articles name that other articles name too, with the names those use (sorted), the
     * best of them and its score, as the loader's retraction recomputes them.
     */
    static List<Row> survivors(List<Row> mentioned, Set<String> changed) {
        Set<String> touched = new HashSet<>();
        for (Row r : mentioned) {
            if (changed.contains(r.getString(0))) {
                touched.add(r.getString(1) + '\u0000' + r.getString(2));
            }
        }
        Map<String, TreeSet<String>> names = new TreeMap<>();
        for (Row r : mentioned) {
            String node = r.getString(1) + '\u0000' + r.getString(2);
            if (!changed.contains(r.getString(0)) && touched.contains(node)) {
                names.computeIfAbsent(node, k -> new TreeSet<>()).addAll(r.getList(3));
            }
        }
        List<Row> out = new ArrayList<>();
        names.forEach((node, all) -> {
            if (all.isEmpty()) {
                return;
            }
            String best = all.first();
            for (String n : all) {
                if (NodeKeys.better(n, best)) {
                    best = n;
                }
            }
            String[] labelKey = node.split("\u0000", 2);
            out.add(RowFactory.create(labelKey[0], labelKey[1], all.toArray(new String[0]), best,
                    NodeKeys.displayScore(best)));
        });
        return out;
    }

    /**
     * One row per named node (not quotes: they are merged with their relationship), over every article written:
     * its names in the order kg load meets them (articles in input order, each article's names in first-use
     * order), the best name and its score.
     */
    private void writeNodes(Dataset<Row> rows) {
        Dataset<Row> nodes = rows.filter(col("kind").equalTo(PrepareArticles.NODE)
                .and(col("type").notEqual(EntityType.QUOTE.name())))
                .select("type", "key", "names", "pos_file", "pos_row");
        StructType schema = new StructType().add("type", DataTypes.StringType).add("key", DataTypes.StringType)
                .add("names", DataTypes.createArrayType(DataTypes.StringType))
                .add("best", DataTypes.StringType).add("bestScore", DataTypes.IntegerType);
        Dataset<Row> merged = nodes.groupByKey(
                        (MapFunction<Row, String>) r -> r.getString(0) + '\u0000'
                                + r.getString(1), Encoders.STRING())
                .mapGroups(new NodeNames(), Encoders.row(schema));
        merged = merged.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            for (EntityType type : EntityType.values()) {
                if (type == EntityType.QUOTE) {
                    continue;
                }
                Dataset<Row> ofType = merged.filter(col("type").equalTo(type.name())).drop("type");
                if (!ofType.isEmpty()) {
                    // one row per key: rows in parallel never merge one node twice (the constraints are in place)
                    write(ofType, partitions, GraphQueries.mergeNamedNodeEvent(type));
                }
            }
        } finally {
            merged.unpersist();
        }
    }

    /** The names of one node over all articles, in the order kg load meets them, with the best one. */
    static final class NodeNames implements MapGroupsFunction<String, Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Row call(String node, Iterator<Row> rows) {
            List<Row> all = new ArrayList<>();
            rows.forEachRemaining(all::add);
            all.sort((a, b) -> {
                int c = a.getString(3).compareTo(b.getString(3));
                return c != 0 ? c : Long.compare(a.getLong(4), b.getLong(4));
            });
            List<String> names = new ArrayList<>();
            for (Row r : all) {
                for (Object name : r.getList(2)) {
                    if (!names.contains((String) name)) {
                        names.add((String) name);
                    }
                }
            }
            String best = names.get(0);
            for (String n : names) {
                if (NodeKeys.better(n, best)) {
                    best = n;
                }
            }
            return RowFactory.create(all.get(0).getString(0), all.get(0).getString(1), names.toArray(new String[0]),
                    best, NodeKeys.displayScore(best));
        }
    }

    /** Each article's MENTIONS of the named nodes it uses, with its names for them; one partition. */
    private void writeMentions(Dataset<Row> rows) {
        Dataset<Row> mentions = rows.filter(col("kind").equalTo(PrepareArticles.NODE))
                .select("type", "article", "key", "names");
        for (EntityType type : EntityType.values()) {
            if (type == EntityType.QUOTE) {
                continue;
            }
            Dataset<Row> ofType = mentions.filter(col("type").equalTo(type.name())).drop("type");
            if (!ofType.isEmpty()) {
                write(ofType.coalesce(1), 0, GraphQueries.mergeMentionEvent(type));
            }
        }
    }

    /** The fact relationships, one query per shape (type and end labels, from the enums); one partition. */
    private void writeRelationships(Dataset<Row> rows) {
        Dataset<Row> rels = rows.filter(col("kind").equalTo(PrepareArticles.REL));
        List<Row> shapes = rels.select("relation", "stype", "otype").distinct().orderBy("relation", "stype", "otype")
                .collectAsList();
        for (Row shape : shapes) {
            Relation relation = Relation.valueOf(shape.getString(0));
            EntityType subject = EntityType.valueOf(shape.getString(1));
            EntityType object = EntityType.valueOf(shape.getString(2));
            Dataset<Row> ofShape = rels.filter(col("relation").equalTo(relation.name())
                            .and(col("stype").equalTo(subject.name())).and(col("otype").equalTo(object.name())))
                    .select(col("article"), col("evidence"), col("start"), col("end"), col("confidence"), col("rule"),
                            col("sk"), col("ok"), col("sn"), col("on"), col("stext"), col("otext"));
            write(ofShape.coalesce(1), 0, GraphQueries.relationshipEvent(relation, subject, object));
        }
    }

    /** The uniqueness constraints kg load creates, for the connector's {@code script} option. */
    private static String constraints() {
        List<String> all = new ArrayList<>();
        all.add(GraphQueries.ARTICLE_CONSTRAINT);
        for (EntityType type : EntityType.values()) {
            all.add(GraphQueries.constraint(type));
        }
        return String.join(";\n", all);
    }

    /**
     * Writes {@code events} with {@code query}; {@code repartition} > 0 spreads the rows (nodes, articles: one
     * row per key), else {@code events} is written as it is partitioned.
     */
    private void write(Dataset<Row> events, int repartition, String query) {
        Dataset<Row> ds = events;
        if (repartition > 0 && ds.rdd().getNumPartitions() != repartition) {
            ds = ds.repartition(repartition);
        }
        writer(ds, query).save();
    }

    /** A connector write; the first one of the job runs the constraints (its {@code script}) before its rows. */
    private DataFrameWriter<Row> writer(Dataset<Row> events, String query) {
        DataFrameWriter<Row> w = events.write().format(CONNECTOR).mode(SaveMode.Append)
                .option("url", target.uri()).option("query", query);
        if (!schemaReady) {
            w = w.option("script", constraints());
            schemaReady = true;
        }
        if (target.database() != null) {
            w = w.option("database", target.database());
        }
        if (target.password() == null) {
            return w.option("authentication.type", "none");
        }
        return w.option("authentication.type", "basic")
                .option("authentication.basic.username", target.user() == null ? "neo4j" : target.user())
                .option("authentication.basic.password", target.password());
    }

    private DataFrameReader reader() {
        DataFrameReader r = spark.read().format(CONNECTOR).option("url", target.uri());
        if (target.database() != null) {
            r = r.option("database", target.database());
        }
        if (target.password() == null) {
            return r.option("authentication.type", "none");
        }
        return r.option("authentication.type", "basic")
                .option("authentication.basic.username", target.user() == null ? "neo4j" : target.user())
                .option("authentication.basic.password", target.password());
    }

    /** A one-line summary in the loader's words. */
    static String summary(Result r, double seconds) {
        return String.format(Locale.ROOT, "Loading triples COMPLETED in %.1fs: %,d rows, %,d articles (%,d written,"
                + " %,d unchanged, %,d replaced), %,d problems", seconds, r.rows(), r.articles(), r.written(),
                r.unchanged(), r.replaced(), r.problems());
    }
}
