package org.newskg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg train-membership}: the weights of member.context-model from the tuning part of the development set. */
@Command(name = "train-membership", mixinStandardHelpOptions = true,
        description = {"Train member.context-model, the last MEMBER_OF sieve: label the (person, party) pairs the earlier"
                + " sieves leave open in the tuning part of the development set from its gold, choose the prior and the"
                + " threshold by leave-one-article-out cross-validation there, fit a logistic regression on all of it,"
                + " and write its weights.",
            "Rebuild afterwards (the weights are a resource of the extractor)."})
final class TrainMembershipCommand extends KgCommand {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The development set's gold files.")
    Path gold;

    @Option(names = "--articles", required = true, arity = "1..*", paramLabel = "DIR",
            description = "Directories of the development set's articles, one ID.txt each (the first that has it).")
    java.util.List<Path> articles;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue =
            "extractor/src/main/resources/org/newskg/extractor/membership/context-model.tsv",
            description = "Where the weights go. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--limit", defaultValue = "1000000", hidden = true, description = "Use only the first N articles.")
    int limit;

    @Option(names = {"-v", "--verbose"}, description = "List the cross-validated model's wrong and missed pairs.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        MembershipModelTrainer trainer = new MembershipModelTrainer(err()::println);
        trainer.verbose = verbose;
        String text = trainer.run(gold, articles, limit);
        Files.writeString(output, text, StandardCharsets.UTF_8);
        err().println("wrote " + output);
        return 0;
    }
}
