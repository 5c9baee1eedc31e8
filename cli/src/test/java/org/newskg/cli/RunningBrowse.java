package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.FileUtils;
import picocli.CommandLine;

/**
 * {@code kg browse} running in this JVM on a temporary store (Bolt and HTTP on free ports), as a user starts
 * it; {@link #close()} interrupts it as Ctrl+C would end it, and deletes the store.
 */
final class RunningBrowse implements AutoCloseable {

    private static final Pattern URL = Pattern.compile(
            "http://127\\.0\\.0\\.1:(\\d+)/browser/\\?dbms=neo4j://127\\.0\\.0\\.1:(\\d+)&preselectAuthMethod=NO_AUTH");
    private static final Pattern GUIDE = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/kg/reports\\.html");

    final Path dir;
    final String url;
    final int httpPort;
    final int boltPort;
    final int guidePort;
    private final Thread thread;
    private final StringWriter err;
    private volatile Integer exitCode;

    private RunningBrowse(Path dir, Thread thread, StringWriter out, StringWriter err, Matcher url, Matcher guide) {
        this.dir = dir;
        this.thread = thread;
        this.err = err;
        this.url = url.group();
        this.httpPort = Integer.parseInt(url.group(1));
        this.boltPort = Integer.parseInt(url.group(2));
        this.guidePort = Integer.parseInt(guide.group(1));
    }

    /** Starts {@code kg browse} and waits until it prints its URL (or ends). */
    static RunningBrowse start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("kg-browse-it");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Kg.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int[] code = new int[] {-1};
        Thread t = new Thread(() -> code[0] = cmd.execute("browse", "--db-dir", dir.toString(), "--bolt-port", "0",
                "--http-port", "0", "--page-cache", "64m"), "kg-browse-under-test");
        t.start();
        while (t.isAlive()) {
            Matcher u = URL.matcher(out.toString());
            Matcher g = GUIDE.matcher(err.toString());
            if (u.find() && g.find()) {
                return new RunningBrowse(dir, t, out, err, u, g);
            }
            Thread.sleep(200);
        }
        FileUtils.deleteDirectory(dir.toFile());
        throw new IllegalStateException("kg browse ended with exit code " + code[0] + " before printing its URL: "
                + err + out);
    }

    String err() {
        return err.toString();
    }

    boolean isRunning() {
        return thread.isAlive();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        thread.interrupt();
        thread.join();
        FileUtils.deleteDirectory(dir.toFile());
    }
}
