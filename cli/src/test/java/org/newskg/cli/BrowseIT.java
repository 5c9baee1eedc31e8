package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code kg browse}: loopback only, a Browser URL that works, the style and the reports guide served. */
class BrowseIT {

    /** Loopback addresses as /proc/net/tcp(6) shows them: 127.0.0.1, ::ffff:127.0.0.1 (Java's sockets), ::1. */
    private static final List<String> LOOPBACK = List.of("0100007F", "0000000000000000FFFF00000100007F",
            "00000000000000000000000001000000");

    private static RunningBrowse browse;

    @BeforeAll
    static void start() throws Exception {
        browse = RunningBrowse.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browse != null) {
            browse.close();
        }
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        List<Integer> ports = List.of(browse.boltPort, browse.httpPort, browse.guidePort);
        for (int port : ports) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
            }
        }
        // every listening socket on these ports is bound to loopback, none to a wildcard or another address
        Path tcp = Path.of("/proc/net/tcp");
        if (Files.isReadable(tcp)) {
            List<String> bound = listening(tcp, ports);
            bound.addAll(listening(Path.of("/proc/net/tcp6"), ports));
            assertThat(bound).as("listening sockets on " + ports).isNotEmpty().allMatch(LOOPBACK::contains);
        }
        InetAddress external = nonLoopbackAddress();
        Assumptions.assumeTrue(external != null, "no non-loopback interface to try");
        for (int port : ports) {
            try (Socket s = new Socket()) {
                assertThatThrownBy(() -> s.connect(new InetSocketAddress(external, port), 2_000))
                        .as("connecting to " + external + ":" + port).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void browserUrlServesNeo4jBrowser() throws Exception {
        HttpResponse<String> r = get(browse.url);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsIgnoringCase("neo4j browser");
    }

    @Test
    void browserIsToldToApplyTheStyleAndOpenTheReportsGuideOnConnect() throws Exception {
        HttpResponse<String> config = post("http://127.0.0.1:" + browse.httpPort + "/db/neo4j/tx/commit",
                "{\"statements\":[{\"statement\":\"CALL dbms.clientConfig()\"}]}");
        assertThat(config.body()).contains("browser.post_connect_cmd")
                .contains("style http://127.0.0.1:" + browse.guidePort + "/kg/style.grass")
                .contains("guide http://127.0.0.1:" + browse.guidePort + "/kg/reports.html");
        HttpResponse<String> style = get("http://127.0.0.1:" + browse.guidePort + "/kg/style.grass");
        assertThat(style.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(style.body()).contains("node.Person").contains("caption: \"{name}\"");
        HttpResponse<String> guide = get("http://127.0.0.1:" + browse.guidePort + "/kg/reports.html");
        assertThat(guide.body()).contains("who-criticised-whom").contains("class=\"code runnable\"")
                .contains(":params {").contains("minArticles: 1").contains("limit: 200");
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The local addresses (hex, as /proc shows them) of sockets in state LISTEN on {@code ports}. */
    private static List<String> listening(Path procNet, List<Integer> ports) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isReadable(procNet)) {
            return out;
        }
        for (String line : Files.readAllLines(procNet, StandardCharsets.US_ASCII)) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 4 || !f[3].equals("0A") || !f[1].contains(":")) {
                continue;
            }
            String[] local = f[1].split(":");
            int port = Integer.parseInt(local[1], 16);
            if (ports.contains(port)) {
                out.add(local[0].toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static InetAddress nonLoopbackAddress() throws IOException {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address) {
                    return a;
                }
            }
        }
        return null;
    }
}
