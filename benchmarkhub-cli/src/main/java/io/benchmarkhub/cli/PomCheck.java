package io.benchmarkhub.cli;

import io.benchmarkhub.api.BenchmarkHub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Maven project needs to run annotated benchmarks as tests, and whether its {@code pom.xml} has it:
 * the BenchmarkHub BOM, the test-scoped {@code benchmarkhub-junit}, the JUnit BOM (one version of every
 * {@code org.junit.platform} artifact) and Surefire's {@code **}{@code /*Benchmark.java} include.
 */
final class PomCheck {
  /** One thing the pom needs: how to recognise it, what it is, what to add. */
  private record Need(String marker, String what, String xml) {}

  private static final List<Need> NEEDS = List.of(
      new Need("benchmarkhub-bom", "the BenchmarkHub BOM, imported in <dependencyManagement>", """
          <dependency>
            <groupId>io.benchmarkhub</groupId>
            <artifactId>benchmarkhub-bom</artifactId>
            <version>%s</version>
            <type>pom</type>
            <scope>import</scope>
          </dependency>""".formatted(BenchmarkHub.version())),
      new Need("junit-bom", "the JUnit BOM, imported in <dependencyManagement>", """
          <dependency>
            <groupId>org.junit</groupId>
            <artifactId>junit-bom</artifactId>
            <version>6.1.3</version>
            <type>pom</type>
            <scope>import</scope>
          </dependency>"""),
      new Need("benchmarkhub-junit", "the test dependency on benchmarkhub-junit, in <dependencies>", """
          <dependency>
            <groupId>io.benchmarkhub</groupId>
            <artifactId>benchmarkhub-junit</artifactId>
            <scope>test</scope>
          </dependency>"""),
      new Need("**/*Benchmark.java", "Surefire's include of **/*Benchmark.java (it runs only *Test classes by default)",
          """
          <plugin>
            <artifactId>maven-surefire-plugin</artifactId>
            <version>3.5.6</version>
            <configuration>
              <includes>
                <include>**/*Test.java</include>
                <include>**/*Benchmark.java</include>
              </includes>
            </configuration>
          </plugin>"""));

  private PomCheck() {}

  /**
   * {@return what to tell the user about the project's pom}: for each need, that the pom has it, or what to
   * add; or, without a pom, everything to add
   *
   * @param dir the project folder
   */
  static List<String> report(Path dir) {
    Path pom = dir.resolve("pom.xml");
    List<String> lines = new ArrayList<>();
    if (!Files.isRegularFile(pom)) {
      lines.add("no pom.xml in " + dir + "; a Maven project runs the benchmark class as a test with:");
      NEEDS.forEach(n -> lines.add(indent(n.what() + ":\n" + n.xml())));
      return lines;
    }
    String text;
    try {
      text = Files.readString(pom);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pom + ": " + e.getMessage(), e);
    }
    for (Need n : NEEDS) {
      lines.add(text.contains(n.marker()) ? "pom.xml has " + n.what()
          : "pom.xml lacks " + n.what() + "; add:\n" + indent(n.xml()));
    }
    return lines;
  }

  private static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }
}
