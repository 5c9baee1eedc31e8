package org.newskg.loader;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
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
 * <p>Nodes are identified in the files by integers of one sequence, which become the node ids of the store
 * ({@link #ID_TYPE}: the importer's id mapper for strings is a large part of its time, and with actual ids it
 * needs none); keys and article ids are ordinary properties, as kg load writes them. Persons are resolved
 * across articles while the files are written ({@link PersonResolver}, on what {@link PersonResolution} would
 * read from the imported graph), so the imported graph needs no resolution pass. Named nodes' rows are written at the end (names and aliases gathered over all
 * articles, in memory: a few hundred bytes per distinct node); quote nodes, relationship and MENTIONS rows are
 * streamed to their files as they come. Articles are prepared on several threads and written in input order.
 * Each article's rows must come together (as {@code kg extract} writes them): an article seen again later is
 * reported and its later rows are left out.
 */
public final class ImportFiles implements AutoCloseable {

    /** Between the elements of an array property; a control character no name or quote contains. */
    public static final char ARRAY_DELIMITER = '\u001F';
    /** How {@link #ARRAY_DELIMITER} is given to the importer. */
    public static final String ARRAY_DELIMITER_OPTION = "U+001F";
    /**
     * The importer's {@code --id-type} for the files' node ids: {@code actual}, the ids of the store's node
     * records, so that the importer needs no id mapper at all (the ids are one sequence from 0; those of person
     * nodes merged into another are left unused, and the store reuses them).
     */
    public static final String ID_TYPE = "actual";

    private static final String DELIMITER = String.valueOf(ARRAY_DELIMITER);
    private static final int BUFFER = 1 << 20;
    private static final String MEMBERSHIPS = Relation.MEMBER_OF.type() + "-" + EntityType.PERSON.label() + "-"
            + EntityType.PARTY.label();

    private final Path dir;
    private final Consumer<InputProblem> problems;
    private final CsvFile articles;
    private final CsvFile quoteFile;
    private final Map<EntityType, Map<String, Named>> named = new EnumMap<>(EntityType.class);
    private final Map<String, Long> quotes = new HashMap<>();
    private final Map<String, CsvFile> relationshipFiles = new LinkedHashMap<>();
    private final Map<EntityType, CsvFile> mentionFiles = new EnumMap<>(EntityType.class);
    private final Set<String> seenArticles = new HashSet<>();
    private final List<CsvFile> nodeFiles = new ArrayList<>();
    private final List<CsvFile> relFiles = new ArrayList<>();
    private final PersonResolver.Overrides overrides;
    // what the resolution of persons reads from a loaded graph, gathered as the rows go by (PersonResolution)
    private final Map<String, Map<String, Integer>> spellings = new HashMap<>();
    private final Map<String, Integer> personArticles = new HashMap<>();
    private final Map<String, Set<String>> keysByArticle = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> members = new HashMap<>();
    private final Map<String, Set<String>> left = new HashMap<>();
    /** What the facts' sentences say about each person's name, in each article (for every key: filtered later). */
    private final PersonResolver.CueCollector factCues = new PersonResolver.CueCollector(null);
    /** The articles of each spelling of a one-word name (whose articles the resolution may decide one by one). */
    private final Map<String, Map<String, Set<String>>> oneWordSpellings = new HashMap<>();
    /** An article's id to the id of its node in the files. */
    private final Map<String, Long> articleNodes = new HashMap<>();
    private final DataOutputStream personMentions;
    private final Path personMentionsFile;
    private final ExecutorService preparers;
    private final int window;
    private final ArrayDeque<Future<Prepared>> inFlight = new ArrayDeque<>();
    private long nextId;
    private long triples;
    private long relationships;
    private long mentions;

    /** A named node: its id in the files, its names over all articles in first-seen order, and the best one. */
    private static final class Named {
        final long id;
        final String key;
        final List<String> names = new ArrayList<>(2);
        String best;
        /** Whether the key is a one-word name (persons only; null until asked). */
        Boolean oneWord;

        Named(long id, String key) {
            this.id = id;
            this.key = key;
        }
    }

    /** One article's rows and the problems found preparing them (reported in input order). */
    private record Prepared(PreparedArticle article, List<InputProblem> problems) {
    }

    /** What was written. */
    public record Summary(long articles, long nodes, long relationships, long triples, List<Path> nodeFiles,
            List<Path> relationshipFiles, boolean lineBreaks) {
    }

    /** Without overrides of the resolution of persons; prepares articles on as many threads as there are processors. */
    public ImportFiles(Path dir, Consumer<InputProblem> problems) throws IOException {
        this(dir, problems, PersonResolver.Overrides.NONE, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param overrides the user's merges and splits of persons, for the resolution of persons
     * @param threads   threads preparing articles while the caller's thread writes them (1: the caller's thread
     *                  does everything)
     */
    public ImportFiles(Path dir, Consumer<InputProblem> problems, PersonResolver.Overrides overrides, int threads)
            throws IOException {
        this.dir = Files.createDirectories(dir);
        this.problems = problems;
        this.overrides = overrides;
        this.personMentionsFile = dir.resolve("person-mentions.tmp");
        this.personMentions = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(personMentionsFile),
                BUFFER));
        this.preparers = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kg-import-prepare");
            t.setDaemon(true);
            return t;
        });
        this.window = 64 * Math.max(1, threads);
        this.articles = nodeFile("nodes-Article.csv", ":ID", "id", "title", "source", "url", "published", "sha256",
                "triplesHash", ":LABEL");
        this.quoteFile = new CsvFile(dir.resolve("nodes-" + EntityType.QUOTE.label() + ".csv"), ":ID", "key", "text",
                ":LABEL");
    }

    /** Adds one article's contribution. */
    public void accept(ArticleContribution c) {
        if (!seenArticles.add(c.articleId())) {
            problems.accept(new InputProblem("article " + c.articleId(), "its rows are not together in the input;"
                    + " the later rows were left out (write each article's rows together, as kg extract does)"));
            return;
        }
        if (preparers == null) {
            write(prepare(c));
            return;
        }
        inFlight.add(preparers.submit(() -> prepare(c)));
        if (inFlight.size() >= window) {
            write(next());
        }
    }

    private static Prepared prepare(ArticleContribution c) {
        List<InputProblem> found = new ArrayList<>(0);
        return new Prepared(c.prepare(found::add), found);
    }

    private Prepared next() {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the importer's files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void write(Prepared prepared) {
        prepared.problems().forEach(problems);
        PreparedArticle p = prepared.article();
        triples += p.rows();
        try {
            long articleId = nextId++;
            articleNodes.put(p.id, articleId);
            articles.id(articleId).field(p.id).field(p.props.get("title")).field(p.props.get("source"))
                    .field(p.props.get("url")).field(p.props.get("published")).field(p.props.get("sha256"))
                    .field(p.props.get("triplesHash")).field("Article").end();
            for (var e : p.nodes.entrySet()) {
                EntityType type = e.getKey();
                if (type == EntityType.QUOTE) {
                    continue; // a quote exists only as the end of a relationship; no MENTIONS
                }
                Map<String, Named> ofType = named.computeIfAbsent(type, t -> new HashMap<>());
                boolean person = type == EntityType.PERSON;
                CsvFile mentionFile = person ? null : mentionFile(type);
                Set<String> personKeys = person ? new HashSet<>() : null;
                for (PreparedArticle.NodeRow n : e.getValue().values()) {
                    Named node = ofType.get(n.key);
                    if (node == null) {
                        node = new Named(nextId++, n.key);
                        ofType.put(n.key, node);
                    }
                    for (String name : n.names) {
                        // a name seen before was compared with the best one then
                        if (!node.names.contains(name)) {
                            node.names.add(name);
                            if (node.best == null || NodeKeys.better(name, node.best)) {
                                node.best = name;
                            }
                        }
                    }
                    if (person) {
                        // the names of a person's node are all spellings of its key (the raw key of the resolution)
                        Map<String, Integer> byName = spellings.computeIfAbsent(node.key, k -> new HashMap<>());
                        for (String name : n.names) {
                            byName.merge(name, 1, Integer::sum);
                        }
                        personArticles.merge(node.key, 1, Integer::sum);
                        personKeys.add(node.key);
                        if (node.oneWord == null) {
                            node.oneWord = PersonResolver.oneWord(node.key);
                        }
                        if (node.oneWord) {
                            Map<String, Set<String>> byArticle = oneWordSpellings.computeIfAbsent(node.key,
                                    k -> new HashMap<>());
                            for (String name : n.names) {
                                byArticle.computeIfAbsent(name, k -> new HashSet<>()).add(p.id);
                            }
                        }
                        personMentions.writeLong(articleId);
                        personMentions.writeLong(node.id);
                        personMentions.writeInt(n.names.size());
                        for (String name : n.names) {
                            personMentions.writeUTF(name);
                        }
                    } else {
                        mentionFile.id(articleId).id(node.id).field(String.join(DELIMITER, n.names))
                                .field(GraphQueries.MENTIONS).end();
                        mentions++;
                    }
                }
                if (person) {
                    keysByArticle.put(p.id, personKeys);
                }
            }
            for (var e : p.relationships.entrySet()) {
                PreparedArticle.Shape shape = e.getKey();
                CsvFile out = relationshipFile(shape);
                String type = shape.relation().type();
                boolean member = shape.relation() == Relation.MEMBER_OF && shape.subject() == EntityType.PERSON;
                boolean leaving = shape.relation() == Relation.LEFT && shape.subject() == EntityType.PERSON;
                boolean personSubject = shape.subject() == EntityType.PERSON;
                boolean personObject = shape.object() == EntityType.PERSON;
                for (Map<String, Object> row : e.getValue().values()) {
                    if (personSubject) {
                        factCues.fact(p.id, personKey(row), (String) row.get("sn"), (String) row.get("evidence"),
                                (String) row.get("rule"), true);
                    }
                    if (personObject) {
                        factCues.fact(p.id, named.get(EntityType.PERSON).get((String) row.get("ok")).key,
                                (String) row.get("on"), (String) row.get("evidence"), (String) row.get("rule"), false);
                    }
                    if (member) {
                        members.computeIfAbsent(personKey(row), k -> new HashMap<>())
                                .computeIfAbsent((String) row.get("ok"), k -> new HashSet<>()).add(p.id);
                    } else if (leaving) {
                        left.computeIfAbsent(personKey(row), k -> new TreeSet<>()).add((String) row.get("ok"));
                    }
                    long start = nodeId(shape.subject(), (String) row.get("sk"), (String) row.get("stext"));
                    long end = nodeId(shape.object(), (String) row.get("ok"), (String) row.get("otext"));
                    // the article's node first, for the resolution of persons (remap drops it)
                    out.id(articleId).id(start).id(end).field(row.get("article")).field(row.get("evidence")).field(row.get("start"))
                            .field(row.get("end")).field(row.get("confidence")).field(row.get("rule"))
                            .field(row.get("sn")).field(row.get("on")).field(type).end();
                    relationships++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw key of a fact's subject, a person: the key instance of its node (one string per person). */
    private String personKey(Map<String, Object> row) {
        return named.get(EntityType.PERSON).get((String) row.get("sk")).key;
    }

    /** The id of a relationship's end: a named node seen among the article's nodes, or a quote (written now). */
    private long nodeId(EntityType type, String key, String quoteText) throws IOException {
        if (type != EntityType.QUOTE) {
            return named.get(type).get(key).id;
        }
        Long id = quotes.get(key);
        if (id == null) {
            id = nextId++;
            quotes.put(key, id);
            quoteFile.id(id).field(key).field(quoteText).field(EntityType.QUOTE.label()).end();
        }
        return id;
    }

    /** Writes the node files and closes every file; the arguments of the importer name them. */
    public Summary finish() throws IOException {
        while (!inFlight.isEmpty()) {
            write(next());
        }
        personMentions.close();
        long nodes = seenArticles.size() + quotes.size();
        Resolved resolved = resolvePersons();
        for (var e : named.entrySet()) {
            EntityType type = e.getKey();
            if (type == EntityType.PERSON) {
                nodes += resolved.writePersons();
                continue;
            }
            CsvFile out = nodeFile("nodes-" + type.label() + ".csv", ":ID", "key", "name", "aliases:string[]",
                    "nameScore:long", ":LABEL");
            // in id order: the order they were first seen, as before
            List<Map.Entry<String, Named>> rows = new ArrayList<>(e.getValue().entrySet());
            rows.sort((a, b) -> Long.compare(a.getValue().id, b.getValue().id));
            for (var n : rows) {
                Named node = n.getValue();
                out.id(node.id).field(n.getKey()).field(node.best).field(String.join(DELIMITER, node.names))
                        .field(NodeKeys.displayScore(node.best)).field(type.label()).end();
                nodes++;
            }
            out.close();
        }
        if (!quotes.isEmpty()) {
            nodeFiles.add(quoteFile);
        }
        close();
        mentions += resolved.writeMentions();
        List<Path> relPaths = new ArrayList<>();
        relFiles.forEach(f -> relPaths.add(f.path));
        boolean lineBreaks = false;
        for (CsvFile f : nodeFiles) {
            lineBreaks |= f.lineBreaks;
        }
        for (CsvFile f : relFiles) {
            lineBreaks |= f.lineBreaks;
        }
        for (var e : relationshipFiles.entrySet()) {
            CsvFile raw = e.getValue();
            Path file = dir.resolve("rels-" + e.getKey() + ".csv");
            remap(raw.path, file, resolved::target, e.getKey().equals(MEMBERSHIPS) ? resolved.contested : null);
            Files.delete(raw.path);
            relPaths.add(file);
            lineBreaks |= raw.lineBreaks;
        }
        return new Summary(seenArticles.size(), nodes, relationships + mentions, triples,
                nodeFiles.stream().map(f -> f.path).toList(), List.copyOf(relPaths), lineBreaks);
    }

    /** The resolution of persons over everything written ({@link PersonResolution} reads the same from a graph). */
    private Resolved resolvePersons() {
        List<PersonResolver.KeyEvidence> evidence = new ArrayList<>();
        for (var e : new TreeMap<>(spellings).entrySet()) {
            String rk = e.getKey();
            Map<String, Integer> parties = new TreeMap<>();
            members.getOrDefault(rk, Map.of()).forEach((party, as) -> parties.put(party, as.size()));
            evidence.add(new PersonResolver.KeyEvidence(rk, new TreeMap<>(e.getValue()), personArticles.get(rk),
                    parties, left.getOrDefault(rk, Set.of())));
        }
        // the cues PersonResolution reads from a graph: of the keys with the surnames that need them
        PersonResolver.CueCollector cues = new PersonResolver.CueCollector(PersonResolver.cueSurnames(spellings.keySet()));
        factCues.cues().forEach((article, byKey) -> byKey.forEach((rk, c) -> cues.cues(article, rk, c)));
        members.forEach((rk, parties) -> parties.forEach((party, as) -> as.forEach(a -> cues.party(a, rk, party))));
        return new Resolved(PersonResolver.resolve(evidence, overrides, keysByArticle, cues.cues()));
    }

    /**
     * What the resolution makes of the persons' rows: one node per cluster (the node of the cluster's key when
     * there is one), every relationship of a person's node moved to its cluster's node, MENTIONS of one article
     * to one cluster merged, names, aliases and undecided candidates as the resolution gives them, and the
     * contested memberships marked: the graph {@link PersonResolution} leaves after a load of the same articles.
     */
    private final class Resolved {
        final PersonResolver.Resolution resolution;
        /** A person node's id to the id of its cluster's node, when they differ. */
        final Map<Long, Long> moved = new HashMap<>();
        /** A person node's id to article node id to its cluster's node there, where the article decides. */
        final Map<Long, Map<Long, Long>> movedIn = new HashMap<>();
        final Map<String, Long> clusterIds = new TreeMap<>();
        /** (cluster node id, party node id) of the memberships to mark contested. */
        final Set<List<Long>> contested = new HashSet<>();

        Resolved(PersonResolver.Resolution resolution) {
            this.resolution = resolution;
            Map<String, String> clusterOf = resolution.clusterOf();
            Map<String, Named> persons = named.getOrDefault(EntityType.PERSON, Map.of());
            for (String cluster : new TreeSet<>(clusterOf.values())) {
                Named n = persons.get(cluster);
                clusterIds.put(cluster, n != null && cluster.equals(clusterOf.get(cluster)) ? n.id : nextId++);
            }
            for (Named n : persons.values()) {
                long to = clusterIds.get(clusterOf.get(n.key));
                if (to != n.id) {
                    moved.put(n.id, to);
                }
            }
            resolution.byArticle().forEach((rk, decided) -> {
                Named n = persons.get(rk);
                Map<Long, Long> in = movedIn.computeIfAbsent(n.id, k -> new HashMap<>());
                decided.forEach((article, cluster) -> in.put(articleNodes.get(article), clusterIds.get(cluster)));
            });
            // contested memberships, by cluster and party (as PersonResolution marks them)
            Map<String, Map<String, Set<String>>> clusterParties = new TreeMap<>();
            Map<String, Set<String>> clusterLeft = new HashMap<>();
            members.forEach((rk, parties) -> parties.forEach((party, as) -> as.forEach(a -> clusterParties
                    .computeIfAbsent(resolution.clusterOf(rk, a), k -> new TreeMap<>())
                    .computeIfAbsent(party, k -> new HashSet<>()).add(a))));
            left.forEach((rk, parties) -> clusterLeft.computeIfAbsent(clusterOf.get(rk), k -> new HashSet<>())
                    .addAll(parties));
            Map<String, Named> partyNodes = named.getOrDefault(EntityType.PARTY, Map.of());
            clusterParties.forEach((key, parties) -> parties.forEach((party, as) -> {
                if (PersonResolution.contested(party, parties, clusterLeft.getOrDefault(key, Set.of()))) {
                    contested.add(List.of(clusterIds.get(key), partyNodes.get(party).id));
                }
            }));
        }

        /** The Person nodes, one per cluster; returns how many. */
        long writePersons() throws IOException {
            Map<String, Set<String>> aliases = new TreeMap<>();
            spellings.forEach((rk, byName) -> {
                if (!resolution.byArticle().containsKey(rk)) {
                    aliases.computeIfAbsent(resolution.clusterOf().get(rk), k -> new TreeSet<>()).addAll(byName.keySet());
                    return;
                }
                oneWordSpellings.get(rk).forEach((name, as) -> {
                    for (String a : as) {
                        aliases.computeIfAbsent(resolution.clusterOf(rk, a), k -> new TreeSet<>()).add(name);
                    }
                });
            });
            Map<String, Set<String>> undecidedOf = new HashMap<>();
            resolution.undecided().forEach((rk, candidates) -> undecidedOf
                    .computeIfAbsent(resolution.clusterOf().get(rk), k -> new TreeSet<>()).addAll(candidates));
            CsvFile out = nodeFile("nodes-" + EntityType.PERSON.label() + ".csv", ":ID", "key", "name",
                    "aliases:string[]", "nameScore:long", "undecided:string[]", ":LABEL");
            for (var e : aliases.entrySet()) {
                String key = e.getKey();
                String name = resolution.names().get(key);
                Set<String> undecided = undecidedOf.get(key);
                out.id(clusterIds.get(key)).field(key).field(name).field(String.join(DELIMITER, e.getValue()))
                        .field(NodeKeys.displayScore(name))
                        .field(undecided == null ? null : String.join(DELIMITER, undecided))
                        .field(EntityType.PERSON.label()).end();
            }
            out.close();
            return aliases.size();
        }

        /**
         * The persons' MENTIONS, one per article and cluster, from the rows kept aside: the names of the node
         * that stays first, then those of the nodes moved to it. Returns how many.
         */
        long writeMentions() throws IOException {
            if (spellings.isEmpty()) {
                Files.deleteIfExists(personMentionsFile);
                return 0;
            }
            CsvFile out = new CsvFile(dir.resolve("rels-MENTIONS-" + EntityType.PERSON.label() + ".csv"), ":START_ID",
                    ":END_ID", "names:string[]", ":TYPE");
            relFiles.add(out);
            long written = 0;
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                    Files.newInputStream(personMentionsFile), BUFFER))) {
                long article = -1;
                Map<Long, List<String>> byCluster = new LinkedHashMap<>();
                List<Map.Entry<Long, List<String>>> movedRows = new ArrayList<>();
                while (true) {
                    long a;
                    try {
                        a = in.readLong();
                    } catch (EOFException end) {
                        break;
                    }
                    if (a != article) {
                        written += flushMentions(out, article, byCluster, movedRows);
                        article = a;
                    }
                    long node = in.readLong();
                    int count = in.readInt();
                    List<String> names = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        names.add(in.readUTF());
                    }
                    Long to = target(node, a);
                    if (to == null) {
                        byCluster.put(node, names);
                    } else {
                        movedRows.add(Map.entry(to, names));
                    }
                }
                written += flushMentions(out, article, byCluster, movedRows);
            }
            out.close();
            Files.delete(personMentionsFile);
            return written;
        }

        /** The cluster node a person node's relationships in an article go to; null when it stays. */
        Long target(long node, long article) {
            Map<Long, Long> in = movedIn.get(node);
            Long to = in == null ? null : in.get(article);
            if (to == null) {
                to = moved.get(node);
            }
            return to == null || to == node ? null : to;
        }

        private long flushMentions(CsvFile out, long article, Map<Long, List<String>> byCluster,
                List<Map.Entry<Long, List<String>>> movedRows) throws IOException {
            for (var m : movedRows) {
                List<String> names = byCluster.computeIfAbsent(m.getKey(), k -> new ArrayList<>());
                for (String name : m.getValue()) {
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                }
            }
            long n = byCluster.size();
            for (var e : byCluster.entrySet()) {
                out.id(article).id(e.getKey()).field(String.join(DELIMITER, e.getValue())).field(GraphQueries.MENTIONS)
                        .end();
            }
            byCluster.clear();
            movedRows.clear();
            return n;
        }
    }

    /** Where the resolution of persons moves a node's relationships in an article: null when nowhere. */
    interface Moves {
        Long target(long node, long article);
    }

    /**
     * Copies a relationship file written before the resolution of persons, whose records begin with the id of
     * their article's node (dropped here), with each start and end node id replaced as {@code moved} says; with
     * {@code contested}, adds a contested column (true for those pairs of the new ids). Works on the bytes: a
     * record ends at a line break outside quotes.
     */
    static void remap(Path raw, Path file, Moves moved, Set<List<Long>> contested) throws IOException {
        byte[] header = (contested == null ? "" : ",contested:boolean").getBytes(StandardCharsets.UTF_8);
        byte[] yes = ",true".getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(raw);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
            byte[] buf = new byte[BUFFER];
            // 0: the header, 4: the article's node id, 1: the start id, 2: the end id, 3: the rest of a record
            int state = 0;
            boolean quoted = false;
            boolean mark = false;
            long article = 0;
            long start = 0;
            long end = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                int from = 0; // the bytes from here to i are copied as they are
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (state == 4) {
                        if (b == ',') {
                            state = 1;
                            start = 0;
                        } else {
                            article = article * 10 + (b - '0');
                        }
                    } else if (state == 1) {
                        if (b == ',') {
                            state = 2;
                            end = 0;
                        } else {
                            start = start * 10 + (b - '0');
                        }
                    } else if (state == 2) {
                        if (b == ',') {
                            Long ms = moved.target(start, article);
                            Long me = moved.target(end, article);
                            long s = ms == null ? start : ms;
                            long e = me == null ? end : me;
                            mark = contested != null && contested.contains(List.of(s, e));
                            out.write(Long.toString(s).getBytes(StandardCharsets.US_ASCII));
                            out.write(',');
                            out.write(Long.toString(e).getBytes(StandardCharsets.US_ASCII));
                            state = 3;
                            quoted = false;
                            from = i; // the comma and what follows
                        } else {
                            end = end * 10 + (b - '0');
                        }
                    } else if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        out.write(buf, from, i - from);
                        if (state == 0) {
                            out.write(header);
                        } else if (contested != null) {
                            out.write(mark ? yes : new byte[] {','});
                        }
                        out.write('\n');
                        state = 4;
                        article = 0;
                        from = i + 1;
                    }
                }
                if (state == 0 || state == 3) {
                    out.write(buf, from, n - from);
                }
            }
        }
    }

    /**
     * The importer's arguments for these files (without the database name): actual node ids of one sequence,
     * arrays split on {@link #ARRAY_DELIMITER}, values that may span lines only when some do.
     */
    public static List<String> importerArguments(Summary s) {
        List<String> args = new ArrayList<>();
        for (Path f : s.nodeFiles()) {
            args.add("--nodes=" + f.toAbsolutePath());
        }
        for (Path f : s.relationshipFiles()) {
            args.add("--relationships=" + f.toAbsolutePath());
        }
        args.add("--id-type=" + ID_TYPE);
        args.add("--array-delimiter=" + ARRAY_DELIMITER_OPTION);
        // values spanning lines force the importer to parse each file on one thread: only when there are some
        args.add("--multiline-fields=" + s.lineBreaks());
        args.add("--skip-bad-relationships=false");
        args.add("--skip-duplicate-nodes=false");
        return args;
    }

    private CsvFile nodeFile(String name, String... header) throws IOException {
        CsvFile f = new CsvFile(dir.resolve(name), header);
        nodeFiles.add(f);
        return f;
    }

    private CsvFile mentionFile(EntityType type) throws IOException {
        CsvFile out = mentionFiles.get(type);
        if (out == null) {
            out = new CsvFile(dir.resolve("rels-MENTIONS-" + type.label() + ".csv"), ":START_ID", ":END_ID",
                    "names:string[]", ":TYPE");
            relFiles.add(out);
            mentionFiles.put(type, out);
        }
        return out;
    }

    private CsvFile relationshipFile(PreparedArticle.Shape shape) throws IOException {
        String name = shape.relation().type() + "-" + shape.subject().label() + "-" + shape.object().label();
        CsvFile out = relationshipFiles.get(name);
        if (out == null) {
            // written with the persons' nodes before the resolution; rewritten by finish()
            out = new CsvFile(dir.resolve("rels-" + name + ".raw"), ":START_ID", ":END_ID", "article", "evidence",
                    "start:int", "end:int", "confidence:double", "rule", "subjectName", "objectName", ":TYPE");
            relationshipFiles.put(name, out);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (preparers != null) {
            preparers.shutdownNow();
        }
        personMentions.close();
        inFlight.clear();
        articles.close();
        quoteFile.close();
        for (CsvFile f : relationshipFiles.values()) {
            f.close();
        }
        for (CsvFile f : mentionFiles.values()) {
            f.close();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ImportFiles[%s, %d articles]", dir, seenArticles.size());
    }

    /**
     * One CSV file as the importer reads it (RFC 4180: comma-separated, a value with a comma, a quote or a line
     * break quoted, quotes doubled, records ending with \n). A null value is an empty field (no property); an
     * empty string is written quoted, as an empty string. Notes whether any value spans lines.
     */
    static final class CsvFile {
        final Path path;
        private final Writer out;
        private boolean first = true;
        private boolean closed;
        boolean lineBreaks;

        CsvFile(Path path, String... header) throws IOException {
            this.path = path;
            this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), BUFFER);
            for (String h : header) {
                field(h);
            }
            end();
        }

        CsvFile id(long id) throws IOException {
            separate();
            out.write(Long.toString(id));
            return this;
        }

        CsvFile field(Object value) throws IOException {
            separate();
            if (value == null) {
                return this;
            }
            String s = value.toString();
            if (value instanceof String && needsQuotes(s)) {
                out.write('"');
                int from = 0;
                for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', from)) {
                    out.write(s, from, i + 1 - from);
                    out.write('"');
                    from = i + 1;
                }
                out.write(s, from, s.length() - from);
                out.write('"');
            } else {
                out.write(s);
            }
            return this;
        }

        private boolean needsQuotes(String s) {
            if (s.isEmpty()) {
                return true;
            }
            boolean quote = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r') {
                    lineBreaks = true;
                    return true;
                }
                quote |= c == ',' || c == '"';
            }
            return quote;
        }

        private void separate() throws IOException {
            if (first) {
                first = false;
            } else {
                out.write(',');
            }
        }

        void end() throws IOException {
            out.write('\n');
            first = true;
        }

        void close() throws IOException {
            if (!closed) {
                closed = true;
                out.close();
            }
        }
    }
}
