package org.newskg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each module owns one outside world: CoreNLP stays in the extractor, the Neo4j driver in the loader. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newskg");
    }

    @Test
    void coreNlpTypesAreUsedOnlyInsideTheExtractorsNlpAndBaselinePackages() {
        noClasses().that().resideOutsideOfPackages("org.newskg.extractor.nlp..", "org.newskg.extractor.baseline..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .check(classes);
    }

    @Test
    void neo4jTypesAreUsedOnlyByTheLoaderAndReports() {
        noClasses().that().resideOutsideOfPackages("org.newskg.loader..", "org.newskg.report..")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNoOtherModule() {
        noClasses().that().resideInAnyPackage("org.newskg.model..", "org.newskg.evaluate..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.newskg.extractor..", "org.newskg.loader..", "org.newskg.cli..",
                        "org.newskg.report..")
                .check(classes);
    }

    @Test
    void theExtractorKnowsNothingOfTheLoaderOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.newskg.extractor..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.newskg.loader..", "org.newskg.cli..", "org.newskg.report..")
                .check(classes);
    }
}
