package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newskg.loader.GraphStats;
import org.newskg.loader.Neo4jTarget;
import org.newskg.loader.TargetException;
import org.newskg.loader.TargetSettings;
import org.newskg.report.GuideServer;
import org.newskg.report.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg browse}: serves the embedded graph with Neo4j Browser on 127.0.0.1 until interrupted. The Browser
 * connects without a password, applies the kg style and opens a guide with every saved report.
 */
@Command(name = "browse", mixinStandardHelpOptions = true,
        description = {"Serves the embedded graph with Neo4j Browser on 127.0.0.1 only, and prints a URL that"
                + " connects without a password. The Browser shows people, parties, quotes and articles by name,"
                + " and a guide in its sidebar runs every saved report.",
            "Runs until interrupted (Ctrl+C), then closes the database cleanly."})
final class BrowseCommand extends ConnectedCommand {

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "HTTP port of Neo4j Browser, on 127.0.0.1 only (0: any free port). Default: ${DEFAULT-VALUE}.")
    int httpPort;

    /** The Browser URL that connects to {@code boltPort} without asking for a password. */
    static String browserUrl(String httpUri, String boltUri) {
        String hostPort = boltUri.substring(boltUri.indexOf("://") + 3);
        return httpUri + "/browser/?dbms=neo4j://" + hostPort + "&preselectAuthMethod=NO_AUTH";
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = out();
        PrintWriter err = err();
        if (connection.uri != null) {
            throw new UsageException("kg browse serves the embedded graph; for the server at --uri, open its own"
                    + " Neo4j Browser (usually http://HOST:7474/browser/)");
        }
        if (httpPort < 0 || httpPort > 65_535) {
            throw new UsageException("--http-port must be in 0..65535, was " + httpPort);
        }
        TargetSettings settings = connection.settings(httpPort);
        GuideServer guide = GuideServer.start(ReportCatalog.builtIn());
        Neo4jTarget target;
        try {
            target = guide.open(settings, note -> err.println("kg: " + note));
        } catch (TargetException e) {
            guide.close();
            throw new UsageException(e.getMessage(), e);
        } catch (RuntimeException e) {
            guide.close();
            throw e;
        }
        AtomicBoolean closed = new AtomicBoolean();
        Runnable closeAll = () -> {
            if (closed.compareAndSet(false, true)) {
                try {
                    target.close();
                } finally {
                    guide.close();
                }
            }
        };
        if (!target.ownsEmbeddedServer()) {
            String held = target.httpUri().map(http -> browserUrl(http, target.boltUri())).orElse(null);
            closeAll.run();
            if (held == null) {
                throw new UsageException("another kg process holds the store under " + connection.dbDir
                        + " without Neo4j Browser; stop it (or wait for it to finish), then run kg browse again");
            }
            err.println("kg: another kg process already serves this graph; its Browser:");
            out.println(held);
            out.flush();
            return ExitCodes.OK;
        }
        String url = browserUrl(target.httpUri().orElseThrow(), target.boltUri());
        if (GraphStats.of(target).isEmpty()) {
            err.println("kg: the graph under " + connection.dbDir + " is empty; load articles first with"
                    + " ./kg run PATH (while this runs, in another terminal)");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            err.println("kg: stopping Neo4j...");
            err.flush();
            closeAll.run();
            stopped.countDown();
        }, "kg-browse-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            err.println("kg: Neo4j Browser for " + target.description() + " (the saved reports are in its"
                    + " sidebar guide, also at " + guide.guideUri() + "); Ctrl+C stops it. Open:");
            err.flush();
            out.println(url);
            out.flush();
            stopped.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or ran: it closes everything
            }
            closeAll.run();
        }
        return ExitCodes.OK;
    }
}
