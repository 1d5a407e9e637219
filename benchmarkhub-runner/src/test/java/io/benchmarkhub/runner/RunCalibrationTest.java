package io.benchmarkhub.runner;

import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.EQUALS_EXPECTED;
import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.echoing;
import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.DatasetException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The setting calibration.labels calibrates the run's judge against people at the end of the run. */
class RunCalibrationTest {
  @TempDir
  Path dir;

  private String run(Path labels, String threshold) {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      BenchmarkHub.benchmark("calibrated").dataset(numbers(12)).models("p:echo").provider("p", echoing(12))
          .judge(EQUALS_EXPECTED).setting("run-dir", dir.toString()).setting("progress", "off")
          .setting("calibration.labels", labels.toString()).setting("calibration.threshold", threshold).run();
    } finally {
      System.setOut(out);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  /** Labels every case; people disagree with the judge (which passes all 12) on the first {@code disagree}. */
  private Path labels(int disagree) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      lines.add("{\"case\": \"q" + i + "\", \"pass\": " + (i >= disagree) + "}");
    }
    return Files.write(dir.resolve("labels-" + disagree + ".jsonl"), lines);
  }

  @Test
  void theReportIsPrintedUnderTheTableAndAJudgePeopleDisagreeWithIsWarnedAbout() throws IOException {
    String printed = run(labels(3), "0.7");
    // the judge passes all 12; people fail 3: agreement 0.75, all by chance (kappa 0)
    assertThat(printed).contains("Judge Consensus Score of the overall verdict against " + dir.resolve("labels-3.jsonl"))
        .contains("kappa 0.00 on 12 trials (observed agreement 0.75, by chance 0.75), trusted at >= 0.70: no")
        .contains("warning: the overall verdict agrees with humans at kappa 0.00 < 0.70 on 12 trials");
    assertThat(printed.indexOf("run log:")).isLessThan(printed.indexOf("Judge Consensus Score"));
    Path report;
    try (var files = Files.walk(dir)) {
      report = files.filter(f -> f.toString().endsWith(".report.html")).findFirst().orElseThrow();
    }
    assertThat(report).content().contains("<h2>Calibration against people</h2>")
        .contains("<dt>kappa</dt><dd>0.000 (threshold 0.700: not trusted)</dd>");

    String lenient = run(labels(3), "-0.5");
    assertThat(lenient).contains("trusted at >= -0.50: yes").doesNotContain("warning:");
  }

  @Test
  void badLabelsOrSettingsStopTheRunNamingThem() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"case\": \"q1\", \"pass\": \"maybe\"}\n");
    assertThatThrownBy(() -> run(bad, "0.7")).isInstanceOf(DatasetException.class).hasMessageContaining("bad.jsonl:1");
    assertThatThrownBy(() -> run(labels(0), "high")).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("setting benchmarkhub.calibration.threshold must be a kappa between -1 and 1");
  }
}
