package org.newskg.loader;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.FileUtils;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.config.Setting;
import org.newskg.model.Relation;
import org.newskg.model.Triple;
import org.newskg.model.graph.GraphQueries;
import org.newskg.model.graph.NodeKeys;

/**
 * Loading speed of three methods on the same triples, each into a fresh embedded Neo4j (temporary
 * directory, a free Bolt port, deleted afterwards): our {@link GraphLoader}; one auto-commit MERGE per
 * triple (row by row); and {@code LOAD CSV ... CALL {...} IN TRANSACTIONS} from a CSV file of the triples.
 * The baselines get the same uniqueness constraints and node keys as ours; they write the nodes and the
 * fact relationships with their provenance, but neither MENTIONS links, aliases, display names nor
 * content hashes.
 */
public final class LoadBenchmark {

    /**
     * One method's figures.
     *
     * @param facts the fact relationships (all but MENTIONS) in the graph afterwards, to compare the methods
     */
    public record Result(String method, long triples, double seconds, long facts) {
        public double triplesPerSecond() {
            return triples / seconds;
        }
    }

    private final Path workDir;
    private final String pageCache;
    private final Consumer<String> log;

    /**
     * @param workDir   where the temporary stores and the CSV file go (each deleted after its method)
     * @param pageCache page cache of each embedded Neo4j, e.g. "512m"
     * @param log       progress notes (stderr in the command line)
     */
    public LoadBenchmark(Path workDir, String pageCache, Consumer<String> log) {
        this.workDir = workDir;
        this.pageCache = pageCache;
        this.log = log;
    }

    /** Our loader, in transactions of {@code batchSize} triples. */
    public Result ours(List<ArticleContribution> articles, int batchSize) throws IOException {
        long triples = count(articles);
        return withFreshNeo4j("ours", Map.of(), target -> {
            long start = System.nanoTime();
            try (GraphLoader loader = new GraphLoader(target, batchSize, java.time.Duration.ofDays(1), p -> { })) {
                articles.forEach(loader::accept);
            }
            return new Result("ours", triples, seconds(start), 0);
        });
    }

    /**
     * What {@code kg import} does, timed from the contributions to a usable graph: the importer's files
     * ({@link ImportFiles}), Neo4j's bulk importer into a new store ({@link BulkImport}), then starting it,
     * the constraints and the resolution of persons.
     */
    public Result importer(List<ArticleContribution> articles) throws IOException {
        return importer(articles, BulkImport.Options.DEFAULT);
    }

    /** {@link #importer(List)} with the importer's own tuning {@code options}. */
    public Result importer(List<ArticleContribution> articles, BulkImport.Options options) throws IOException {
        long triples = count(articles);
        Path home = Files.createTempDirectory(workDir, "kg-bench-import-store");
        Path importerLog = workDir.resolve("kg-bench-import-importer.log");
        try {
            Phases phases = new Phases();
            long start = System.nanoTime();
            ImportFiles.Summary files;
            try (ImportFiles out = new ImportFiles(home.resolve("import-files"), p -> { })) {
                articles.forEach(out::accept);
                files = out.finish();
            }
            phases.end("files");
            log.accept("importing with Neo4j's importer (" + options + ") into " + home + " (its output: " + importerLog
                    + ")");
            try (java.io.PrintStream importerOut = new java.io.PrintStream(Files.newOutputStream(importerLog), true,
                    StandardCharsets.UTF_8)) {
                BulkImport.run(home, files, options, importerOut);
            }
            phases.end("Neo4j's importer");
            TargetSettings settings = new TargetSettings(null, null, null, null, home, 0, null, pageCache);
            long facts;
            try (Neo4jTarget neo4j = Neo4jTarget.open(settings, Map.of(), log)) {
                phases.end("start");
                BulkImport.createConstraints(neo4j);
                phases.end("constraints");
                BulkImport.keyQuotesBySpeaker(neo4j);
                phases.end("quotes of merged persons");
                double seconds = seconds(start);
                log.accept("import phases (wall s / process CPU s): " + phases);
                facts = neo4j.driver().executableQuery("MATCH ()-[r]->() WHERE type(r) <> $mentions RETURN count(r) AS c")
                        .withParameters(Map.of("mentions", GraphQueries.MENTIONS)).withConfig(neo4j.queryConfig())
                        .execute().records().get(0).get("c").asLong();
                log.accept(String.format(java.util.Locale.ROOT, "import: %,d triples in %.1f s", triples, seconds));
                return new Result("import", triples, seconds, facts);
            }
        } finally {
            FileUtils.deleteDirectory(home.toFile());
        }
    }

    /** Wall-clock and process CPU seconds of consecutive phases. */
    private static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long wall = System.nanoTime();
        private long cpu = cpuNanos();

        void end(String phase) {
            long w = System.nanoTime();
            long c = cpuNanos();
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(String.format(java.util.Locale.ROOT, "%s %.1f / %.1f", phase, (w - wall) / 1e9, (c - cpu) / 1e9));
            wall = w;
            cpu = c;
        }

        private static long cpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** One auto-commit MERGE query per triple (the first {@code sample} triples). */
    public Result rowByRow(List<ArticleContribution> articles, int sample) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (ArticleContribution c : articles) {
            for (Triple t : c.triples()) {
                if (rows.size() == sample) {
                    break;
                }
                rows.add(row(t));
                relations.add(t.predicate());
            }
        }
        Map<Relation, String> queries = new EnumMap<>(Relation.class);
        for (Relation r : Relation.values()) {
            queries.put(r, mergeTriple(r, "$"));
        }
        return withFreshNeo4j("row-by-row", Map.of(), target -> {
            long start = System.nanoTime();
            GraphLoader.ensureSchema(target);
            try (Session session = target.driver().session(target.sessionConfig())) {
                for (int i = 0; i < rows.size(); i++) {
                    session.run(queries.get(relations.get(i)), rows.get(i)).consume();
                }
            }
            return new Result("row-by-row", rows.size(), seconds(start), 0);
        });
    }

    /** {@code LOAD CSV} of one CSV file per relation, in transactions of {@code batchSize} rows. */
    public Result loadCsv(List<ArticleContribution> articles, int batchSize) throws IOException {
        Path importDir = Files.createTempDirectory(workDir, "kg-bench-import");
        try {
            Map<Relation, CSVPrinter> files = new EnumMap<>(Relation.class);
            String[] header = {"article", "sk", "subject", "ok", "object", "evidence", "start", "end", "confidence", "rule"};
            long triples = 0;
            try {
                for (ArticleContribution c : articles) {
                    for (Triple t : c.triples()) {
                        CSVPrinter p = files.get(t.predicate());
                        if (p == null) {
                            Writer w = Files.newBufferedWriter(importDir.resolve(fileName(t.predicate())), StandardCharsets.UTF_8);
                            p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).build());
                            files.put(t.predicate(), p);
                        }
                        Map<String, Object> r = row(t);
                        p.printRecord(r.get("article"), r.get("sk"), r.get("subject"), r.get("ok"), r.get("object"),
                                r.get("evidence"), r.get("start"), r.get("end"), r.get("confidence"), r.get("rule"));
                        triples++;
                    }
                }
            } finally {
                for (CSVPrinter p : files.values()) {
                    p.close();
                }
            }
            long total = triples;
            Map<Setting<?>, Object> settings = Map.of(GraphDatabaseSettings.load_csv_file_url_root, importDir);
            return withFreshNeo4j("LOAD CSV", settings, target -> {
                long start = System.nanoTime();
                GraphLoader.ensureSchema(target);
                try (Session session = target.driver().session(target.sessionConfig())) {
                    for (Relation r : files.keySet()) {
                        String query = "LOAD CSV WITH HEADERS FROM $url AS row CALL { WITH row "
                                + mergeTriple(r, "row.").replace("row.start", "toInteger(row.start)")
                                        .replace("row.end", "toInteger(row.end)")
                                        .replace("row.confidence", "toFloat(row.confidence)")
                                + " } IN TRANSACTIONS OF " + batchSize + " ROWS";
                        session.run(query, Map.of("url", "file:///" + fileName(r))).consume();
                    }
                }
                return new Result("LOAD CSV", total, seconds(start), 0);
            });
        } finally {
            FileUtils.deleteDirectory(importDir.toFile());
        }
    }

    private static String fileName(Relation r) {
        return r.type().toLowerCase(java.util.Locale.ROOT) + ".csv";
    }

    /** MERGE both ends by key and the relationship by (type, article); values from {@code prefix} (e.g. "$"). */
    private static String mergeTriple(Relation r, String prefix) {
        String objectName = r.objectType() == org.newskg.model.EntityType.QUOTE ? "text" : "name";
        return ("MERGE (s:%s {key: %ssk}) ON CREATE SET s.name = %ssubject "
                + "MERGE (o:%s {key: %sok}) ON CREATE SET o.%s = %sobject "
                + "MERGE (s)-[r:%s {article: %sarticle}]->(o) "
                + "SET r.evidence = %sevidence, r.start = %sstart, r.end = %send, r.confidence = %sconfidence, r.rule = %srule")
                .formatted(r.subjectType().label(), prefix, prefix, r.objectType().label(), prefix, objectName, prefix,
                        r.type(), prefix, prefix, prefix, prefix, prefix, prefix);
    }

    private static Map<String, Object> row(Triple t) {
        String sk = NodeKeys.key(t.subjectType(), t.subject(), "");
        Map<String, Object> row = new HashMap<>();
        row.put("article", t.articleId());
        row.put("sk", sk);
        row.put("subject", t.subject());
        row.put("ok", NodeKeys.key(t.objectType(), t.object(), sk));
        row.put("object", t.object());
        row.put("evidence", t.evidence());
        row.put("start", t.start());
        row.put("end", t.end());
        row.put("confidence", t.confidence());
        row.put("rule", t.rule());
        return row;
    }

    private interface Timed {
        Result run(Neo4jTarget target) throws IOException;
    }

    private Result withFreshNeo4j(String method, Map<Setting<?>, Object> settings, Timed timed) throws IOException {
        Path dir = Files.createTempDirectory(workDir, "kg-bench-neo4j");
        try {
            log.accept("starting a fresh embedded Neo4j for " + method + " in " + dir);
            TargetSettings target = new TargetSettings(null, null, null, null, dir, 0, null, pageCache);
            try (Neo4jTarget neo4j = Neo4jTarget.open(target, settings, log)) {
                // one query first, so that no method pays the server's first-query warm-up
                neo4j.driver().executableQuery("RETURN 1").withConfig(neo4j.queryConfig()).execute();
                log.accept("loading with " + method);
                Result timedResult = timed.run(neo4j);
                long facts = neo4j.driver().executableQuery("MATCH ()-[r]->() WHERE type(r) <> $mentions RETURN count(r) AS c")
                        .withParameters(Map.of("mentions", GraphQueries.MENTIONS)).withConfig(neo4j.queryConfig())
                        .execute().records().get(0).get("c").asLong();
                Result result = new Result(timedResult.method(), timedResult.triples(), timedResult.seconds(), facts);
                log.accept(String.format(java.util.Locale.ROOT, "%s: %,d triples in %.1f s", method, result.triples(),
                        result.seconds()));
                return result;
            }
        } finally {
            FileUtils.deleteDirectory(dir.toFile());
        }
    }

    private static long count(List<ArticleContribution> articles) {
        long n = 0;
        for (ArticleContribution c : articles) {
            n += c.triples().size();
        }
        return n;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
