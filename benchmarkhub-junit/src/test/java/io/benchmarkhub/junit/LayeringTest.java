package io.benchmarkhub.junit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's module table as executable rules: each module's classes may use only the modules and
 * libraries below it. A wrong import fails {@code mvn verify} here; the enforcer plugin's
 * bannedDependencies guards the Maven graph itself.
 */
class LayeringTest {
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.benchmarkhub");
  }

  @Test
  void statsKnowsOnlyNumbers() {
    check(classes().that().resideInAPackage("io.benchmarkhub.stats..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.benchmarkhub.stats..",
            "org.apache.commons.math3.."));
  }

  @Test
  void apiKnowsNothingOfHttpJudgesRunnersOrJunit() {
    check(classes().that().resideInAPackage("io.benchmarkhub.api..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.benchmarkhub.api..",
            "com.fasterxml.jackson.core..", "com.fasterxml.jackson.annotation..", "de.siegmar.fastcsv..",
            "org.junit.platform.commons.annotation.."));
  }

  @Test
  void judgeUsesOnlyApiStatsAndJsonLibraries() {
    check(classes().that().resideInAPackage("io.benchmarkhub.judge..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.benchmarkhub.judge..",
            "io.benchmarkhub.api..", "io.benchmarkhub.stats..", "com.fasterxml.jackson..", "com.networknt.."));
  }

  @Test
  void reportUsesOnlyApiStatsAndJackson() {
    check(classes().that().resideInAPackage("io.benchmarkhub.report..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.benchmarkhub.report..",
            "io.benchmarkhub.api..", "io.benchmarkhub.stats..", "com.fasterxml.jackson.."));
  }

  @Test
  void runnerNeverTouchesJunit() {
    check(classes().that().resideInAPackage("io.benchmarkhub.runner..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "io.benchmarkhub.runner..",
            "io.benchmarkhub.api..", "io.benchmarkhub.judge..", "io.benchmarkhub.report..", "io.benchmarkhub.stats..",
            "okhttp3..", "okio..",
            "kotlin..", "com.fasterxml.jackson..", "org.slf4j..", "me.tongfei.progressbar..",
            "com.knuddels..", "io.github.resilience4j.."));
  }

  @Test
  void junitUsesOnlyBenchmarkHubJunitAndAssertj() {
    check(classes().that().resideInAPackage("io.benchmarkhub.junit..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.benchmarkhub..", "org.junit..",
            "org.opentest4j..", "org.assertj.."));
  }

  private static void check(ArchRule rule) {
    rule.check(production);
  }
}
