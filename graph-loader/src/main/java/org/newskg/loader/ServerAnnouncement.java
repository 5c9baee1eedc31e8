package org.newskg.loader;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The file a kg process holding an embedded store writes into the store's directory, so that other kg
 * processes pointed at the same directory talk to it over Bolt instead of failing on the store lock.
 */
final class ServerAnnouncement {

    static final String FILE_NAME = "kg-server.properties";

    private final Path file;
    private final long pid;

    private ServerAnnouncement(Path file, long pid) {
        this.file = file;
        this.pid = pid;
    }

    /** What another process announced: its Bolt port and, when it serves the Browser, its HTTP port. */
    record Announced(int boltPort, Integer httpPort, long pid) {
    }

    static ServerAnnouncement write(Path home, int boltPort, Integer httpPort) {
        Path file = home.resolve(FILE_NAME);
        long pid = ProcessHandle.current().pid();
        Properties p = new Properties();
        p.setProperty("bolt.port", Integer.toString(boltPort));
        if (httpPort != null) {
            p.setProperty("http.port", Integer.toString(httpPort));
        }
        p.setProperty("pid", Long.toString(pid));
        try {
            Path tmp = home.resolve(FILE_NAME + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "written by the kg process holding this store; removed when it stops");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TargetException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return new ServerAnnouncement(file, pid);
    }

    /** The announcement in {@code home}, if there is a readable one whose process is alive. */
    static Optional<Announced> read(Path home) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            int bolt = Integer.parseInt(p.getProperty("bolt.port", "-1"));
            String http = p.getProperty("http.port");
            long pid = Long.parseLong(p.getProperty("pid", "-1"));
            if (bolt <= 0 || pid <= 0 || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == false) {
                return Optional.empty();
            }
            return Optional.of(new Announced(bolt, http == null ? null : Integer.valueOf(http), pid));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Removes the file, if it is still ours. */
    void remove() {
        Optional<Announced> current = read(file.getParent());
        if (current.isEmpty() || current.get().pid() == pid) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a stale announcement is ignored by readers (its process is gone); nothing else to do
            }
        }
    }
}
