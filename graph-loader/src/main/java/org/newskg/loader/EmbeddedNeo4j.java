package org.newskg.loader;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j (Community) with its home under a directory, Bolt (and optionally HTTP with Neo4j
 * Browser) on 127.0.0.1 only, auth off (loopback only), an explicit page cache, and usage reporting off.
 * Its logs go to {@code <home>/logs}, never to stdout.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final Integer httpPort;
    private final ServerAnnouncement announcement;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final Thread shutdownHook;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, Integer httpPort,
            ServerAnnouncement announcement) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
        this.announcement = announcement;
        // Ctrl+C (e.g. ending kg browse) still stops the store cleanly and withdraws the announcement
        this.shutdownHook = new Thread(this::stop, "kg-neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the DBMS. A busy Bolt port falls back to a free one unless HTTP was asked for (then the
     * Browser URL must be predictable, so a busy port is an error).
     */
    static EmbeddedNeo4j start(TargetSettings settings, Consumer<String> log) {
        return start(settings, java.util.Map.of(), log);
    }

    /**
     * Starts the DBMS with extra Neo4j settings (e.g. {@code browser.post_connect_cmd} for
     * {@code kg browse}); the loopback, auth and port settings above always win.
     */
    static EmbeddedNeo4j start(TargetSettings settings, java.util.Map<org.neo4j.graphdb.config.Setting<?>, Object> serverSettings,
            Consumer<String> log) {
        Path home = settings.dbDir().toAbsolutePath().normalize();
        long pageCache;
        try {
            pageCache = ByteUnit.parse(settings.pageCache());
        } catch (IllegalArgumentException e) {
            throw new TargetException("--page-cache '" + settings.pageCache() + "' is not a size; give e.g. 512m or 2g");
        }
        int bolt = settings.boltPort();
        if (bolt != 0 && !isFree(bolt)) {
            if (settings.httpPort() != null) {
                throw new TargetException("Bolt port " + bolt + " on " + LOOPBACK + " is in use; stop what uses it"
                        + " or choose another with --bolt-port");
            }
            log.accept("Bolt port " + bolt + " is in use; the embedded Neo4j listens on a free port instead");
            bolt = 0;
        }
        Integer http = settings.httpPort();
        if (http != null && http != 0 && !isFree(http)) {
            throw new TargetException("HTTP port " + http + " on " + LOOPBACK + " is in use; stop what uses it"
                    + " or choose another with --http-port");
        }
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new TargetException("cannot create the database directory " + home + ": " + e.getMessage()
                    + "; choose another with --db-dir", e);
        }
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(serverSettings)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
                    .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(LOOPBACK))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, bolt))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, bolt))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, http != null)
                    .setConfig(HttpConnector.listen_address, new SocketAddress(LOOPBACK, http == null ? 7474 : http))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(LOOPBACK, http == null ? 7474 : http))
                    .setConfig(HttpsConnector.enabled, false)
                    // Bolt's network threads otherwise wait for 5 quiet seconds, twice, before every exit: a
                    // 1-second kg stats took 20 s; connections are closed by then, nothing is in flight
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new TargetException("the store under " + home + " is in use by another process (not a kg"
                        + " process that announced a Bolt port); stop it, or give another --db-dir", e);
            }
            throw new TargetException("the embedded Neo4j under " + home + " did not start: " + rootMessage(e)
                    + "; see " + home.resolve("logs/debug.log"), e);
        }
        ConnectorPortRegister ports = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                .getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        int actualBolt = ports.getLocalAddress(ConnectorType.BOLT).getPort();
        Integer actualHttp = http == null ? null : ports.getLocalAddress(ConnectorType.HTTP).getPort();
        ServerAnnouncement announcement = ServerAnnouncement.write(home, actualBolt, actualHttp);
        return new EmbeddedNeo4j(dbms, actualBolt, actualHttp, announcement);
    }

    int boltPort() {
        return boltPort;
    }

    Integer httpPort() {
        return httpPort;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook does the work
        }
        stop();
    }

    private void stop() {
        if (closed.compareAndSet(false, true)) {
            announcement.remove();
            dbms.shutdown();
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("FileLock")
                    || String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
