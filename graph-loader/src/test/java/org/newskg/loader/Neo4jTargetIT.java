package org.newskg.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Neo4jTargetIT {

    @TempDir
    Path dir;

    @Test
    void secondOpenOfAHeldStoreTalksToItsHolderOverBolt() {
        List<String> notes = new ArrayList<>();
        try (Neo4jTarget holder = Neo4jTarget.open(TargetSettings.embedded(dir, 0), notes::add)) {
            assertThat(holder.ownsEmbeddedServer()).isTrue();
            assertThat(holder.boltUri()).startsWith("bolt://127.0.0.1:");
            assertThat(dir.resolve(ServerAnnouncement.FILE_NAME)).exists();
            holder.driver().executableQuery("CREATE (:Probe {v: 42})").withConfig(holder.queryConfig()).execute();

            try (Neo4jTarget second = Neo4jTarget.open(TargetSettings.embedded(dir, 0), notes::add)) {
                assertThat(second.ownsEmbeddedServer()).isFalse();
                assertThat(second.boltUri()).isEqualTo(holder.boltUri());
                long v = second.driver().executableQuery("MATCH (p:Probe) RETURN p.v AS v")
                        .withConfig(second.queryConfig()).execute().records().get(0).get("v").asLong();
                assertThat(v).isEqualTo(42);
            }
            assertThat(notes).anyMatch(n -> n.contains("talking to it over Bolt"));
        }
        assertThat(dir.resolve(ServerAnnouncement.FILE_NAME)).doesNotExist();
    }

    @Test
    void embeddedServerListensOnLoopbackOnlyAndServesTheBrowser() throws Exception {
        try (Neo4jTarget t = Neo4jTarget.open(TargetSettings.embedded(dir, 0).withHttpPort(0), n -> { })) {
            assertThat(t.httpUri()).hasValueSatisfying(u -> assertThat(u).startsWith("http://127.0.0.1:"));
            var http = java.net.http.HttpClient.newHttpClient();
            var browser = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(t.httpUri().orElseThrow() + "/browser/")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(browser.statusCode()).isEqualTo(200);
            assertThat(browser.body()).containsIgnoringCase("neo4j");

            int bolt = Integer.parseInt(t.boltUri().substring(t.boltUri().lastIndexOf(':') + 1));
            int httpPort = Integer.parseInt(t.httpUri().orElseThrow().substring(t.httpUri().orElseThrow().lastIndexOf(':') + 1));
            java.net.InetAddress external = nonLoopbackAddress();
            org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "no non-loopback interface to try");
            for (int port : new int[] {bolt, httpPort}) {
                try (java.net.Socket s = new java.net.Socket()) {
                    assertThatThrownBy(() -> s.connect(new java.net.InetSocketAddress(external, port), 2_000))
                            .isInstanceOf(IOException.class);
                }
            }
        }
    }

    private static java.net.InetAddress nonLoopbackAddress() throws IOException {
        var interfaces = java.net.NetworkInterface.getNetworkInterfaces();
        while (interfaces.hasMoreElements()) {
            var ni = interfaces.nextElement();
            if (!ni.isUp() || ni.isLoopback()) {
                continue;
            }
            for (var a : java.util.Collections.list(ni.getInetAddresses())) {
                if (a instanceof java.net.Inet4Address) {
                    return a;
                }
            }
        }
        return null;
    }

    @Test
    void busyBoltPortFallsBackToAFreeOneWithoutHttp() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            List<String> notes = new ArrayList<>();
            try (Neo4jTarget t = Neo4jTarget.open(TargetSettings.embedded(dir, busy.getLocalPort()), notes::add)) {
                assertThat(t.boltUri()).doesNotEndWith(":" + busy.getLocalPort());
                assertThat(notes).anyMatch(n -> n.contains("in use"));
            }
        }
    }

    @Test
    void unreachableUriFailsWithinSecondsNamingTheUri() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String uri = "bolt://127.0.0.1:" + closedPort;
        assertThatThrownBy(() -> Neo4jTarget.open(TargetSettings.remote(uri, "neo4j", "secret-pw", null), n -> { }))
                .isInstanceOf(TargetException.class)
                .hasMessageContaining("cannot reach Neo4j at " + uri)
                .hasMessageNotContaining("secret-pw");
    }

    @Test
    void wrongPasswordSaysSoAndNeverShowsIt() {
        var dbms = new org.neo4j.dbms.api.DatabaseManagementServiceBuilder(dir)
                .setConfig(org.neo4j.configuration.GraphDatabaseSettings.auth_enabled, true)
                .setConfig(org.neo4j.configuration.GraphDatabaseSettings.pagecache_memory, 64L << 20)
                .setConfig(org.neo4j.configuration.connectors.BoltConnector.enabled, true)
                .setConfig(org.neo4j.configuration.connectors.BoltConnector.listen_address,
                        new org.neo4j.configuration.helpers.SocketAddress("127.0.0.1", 0))
                .build();
        try {
            int port = ((org.neo4j.kernel.internal.GraphDatabaseAPI) dbms.database("system")).getDependencyResolver()
                    .resolveDependency(org.neo4j.configuration.connectors.ConnectorPortRegister.class)
                    .getLocalAddress(org.neo4j.configuration.connectors.ConnectorType.BOLT).getPort();
            String uri = "bolt://127.0.0.1:" + port;
            assertThatThrownBy(() -> Neo4jTarget.open(TargetSettings.remote(uri, "neo4j", "wrong-secret", null), n -> { }))
                    .isInstanceOf(TargetException.class)
                    .hasMessageContaining("wrong user or password")
                    .hasMessageContaining("NEO4J_PASSWORD")
                    .hasMessageNotContaining("wrong-secret");
            assertThatThrownBy(() -> Neo4jTarget.open(TargetSettings.remote(uri, "neo4j", null, null), n -> { }))
                    .isInstanceOf(TargetException.class)
                    .hasMessageContaining("set the NEO4J_PASSWORD environment variable");
        } finally {
            dbms.shutdown();
        }
    }

    @Test
    void malformedUriIsAConfigurationError() {
        assertThatThrownBy(() -> Neo4jTarget.open(TargetSettings.remote("http://x", null, null, null), n -> { }))
                .isInstanceOf(TargetException.class).hasMessageContaining("not a Neo4j URI");
    }

    @Test
    void settingsNeverPrintThePassword() {
        assertThat(TargetSettings.remote("bolt://h:7687", "neo4j", "hunter2", null).toString())
                .doesNotContain("hunter2").contains("***");
    }

    @Test
    void staleAnnouncementIsIgnored() throws IOException {
        Files.writeString(dir.resolve(ServerAnnouncement.FILE_NAME), "bolt.port=1\npid=999999999\n");
        try (Neo4jTarget t = Neo4jTarget.open(TargetSettings.embedded(dir, 0), n -> { })) {
            assertThat(t.ownsEmbeddedServer()).isTrue();
        }
    }
}
