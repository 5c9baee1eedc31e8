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
 * an {@code article} (its hash and position in the input), a {@code node} (a named node or quote the article
 * uses, with its names), a {@code rel} (one relationship row), or a {@code problem}.
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

    static final StructType OUT = new StructType()
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
            .add("message", DataTypes.StringType, true);

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

            /** The rows of the article {@code next} starts (its triples are consecutive in the partition). */
            private List<Row> article() {
                String id = next.getAs("article_id");
                String file = next.getAs(FILE);
                long row = next.getAs(ROW);
                List<Triple> triples = new ArrayList<>();
                List<Row> out = new ArrayList<>();
                while (next != null && id.equals(next.getAs("article_id"))) {
                    try {
                        triples.add(triple(next));
                    } catch (RuntimeException e) {
                        out.add(problem("article " + id, "triple skipped: " + e.getMessage()));
                    }
                    next = input.hasNext() ? input.next() : null;
                }
                out.addAll(prepare(id, file, row, triples));
                return out;
            }
        };
    }

    /** The rows of one article, as kg load prepares them (the same keys, hash, names and relationship rows). */
    static List<Row> prepare(String id, String file, long row, List<Triple> triples) {
        List<InputProblem> problems = new ArrayList<>();
        PreparedArticle p = PreparedArticle.of(id, false, null, null, null, null, null, triples, problems::add);
        List<Row> out = new ArrayList<>();
        for (InputProblem problem : problems) {
            out.add(problem(problem.where(), problem.message()));
        }
        out.add(RowFactory.create(ARTICLE, id, p.hash, file, row, p.rows(), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null));
        p.nodes.forEach((type, nodes) -> nodes.values().forEach(n -> out.add(RowFactory.create(NODE, id, null, file,
                row, null, type.name(), n.key, n.names.toArray(new String[0]), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null))));
        p.relationships.forEach((shape, rows) -> {
            for (Map<String, Object> r : rows.values()) {
                out.add(RowFactory.create(REL, id, null, null, null, null, null, null, null, shape.relation().name(),
                        shape.subject().name(), shape.object().name(), r.get("sk"), r.get("ok"), r.get("stext"),
                        r.get("otext"), r.get("sn"), r.get("on"), r.get("evidence"), r.get("start"), r.get("end"),
                        r.get("confidence"), r.get("rule"), null, null));
            }
        });
        return out;
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
        return RowFactory.create(PROBLEM, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, where, message);
    }
}
