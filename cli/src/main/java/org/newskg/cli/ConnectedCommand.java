package org.newskg.cli;

import org.newskg.loader.Neo4jTarget;
import picocli.CommandLine.Mixin;

/** A command that works on a graph: the connection options ({@link ConnectionOptions}) and opening the target. */
abstract class ConnectedCommand extends KgCommand {

    @Mixin
    ConnectionOptions connection;

    /** Opens the graph the options name (exit code 2 when it cannot be used); notes go to stderr. */
    Neo4jTarget openTarget() {
        return connection.open(err());
    }
}
