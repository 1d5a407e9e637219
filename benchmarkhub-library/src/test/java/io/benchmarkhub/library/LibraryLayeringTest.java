package io.benchmarkhub.library;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The library module's row of the module table as a rule: sharing sits above authoring and below the CLI, so it
 * never uses the CLI, the JUnit engine, or any JUnit API. (The junit module's LayeringTest cannot see these
 * classes: junit does not depend on the library.)
 */
class LibraryLayeringTest {

  @Test
  void libraryNeverTouchesJunitOrTheCli() {
    JavaClasses production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.benchmarkhub.library");
    noClasses().that().resideInAPackage("io.benchmarkhub.library..")
        .should().dependOnClassesThat().resideInAnyPackage("io.benchmarkhub.junit..", "io.benchmarkhub.cli..",
            "org.junit..", "org.opentest4j..", "org.assertj..", "picocli..")
        .check(production);
  }
}
