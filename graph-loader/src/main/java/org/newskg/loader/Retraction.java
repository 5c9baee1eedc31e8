package org.newskg.loader;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.newskg.model.graph.GraphQueries;
import org.newskg.model.graph.NodeKeys;

/**
 * Removes what articles contributed, inside the caller's transaction: their fact relationships, their
 * MENTIONS links, and the nodes no other article supports; the surviving nodes get their aliases and
 * display name recomputed from the articles that still name them.
 */
final class Retraction {

    private Retraction() {
    }

    static void run(TransactionContext tx, List<String> ids, boolean deleteArticles, Counts counts) {
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Object> params = Map.of("ids", ids);
        List<String> nodes = tx.run(GraphQueries.SUPPORTED_NODES, params).list(r -> r.get("node").asString());
        counts.add(tx.run(GraphQueries.DELETE_FACTS, params).consume().counters());
        counts.add(tx.run(GraphQueries.DELETE_MENTIONS, params).consume().counters());
        counts.add(tx.run(GraphQueries.DELETE_UNSUPPORTED, Map.of("nodes", nodes)).consume().counters());
        renameSurvivors(tx, nodes, counts);
        if (deleteArticles) {
            counts.add(tx.run(GraphQueries.DELETE_ARTICLES, params).consume().counters());
        }
    }

    /**
     * Removes single fact relationships (by element id) inside the caller's transaction: each article's MENTIONS of
     * an end it no longer says anything about, the ends no other relationship supports, and the articles' content
     * hashes (their graph no longer is what their triples wrote); the surviving ends get their names recomputed.
     */
    static void dropFacts(TransactionContext tx, List<String> rels, Counts counts) {
        if (rels.isEmpty()) {
            return;
        }
        List<Map<String, Object>> ends = new ArrayList<>();
        Set<String> articles = new LinkedHashSet<>();
        Set<String> nodes = new LinkedHashSet<>();
        Result deleted = tx.run(GraphQueries.DELETE_FACTS_BY_ID, Map.of("rels", rels));
        for (Record r : deleted.list()) {
            ends.add(Map.of("article", r.get("article").asString(), "node", r.get("node").asString()));
            articles.add(r.get("article").asString());
            nodes.add(r.get("node").asString());
        }
        counts.add(deleted.consume().counters());
        counts.add(tx.run(GraphQueries.DELETE_IDLE_MENTIONS, Map.of("rows", ends)).consume().counters());
        counts.add(tx.run(GraphQueries.FORGET_HASHES, Map.of("ids", List.copyOf(articles))).consume().counters());
        counts.add(tx.run(GraphQueries.DELETE_UNSUPPORTED, Map.of("nodes", List.copyOf(nodes))).consume().counters());
        renameSurvivors(tx, List.copyOf(nodes), counts);
    }

    /** Aliases and display names of nodes recomputed from the articles that still name them. */
    private static void renameSurvivors(TransactionContext tx, List<String> nodes, Counts counts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record r : tx.run(GraphQueries.NAMES_OF_SURVIVORS, Map.of("nodes", nodes)).list()) {
            List<String> aliases = new ArrayList<>();
            for (Object perArticle : r.get("names").asList()) {
                for (Object name : (List<?>) perArticle) {
                    if (!aliases.contains(name.toString())) {
                        aliases.add(name.toString());
                    }
                }
            }
            if (aliases.isEmpty()) {
                continue;
            }
            aliases.sort(null);
            String best = aliases.get(0);
            for (String a : aliases) {
                if (NodeKeys.better(a, best)) {
                    best = a;
                }
            }
            rows.add(Map.of("node", r.get("node").asString(), "aliases", aliases, "name", best,
                    "score", NodeKeys.displayScore(best)));
        }
        if (!rows.isEmpty()) {
            counts.add(tx.run(GraphQueries.SET_NAMES, Map.of("rows", rows)).consume().counters());
        }
    }
}
