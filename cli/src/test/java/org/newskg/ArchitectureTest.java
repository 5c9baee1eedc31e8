package org.newskg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules (README, "Modules"; docs/design.md, "Layout"): each module owns one outside world, and
 * the modules depend on each other in one direction only:
 *
 * <pre>
 *   model  &lt;-  evaluation, extractor, graph-loader  &lt;-  bench  &lt;-  cli
 * </pre>
 *
 * The packages of each module: model {@code org.newskg.model}; evaluation {@code org.newskg.evaluate};
 * extractor {@code org.newskg.extractor}; graph-loader {@code org.newskg.loader} and {@code org.newskg.report};
 * bench {@code org.newskg.bench}; cli {@code org.newskg.cli}.
 */
class ArchitectureTest {

    private static final String MODEL = "org.newskg.model..";
    private static final String EVALUATION = "org.newskg.evaluate..";
    private static final String EXTRACTOR = "org.newskg.extractor..";
    private static final String LOADER = "org.newskg.loader..";
    private static final String REPORT = "org.newskg.report..";
    private static final String BENCH = "org.newskg.bench..";
    private static final String CLI = "org.newskg.cli..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newskg");
    }

    @Test
    void coreNlpTypesAreUsedOnlyInsideTheExtractorsNlpPackageAndTheBaseline() {
        noClasses().that().resideOutsideOfPackages("org.newskg.extractor.nlp..", "org.newskg.bench.baseline..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .check(classes);
    }

    @Test
    void neo4jTypesAreUsedOnlyByTheLoaderAndReports() {
        noClasses().that().resideOutsideOfPackages(LOADER, REPORT)
                .should().dependOnClassesThat().resideInAPackage("org.neo4j..")
                .check(classes);
    }

    @Test
    void picocliIsUsedOnlyByTheCommandLine() {
        noClasses().that().resideOutsideOfPackage(CLI)
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(MODEL)
                .should().dependOnClassesThat().resideInAnyPackage(EVALUATION, EXTRACTOR, LOADER, REPORT, BENCH, CLI)
                .check(classes);
    }

    @Test
    void theEvaluationDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage(EVALUATION)
                .should().dependOnClassesThat().resideInAnyPackage(EXTRACTOR, LOADER, REPORT, BENCH, CLI)
                .check(classes);
    }

    @Test
    void theExtractorKnowsNothingOfScoringTheLoaderBenchmarksOrTheCommandLine() {
        noClasses().that().resideInAPackage(EXTRACTOR)
                .should().dependOnClassesThat().resideInAnyPackage(EVALUATION, LOADER, REPORT, BENCH, CLI)
                .check(classes);
    }

    @Test
    void theLoaderKnowsNothingOfTheExtractorScoringBenchmarksOrTheCommandLine() {
        noClasses().that().resideInAnyPackage(LOADER, REPORT)
                .should().dependOnClassesThat().resideInAnyPackage(EXTRACTOR, EVALUATION, BENCH, CLI)
                .check(classes);
    }

    @Test
    void benchmarksKnowNothingOfTheCommandLine() {
        noClasses().that().resideInAPackage(BENCH)
                .should().dependOnClassesThat().resideInAPackage(CLI)
                .check(classes);
    }

    /** Each module's sources are in its own packages, so that the rules above are rules about modules. */
    @Test
    void eachModuleHoldsOnlyItsOwnPackages() throws IOException {
        Path root = projectRoot();
        assertPackages(root.resolve("model"), "org/newskg/model");
        assertPackages(root.resolve("evaluation"), "org/newskg/evaluate");
        assertPackages(root.resolve("extractor"), "org/newskg/extractor");
        assertPackages(root.resolve("graph-loader"), "org/newskg/loader", "org/newskg/report");
        assertPackages(root.resolve("bench"), "org/newskg/bench");
        assertPackages(root.resolve("cli"), "org/newskg/cli");
    }

    private static void assertPackages(Path module, String... packages) throws IOException {
        Path sources = module.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> outside = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> sources.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> Stream.of(packages).noneMatch(p -> f.startsWith(p + "/")))
                    .toList();
            assertThat(outside).as("sources of " + module.getFileName() + " outside " + List.of(packages)).isEmpty();
        }
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("graph-loader"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the project root above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
