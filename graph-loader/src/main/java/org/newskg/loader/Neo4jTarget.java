package org.newskg.loader;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The Neo4j the commands talk to, always through one {@link Driver} over Bolt: a server given by
 * {@code --uri}, an embedded Neo4j this process starts under {@code --db-dir}, or the embedded Neo4j
 * of another kg process that already holds that store (found through its announcement file).
 */
public final class Neo4jTarget implements AutoCloseable {

    /** How long connecting may take before we give up with a clear message. */
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private final Driver driver;
    private final String database;
    private final String boltUri;
    private final String httpUri;
    private final EmbeddedNeo4j embedded;
    private final String description;

    private Neo4jTarget(Driver driver, String database, String boltUri, String httpUri, EmbeddedNeo4j embedded,
            String description) {
        this.driver = driver;
        this.database = database;
        this.boltUri = boltUri;
        this.httpUri = httpUri;
        this.embedded = embedded;
        this.description = description;
    }

    /**
     * Opens the target and verifies connectivity.
     *
     * @param settings where the graph lives
     * @param log      receives one-line notes for the user (stderr in the command line)
     * @throws TargetException when the target cannot be reached or started; the message says what to do
     */
    public static Neo4jTarget open(TargetSettings settings, Consumer<String> log) {
        return open(settings, java.util.Map.of(), log);
    }

    /**
     * Opens the target; when this process starts the embedded Neo4j, it gets the extra Neo4j settings
     * {@code serverSettings} (ignored for {@code --uri} and for a store another kg process holds).
     */
    public static Neo4jTarget open(TargetSettings settings, java.util.Map<org.neo4j.graphdb.config.Setting<?>, Object> serverSettings,
            Consumer<String> log) {
        return settings.isEmbedded() ? openEmbedded(settings, serverSettings, log) : openRemote(settings);
    }

    private static Neo4jTarget openRemote(TargetSettings settings) {
        String uri = settings.uri();
        if (!uri.matches("(?i)(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
            throw new TargetException("--uri '" + uri + "' is not a Neo4j URI; give e.g. bolt://localhost:7687"
                    + " or neo4j://host:7687");
        }
        AuthToken auth = settings.password() == null
                ? AuthTokens.none()
                : AuthTokens.basic(settings.user() == null ? "neo4j" : settings.user(), settings.password());
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, driverConfig(settings));
        } catch (IllegalArgumentException e) {
            throw new TargetException("--uri '" + uri + "' is not usable: " + e.getMessage());
        }
        verify(driver, settings.database(), uri, settings.password() != null, settings.user());
        return new Neo4jTarget(driver, settings.database(), uri, null, null, "Neo4j at " + uri);
    }

    private static Neo4jTarget openEmbedded(TargetSettings settings, java.util.Map<org.neo4j.graphdb.config.Setting<?>, Object> serverSettings,
            Consumer<String> log) {
        if (settings.database() != null && !settings.database().equals("neo4j")) {
            throw new TargetException("the embedded Neo4j (Community edition) has one database, 'neo4j'; --database"
                    + " selects another only together with --uri");
        }
        Path home = settings.dbDir().toAbsolutePath().normalize();
        Optional<ServerAnnouncement.Announced> other = ServerAnnouncement.read(home);
        if (other.isPresent()) {
            String uri = "bolt://" + EmbeddedNeo4j.LOOPBACK + ":" + other.get().boltPort();
            Driver driver = GraphDatabase.driver(uri, AuthTokens.none(), driverConfig(settings));
            try {
                driver.verifyConnectivity();
                log.accept("the store under " + home + " is held by kg process " + other.get().pid()
                        + "; talking to it over Bolt at " + uri);
                String http = other.get().httpPort() == null ? null
                        : "http://" + EmbeddedNeo4j.LOOPBACK + ":" + other.get().httpPort();
                return new Neo4jTarget(driver, "neo4j", uri, http, null, "the Neo4j of kg process "
                        + other.get().pid() + " (" + home + ")");
            } catch (Neo4jException e) {
                driver.close();
                log.accept("ignoring a stale " + ServerAnnouncement.FILE_NAME + " in " + home);
            }
        }
        EmbeddedNeo4j server = EmbeddedNeo4j.start(settings, serverSettings, log);
        String uri = "bolt://" + EmbeddedNeo4j.LOOPBACK + ":" + server.boltPort();
        Driver driver = GraphDatabase.driver(uri, AuthTokens.none(), driverConfig(settings));
        try {
            verify(driver, "neo4j", uri, false, null);
        } catch (TargetException e) {
            driver.close();
            server.close();
            throw e;
        }
        String http = server.httpPort() == null ? null : "http://" + EmbeddedNeo4j.LOOPBACK + ":" + server.httpPort();
        return new Neo4jTarget(driver, "neo4j", uri, http, server, "embedded Neo4j (" + home + ")");
    }

    private static Config driverConfig(TargetSettings settings) {
        return Config.builder()
                .withConnectionTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(settings.maxRetryTime().toMillis(), TimeUnit.MILLISECONDS)
                .withLogging(Logging.javaUtilLogging(Level.WARNING))
                .withUserAgent("kg")
                .build();
    }

    private static void verify(Driver driver, String database, String uri, boolean withPassword, String user) {
        try {
            driver.verifyConnectivity();
            if (database != null) {
                driver.session(SessionConfig.forDatabase(database)).close();
                driver.executableQuery("RETURN 1").withConfig(
                        org.neo4j.driver.QueryConfig.builder().withDatabase(database).build()).execute();
            }
        } catch (AuthenticationException e) {
            driver.close();
            throw new TargetException("Neo4j at " + uri + " refused the credentials"
                    + (withPassword ? " of user '" + (user == null ? "neo4j" : user) + "': wrong user or password;"
                            + " check --user and the NEO4J_PASSWORD environment variable"
                            : ": it needs a password; set the NEO4J_PASSWORD environment variable (and --user)"));
        } catch (SecurityException e) {
            driver.close();
            throw new TargetException("Neo4j at " + uri + " refused access: " + e.getMessage()
                    + "; check --user and NEO4J_PASSWORD");
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new TargetException("cannot reach Neo4j at " + uri + " (" + e.getMessage() + "); check --uri"
                    + " and that the server is running");
        } catch (ClientException e) {
            driver.close();
            throw new TargetException("Neo4j at " + uri + " rejected us: " + e.getMessage()
                    + (database == null ? "" : "; check --database " + database));
        } catch (Neo4jException e) {
            driver.close();
            throw new TargetException("Neo4j at " + uri + " is not usable: " + e.getMessage());
        }
    }

    /** The one driver of this process. */
    public Driver driver() {
        return driver;
    }

    /** The database to use, or null for the server's default. */
    public String database() {
        return database;
    }

    /** A session configuration for {@link #database()}. */
    public SessionConfig sessionConfig() {
        return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }

    /** A query configuration for {@link #database()}, for {@code driver().executableQuery(...)}. */
    public org.neo4j.driver.QueryConfig queryConfig() {
        return database == null ? org.neo4j.driver.QueryConfig.defaultConfig()
                : org.neo4j.driver.QueryConfig.builder().withDatabase(database).build();
    }

    /** The Bolt URI the driver talks to. */
    public String boltUri() {
        return boltUri;
    }

    /** The HTTP base URI serving Neo4j Browser at /browser/, when HTTP is on (embedded only). */
    public Optional<String> httpUri() {
        return Optional.ofNullable(httpUri);
    }

    /** Whether this process started the embedded Neo4j (and holds its store). */
    public boolean ownsEmbeddedServer() {
        return embedded != null;
    }

    /** For messages: "embedded Neo4j (/path/kg-data)", "Neo4j at bolt://...". */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
