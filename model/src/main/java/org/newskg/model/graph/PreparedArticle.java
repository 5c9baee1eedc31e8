package org.newskg.model.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newskg.model.EntityType;
import org.newskg.model.InputProblem;
import org.newskg.model.Relation;
import org.newskg.model.Triple;

/**
 * One article's contribution turned into query parameter rows (nodes by label, relationships by type): what the
 * loader writes for an article, whichever way it reaches Neo4j (kg load's driver, kg import's files, the Spark
 * LoadJob's connector). Built once, then only read.
 */
public final class PreparedArticle {

    /** The shape of a relationship query: its type and the labels at both ends. */
    public record Shape(Relation relation, EntityType subject, EntityType object) {
    }

    /** The article id. */
    public final String id;
    /** {@link #contentHash} of the contribution, null when it adds to one loaded before ({@link #append}). */
    public final String hash;
    /** Whether these rows add to the article's rows loaded earlier in the same run (nothing is replaced). */
    public final boolean append;
    /** The Article node's properties: title, source, url, published, sha256, triplesHash (those that are set). */
    public final Map<String, Object> props = new HashMap<>();
    /** The named nodes by type and key, with the names this article uses, in first-use order. */
    public final Map<EntityType, Map<String, NodeRow>> nodes = new LinkedHashMap<>();
    /** The relationship rows by shape and (subject key, object key): one per pair and article. */
    public final Map<Shape, Map<String, Map<String, Object>>> relationships = new LinkedHashMap<>();
    private int rows;

    /** The names one article uses for one node. */
    public static final class NodeRow {
        public final String key;
        public final List<String> names = new ArrayList<>();

        NodeRow(String key) {
            this.key = key;
        }
    }

    private PreparedArticle(String id, boolean append, String hash, String title, String source, String url,
            String published, String textSha256) {
        this.id = id;
        this.append = append;
        this.hash = hash;
        putIfSet("title", title);
        putIfSet("source", source);
        putIfSet("url", url);
        putIfSet("published", published);
        putIfSet("sha256", textSha256);
        putIfSet("triplesHash", hash);
    }

    /** How many triples the article brought (also those left out as problems). */
    public int rows() {
        return rows;
    }

    private void putIfSet(String k, String v) {
        if (v != null) {
            props.put(k, v);
        }
    }

    /**
     * Prepares the rows of one article's triples (all of them, in the order they were extracted); a triple whose
     * names normalise to nothing is reported and left out.
     *
     * @param append     true when the triples add to rows of the article loaded before in the same run (no hash)
     * @param title      optional metadata, may be null (also source, url, published, textSha256)
     */
    public static PreparedArticle of(String articleId, boolean append, String title, String source, String url,
            String published, String textSha256, List<Triple> triples, Consumer<InputProblem> problems) {
        PreparedArticle p = new PreparedArticle(articleId, append,
                append ? null : contentHash(title, source, url, published, textSha256, triples), title, source, url,
                published, textSha256);
        String articleIdForProblems = articleId;
        // an article names the same few persons and parties in most of its triples: normalise each name once
        Map<String, String> keys = new HashMap<>();
        for (Triple t : triples) {
            p.rows++;
            String sk = key(keys, t.subjectType(), t.subject(), "");
            String ok = key(keys, t.objectType(), t.object(), sk);
            if (sk.isEmpty() || ok.isEmpty()) {
                problems.accept(new InputProblem("article " + articleIdForProblems + " (evidence at " + t.start() + ")",
                        t.predicate() + " triple skipped: the " + (sk.isEmpty() ? "subject '" + t.subject()
                                : "object '" + t.object()) + "' has no letters or digits to make a key of"));
                continue;
            }
            p.node(t.subjectType(), sk, t.subject());
            p.node(t.objectType(), ok, t.object());
            Shape shape = new Shape(t.predicate(), t.subjectType(), t.objectType());
            Map<String, Map<String, Object>> rows = p.relationships.computeIfAbsent(shape, s -> new LinkedHashMap<>());
            String pair = sk + "\u0000" + ok;
            Map<String, Object> old = rows.get(pair);
            if (old == null || preferred(t, old)) {
                Map<String, Object> row = new HashMap<>();
                row.put("article", articleId);
                row.put("evidence", t.evidence());
                row.put("start", t.start());
                row.put("end", t.end());
                row.put("confidence", t.confidence());
                row.put("rule", t.rule());
                row.put("sk", sk);
                row.put("ok", ok);
                // the names this article uses, so that the cross-article resolution of persons
                // (PersonResolution) can tell which of a merged node's relationships came from which name
                row.put("sn", t.subjectType() == EntityType.PERSON ? t.subject() : null);
                row.put("on", t.objectType() == EntityType.PERSON ? t.object() : null);
                if (t.subjectType() == EntityType.QUOTE) {
                    row.put("stext", t.subject());
                }
                if (t.objectType() == EntityType.QUOTE) {
                    row.put("otext", t.object());
                }
                rows.put(pair, row);
            }
        }
        return p;
    }

    private static String key(Map<String, String> keys, EntityType type, String name, String speakerKey) {
        return type == EntityType.QUOTE
                ? NodeKeys.key(type, name, speakerKey)
                : keys.computeIfAbsent(type.name() + '\u0000' + name, k -> NodeKeys.key(type, name, speakerKey));
    }

    /** Of two triples for one pair in one article, the more confident one, then the earlier one, is kept. */
    private static boolean preferred(Triple t, Map<String, Object> old) {
        double oc = (Double) old.get("confidence");
        return t.confidence() > oc || (t.confidence() == oc && t.start() < (Integer) old.get("start"));
    }

    private void node(EntityType type, String key, String name) {
        NodeRow row = nodes.computeIfAbsent(type, x -> new LinkedHashMap<>()).computeIfAbsent(key, NodeRow::new);
        if (!row.names.contains(name)) {
            row.names.add(name);
        }
    }

    /**
     * A hash of everything an article's contribution would write (metadata and the set of triples, in any order):
     * when the graph holds an article with the same hash, loading it again can change nothing.
     */
    public static String contentHash(String title, String source, String url, String published, String textSha256,
            List<Triple> triples) {
        List<String> lines = new ArrayList<>(triples.size() + 1);
        for (Triple t : triples) {
            lines.add(String.join("\u0001", t.subject(), t.subjectType().name(), t.predicate().name(), t.object(),
                    t.objectType().name(), Double.toString(t.confidence()), t.evidence(),
                    Integer.toString(t.start()), Integer.toString(t.end()), t.rule()));
        }
        lines.sort(null);
        // the version of what the loader writes for a triple: a graph written by an older loader (fact
        // relationships without subjectName/objectName) gets every article rewritten once
        StringBuilder sb = new StringBuilder("v2\n");
        for (String field : new String[] {title, source, url, published, textSha256}) {
            sb.append(field == null ? "\u0000" : field).append('\u0002');
        }
        for (String line : lines) {
            sb.append(line).append('\n');
        }
        return NodeKeys.sha256(sb.toString());
    }

    /** This article's nodes of {@code type} (by key, in first-use order) with the names it uses for them. */
    public Map<String, List<String>> mentions(EntityType type) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (NodeRow n : nodes.getOrDefault(type, Map.of()).values()) {
            out.put(n.key, List.copyOf(n.names));
        }
        return out;
    }
}
