package io.benchmarkhub.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import io.benchmarkhub.junit.fixtures.ArithBenchmark;
import io.benchmarkhub.junit.fixtures.ErroringBenchmark;
import io.benchmarkhub.junit.fixtures.LeakyBenchmark;
import io.benchmarkhub.junit.fixtures.LeakyProviderFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Runs benchmarks through the real JUnit Platform Launcher with the legacy XML reporter, the format
 * Surefire and CI servers read: tests are named readably by case and model under the benchmark's
 * class, failures and errors are told apart, and a key a provider echoes never reaches the report.
 */
class XmlReportTest {

  @Test
  void theXmlReportNamesBenchmarkModelAndCaseAndNeverHoldsAKey(@TempDir Path reports) throws Exception {
    String key = System.getenv(LeakyProviderFactory.KEY_VARIABLE);
    assumeTrue(key != null, "run through Maven, whose Surefire configuration sets the sentinel key");
    StringWriter out = new StringWriter();
    LauncherFactory.create().execute(request()
            .selectors(selectClass(ArithBenchmark.class), selectClass(ErroringBenchmark.class),
                selectClass(LeakyBenchmark.class))
            .configurationParameter("junit.platform.discovery.issue.severity.critical", "error")
            .build(),
        new LegacyXmlReportGeneratingListener(reports, new PrintWriter(out)));

    String xml = Files.readString(reports.resolve("TEST-benchmarkhub.xml"), StandardCharsets.UTF_8);
    assertThat(xml).contains("<testcase name=\"q2 [fake:sloppy]\" classname=\"io.benchmarkhub.junit.fixtures.ArithBenchmark\"")
        .contains("<testcase name=\"gate pass-rate ≥ 0.75 [fake:sloppy]\" classname=\"io.benchmarkhub.junit.fixtures.ArithBenchmark\"")
        .contains("<testcase name=\"q3 [fake:broken]\" classname=\"io.benchmarkhub.junit.fixtures.ErroringBenchmark\"")
        .contains("<error message=\"case q3 on fake:broken could not be graded")
        .contains("<failure message=\"case q2 on fake:sloppy failed: exact-match")
        .contains("leaky: key *** was rejected");
    assertThat(xml + out).doesNotContain(key);
  }
}
