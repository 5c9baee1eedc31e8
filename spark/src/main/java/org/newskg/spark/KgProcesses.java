package org.newskg.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's command line in processes of its own (the cli jar, never on this module's classpath: its Neo4j
 * server and driver 5 cannot share a JVM with Spark and the connector): {@code kg browse} as an embedded Neo4j
 * server on free ports, and one-off commands against it. Used by {@code kg spark bench-load} and the tests.
 */
final class KgProcesses implements AutoCloseable {

    /** The cli jar as a build of the project leaves it, seen from the spark module's directory. */
    static final Path KG_JAR = Path.of("..", "cli", "target", "kg.jar");
    private static final Pattern BOLT = Pattern.compile("dbms=neo4j://127\\.0\\.0\\.1:(\\d+)");

    /** A running {@code kg browse}: its Bolt URI. */
    record Server(Process process, String uri) {
    }

    private final Path dir;
    private final Path kgJar;
    private final String commandHeap;
    private final long timeoutMinutes;
    private final List<Server> servers = new ArrayList<>();

    /**
     * @param dir            where stores and the commands' stderr files go
     * @param kgJar          the cli jar
     * @param commandHeap    -Xmx of a one-off command's JVM
     * @param timeoutMinutes how long a one-off command may run before it is stopped and reported
     */
    KgProcesses(Path dir, Path kgJar, String commandHeap, long timeoutMinutes) {
        this.dir = dir;
        this.kgJar = kgJar;
        this.commandHeap = commandHeap;
        this.timeoutMinutes = timeoutMinutes;
    }

    private List<String> java(String heap) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ArrayList<>(List.of(java, heap, "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-Dorg.slf4j.simpleLogger.logFile=System.err", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-jar", kgJar.toString()));
    }

    /** Starts {@code kg browse} on a new store under the directory; waits for its URL. Stopped by {@link #close}. */
    Server browse(String name, String heap, String pageCache) {
        try {
            Path store = Files.createDirectories(dir.resolve(name));
            List<String> cmd = java(heap);
            cmd.addAll(List.of("browse", "--db-dir", store.resolve("kg-data").toString(), "--bolt-port", "0",
                    "--http-port", "0", "--page-cache", pageCache));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(store.resolve("stderr.txt").toFile());
            pb.environment().remove("NEO4J_PASSWORD");
            Process p = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = BOLT.matcher(line);
                if (m.find()) {
                    Server s = new Server(p, "bolt://127.0.0.1:" + m.group(1));
                    synchronized (servers) {
                        servers.add(s);
                    }
                    return s;
                }
            }
            throw new IllegalStateException("kg browse ended before printing its URL: "
                    + Files.readString(store.resolve("stderr.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a kg command to its end; returns its stdout, or fails with its stderr when the exit code is not 0. */
    String run(String... args) throws IOException {
        return run(0, args);
    }

    /** {@link #run(String...)}, also accepting exit codes up to {@code maxExit}. */
    String run(int maxExit, String... args) throws IOException {
        List<String> cmd = java(commandHeap);
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "kg-", ".stderr");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
        pb.environment().remove("NEO4J_PASSWORD");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        await(p, args);
        if (p.exitValue() > maxExit) {
            throw new IllegalStateException("kg " + String.join(" ", args) + " exited with " + p.exitValue() + ":\n"
                    + Files.readString(err));
        }
        return out;
    }

    /** Runs a kg command to its end and returns its stderr; fails when the exit code is above {@code maxExit}. */
    String runForStderr(int maxExit, String... args) throws IOException {
        List<String> cmd = java(commandHeap);
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "kg-", ".stderr");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("NEO4J_PASSWORD");
        Process p = pb.start();
        await(p, args);
        String stderr = Files.readString(err);
        if (p.exitValue() > maxExit) {
            throw new IllegalStateException("kg " + String.join(" ", args) + " exited with " + p.exitValue() + ":\n"
                    + stderr);
        }
        return stderr;
    }

    /** Waits for a one-off command, stopping it after the timeout. */
    private void await(Process p, String... args) {
        try {
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("kg " + String.join(" ", args) + " did not end in " + timeoutMinutes
                        + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@link #run(String...)} for a lambda. */
    String runUnchecked(String... args) {
        try {
            return run(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops a server now (kg browse closes Neo4j on SIGTERM). */
    void stop(Server s) {
        s.process().destroy();
        try {
            if (!s.process().waitFor(60, TimeUnit.SECONDS)) {
                s.process().destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            s.process().destroyForcibly();
        }
        synchronized (servers) {
            servers.remove(s);
        }
    }

    /** Stops every server still running. */
    @Override
    public void close() {
        List<Server> all;
        synchronized (servers) {
            all = List.copyOf(servers);
        }
        for (Server s : all) {
            s.process().destroy();
        }
        for (Server s : all) {
            stop(s);
        }
    }
}
