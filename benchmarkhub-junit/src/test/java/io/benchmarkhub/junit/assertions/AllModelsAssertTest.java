package io.benchmarkhub.junit.assertions;

import static io.benchmarkhub.junit.assertions.BenchmarkAssertions.assertThat;
import static io.benchmarkhub.junit.assertions.Results.LLAMA;
import static io.benchmarkhub.junit.assertions.Results.MINI;
import static io.benchmarkhub.junit.assertions.Results.errored;
import static io.benchmarkhub.junit.assertions.Results.failed;
import static io.benchmarkhub.junit.assertions.Results.lines;
import static io.benchmarkhub.junit.assertions.Results.message;
import static io.benchmarkhub.junit.assertions.Results.passed;
import static io.benchmarkhub.junit.assertions.Results.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.RunSummary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllModelsAssertTest {
  private final RunSummary run = run(
      passed("c1", MINI, "billing"), passed("c1", LLAMA, "billing"), passed("c1", "gemini:gemini-2.0-flash", "billing"),
      passed("c2", MINI, "refund"), failed("c2", LLAMA, "refunds", "no"), passed("c2", "gemini:gemini-2.0-flash", "refund"),
      passed("c3", MINI, "refund"), errored("c3", LLAMA, "TIMEOUT", "slow"),
      failed("c3", "gemini:gemini-2.0-flash", "refunds", "no"));

  @Test
  void satisfyPassesWhenEveryModelPasses() {
    assertThat(run).allModels().satisfy(model -> model.passRate().isAtLeast(0.5)).satisfy(model -> model.hasErrorsAtMost(1));
  }

  @Test
  void satisfyChecksEveryModelInTurn() {
    List<String> checked = new ArrayList<>();
    assertThat(run).allModels().satisfy(model -> checked.add(model.actual().model()));
    assertThat(checked).containsExactly(MINI, LLAMA, "gemini:gemini-2.0-flash");
  }

  @Test
  void satisfyListsEveryFailingModel() {
    assertThat(message(() -> assertThat(run).allModels().satisfy(model -> model.hasNoErrors().passRate().isAtLeast(0.85))))
        .isEqualTo(lines(
            "run support-intent has 2 models failing the check (of 3):",
            "  ollama:llama3.2 has 1 errored trial of 3, expected none",
            "  pass rate of gemini:gemini-2.0-flash 0.67 (95% CI 0.21–0.94, 2 of 3 graded) < 0.85"));
  }

  @Test
  void satisfyIndentsMultiLineFailures() {
    assertThat(message(() -> assertThat(run).allModels().satisfy(model -> model.meanScore().isEqualTo(1.0))))
        .startsWith(lines(
            "run support-intent has 2 models failing the check (of 3):",
            "  [mean score of ollama:llama3.2] ",
            "  expected: 1.0",
            "   but was: 0.5"));
  }

  @Test
  void satisfyFailsOnARunWithoutModels() {
    assertThat(message(() -> assertThat(run()).allModels().satisfy(model -> model.hasNoErrors())))
        .isEqualTo("run support-intent has no models to check");
  }

  @Test
  void theDescriptionPrefixesTheListNotEachModel() {
    assertThat(message(() -> assertThat(run).as("nightly").allModels().satisfy(model -> model.hasPassed(4))))
        .startsWith(lines("[nightly] run support-intent has 3 models failing the check (of 3):",
            "  openai:gpt-4o-mini passed 3 trials, expected 4 (of 3 trials: 0 failed, 0 errored)"))
        .doesNotContain("  [nightly]");
  }
}
