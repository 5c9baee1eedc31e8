package org.newskg.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newskg.model.EntityType;
import org.newskg.model.InputProblem;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import org.newskg.model.graph.PreparedArticle;

/**
 * One partition of triples, sorted by article and then in the order they were extracted, turned into the rows
 * kg load writes for each article ({@link PreparedArticle}), flattened into one schema with a {@code kind}:
 * an {@code article} (its hash, metadata and position in the input), a {@code node} (a named node or quote the
 * article uses, with its names), a {@code rel} (one relationship row), or a {@code problem}.
 *
 * <p>When ExtractJob's {@code articles.parquet} is read too, each article's metadata row ({@link #META} 0) comes
 * before its triples ({@link #META} 1): the article then gets the title, source, url, published date and text
 * hash {@code kg run} gives it, and the same content hash; an article with a metadata row and no triples is
 * written too, as kg run writes it.
 */
final class PrepareArticles implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    static final String ARTICLE = "article";
    static final String NODE = "node";
    static final String REL = "rel";
    static final String PROBLEM = "problem";

    /** The input's order columns: which file a triple came from and where in it. */
    static final String FILE = "_file";
    static final String ROW = "_row";
    /** 0 for an article's metadata row (from articles.parquet), 1 for a triple: the metadata sorts first. */
    static final String META = "_meta";

    /** The Article node's metadata, as in ExtractJob's articles.parquet (its id aside). */
    static final List<String> METADATA = List.of("title", "source", "url", "published", "sha256");

    static final StructType OUT = ExtractJob.withArticleMetadata(new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("article", DataTypes.StringType, true)
            .add("hash", DataTypes.StringType, true)
            .add("pos_file", DataTypes.StringType, true)
            .add("pos_row", DataTypes.LongType, true)
            .add("rows", DataTypes.IntegerType, true)
            .add("type", DataTypes.StringType, true)
            .add("key", DataTypes.StringType, true)
            .add("names", DataTypes.createArrayType(DataTypes.StringType), true)
            .add("relation", DataTypes.StringType, true)
            .add("stype", DataTypes.StringType, true)
            .add("otype", DataTypes.StringType, true)
            .add("sk", DataTypes.StringType, true)
            .add("ok", DataTypes.StringType, true)
            .add("stext", DataTypes.StringType, true)
            .add("otext", DataTypes.StringType, true)
            .add("sn", DataTypes.StringType, true)
            .add("on", DataTypes.StringType, true)
            .add("evidence", DataTypes.StringType, true)
            .add("start", DataTypes.IntegerType, true)
            .add("end", DataTypes.IntegerType, true)
            .add("confidence", DataTypes.DoubleType, true)
            .add("rule", DataTypes.StringType, true)
            .add("where", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true));

    /** An article's metadata; every field may be null (triples read without articles.parquet). */
    record Metadata(String title, String source, String url, String published, String sha256)
            implements java.io.Serializable {
        static final Metadata NONE = new Metadata(null, null, null, null, null);
    }

    private final boolean metadataExpected;

    /** @param metadataExpected whether articles.parquet is read too (an article missing from it is a problem) */
    PrepareArticles(boolean metadataExpected) {
        this.metadataExpected = metadataExpected;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        return new Iterator<>() {
            private final ArrayDeque<Row> pending = new ArrayDeque<>();
            private Row next = input.hasNext() ? input.next() : null;

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && next != null) {
                    pending.addAll(article());
                }
                return !pending.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.removeFirst();
            }

            /** The rows of the article {@code next} starts (its metadata and triples are consecutive). */
            private List<Row> article() {
                String id = next.getAs("article_id");
                List<Row> out = new ArrayList<>();
                if (id == null || id.isBlank()) {
                    out.add(problem(String.valueOf(next.<String>getAs(FILE)), "a triple without an article_id;"
                            + " skipped"));
                    next = input.hasNext() ? input.next() : null;
                    return out;
                }
                Metadata meta = null;
                String file = next.getAs(FILE);
                long row = next.getAs(ROW);
                while (next != null && id.equals(next.getAs("article_id")) && isMeta(next)) {
                    if (meta == null) {
                        meta = new Metadata(next.getAs("title"), next.getAs("source"), next.getAs("url"),
                                next.getAs("published"), next.getAs("sha256"));
                    } else {
                        out.add(problem("article " + id, "listed twice in articles.parquet; the first row is used"));
                    }
                    next = input.hasNext() ? input.next() : null;
                }
                if (next != null && id.equals(next.getAs("article_id"))) {
                    file = next.getAs(FILE); // an article's place among the others: its first triple's
                    row = next.getAs(ROW);
                }
                List<Triple> triples = new ArrayList<>();
                while (next != null && id.equals(next.getAs("article_id"))) {
                    try {
                        triples.add(triple(next));
                    } catch (RuntimeException e) {
                        out.add(problem("article " + id, "triple skipped: " + (e.getMessage() == null ? e.toString()
                                : e.getMessage())));
                    }
                    next = input.hasNext() ? input.next() : null;
                }
                if (meta == null && metadataExpected) {
                    out.add(problem("article " + id, "has triples but no row in articles.parquet; loaded without"
                            + " its title, source and url (and with another content hash than kg run's)"));
                }
                out.addAll(prepare(id, file, row, meta == null ? Metadata.NONE : meta, triples));
                return out;
            }
        };
    }

    private static boolean isMeta(Row r) {
        Number m = r.getAs(META);
        return m != null && m.intValue() == 0;
    }

    /** The rows of one article, as kg load prepares them (the same keys, hash, names and relationship rows). */
    static List<Row> prepare(String id, String file, long row, Metadata meta, List<Triple> triples) {
        List<InputProblem> problems = new ArrayList<>();
        PreparedArticle p = PreparedArticle.of(id, false, meta.title(), meta.source(), meta.url(), meta.published(),
                meta.sha256(), triples, problems::add);
        List<Row> out = new ArrayList<>();
        for (InputProblem problem : problems) {
            out.add(problem(problem.where(), problem.message()));
        }
        Object[] article = blank(ARTICLE, id);
        set(article, "hash", p.hash);
        set(article, "pos_file", file);
        set(article, "pos_row", row);
        set(article, "rows", p.rows());
        set(article, "title", meta.title());
        set(article, "source", meta.source());
        set(article, "url", meta.url());
        set(article, "published", meta.published());
        set(article, "sha256", meta.sha256());
        out.add(RowFactory.create(article));
        p.nodes.forEach((type, nodes) -> nodes.values().forEach(n -> {
            Object[] node = blank(NODE, id);
            set(node, "pos_file", file);
            set(node, "pos_row", row);
            set(node, "type", type.name());
            set(node, "key", n.key);
            set(node, "names", n.names.toArray(new String[0]));
            out.add(RowFactory.create(node));
        }));
        p.relationships.forEach((shape, rows) -> {
            for (Map<String, Object> r : rows.values()) {
                Object[] rel = blank(REL, id);
                set(rel, "relation", shape.relation().name());
                set(rel, "stype", shape.subject().name());
                set(rel, "otype", shape.object().name());
                for (String k : List.of("sk", "ok", "stext", "otext", "sn", "on", "evidence", "start", "end",
                        "confidence", "rule")) {
                    set(rel, k, r.get(k));
                }
                out.add(RowFactory.create(rel));
            }
        });
        return out;
    }

    private static Object[] blank(String kind, String article) {
        Object[] values = new Object[OUT.size()];
        values[0] = kind;
        values[1] = article;
        return values;
    }

    private static void set(Object[] values, String column, Object value) {
        values[OUT.fieldIndex(column)] = value;
    }

    private static Triple triple(Row r) {
        Number confidence = r.getAs("confidence");
        Number start = r.getAs("start");
        Number end = r.getAs("end");
        return new Triple(r.getAs("article_id"), r.getAs("subject"), EntityType.valueOf(r.getAs("subject_type")),
                Relation.parse(r.getAs("predicate")), r.getAs("object"), EntityType.valueOf(r.getAs("object_type")),
                confidence.doubleValue(), r.getAs("evidence"), start.intValue(), end.intValue(), r.getAs("rule"));
    }

    static Row problem(String where, String message) {
        Object[] values = blank(PROBLEM, null);
        set(values, "where", where);
        set(values, "message", message);
        return RowFactory.create(values);
    }
}
