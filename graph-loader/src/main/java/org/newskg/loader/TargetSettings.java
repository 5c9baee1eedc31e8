package org.newskg.loader;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the graph lives: an embedded Neo4j under {@code dbDir} (when {@code uri} is null), or any Neo4j
 * 5.x server at {@code uri}.
 *
 * @param uri       bolt:// or neo4j:// URI of a running server, or null for the embedded Neo4j
 * @param user      user name for {@code uri} (ignored when embedded)
 * @param password  password for {@code uri}, or null for none; never printed (see {@link #toString()})
 * @param database  database name, or null for the server's default
 * @param dbDir     home of the embedded Neo4j (store, logs); also where a running kg process announces itself
 * @param boltPort  Bolt port of the embedded Neo4j on 127.0.0.1 (0 = any free port)
 * @param httpPort  HTTP port of the embedded Neo4j on 127.0.0.1, or null for no HTTP (0 = any free port)
 * @param pageCache page cache size of the embedded Neo4j, e.g. "512m"
 * @param maxRetryTime how long the driver retries a transaction that failed transiently (the server gone, a
 *                  deadlock) before the failure reaches the caller; null for {@link #DEFAULT_MAX_RETRY_TIME}
 */
public record TargetSettings(String uri, String user, String password, String database, Path dbDir,
        int boltPort, Integer httpPort, String pageCache, Duration maxRetryTime) {

    /** The driver's retry time unless set: long enough to ride out a server restart or a leader election. */
    public static final Duration DEFAULT_MAX_RETRY_TIME = Duration.ofSeconds(30);

    /** Settings with the default retry time. */
    public TargetSettings(String uri, String user, String password, String database, Path dbDir, int boltPort,
            Integer httpPort, String pageCache) {
        this(uri, user, password, database, dbDir, boltPort, httpPort, pageCache, DEFAULT_MAX_RETRY_TIME);
    }

    public TargetSettings {
        if (uri != null && uri.isBlank()) {
            uri = null;
        }
        if (database != null && database.isBlank()) {
            database = null;
        }
        if (dbDir == null) {
            throw new IllegalArgumentException("dbDir must not be null");
        }
        if (boltPort < 0 || boltPort > 65_535) {
            throw new IllegalArgumentException("bolt port must be in 0..65535, was " + boltPort);
        }
        if (httpPort != null && (httpPort < 0 || httpPort > 65_535)) {
            throw new IllegalArgumentException("http port must be in 0..65535, was " + httpPort);
        }
        pageCache = pageCache == null || pageCache.isBlank() ? "512m" : pageCache.strip();
        if (maxRetryTime == null) {
            maxRetryTime = DEFAULT_MAX_RETRY_TIME;
        }
        if (maxRetryTime.isNegative()) {
            throw new IllegalArgumentException("the retry time must not be negative, was " + maxRetryTime);
        }
    }

    /** Settings for an embedded Neo4j under {@code dbDir} with the given Bolt port and no HTTP. */
    public static TargetSettings embedded(Path dbDir, int boltPort) {
        return new TargetSettings(null, null, null, null, dbDir, boltPort, null, "512m");
    }

    /** Settings for a running server. */
    public static TargetSettings remote(String uri, String user, String password, String database) {
        return new TargetSettings(uri, user, password, database, Path.of("kg-data"), 7687, null, "512m");
    }

    public boolean isEmbedded() {
        return uri == null;
    }

    /** Same settings with HTTP on {@code port} (for {@code kg browse}). */
    public TargetSettings withHttpPort(Integer port) {
        return new TargetSettings(uri, user, password, database, dbDir, boltPort, port, pageCache, maxRetryTime);
    }

    /** Same settings with the driver retrying a failed transaction for {@code retryTime} (short in fault tests). */
    public TargetSettings withMaxRetryTime(Duration retryTime) {
        return new TargetSettings(uri, user, password, database, dbDir, boltPort, httpPort, pageCache, retryTime);
    }

    @Override
    public String toString() {
        return "TargetSettings[uri=" + uri + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + ", database=" + database + ", dbDir=" + dbDir + ", boltPort=" + boltPort + ", httpPort=" + httpPort
                + ", pageCache=" + pageCache + ", maxRetryTime=" + maxRetryTime + "]";
    }
}
