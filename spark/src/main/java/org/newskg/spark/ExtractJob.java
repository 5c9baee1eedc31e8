package org.newskg.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newskg.extractor.ExtractionResult;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.membership.MembershipRules;
import org.newskg.extractor.persons.Offices;
import org.newskg.model.Article;
import org.newskg.model.CorpusParties;
import org.newskg.model.EntityType;
import org.newskg.model.PartyCandidate;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import org.newskg.model.TriplesWriter;
import org.newskg.model.graph.NodeKeys;

/**
 * Articles in, triples out, on Spark: the same extractor as {@code kg extract}, one per executor JVM
 * (CoreNLP's models load once per JVM and are shared by every task of it), applied to each partition.
 *
 * <p>Writes, under the output directory: {@code triples.parquet} and {@code triples.csv} (the columns of
 * DESIGN's triples.csv, ordered by article id and then as {@code kg extract} orders an article's triples);
 * {@code articles.parquet} and {@code articles.csv} ({@link #ARTICLE_COLUMNS}: every extracted article, also one
 * without triples, with the metadata {@code kg run} puts on its Article node, for LoadJob); and
 * {@code problems.csv} (where, message: input that could not be read or an article that failed).
 * A bad article never fails the job. After every article is extracted, the corpus sieve decides the run's
 * memberships across articles, as {@code kg extract} does ({@link #corpusMemberships}).
 */
public final class ExtractJob {

    /** What one run read and wrote. */
    public record Result(long articles, long triples, long problems) {
    }

    /**
     * The columns of {@code articles.parquet} / {@code articles.csv}: each extracted article's metadata as the
     * Article node of {@code kg run} holds it (the SHA-256 of the text included), from which, with the article's
     * triples, the loader's content hash is computed.
     */
    public static final List<String> ARTICLE_COLUMNS = List.of("id", "title", "source", "url", "published", "sha256");

    static final StructType OUT = withArticleMetadata(new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, true)
            .add("subject", DataTypes.StringType, true)
            .add("subject_type", DataTypes.StringType, true)
            .add("predicate", DataTypes.StringType, true)
            .add("object", DataTypes.StringType, true)
            .add("object_type", DataTypes.StringType, true)
            .add("confidence", DataTypes.DoubleType, true)
            .add("evidence", DataTypes.StringType, true)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true)
            .add("rule", DataTypes.StringType, true)
            .add("seq", DataTypes.IntegerType, true)
            .add("where", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true));

    /** {@code schema} followed by the metadata columns of {@link #ARTICLE_COLUMNS} (all but the id), as strings. */
    static StructType withArticleMetadata(StructType schema) {
        StructType out = schema;
        for (String column : ARTICLE_COLUMNS.subList(1, ARTICLE_COLUMNS.size())) {
            out = out.add(column, DataTypes.StringType, true);
        }
        return out;
    }

    private static final String TRIPLE = "triple";
    private static final String ARTICLE = "article";
    private static final String PROBLEM = "problem";
    /** A {@link PartyCandidate} of an article, for the corpus sieve (never written out). */
    private static final String CANDIDATE = "candidate";
    /** The seq of a corpus sieve's triple: after the article's own triples at the same place, as CorpusPass. */
    private static final int CORPUS_SEQ = 1 << 24;

    private final SparkSession spark;
    private final int partitions;

    /**
     * @param spark      the session
     * @param partitions how many partitions to extract in (0: four per core of the session)
     */
    public ExtractJob(SparkSession spark, int partitions) {
        this.spark = spark;
        this.partitions = partitions > 0 ? partitions : Math.max(1, spark.sparkContext().defaultParallelism() * 4);
    }

    /** Extracts every article of {@code inputs} into {@code outDir} (replacing what a previous run wrote there). */
    public Result run(List<String> inputs, String outDir, LongAccumulator progress) {
        Dataset<Row> rows = null;
        List<Row> inputProblems = new ArrayList<>();
        for (String input : inputs) {
            ArticleInput.Format format = ArticleInput.Format.guess(input);
            ArticleInput.Input one;
            try {
                one = ArticleInput.read(spark, input, format);
            } catch (Exception e) { // Spark's AnalysisException (no such path, unreadable) is a checked exception
                inputProblems.add(problem(input, "cannot read: " + firstLine(e.getMessage())));
                continue;
            }
            if (!one.missing().isEmpty()) {
                inputProblems.add(problem(input, "needs the columns id,text (missing " + String.join(",", one.missing())
                        + "); add them"));
                continue;
            }
            rows = rows == null ? one.rows() : rows.unionByName(one.rows());
        }
        Dataset<Row> out = spark.createDataFrame(inputProblems, OUT);
        if (rows != null) {
            // the first row read of an id wins, as in kg extract; later ones are problems
            Dataset<Row> ranked = rows.withColumn("_rank",
                    row_number().over(Window.partitionBy(col("id")).orderBy(col(ArticleInput.FILE), col(ArticleInput.ORDER))));
            Broadcast<Offices> offices = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(offices(ranked));
            Dataset<Row> extracted = ranked.repartition(partitions)
                    .mapPartitions(new Extract(progress, offices), Encoders.row(OUT));
            out = out.unionByName(extracted);
        }
        out = out.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Broadcast<CorpusParties> corpus = corpus(out);
            Dataset<Row> triples = out.filter(col("kind").equalTo(TRIPLE)).filter(new NotOverruled(corpus))
                    .unionByName(out.filter(col("kind").equalTo(CANDIDATE)).flatMap(new Decide(corpus), Encoders.row(OUT)))
                    .orderBy(col("article_id"), col("start"), relationOrder(), col("seq"))
                    .select(TriplesWriter.COLUMNS.stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new));
            triples.write().mode(SaveMode.Overwrite).parquet(outDir + "/triples.parquet");
            triples.withColumn("confidence", org.apache.spark.sql.functions.format_string("%.3f", col("confidence")))
                    .write().mode(SaveMode.Overwrite)
                    .option("header", true).option("escape", "\"").option("quoteAll", false)
                    .csv(outDir + "/triples.csv");
            Dataset<Row> problems = out.filter(col("kind").equalTo(PROBLEM)).orderBy(col("where"))
                    .select(col("where"), col("message"));
            problems.coalesce(1).write().mode(SaveMode.Overwrite).option("header", true).option("escape", "\"")
                    .csv(outDir + "/problems.csv");
            Dataset<Row> articles = out.filter(col("kind").equalTo(ARTICLE)).orderBy(col("article_id"))
                    .select(ARTICLE_COLUMNS.stream().map(c -> c.equals("id") ? col("article_id").as("id") : col(c))
                            .toArray(org.apache.spark.sql.Column[]::new));
            articles.write().mode(SaveMode.Overwrite).parquet(outDir + "/articles.parquet");
            articles.write().mode(SaveMode.Overwrite).option("header", true).option("escape", "\"")
                    .csv(outDir + "/articles.csv");
            return new Result(spark.read().parquet(outDir + "/articles.parquet").count(),
                    spark.read().parquet(outDir + "/triples.parquet").count(),
                    out.filter(col("kind").equalTo(PROBLEM)).count());
        } finally {
            out.unpersist();
        }
    }

    /**
     * Who holds which office, as the run's articles say ({@link Offices}), read before any article is extracted, as
     * {@code kg extract} reads it: each partition's texts learned where they lie, the (small) results merged on the driver.
     */
    private static Offices offices(Dataset<Row> ranked) {
        Offices run = new Offices();
        ranked.filter(col("_rank").equalTo(1).and(col("text").isNotNull())).select(col("text")).as(Encoders.STRING())
                .mapPartitions(new LearnOffices(), Encoders.javaSerialization(Offices.class))
                .collectAsList().forEach(run::learn);
        return run;
    }

    /** One partition's texts: the office holders they name. */
    static final class LearnOffices implements MapPartitionsFunction<String, Offices> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Offices> call(Iterator<String> texts) {
            return List.of(Offices.learned(() -> texts)).iterator();
        }
    }

    /**
     * The corpus sieve over the whole run, as {@code kg extract}'s CorpusPass runs it: the run's MEMBER_OF and LEFT
     * rows (small: a few per article) are learned on the driver and broadcast; each article's candidates are decided
     * against them where they lie ({@link Decide}), and its memberships read from context alone kept or overruled
     * ({@link NotOverruled}).
     */
    private Broadcast<CorpusParties> corpus(Dataset<Row> out) {
        CorpusParties corpus = new CorpusParties();
        List<Triple> known = new ArrayList<>();
        for (Row r : out.filter(col("kind").equalTo(TRIPLE)
                .and(col("predicate").isin(Relation.MEMBER_OF.name(), Relation.LEFT.name())))
                .select("article_id", "subject", "predicate", "object", "confidence", "rule").collectAsList()) {
            known.add(new Triple(r.getString(0), r.getString(1), EntityType.PERSON, Relation.valueOf(r.getString(2)),
                    r.getString(3), EntityType.PARTY, r.getDouble(4), "", 0, 0, r.getString(5)));
        }
        corpus.learn(known);
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(corpus);
    }

    /** kg extract's order of one article's triples at one place: by relation, as {@code Relation} lists them. */
    private static org.apache.spark.sql.Column relationOrder() {
        org.apache.spark.sql.Column order = null;
        for (Relation r : Relation.values()) {
            order = order == null ? when(col("predicate").equalTo(r.name()), lit(r.ordinal()))
                    : order.when(col("predicate").equalTo(r.name()), lit(r.ordinal()));
        }
        return order;
    }

    /** One triple row: false for a membership read from context that the run's other articles overrule. */
    static final class NotOverruled implements FilterFunction<Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<CorpusParties> corpus;

        NotOverruled(Broadcast<CorpusParties> corpus) {
            this.corpus = corpus;
        }

        @Override
        public boolean call(Row r) {
            String rule = r.getAs("rule");
            if (!MembershipRules.readFromContext(rule)) {
                return true;
            }
            return !corpus.value().overruled(new Triple(r.getAs("article_id"), r.getAs("subject"), EntityType.PERSON,
                    Relation.valueOf(r.getAs("predicate")), r.getAs("object"), EntityType.PARTY, r.<Double>getAs("confidence"),
                    "", 0, 0, rule));
        }
    }

    /** One candidate row: the corpus sieve's triple for it, or nothing. */
    static final class Decide implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<CorpusParties> corpus;

        Decide(Broadcast<CorpusParties> corpus) {
            this.corpus = corpus;
        }

        @Override
        public Iterator<Row> call(Row c) {
            String article = c.getAs("article_id");
            PartyCandidate candidate = new PartyCandidate(c.getAs("subject"), c.getAs("object"), c.getAs("evidence"),
                    c.<Integer>getAs("start"), c.<Integer>getAs("end"));
            List<Row> rows = new ArrayList<>();
            for (Triple t : corpus.value().complete(article, List.of(candidate))) {
                rows.add(tripleRow(t, CORPUS_SEQ + c.<Integer>getAs("seq")));
            }
            return rows.iterator();
        }
    }

    /**
     * Articles extracted by tasks of this JVM so far, for the progress line: an accumulator reaches the driver only
     * when its task ends (minutes for a partition of hundreds of articles), while on local[*] the tasks run in the
     * driver's JVM and this counts as they go.
     */
    static final java.util.concurrent.atomic.AtomicLong IN_THIS_JVM = new java.util.concurrent.atomic.AtomicLong();

    /** One partition: each row judged, then extracted by the JVM's one extractor. */
    static final class Extract implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final LongAccumulator progress;
        private final Broadcast<Offices> offices;

        Extract(LongAccumulator progress, Broadcast<Offices> offices) {
            this.progress = progress;
            this.offices = offices;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) {
            Extractor extractor = Extractor.create().knowing(offices.value());
            return new Iterator<>() {
                private final java.util.ArrayDeque<Row> pending = new java.util.ArrayDeque<>();

                @Override
                public boolean hasNext() {
                    while (pending.isEmpty() && input.hasNext()) {
                        pending.addAll(extractOne(extractor, input.next()));
                        if (progress != null) {
                            progress.add(1);
                            IN_THIS_JVM.incrementAndGet();
                        }
                    }
                    return !pending.isEmpty();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return pending.removeFirst();
                }
            };
        }
    }

    /** The output rows of one input row: an "article" marker and its triples, or a problem. */
    static List<Row> extractOne(Extractor extractor, Row in) {
        String file = in.getAs(ArticleInput.FILE);
        String id = in.getAs("id");
        String where = shortFile(file) + (id == null || id.isBlank() ? "" : " (id " + id.strip() + ")");
        if (in.getAs(ArticleInput.CORRUPT) != null) {
            return List.of(problem(where, "not a JSON object on this line; line skipped"));
        }
        String text = in.getAs("text");
        if (id == null || id.isBlank()) {
            return List.of(problem(where, "a row without an id; row skipped"));
        }
        if (text == null || text.isBlank()) {
            return List.of(problem(where, "empty text; row skipped"));
        }
        Integer rank = in.getAs("_rank");
        if (rank != null && rank > 1) {
            return List.of(problem(where, "duplicate article id '" + id.strip()
                    + "'; the first one read is kept, give each article its own id"));
        }
        Article article = new Article(id.strip(), text, opt(in, "title"), opt(in, "source"), opt(in, "url"),
                opt(in, "published"), where);
        ExtractionResult result;
        try {
            result = extractor.extractArticle(article);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(problem(where, "extraction failed: " + e));
        }
        List<Triple> triples = result.triples();
        List<Row> out = new ArrayList<>(triples.size() + result.candidates().size() + 1);
        out.add(RowFactory.create(ARTICLE, article.id(), null, null, null, null, null, null, null, null, null,
                null, null, null, null, article.title(), article.source(), article.url(), article.published(),
                NodeKeys.sha256(article.text())));
        int seq = 0;
        for (Triple t : triples) {
            out.add(tripleRow(t, seq++));
        }
        int k = 0;
        for (PartyCandidate c : result.candidates()) {
            out.add(RowFactory.create(CANDIDATE, article.id(), c.person(), null, null, c.party(), null, null,
                    c.evidence(), c.start(), c.end(), null, k++, null, null, null, null, null, null, null));
        }
        return out;
    }

    private static Row tripleRow(Triple t, int seq) {
        return RowFactory.create(TRIPLE, t.articleId(), t.subject(), t.subjectType().name(), t.predicate().name(),
                t.object(), t.objectType().name(), t.confidence(), t.evidence(), t.start(), t.end(), t.rule(), seq,
                null, null, null, null, null, null, null);
    }

    static Row problem(String where, String message) {
        return RowFactory.create(PROBLEM, null, null, null, null, null, null, null, null, null, null, null, null,
                where, message, null, null, null, null, null);
    }

    private static String opt(Row r, String column) {
        String v = r.getAs(column);
        return v == null || v.isBlank() ? null : v;
    }

    private static String shortFile(String file) {
        if (file == null || file.isEmpty()) {
            return "input";
        }
        return file.startsWith("file://") ? file.substring("file://".length())
                : file.startsWith("file:") ? file.substring("file:".length()) : file;
    }

    private static String firstLine(String s) {
        String m = String.valueOf(s);
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).toLowerCase(Locale.ROOT).startsWith("[path_not_found]")
                ? "no such file or directory; check the path" : (nl < 0 ? m : m.substring(0, nl));
    }
}
