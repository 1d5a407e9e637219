package io.benchmarkhub.author;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The author module's row of the README's module table as a rule: authoring sits above the runner
 * and beside junit, so it never uses the JUnit engine, the CLI, or any JUnit API. (The junit module's
 * LayeringTest cannot see these classes: junit does not depend on author.)
 */
class AuthorLayeringTest {

  @Test
  void authorNeverTouchesJunitOrTheCli() {
    JavaClasses production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.benchmarkhub.author");
    noClasses().that().resideInAPackage("io.benchmarkhub.author..")
        .should().dependOnClassesThat().resideInAnyPackage("io.benchmarkhub.junit..", "io.benchmarkhub.cli..",
            "org.junit..", "org.opentest4j..", "org.assertj..", "picocli..")
        .check(production);
  }
}
