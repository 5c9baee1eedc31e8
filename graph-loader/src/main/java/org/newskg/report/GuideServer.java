package org.newskg.report;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.server.configuration.ServerSettings;
import org.newskg.loader.Neo4jTarget;
import org.newskg.loader.TargetSettings;

/**
 * Serves the kg style and reports guide to Neo4j Browser from 127.0.0.1 (any free port), with the CORS headers
 * the Browser needs to fetch them, and knows the Neo4j settings that make the Browser load both on connect.
 */
public final class GuideServer implements AutoCloseable {

    static final String STYLE_PATH = "/kg/style.grass";
    static final String GUIDE_PATH = "/kg/reports.html";
    private static final String LOOPBACK = "127.0.0.1";

    private final HttpServer server;
    private final String paramsCommand;

    private GuideServer(HttpServer server, String paramsCommand) {
        this.server = server;
        this.paramsCommand = paramsCommand;
    }

    /** Starts serving the style and a guide to {@code catalog}'s reports on a free loopback port. */
    public static GuideServer start(ReportCatalog catalog) throws IOException {
        byte[] style = BrowserGuide.style().getBytes(StandardCharsets.UTF_8);
        byte[] guide = BrowserGuide.html(catalog).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0), 8);
        server.createContext("/kg/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                byte[] body = path.equals(STYLE_PATH) ? style : path.equals(GUIDE_PATH) ? guide : null;
                String type = path.endsWith(".grass") ? "text/plain; charset=utf-8" : "text/html; charset=utf-8";
                respond(exchange, body, type);
            }
        });
        server.start();
        return new GuideServer(server, BrowserGuide.paramsCommand(catalog));
    }

    private static void respond(HttpExchange exchange, byte[] body, String type) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.add("Access-Control-Allow-Origin", "*");
        headers.add("Access-Control-Allow-Methods", "GET, OPTIONS");
        headers.add("Access-Control-Allow-Headers", "*");
        headers.add("Cache-Control", "no-cache");
        String method = exchange.getRequestMethod();
        if (method.equals("OPTIONS")) {
            exchange.sendResponseHeaders(204, -1);
        } else if (body == null || !(method.equals("GET") || method.equals("HEAD"))) {
            exchange.sendResponseHeaders(404, -1);
        } else {
            headers.add("Content-Type", type);
            exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : body.length);
            if (method.equals("GET")) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** The port it listens on, on 127.0.0.1. */
    public int port() {
        return server.getAddress().getPort();
    }

    public String styleUri() {
        return "http://" + LOOPBACK + ":" + port() + STYLE_PATH;
    }

    public String guideUri() {
        return "http://" + LOOPBACK + ":" + port() + GUIDE_PATH;
    }

    /**
     * Neo4j settings for the embedded server: after connecting, the Browser applies the style, opens the guide
     * and sets every report parameter to its default; it may fetch the style and guide from 127.0.0.1, and sends
     * no product analytics.
     */
    public Map<Setting<?>, Object> neo4jSettings() {
        return Map.of(
                ServerSettings.browser_post_connect_cmd, "style " + styleUri() + "; guide " + guideUri() + "; " + paramsCommand,
                ServerSettings.browser_remote_content_hostname_whitelist, LOOPBACK + ",localhost,guides.neo4j.com",
                ServerSettings.allow_telemetry, false);
    }

    /**
     * Opens the graph for the Browser: an embedded Neo4j this process starts gets {@link #neo4jSettings()}.
     *
     * @throws org.newskg.loader.TargetException when it cannot be opened
     */
    public Neo4jTarget open(TargetSettings settings, Consumer<String> log) {
        return Neo4jTarget.open(settings, neo4jSettings(), log);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
