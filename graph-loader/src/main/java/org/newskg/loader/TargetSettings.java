package org.newskg.loader;

import java.nio.file.Path;

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
 */
public record TargetSettings(String uri, String user, String password, String database, Path dbDir,
        int boltPort, Integer httpPort, String pageCache) {

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
        return new TargetSettings(uri, user, password, database, dbDir, boltPort, port, pageCache);
    }

    @Override
    public String toString() {
        return "TargetSettings[uri=" + uri + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + ", database=" + database + ", dbDir=" + dbDir + ", boltPort=" + boltPort + ", httpPort=" + httpPort
                + ", pageCache=" + pageCache + "]";
    }
}
