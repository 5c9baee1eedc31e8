package org.newskg.loader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newskg.model.EntityType;
import org.newskg.model.InputProblem;
import org.newskg.model.Relation;
import org.newskg.model.graph.GraphQueries;
import org.newskg.model.graph.NodeKeys;
import org.newskg.model.graph.PreparedArticle;

/**
 * The node and relationship CSV files of Neo4j's bulk importer ({@code neo4j-admin database import full}) for
 * a set of article contributions: the graph {@code kg load} writes, before the cross-article resolution of
 * persons (which runs on the imported store, as after every load). Rows come from {@link PreparedArticle},
 * the loader's own preparation, so both paths write the same nodes, names and provenance.
 *
 * <p>Node files hold one row per node (names and aliases gathered over all articles, in memory: a few
 * hundred bytes per distinct node); relationship and MENTIONS rows are streamed to their files as they
 * come. Each article's rows must come together (as {@code kg extract} writes them): an article seen again
 * later is reported and its later rows are left out.
 */
public final class ImportFiles implements AutoCloseable {

    /** Between the elements of an array property; a control character no name or quote contains. */
    public static final char ARRAY_DELIMITER = '\u001F';
    /** How {@link #ARRAY_DELIMITER} is given to the importer. */
    public static final String ARRAY_DELIMITER_OPTION = "U+001F";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final Path dir;
    private final Consumer<InputProblem> problems;
    private final CSVPrinter articles;
    private final Map<EntityType, Map<String, Named>> named = new EnumMap<>(EntityType.class);
    private final Map<String, String> quotes = new LinkedHashMap<>();
    private final Map<String, CSVPrinter> relationshipFiles = new LinkedHashMap<>();
    private final Map<EntityType, CSVPrinter> mentionFiles = new EnumMap<>(EntityType.class);
    private final Set<String> seenArticles = new HashSet<>();
    private final List<Path> nodeFiles = new ArrayList<>();
    private final List<Path> relFiles = new ArrayList<>();
    private boolean lineBreaks;
    private long triples;
    private long relationships;
    private long mentions;

    /** A named node: its names over all articles, in first-seen order, and the best one. */
    private static final class Named {
        final List<String> names = new ArrayList<>();
        String best;
    }

    /** What was written. */
    public record Summary(long articles, long nodes, long relationships, long triples, List<Path> nodeFiles,
            List<Path> relationshipFiles, boolean lineBreaks) {
    }

    public ImportFiles(Path dir, Consumer<InputProblem> problems) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.problems = problems;
        Path file = dir.resolve("nodes-Article.csv");
        nodeFiles.add(file);
        this.articles = open(file, "id:ID(Article)", "title", "source", "url", "published", "sha256", "triplesHash",
                ":LABEL");
    }

    /** Adds one article's contribution. */
    public void accept(ArticleContribution c) {
        if (!seenArticles.add(c.articleId())) {
            problems.accept(new InputProblem("article " + c.articleId(), "its rows are not together in the input;"
                    + " the later rows were left out (write each article's rows together, as kg extract does)"));
            return;
        }
        PreparedArticle p = c.prepare(problems);
        triples += p.rows();
        try {
            for (Object v : p.props.values()) {
                lineBreaks |= hasLineBreak(v);
            }
            lineBreaks |= hasLineBreak(p.id);
            articles.printRecord(p.id, p.props.get("title"), p.props.get("source"), p.props.get("url"),
                    p.props.get("published"), p.props.get("sha256"), p.props.get("triplesHash"), "Article");
            for (var e : p.nodes.entrySet()) {
                EntityType type = e.getKey();
                for (PreparedArticle.NodeRow n : e.getValue().values()) {
                    if (type == EntityType.QUOTE) {
                        continue; // a quote exists only as the end of a relationship; no MENTIONS
                    }
                    Named node = named.computeIfAbsent(type, t -> new LinkedHashMap<>())
                            .computeIfAbsent(n.key, k -> new Named());
                    for (String name : n.names) {
                        if (!node.names.contains(name)) {
                            node.names.add(name);
                        }
                        if (node.best == null || NodeKeys.better(name, node.best)) {
                            node.best = name;
                        }
                    }
                    mentionFile(type).printRecord(p.id, n.key, String.join(String.valueOf(ARRAY_DELIMITER), n.names),
                            GraphQueries.MENTIONS);
                    mentions++;
                }
            }
            for (var e : p.relationships.entrySet()) {
                PreparedArticle.Shape shape = e.getKey();
                CSVPrinter out = relationshipFile(shape);
                for (Map<String, Object> row : e.getValue().values()) {
                    if (shape.subject() == EntityType.QUOTE) {
                        quotes.putIfAbsent((String) row.get("sk"), (String) row.get("stext"));
                    }
                    if (shape.object() == EntityType.QUOTE) {
                        quotes.putIfAbsent((String) row.get("ok"), (String) row.get("otext"));
                    }
                    lineBreaks |= hasLineBreak(row.get("evidence")) || hasLineBreak(row.get("otext"))
                            || hasLineBreak(row.get("stext"));
                    out.printRecord(row.get("sk"), row.get("ok"), row.get("article"), row.get("evidence"),
                            row.get("start"), row.get("end"), row.get("confidence"), row.get("rule"), row.get("sn"),
                            row.get("on"), shape.relation().type());
                    relationships++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the node files and closes every file; the arguments of the importer name them. */
    public Summary finish() throws IOException {
        articles.close();
        long nodes = seenArticles.size();
        for (var e : named.entrySet()) {
            EntityType type = e.getKey();
            Path file = dir.resolve("nodes-" + type.label() + ".csv");
            nodeFiles.add(file);
            try (CSVPrinter out = open(file, "key:ID(" + type.label() + ")", "name", "aliases:string[]", "nameScore:long",
                    ":LABEL")) {
                for (var n : e.getValue().entrySet()) {
                    Named node = n.getValue();
                    out.printRecord(n.getKey(), node.best, String.join(String.valueOf(ARRAY_DELIMITER), node.names),
                            NodeKeys.displayScore(node.best), type.label());
                    nodes++;
                }
            }
        }
        if (!quotes.isEmpty()) {
            Path file = dir.resolve("nodes-" + EntityType.QUOTE.label() + ".csv");
            nodeFiles.add(file);
            try (CSVPrinter out = open(file, "key:ID(" + EntityType.QUOTE.label() + ")", "text", ":LABEL")) {
                for (var q : quotes.entrySet()) {
                    out.printRecord(q.getKey(), q.getValue(), EntityType.QUOTE.label());
                    nodes++;
                }
            }
        }
        close();
        return new Summary(seenArticles.size(), nodes, relationships + mentions, triples, List.copyOf(nodeFiles),
                List.copyOf(relFiles), lineBreaks);
    }

    /**
     * The importer's arguments for these files (without the database name): string ids in one id space per
     * label, arrays split on {@link #ARRAY_DELIMITER}, values that may span lines.
     */
    public static List<String> importerArguments(Summary s) {
        List<String> args = new ArrayList<>();
        for (Path f : s.nodeFiles()) {
            args.add("--nodes=" + f.toAbsolutePath());
        }
        for (Path f : s.relationshipFiles()) {
            args.add("--relationships=" + f.toAbsolutePath());
        }
        args.add("--id-type=string");
        args.add("--array-delimiter=" + ARRAY_DELIMITER_OPTION);
        // values spanning lines force the importer to parse each file on one thread: only when there are some
        args.add("--multiline-fields=" + s.lineBreaks());
        args.add("--skip-bad-relationships=false");
        args.add("--skip-duplicate-nodes=false");
        return args;
    }

    private static boolean hasLineBreak(Object value) {
        return value instanceof String v && (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0);
    }

    private CSVPrinter mentionFile(EntityType type) throws IOException {
        CSVPrinter out = mentionFiles.get(type);
        if (out == null) {
            Path file = dir.resolve("rels-MENTIONS-" + type.label() + ".csv");
            relFiles.add(file);
            out = open(file, ":START_ID(Article)", ":END_ID(" + type.label() + ")", "names:string[]", ":TYPE");
            mentionFiles.put(type, out);
        }
        return out;
    }

    private CSVPrinter relationshipFile(PreparedArticle.Shape shape) throws IOException {
        String name = shape.relation().type() + "-" + shape.subject().label() + "-" + shape.object().label();
        CSVPrinter out = relationshipFiles.get(name);
        if (out == null) {
            Path file = dir.resolve("rels-" + name + ".csv");
            relFiles.add(file);
            out = open(file, ":START_ID(" + shape.subject().label() + ")", ":END_ID(" + shape.object().label() + ")",
                    "article", "evidence", "start:int", "end:int", "confidence:double", "rule", "subjectName",
                    "objectName", ":TYPE");
            relationshipFiles.put(name, out);
        }
        return out;
    }

    private static CSVPrinter open(Path file, String... header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, FORMAT);
        out.printRecord((Object[]) header);
        return out;
    }

    @Override
    public void close() throws IOException {
        articles.close();
        for (CSVPrinter p : relationshipFiles.values()) {
            p.close();
        }
        for (CSVPrinter p : mentionFiles.values()) {
            p.close();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ImportFiles[%s, %d articles]", dir, seenArticles.size());
    }
}
