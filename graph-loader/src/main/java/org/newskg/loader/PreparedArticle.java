package org.newskg.loader;

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

/** One article's contribution turned into query parameter rows (nodes by label, relationships by type). */
final class PreparedArticle {

    /** The shape of a relationship query: its type and the labels at both ends. */
    record Shape(Relation relation, EntityType subject, EntityType object) {
    }

    final String id;
    final String hash;
    final boolean append;
    final Map<String, Object> props = new HashMap<>();
    final Map<EntityType, Map<String, NodeRow>> nodes = new LinkedHashMap<>();
    final Map<Shape, Map<String, Map<String, Object>>> relationships = new LinkedHashMap<>();
    int rows;

    /** The names one article uses for one node. */
    static final class NodeRow {
        final String key;
        final List<String> names = new ArrayList<>();

        NodeRow(String key) {
            this.key = key;
        }
    }

    private PreparedArticle(ArticleContribution c) {
        this.id = c.articleId();
        this.append = c.append();
        this.hash = c.append() ? null : c.contentHash();
        putIfSet("title", c.title());
        putIfSet("source", c.source());
        putIfSet("url", c.url());
        putIfSet("published", c.published());
        putIfSet("sha256", c.textSha256());
        putIfSet("triplesHash", hash);
    }

    private void putIfSet(String k, String v) {
        if (v != null) {
            props.put(k, v);
        }
    }

    /** Prepares the rows; a triple whose names normalise to nothing is reported and left out. */
    static PreparedArticle of(ArticleContribution c, Consumer<InputProblem> problems) {
        PreparedArticle p = new PreparedArticle(c);
        // an article names the same few persons and parties in most of its triples: normalise each name once
        Map<String, String> keys = new HashMap<>();
        for (Triple t : c.triples()) {
            p.rows++;
            String sk = key(keys, t.subjectType(), t.subject(), "");
            String ok = key(keys, t.objectType(), t.object(), sk);
            if (sk.isEmpty() || ok.isEmpty()) {
                problems.accept(new InputProblem("article " + c.articleId() + " (evidence at " + t.start() + ")",
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
                row.put("article", c.articleId());
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

    /** This article's nodes of {@code type} (by key, in first-use order) with the names it uses for them. */
    Map<String, List<String>> mentions(EntityType type) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (NodeRow n : nodes.getOrDefault(type, Map.of()).values()) {
            out.put(n.key, List.copyOf(n.names));
        }
        return out;
    }
}
