package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.loader.GraphLoader;
import org.newskg.loader.Neo4jTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg retract}: remove what articles contributed. */
@Command(name = "retract", mixinStandardHelpOptions = true,
        description = "Remove what articles contributed: their relationships, and the nodes no other article supports.")
final class RetractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE_ID", description = "Ids of loaded articles.")
    List<String> ids;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int missing = 0;
        try (Neo4jTarget target = connection.open(err)) {
            for (String id : ids) {
                if (GraphLoader.retract(target, id)) {
                    err.println("kg retract: retracted article '" + id + "'");
                } else {
                    missing++;
                    err.println("kg retract: no article '" + id + "' in the graph; see the loaded ids with"
                            + " MATCH (a:Article) RETURN a.id");
                }
            }
        }
        return missing == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }
}
