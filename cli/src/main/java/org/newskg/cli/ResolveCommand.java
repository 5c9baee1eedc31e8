package org.newskg.cli;

import org.newskg.loader.GraphLoader;
import org.newskg.loader.Neo4jTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code kg resolve}: the uniqueness constraints and the cross-article resolution of persons on a graph that
 * was not written by kg load (a server that imported kg export-import's files); kg load and kg import do it
 * themselves. Idempotent.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Create the constraints and resolve persons across articles (after a neo4j-admin import of"
                + " kg export-import's files; kg load and kg import do this themselves).")
final class ResolveCommand extends ConnectedCommand {

    @Mixin
    LoadOptions load;

    @Override
    public Integer call() {
        var overrides = load.overrides();
        try (Neo4jTarget target = openTarget()) {
            GraphLoader.ensureSchema(target);
            GraphLoader.resolvePersons(target, overrides, true);
        }
        err().println("kg resolve: constraints in place, persons resolved");
        return ExitCodes.OK;
    }
}
