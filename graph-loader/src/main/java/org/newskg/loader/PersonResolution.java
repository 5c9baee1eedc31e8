package org.newskg.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.newskg.model.EntityType;
import org.newskg.model.Names;
import org.newskg.model.PartySupport;
import org.newskg.model.Relation;
import org.newskg.model.graph.GraphQueries;
import org.newskg.model.graph.NodeKeys;

/**
 * Makes the graph's Person nodes one per real person ({@link PersonResolver}), inside the caller's
 * transaction: reads every name the articles use (from their MENTIONS links) and the parties their facts give
 * each name (from the fact relationships' {@code subjectName}), resolves them, and moves MENTIONS links and
 * fact relationships (with all their properties) to one node per cluster, whose key is the cluster's key;
 * nodes left without relationships are deleted; names, aliases and the undecided candidates are rewritten.
 * The result depends only on the articles in the graph, never on the order they came in: run after every
 * load and retraction, it undoes a merge whose justification was retracted.
 */
final class PersonResolution {

    private PersonResolution() {
    }

    /** What one run changed. */
    record Outcome(int nodesMoved, int clusters, int undecided) {
    }

    static final String READ_PERSONS = """
            MATCH (p:Person)
            RETURN elementId(p) AS node, p.key AS key, p.name AS name, p.aliases AS aliases,
                p.undecided AS undecided,
                [(a:Article)-[m:%s]->(p) | [a.id] + m.names] AS mentions""".formatted(GraphQueries.MENTIONS);

    static final String READ_MEMBERSHIPS = """
            MATCH (p:Person)-[r:%s|%s]->(q:Party)
            RETURN coalesce(r.subjectName, p.name) AS name, type(r) AS type, q.key AS party, r.article AS article,
                coalesce(r.contested, false) AS contested"""
            .formatted(Relation.MEMBER_OF.type(), Relation.LEFT.type());

    static final String MOVE_MENTIONS = """
            UNWIND $rows AS row
            MATCH (n) WHERE elementId(n) = row.node
            MATCH (a:Article {id: row.article})-[m:%1$s]->(n)
            DELETE m
            WITH a, row
            UNWIND row.targets AS t
            MERGE (p:Person {key: t.key})
            ON CREATE SET p.name = t.key, p.aliases = t.names
            MERGE (a)-[m2:%1$s]->(p)
            ON CREATE SET m2.names = t.names
            ON MATCH SET m2.names = m2.names + [x IN t.names WHERE NOT x IN m2.names]"""
            .formatted(GraphQueries.MENTIONS);

    static String moveFacts(Relation relation, boolean outgoing) {
        String pattern = outgoing ? "(n)-[r:%s]->(o)" : "(o)-[r:%s]->(n)";
        String create = outgoing ? "CREATE (t)-[r2:%s]->(o)" : "CREATE (o)-[r2:%s]->(t)";
        String nameProperty = outgoing ? "subjectName" : "objectName";
        return ("""
                UNWIND $rows AS row
                MATCH (n) WHERE elementId(n) = row.node
                MATCH (t:Person {key: row.key})
                MATCH %s WHERE r.%s IN row.names AND (row.articles IS NULL OR r.article IN row.articles)
                %s
                SET r2 = properties(r)
                DELETE r""").formatted(pattern.formatted(relation.type()), nameProperty,
                create.formatted(relation.type()));
    }

    /**
     * Every relationship from a person to a quote, with what the quote's key is computed from; with
     * {@code onlyMerged}, only from persons with more than one spelling (a graph whose quotes were keyed by each
     * person's own spellings: only a node that took in another name can hold a quote keyed by another); with
     * {@code onlyKeys}, only from the persons whose keys {@code $keys} lists.
     */
    static String readQuotes(Relation relation, boolean onlyMerged, boolean onlyKeys) {
        return """
                MATCH (p:Person) %s
                MATCH (p)-[r:%s]->(q:Quote)
                RETURN elementId(r) AS rel, elementId(q) AS quote, p.key AS speaker, q.key AS key, q.text AS text"""
                .formatted(onlyKeys ? "WHERE p.key IN $keys" : onlyMerged ? "WHERE size(p.aliases) > 1" : "",
                        relation.type());
    }

    /**
     * Moves a relationship to the quote of the key its speaker's node now gives (a quote's key covers its
     * speaker's key), merging it with the same words already there from the same person.
     */
    static String moveQuotes(Relation relation) {
        return """
                UNWIND $rows AS row
                MATCH (p)-[r:%1$s]->(q) WHERE elementId(r) = row.rel
                MERGE (q2:Quote {key: row.key}) ON CREATE SET q2.text = q.text
                MERGE (p)-[r2:%1$s {article: r.article}]->(q2) ON CREATE SET r2 = properties(r)
                DELETE r""".formatted(relation.type());
    }

    /**
     * The facts of some persons' nodes that name them (as subject or as object), with the sentence each came
     * from: what {@link PersonResolver.CueCollector} reads. With {@code all} false, only those it can find a sex
     * in (an honorific in the sentence, or a pronoun in the rule): the office written before a name is read only
     * for the surnames of suffixed names ({@link PersonResolver#officeSurnames}).
     */
    static final String READ_FACTS = """
            UNWIND $nodes AS row
            MATCH (p) WHERE elementId(p) = row.node
            CALL (p, row) {
                MATCH (p)-[r]->() WHERE r.subjectName IS NOT NULL
                    AND (row.all OR r.rule CONTAINS '/pronoun' OR any(h IN $honorifics WHERE r.evidence CONTAINS h))
                RETURN r.subjectName AS name, r.article AS article, r.evidence AS evidence, r.rule AS rule, true AS subject
                UNION ALL
                MATCH ()-[r]->(p) WHERE r.objectName IS NOT NULL
                    AND (row.all OR any(h IN $honorifics WHERE r.evidence CONTAINS h))
                RETURN r.objectName AS name, r.article AS article, r.evidence AS evidence, r.rule AS rule, false AS subject
            }
            RETURN name, article, evidence, rule, subject""";

    static final String DELETE_EMPTY = """
            UNWIND $nodes AS node
            MATCH (n) WHERE elementId(n) = node AND NOT EXISTS { (n)--() }
            DELETE n""";

    static final String SET_PERSONS = """
            UNWIND $rows AS row
            MATCH (p:Person {key: row.key})
            SET p.name = row.name, p.aliases = row.aliases, p.nameScore = row.score, p.undecided = row.undecided""";

    /** Marks (or unmarks) every MEMBER_OF of a person to a party as contested. */
    static final String SET_CONTESTED = """
            UNWIND $rows AS row
            MATCH (p:Person {key: row.key})-[r:%s]->(:Party {key: row.party})
            SET r.contested = row.contested""".formatted(Relation.MEMBER_OF.type());

    /**
     * Whether a membership supported by {@code articles} articles is contradicted by much stronger evidence: a
     * party of the same person with at least three times as many articles and two more, unless the person is
     * said to have left this party (a change of party is not a contradiction); a party the person is said to
     * have left does not count as the stronger evidence either (they moved from it to this one).
     */
    static boolean contested(int articles, int strongestOther, boolean leftThisParty) {
        return !leftThisParty && PartySupport.outweighs(strongestOther, articles);
    }

    /**
     * {@link #contested(int, int, boolean)} for one of a person's parties, given the articles supporting each of
     * their parties and the parties they are said to have left.
     */
    static boolean contested(String party, Map<String, Set<String>> parties, Set<String> leftParties) {
        int strongestOther = 0;
        for (Map.Entry<String, Set<String>> other : parties.entrySet()) {
            // a party the person left does not contradict the one they joined after
            if (!other.getKey().equals(party) && !leftParties.contains(other.getKey())) {
                strongestOther = Math.max(strongestOther, other.getValue().size());
            }
        }
        return contested(parties.get(party).size(), strongestOther, leftParties.contains(party));
    }

    /** One Person node as read. */
    private record Node(String id, String key, String name, List<String> aliases, List<String> undecided,
            List<List<String>> mentions) {
    }

    static Outcome run(TransactionContext tx, PersonResolver.Overrides overrides) {
        return run(tx, overrides, false);
    }

    /**
     * With {@code everyQuote}, every quote gets its speaker node's key
     * (a graph written by another program, such as neo4j-admin from kg export-import's files); otherwise only
     * the quotes of the nodes this run moved names to or from, the only ones whose keys it can have changed.
     */
    static Outcome run(TransactionContext tx, PersonResolver.Overrides overrides, boolean everyQuote) {
        List<Node> nodes = new ArrayList<>();
        for (Record r : tx.run(READ_PERSONS).list()) {
            List<List<String>> mentions = new ArrayList<>();
            for (Object m : r.get("mentions").asList()) {
                List<String> row = new ArrayList<>();
                for (Object x : (List<?>) m) {
                    row.add(String.valueOf(x));
                }
                mentions.add(row);
            }
            nodes.add(new Node(r.get("node").asString(), r.get("key").asString(), str(r.get("name")),
                    strings(r.get("aliases")), r.get("undecided").isNull() ? null : strings(r.get("undecided")),
                    mentions));
        }
        // raw key -> spelling -> articles; raw key -> articles
        Map<String, Map<String, Set<String>>> spellings = new TreeMap<>();
        Map<String, Set<String>> articles = new HashMap<>();
        Map<String, String> rawKeys = new HashMap<>();
        for (Node n : nodes) {
            for (List<String> m : n.mentions) {
                String article = m.get(0);
                for (String name : m.subList(1, m.size())) {
                    String rk = rawKey(rawKeys, name);
                    if (rk.isEmpty()) {
                        continue;
                    }
                    spellings.computeIfAbsent(rk, k -> new TreeMap<>()).computeIfAbsent(name, k -> new HashSet<>())
                            .add(article);
                    articles.computeIfAbsent(rk, k -> new HashSet<>()).add(article);
                }
            }
        }
        Map<String, Map<String, Set<String>>> members = new HashMap<>();
        Map<String, Set<String>> left = new HashMap<>();
        // (raw key, article, party) of every MEMBER_OF, with whether it is marked contested now
        List<Object[]> memberships = new ArrayList<>();
        for (Record r : tx.run(READ_MEMBERSHIPS).list()) {
            String rk = rawKey(rawKeys, str(r.get("name")));
            if (r.get("type").asString().equals(Relation.MEMBER_OF.type())) {
                memberships.add(new Object[] {rk, r.get("article").asString(), r.get("party").asString(),
                        r.get("contested").asBoolean()});
            }
            if (r.get("type").asString().equals(Relation.LEFT.type())) {
                left.computeIfAbsent(rk, k -> new TreeSet<>()).add(r.get("party").asString());
            } else {
                members.computeIfAbsent(rk, k -> new HashMap<>())
                        .computeIfAbsent(r.get("party").asString(), k -> new HashSet<>()).add(r.get("article").asString());
            }
        }
        List<PersonResolver.KeyEvidence> evidence = new ArrayList<>();
        spellings.forEach((rk, byName) -> {
            Map<String, Integer> counts = new TreeMap<>();
            byName.forEach((name, as) -> counts.put(name, as.size()));
            Map<String, Integer> parties = new TreeMap<>();
            members.getOrDefault(rk, Map.of()).forEach((party, as) -> parties.put(party, as.size()));
            evidence.add(new PersonResolver.KeyEvidence(rk, counts, articles.get(rk).size(), parties,
                    left.getOrDefault(rk, Set.of())));
        });
        Map<String, Set<String>> keysByArticle = new HashMap<>();
        articles.forEach((rk, as) -> as.forEach(a -> keysByArticle.computeIfAbsent(a, x -> new HashSet<>()).add(rk)));
        PersonResolver.Resolution resolution = PersonResolver.resolve(evidence, overrides, keysByArticle,
                cues(tx, nodes, rawKeys, spellings.keySet(), members));

        // moves: every node whose names belong to another cluster's node
        List<Map<String, Object>> mentionRows = new ArrayList<>();
        List<Map<String, Object>> factRows = new ArrayList<>();
        List<String> emptied = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (Node n : nodes) {
            Map<String, Set<String>> namesByTarget = new TreeMap<>();
            // name -> target -> articles, for the names whose articles go to different clusters
            Map<String, Map<String, Set<String>>> articlesByName = new TreeMap<>();
            for (List<String> m : n.mentions) {
                for (String name : m.subList(1, m.size())) {
                    String rk = rawKey(rawKeys, name);
                    if (!rk.isEmpty()) {
                        String target = resolution.clusterOf(rk, m.get(0));
                        namesByTarget.computeIfAbsent(target, k -> new TreeSet<>()).add(name);
                        articlesByName.computeIfAbsent(name, k -> new TreeMap<>())
                                .computeIfAbsent(target, k -> new TreeSet<>()).add(m.get(0));
                    }
                }
            }
            if (namesByTarget.isEmpty() || namesByTarget.size() == 1 && namesByTarget.containsKey(n.key)) {
                continue;
            }
            emptied.add(n.id);
            touched.addAll(namesByTarget.keySet());
            for (List<String> m : n.mentions) {
                Map<String, List<String>> byTarget = new TreeMap<>();
                for (String name : m.subList(1, m.size())) {
                    String rk = rawKey(rawKeys, name);
                    String target = rk.isEmpty() ? n.key : resolution.clusterOf(rk, m.get(0));
                    byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(name);
                }
                List<Map<String, Object>> targets = new ArrayList<>();
                byTarget.forEach((key, names) -> targets.add(Map.of("key", key, "names", names)));
                mentionRows.add(Map.of("node", n.id, "article", m.get(0), "targets", targets));
            }
            namesByTarget.forEach((key, names) -> {
                if (key.equals(n.key)) {
                    return;
                }
                List<String> whole = new ArrayList<>();
                for (String name : names) {
                    Map<String, Set<String>> byTarget = articlesByName.get(name);
                    if (byTarget.size() == 1) {
                        whole.add(name); // every article of the name goes there
                    } else {
                        Map<String, Object> row = new HashMap<>();
                        row.put("node", n.id);
                        row.put("key", key);
                        row.put("names", List.of(name));
                        row.put("articles", List.copyOf(byTarget.get(key)));
                        factRows.add(row);
                    }
                }
                if (!whole.isEmpty()) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("node", n.id);
                    row.put("key", key);
                    row.put("names", whole);
                    row.put("articles", null);
                    factRows.add(row);
                }
            });
        }
        if (!mentionRows.isEmpty()) {
            tx.run(MOVE_MENTIONS, Map.of("rows", mentionRows)).consume();
            for (Relation relation : Relation.values()) {
                if (relation.subjectType() == EntityType.PERSON) {
                    tx.run(moveFacts(relation, true), Map.of("rows", factRows)).consume();
                }
                if (relation.objectType() == EntityType.PERSON) {
                    tx.run(moveFacts(relation, false), Map.of("rows", factRows)).consume();
                }
            }
            tx.run(DELETE_EMPTY, Map.of("nodes", emptied)).consume();
        }

        if (everyQuote) {
            rekeyQuotes(tx, false);
        } else if (!touched.isEmpty()) {
            rekeyQuotes(tx, false, touched);
        }

        // names, aliases, undecided candidates: rewritten where they differ
        Map<String, Set<String>> aliases = new TreeMap<>();
        spellings.forEach((rk, byName) -> byName.forEach((name, as) -> {
            for (String a : as) {
                aliases.computeIfAbsent(resolution.clusterOf(rk, a), k -> new TreeSet<>()).add(name);
            }
        }));
        Map<String, List<String>> undecidedOf = new HashMap<>();
        resolution.undecided().forEach((rk, candidates) -> {
            String key = resolution.clusterOf().get(rk);
            Set<String> all = new TreeSet<>(undecidedOf.getOrDefault(key, List.of()));
            all.addAll(candidates);
            undecidedOf.put(key, List.copyOf(all));
        });
        Map<String, Node> byKey = new HashMap<>();
        for (Node n : nodes) {
            byKey.put(n.key, n);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        aliases.forEach((key, all) -> {
            String name = resolution.names().get(key);
            List<String> aliasList = List.copyOf(all);
            List<String> undecided = undecidedOf.get(key);
            Node old = byKey.get(key);
            if (old != null && !touched.contains(key) && name.equals(old.name) && aliasList.equals(old.aliases)
                    && Objects.equals(undecided, old.undecided)) {
                return;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("key", key);
            row.put("name", name);
            row.put("aliases", aliasList);
            row.put("score", NodeKeys.displayScore(name));
            row.put("undecided", undecided);
            rows.add(row);
        });
        if (!rows.isEmpty()) {
            tx.run(SET_PERSONS, Map.of("rows", rows)).consume();
        }
        // contested memberships, by cluster and party
        Map<String, Map<String, Set<String>>> clusterParties = new TreeMap<>();
        Map<String, Set<String>> clusterLeft = new HashMap<>();
        // cluster -> party -> whether some / every MEMBER_OF is marked contested now
        Map<String, Map<String, Boolean>> clusterAny = new HashMap<>();
        Map<String, Map<String, Boolean>> clusterAll = new HashMap<>();
        for (Object[] m : memberships) {
            String key = resolution.clusterOf((String) m[0], (String) m[1]);
            if (key == null) {
                continue;
            }
            String party = (String) m[2];
            boolean c = (Boolean) m[3];
            clusterParties.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(party, k -> new HashSet<>())
                    .add((String) m[1]);
            clusterAny.computeIfAbsent(key, k -> new HashMap<>()).merge(party, c, Boolean::logicalOr);
            clusterAll.computeIfAbsent(key, k -> new HashMap<>()).merge(party, c, Boolean::logicalAnd);
        }
        left.forEach((rk, parties) -> {
            String key = resolution.clusterOf().get(rk);
            if (key != null) {
                clusterLeft.computeIfAbsent(key, k -> new HashSet<>()).addAll(parties);
            }
        });
        List<Map<String, Object>> contestedRows = new ArrayList<>();
        clusterParties.forEach((key, parties) -> parties.forEach((party, as) -> {
            boolean want = contested(party, parties, clusterLeft.getOrDefault(key, Set.of()));
            boolean all = clusterAll.getOrDefault(key, Map.of()).getOrDefault(party, false);
            boolean any = clusterAny.getOrDefault(key, Map.of()).getOrDefault(party, false);
            if (want ? !all : any) {
                contestedRows.add(Map.of("key", key, "party", party, "contested", want));
            }
        }));
        if (!contestedRows.isEmpty()) {
            tx.run(SET_CONTESTED, Map.of("rows", contestedRows)).consume();
        }
        return new Outcome(emptied.size(), aliases.size(), resolution.undecided().size());
    }

    /**
     * A quote's key is computed from its speaker's key, and the loader writes it with the name the article
     * uses: once that name's node joins another (or leaves it), the same words from one person would be two
     * Quote nodes. Every quote gets the key of its speaker's node here, wherever the resolution put it.
     */
    static void rekeyQuotes(TransactionContext tx, boolean onlyMerged) {
        rekeyQuotes(tx, onlyMerged, null);
    }

    /** {@link #rekeyQuotes(TransactionContext, boolean)} for the persons whose keys are given (all when null). */
    private static void rekeyQuotes(TransactionContext tx, boolean onlyMerged, Set<String> keys) {
        Map<String, Object> params = keys == null ? Map.of() : Map.of("keys", List.copyOf(keys));
        for (Relation relation : Relation.values()) {
            if (relation.subjectType() != EntityType.PERSON || relation.objectType() != EntityType.QUOTE) {
                continue;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            Set<String> left = new TreeSet<>();
            for (Record r : tx.run(readQuotes(relation, onlyMerged, keys != null), params).list()) {
                String want = NodeKeys.key(EntityType.QUOTE, r.get("text").asString(), r.get("speaker").asString());
                if (!want.isEmpty() && !want.equals(r.get("key").asString())) {
                    rows.add(Map.of("rel", r.get("rel").asString(), "key", want));
                    left.add(r.get("quote").asString());
                }
            }
            if (!rows.isEmpty()) {
                tx.run(moveQuotes(relation), Map.of("rows", rows)).consume();
                tx.run(DELETE_EMPTY, Map.of("nodes", List.copyOf(left))).consume();
            }
        }
    }

    /**
     * What the facts' sentences and the memberships say about the names the resolution reads cues for
     * ({@link PersonResolver#cueSurnames}): only the facts of the nodes that hold such a name are read.
     */
    private static Map<String, Map<String, PersonResolver.Cues>> cues(TransactionContext tx, List<Node> nodes,
            Map<String, String> rawKeys, Set<String> keys, Map<String, Map<String, Set<String>>> members) {
        PersonResolver.CueCollector collector = new PersonResolver.CueCollector(PersonResolver.cueSurnames(keys));
        Set<String> officeSurnames = PersonResolver.officeSurnames(keys);
        List<Map<String, Object>> wanted = new ArrayList<>();
        for (Node n : nodes) {
            boolean any = false;
            boolean all = false;
            for (List<String> m : n.mentions) {
                for (String name : m.subList(1, m.size())) {
                    String rk = rawKey(rawKeys, name);
                    any |= !rk.isEmpty() && collector.wants(rk);
                    all |= !rk.isEmpty() && PersonResolver.wantsCues(rk, officeSurnames);
                }
            }
            if (any) {
                wanted.add(Map.of("node", n.id, "all", all));
            }
        }
        if (!wanted.isEmpty()) {
            for (Record r : tx.run(READ_FACTS, Map.of("nodes", wanted, "honorifics",
                    org.newskg.model.NameCues.MAY_HAVE_HONORIFIC)).list()) {
                String name = r.get("name").asString();
                String rk = rawKey(rawKeys, name);
                if (!rk.isEmpty()) {
                    collector.fact(r.get("article").asString(), rk, name, str(r.get("evidence")), str(r.get("rule")),
                            r.get("subject").asBoolean());
                }
            }
        }
        members.forEach((rk, parties) -> parties.forEach((party, as) -> as.forEach(a -> collector.party(a, rk, party))));
        return collector.cues();
    }

    private static String rawKey(Map<String, String> cache, String name) {
        return cache.computeIfAbsent(name, n -> NodeKeys.key(EntityType.PERSON, n, ""));
    }

    private static String str(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
