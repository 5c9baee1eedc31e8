package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.nio.file.Path;
import org.newskg.loader.GraphLoader;
import org.newskg.loader.PersonResolver;
import org.newskg.loader.Neo4jTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg retract}: remove what articles contributed. */
@Command(name = "retract", mixinStandardHelpOptions = true,
        description = "Remove what articles contributed: their relationships, and the nodes no other article supports.")
final class RetractCommand extends ConnectedCommand {

    @Parameters(arity = "1..*", paramLabel = "ARTICLE_ID", description = "Ids of loaded articles.")
    List<String> ids;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "The CSV of your decisions on persons given to kg run / kg load (see there).")
    Path aliases;

    @Override
    public Integer call() {
        PrintWriter err = err();
        PersonResolver.Overrides overrides = LoadOptions.overrides(aliases);
        int missing = 0;
        try (Neo4jTarget target = openTarget()) {
            for (String id : ids) {
                int withdrawn = GraphLoader.retractArticle(target, id, overrides);
                if (withdrawn >= 0) {
                    err.println("kg retract: retracted article '" + id + "'" + (withdrawn == 0 ? ""
                            : "; withdrew " + withdrawn + " membership" + (withdrawn == 1 ? "" : "s")
                                    + " of other articles that only it supported"));
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
