package io.benchmarkhub.langchain4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The adapter sits on the api and LangChain4j alone: never the runner, judges, JUnit, the CLI or the
 * library, so a user's own code can depend on it in any scope. The enforcer's bannedDependencies guards the
 * Maven graph; this guards the imports.
 */
class LayeringTest {

  @Test
  void theAdapterUsesOnlyTheApiAndLangChain4j() {
    classes().that().resideInAPackage("io.benchmarkhub.langchain4j..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.benchmarkhub.langchain4j..",
            "io.benchmarkhub.api", "dev.langchain4j..", "com.fasterxml.jackson..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.benchmarkhub.langchain4j"));
  }
}
