package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.snapshot.Extracted;

/** kg train-membership: the same gold and articles give the same weights file, byte for byte. */
class MembershipModelTrainerIT {

    @Test
    void trainingTwiceGivesTheSameFile() throws Exception {
        Path shared = Extracted.root().resolve("../shared").normalize();
        assumeTrue(Files.isDirectory(shared.resolve("gold")) && Files.isDirectory(shared.resolve("corpus/dev")),
                "no ../shared/gold and ../shared/corpus/dev here");
        List<Path> articles = List.of(shared.resolve("corpus/dev"));
        String first = new MembershipModelTrainer(line -> { }).run(shared.resolve("gold"), articles, 6);
        String second = new MembershipModelTrainer(line -> { }).run(shared.resolve("gold"), articles, 6);
        assertThat(first).isEqualTo(second).contains("@threshold\t");
    }
}
