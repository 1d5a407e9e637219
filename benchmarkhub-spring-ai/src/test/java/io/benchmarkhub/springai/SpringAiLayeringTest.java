package io.benchmarkhub.springai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module's row of the architecture table as a rule: the adapter uses the api and Spring AI only (with
 * Reactor for {@code stream}), never the runner or the JUnit engine. The enforcer's bannedDependencies in
 * this module's pom guards the Maven graph; the junit module's LayeringTest cannot see these classes.
 */
class SpringAiLayeringTest {

  @Test
  void theAdapterUsesOnlyTheApiAndSpringAi() {
    classes().that().resideInAPackage("io.benchmarkhub.springai..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.benchmarkhub.springai..",
            "io.benchmarkhub.api..", "org.springframework.ai..", "reactor.core.publisher..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.benchmarkhub.springai"));
  }
}
