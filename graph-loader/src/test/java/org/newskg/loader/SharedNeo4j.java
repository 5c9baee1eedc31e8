package org.newskg.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One embedded Neo4j (our own {@link Neo4jTarget} on a temporary directory, Bolt on a free port) per
 * test JVM, shared by every test class that asks for a {@link Neo4jTarget} parameter; stopped and
 * deleted when the test run ends.
 */
public final class SharedNeo4j implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == Neo4jTarget.class || p.getParameter().getType() == Server.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        Server server = c.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, k -> Server.start(), Server.class);
        return p.getParameter().getType() == Server.class ? server : server.target;
    }

    /** The shared server, closed by JUnit at the end of the run. */
    public static final class Server implements AutoCloseable {
        final Path dir;
        final Neo4jTarget target;

        /** The store directory: commands given {@code --db-dir} this directory talk to the server over Bolt. */
        public Path dir() {
            return dir;
        }

        public Neo4jTarget target() {
            return target;
        }

        private Server(Path dir, Neo4jTarget target) {
            this.dir = dir;
            this.target = target;
        }

        static Server start() {
            try {
                Path dir = Files.createTempDirectory("kg-it-neo4j");
                return new Server(dir, Neo4jTarget.open(TargetSettings.embedded(dir, 0), note -> { }));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws IOException {
            target.close();
            FileUtils.deleteDirectory(dir.toFile());
        }
    }
}
