package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.newskg.loader.Neo4jTarget;
import org.newskg.loader.TargetException;
import org.newskg.loader.TargetSettings;
import picocli.CommandLine.Option;

/**
 * Where the graph lives, shared by every command that touches Neo4j ({@code @Mixin}). Without
 * {@code --uri}: an embedded Neo4j under {@code --db-dir}. With {@code --uri}: any Neo4j 5.x server; the
 * password comes only from the {@code NEO4J_PASSWORD} environment variable.
 */
final class ConnectionOptions {

    /** The environment variable holding the password for {@code --uri}. */
    static final String PASSWORD_VARIABLE = "NEO4J_PASSWORD";

    @Option(names = "--uri", paramLabel = "URI",
            description = "A running Neo4j 5.x server, e.g. bolt://localhost:7687 (password from $"
                    + PASSWORD_VARIABLE + "). Default: the embedded Neo4j under --db-dir.")
    String uri;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "neo4j",
            description = "User for --uri. Default: ${DEFAULT-VALUE}.")
    String user;

    @Option(names = "--database", paramLabel = "NAME",
            description = "Database for --uri. Default: the server's default database.")
    String database;

    @Option(names = "--db-dir", paramLabel = "DIR", defaultValue = "kg-data",
            description = "Home of the embedded Neo4j (store and logs). Default: ${DEFAULT-VALUE}.")
    Path dbDir;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687",
            description = "Bolt port of the embedded Neo4j, on 127.0.0.1 only (0: any free port)."
                    + " Default: ${DEFAULT-VALUE}.")
    int boltPort;

    @Option(names = "--page-cache", paramLabel = "SIZE", defaultValue = "512m",
            description = "Page cache of the embedded Neo4j. Default: ${DEFAULT-VALUE}.")
    String pageCache;

    /** Reads environment variables; tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    /** The settings these options describe, with HTTP on {@code httpPort} (null: no HTTP). */
    TargetSettings settings(Integer httpPort) {
        try {
            String password = uri == null ? null : environment.apply(PASSWORD_VARIABLE);
            return new TargetSettings(uri, user, password, database, dbDir, boltPort, httpPort, pageCache);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Opens the target without HTTP; notes go to {@code err}. Exit code 2 when it cannot be used. */
    Neo4jTarget open(PrintWriter err) {
        return open(err, null);
    }

    /** Opens the target with HTTP on {@code httpPort} (null: no HTTP); exit code 2 when it cannot be used. */
    Neo4jTarget open(PrintWriter err, Integer httpPort) {
        TargetSettings settings = settings(httpPort);
        if (settings.isEmbedded() && database != null && !database.equals("neo4j")) {
            throw new UsageException("--database is for --uri; the embedded Neo4j has one database, 'neo4j'");
        }
        try {
            return Neo4jTarget.open(settings, note -> err.println("kg: " + note));
        } catch (TargetException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
