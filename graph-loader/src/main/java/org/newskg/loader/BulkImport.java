package org.newskg.loader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.neo4j.cli.AdminTool;
import org.neo4j.driver.Session;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.newskg.model.EntityType;
import org.newskg.model.graph.GraphQueries;

/**
 * Neo4j's own bulk importer ({@code neo4j-admin database import full}), run in this process on the files of
 * {@link ImportFiles}, into the default database of an embedded store's home. The importer is not a public
 * API: it is pinned to the server's version ({@link #EXPECTED_VERSION}) and refuses to run with another.
 */
public final class BulkImport {

    /** The Neo4j version whose importer this class drives. */
    public static final String EXPECTED_VERSION = "5.26";
    /** The database the embedded server serves. */
    static final String DATABASE = "neo4j";

    private BulkImport() {
    }

    /**
     * The importer's own tuning options, passed on as they are when set (null: the importer's default).
     *
     * @param threads          {@code --threads}: worker threads (the importer's default: the available processors)
     * @param maxOffHeapMemory {@code --max-off-heap-memory}: memory for its data structures and caching, e.g.
     *                         {@code 2G} or {@code 50%} (its default: 90% of the memory free)
     * @param highParallelIo   {@code --high-parallel-io}: {@code on}, {@code off} or {@code auto} (its default: auto,
     *                         from the environment)
     */
    public record Options(Integer threads, String maxOffHeapMemory, String highParallelIo) {
        /** The importer's defaults. */
        public static final Options DEFAULT = new Options(null, null, null);

        public Options {
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("the importer's threads must be at least 1");
            }
            if (highParallelIo != null && !List.of("on", "off", "auto").contains(highParallelIo)) {
                throw new IllegalArgumentException("--high-parallel-io takes on, off or auto, not '" + highParallelIo
                        + "'");
            }
            if (maxOffHeapMemory != null && !maxOffHeapMemory.matches("\\d+(\\.\\d+)?[kKmMgGtT%]?")) {
                throw new IllegalArgumentException("--max-off-heap-memory takes a size (e.g. 2G, 512m) or a share of the"
                        + " free memory (e.g. 50%), not '" + maxOffHeapMemory + "'");
            }
        }

        /** The importer's arguments for what is set. */
        public List<String> arguments() {
            List<String> args = new ArrayList<>();
            if (threads != null) {
                args.add("--threads=" + threads);
            }
            if (maxOffHeapMemory != null) {
                args.add("--max-off-heap-memory=" + maxOffHeapMemory);
            }
            if (highParallelIo != null) {
                args.add("--high-parallel-io=" + highParallelIo);
            }
            return args;
        }

        @Override
        public String toString() {
            return arguments().isEmpty() ? "the importer's defaults" : String.join(" ", arguments());
        }
    }

    /** Whether the home already has a store for the database (an empty one counts: the caller checks for nodes). */
    public static boolean storeExists(Path home) throws IOException {
        Path db = home.resolve("data").resolve("databases").resolve(DATABASE);
        if (!Files.isDirectory(db)) {
            return false;
        }
        try (Stream<Path> s = Files.list(db)) {
            return s.findAny().isPresent();
        }
    }

    /** The importer's version, e.g. "5.26.30", or "unknown". */
    public static String importerVersion() {
        String v = ImportCommand.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /**
     * Builds the database under {@code home} from {@code files}, replacing an empty store there. Throws
     * {@link TargetException} naming the importer's report when the importer refuses the files.
     *
     * @param log receives the importer's own progress and phase timings
     */
    public static void run(Path home, ImportFiles.Summary files, PrintStream log) {
        run(home, files, Options.DEFAULT, log);
    }

    /** {@link #run(Path, ImportFiles.Summary, PrintStream)} with the importer's own tuning {@code options}. */
    public static void run(Path home, ImportFiles.Summary files, Options options, PrintStream log) {
        String version = importerVersion();
        if (!version.startsWith(EXPECTED_VERSION) && !version.equals("unknown")) {
            throw new TargetException("Neo4j's importer on the classpath is version " + version + ", but kg import drives"
                    + " the importer of Neo4j " + EXPECTED_VERSION + ".x (its API is not public); rebuild with the"
                    + " Neo4j version of the project's pom.xml", null);
        }
        Path report = home.resolve("import.report");
        List<String> args = new ArrayList<>(List.of("database", "import", "full"));
        args.addAll(ImportFiles.importerArguments(files));
        args.addAll(options.arguments());
        args.add("--overwrite-destination=true");
        args.add("--report-file=" + report.toAbsolutePath());
        args.add("--bad-tolerance=0");
        args.add(DATABASE);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
        int code;
        try {
            Files.createDirectories(home.resolve("conf"));
            ExecutionContext ctx = new ExecutionContext(home.toAbsolutePath(), home.resolve("conf").toAbsolutePath(), log,
                    err, new DefaultFileSystemAbstraction());
            code = AdminTool.execute(ctx, args.toArray(String[]::new)); // neo4j-admin database import full ...
        } catch (IOException | RuntimeException e) {
            throw new TargetException("Neo4j's importer failed: " + e.getMessage(), e);
        }
        if (code != 0) {
            String message = errors.toString(StandardCharsets.UTF_8).strip();
            throw new TargetException("Neo4j's importer refused the files (exit " + code + "): "
                    + (message.isEmpty() ? "no message" : firstLines(message, 6))
                    + (Files.exists(report) ? "; see " + report : ""), null);
        }
    }

    /**
     * The uniqueness constraints kg load creates ({@link GraphLoader#ensureSchema}), all in one transaction: their
     * indexes are then populated together, in one scan of the imported store instead of one per constraint.
     */
    public static void createConstraints(Neo4jTarget target) {
        try (Session session = target.driver().session(target.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(GraphQueries.ARTICLE_CONSTRAINT).consume();
                for (EntityType type : EntityType.values()) {
                    tx.run(GraphQueries.constraint(type)).consume();
                }
            });
        }
    }

    /**
     * Gives the quotes of persons the files merged the key of their speaker's node, as the resolution of persons
     * does after a load ({@link PersonResolution}): the files key a quote by the name its article uses.
     */
    public static void keyQuotesBySpeaker(Neo4jTarget target) {
        try (Session session = target.driver().session(target.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> PersonResolution.rekeyQuotes(tx, true));
        }
    }

    private static String firstLines(String s, int n) {
        String[] lines = s.split("\n");
        return String.join(" | ", java.util.Arrays.copyOf(lines, Math.min(n, lines.length)));
    }
}
