package io.benchmarkhub.junit.assertions;

import static io.benchmarkhub.junit.assertions.BenchmarkAssertions.assertThat;
import static io.benchmarkhub.junit.assertions.Results.LLAMA;
import static io.benchmarkhub.junit.assertions.Results.MINI;
import static io.benchmarkhub.junit.assertions.Results.errored;
import static io.benchmarkhub.junit.assertions.Results.failed;
import static io.benchmarkhub.junit.assertions.Results.failureWithDiff;
import static io.benchmarkhub.junit.assertions.Results.lines;
import static io.benchmarkhub.junit.assertions.Results.message;
import static io.benchmarkhub.junit.assertions.Results.passed;
import static io.benchmarkhub.junit.assertions.Results.run;
import static io.benchmarkhub.junit.assertions.Results.trial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Verdict;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RunSummaryAssertTest {
  private final RunSummary clean = run(
      passed("c1", MINI, "billing"), passed("c1", LLAMA, "billing"),
      passed("c2", MINI, "refund"), failed("c2", LLAMA, "refunds", "expected \"refund\""));
  private final RunSummary troubled = run(
      passed("c1", MINI, "billing"), errored("c1", LLAMA, "RATE_LIMITED", "429 Too Many Requests"),
      errored("c2", MINI, "TIMEOUT", "no answer within 30 s"), failed("c2", LLAMA, "refunds", "expected \"refund\""));

  @Test
  void modelNavigatesToTheModel() {
    assertThat(clean).model(MINI).hasPassed(2);
    assertThat(clean).model(LLAMA).passRate().isAtMost(0.5);
  }

  @Test
  void modelFailsWithTheRunsModels() {
    assertThat(message(() -> assertThat(clean).model("openai:gpt-4o")))
        .isEqualTo("run support-intent has no model \"openai:gpt-4o\"; it has [openai:gpt-4o-mini, ollama:llama3.2]");
  }

  @Test
  void theExampleOfTheIssueReads() {
    assertThat(clean).model("openai:gpt-4o-mini").passRate().isAtLeast(0.85);
  }

  @Test
  void hasNoErrorsPasses() {
    assertThat(clean).hasNoErrors();
  }

  @Test
  void hasNoErrorsListsTheErrorsWithCaseModelKindAndMessage() {
    AssertionFailedError failure = failureWithDiff(() -> assertThat(troubled).hasNoErrors());
    assertThat(failure.getMessage()).isEqualTo(lines(
        "run support-intent has 2 errored trials of 4, expected none:",
        "  c1 × ollama:llama3.2: provider RATE_LIMITED: 429 Too Many Requests",
        "  c2 × openai:gpt-4o-mini: provider TIMEOUT: no answer within 30 s"));
    assertThat(failure.getActual().getValue()).isEqualTo(2L);
    assertThat(failure.getExpected().getValue()).isEqualTo(0L);
  }

  @Test
  void hasNoErrorsListsOnlyTheFirstFewErrors() {
    RunSummary outage = run(IntStream.rangeClosed(1, 7)
        .mapToObj(i -> errored("c" + i, MINI, "SERVER_ERROR", "503\nService Unavailable"))
        .toArray(TrialResult[]::new));
    assertThat(message(() -> assertThat(outage).hasNoErrors())).isEqualTo(lines(
        "run support-intent has 7 errored trials of 7, expected none:",
        "  c1 × openai:gpt-4o-mini: provider SERVER_ERROR: 503 Service Unavailable",
        "  c2 × openai:gpt-4o-mini: provider SERVER_ERROR: 503 Service Unavailable",
        "  c3 × openai:gpt-4o-mini: provider SERVER_ERROR: 503 Service Unavailable",
        "  c4 × openai:gpt-4o-mini: provider SERVER_ERROR: 503 Service Unavailable",
        "  c5 × openai:gpt-4o-mini: provider SERVER_ERROR: 503 Service Unavailable",
        "  … and 2 more"));
  }

  @Test
  void hasTrialsPasses() {
    assertThat(clean).hasTrials(4);
  }

  @Test
  void hasTrialsFailsWithTheCount() {
    AssertionFailedError failure = failureWithDiff(() -> assertThat(clean).hasTrials(6));
    assertThat(failure.getMessage()).isEqualTo("run support-intent has 4 trials, expected 6");
    assertThat(failure.getActual().getValue()).isEqualTo(4L);
    assertThat(failure.getExpected().getValue()).isEqualTo(6L);
  }

  @Test
  void trialNavigatesToTheTrialOfACaseOnAModel() {
    assertThat(clean).trial("c2", LLAMA).failed().hasAnswer("refunds");
  }

  @Test
  void trialFailsWithTheModelsCasesWhenTheCaseIsMissing() {
    assertThat(message(() -> assertThat(clean).trial("c9", MINI)))
        .isEqualTo("run support-intent has no trial of case \"c9\" on openai:gpt-4o-mini; its cases there are [c1, c2]");
  }

  @Test
  void trialFailsWithTheRunsModelsWhenTheModelIsMissing() {
    assertThat(message(() -> assertThat(clean).trial("c1", "openai:gpt-4o")))
        .isEqualTo("run support-intent has no model \"openai:gpt-4o\"; it has [openai:gpt-4o-mini, ollama:llama3.2]");
  }

  @Test
  void trialOfARepeatedCaseAsksForTheRepeat() {
    RunSummary repeated = run(repeat(1, TrialStatus.PASS), repeat(2, TrialStatus.FAIL), repeat(3, TrialStatus.PASS));
    assertThat(message(() -> assertThat(repeated).trial("c1", MINI)))
        .isEqualTo("run support-intent has 3 trials of case \"c1\" on openai:gpt-4o-mini, one per repeat; "
            + "pick one with trial(caseId, modelId, repeat)");
    assertThat(repeated).trial("c1", MINI, 2).failed();
    assertThat(repeated).trial("c1", MINI, 3).passed();
  }

  @Test
  void trialOfAMissingRepeatFailsWithTheRepeats() {
    RunSummary repeated = run(repeat(1, TrialStatus.PASS), repeat(2, TrialStatus.FAIL));
    assertThat(message(() -> assertThat(repeated).trial("c1", MINI, 4)))
        .isEqualTo("run support-intent has no repeat 4 of case \"c1\" on openai:gpt-4o-mini; it has repeats [1, 2]");
    assertThat(message(() -> assertThat(repeated).trial("c7", MINI, 1)))
        .isEqualTo("run support-intent has no trial of case \"c7\" on openai:gpt-4o-mini; its cases there are [c1]");
  }

  @Test
  void trialOfAManyCaseRunListsTheFirstCases() {
    RunSummary large = run(IntStream.rangeClosed(1, 12).mapToObj(i -> passed("c" + i, MINI, "billing"))
        .toArray(TrialResult[]::new));
    assertThat(message(() -> assertThat(large).trial("c99", MINI)))
        .isEqualTo("run support-intent has no trial of case \"c99\" on openai:gpt-4o-mini; its cases there are "
            + "[c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, …] (12 in all)");
  }

  @Test
  void theDescriptionCarriesOverToModelsAndTrials() {
    assertThat(message(() -> assertThat(troubled).as("nightly").model(LLAMA).hasNoErrors()))
        .isEqualTo("[nightly] ollama:llama3.2 has 1 errored trial of 2, expected none");
    assertThat(message(() -> assertThat(troubled).as("nightly").model("openai:gpt-4o")))
        .startsWith("[nightly] run support-intent has no model");
    assertThat(message(() -> assertThat(troubled).as("nightly").trial("c1", MINI).failed()))
        .startsWith("[nightly] expected trial c1 × openai:gpt-4o-mini to fail but it passed");
    assertThat(message(() -> assertThat(troubled).as("nightly").hasTrials(3)))
        .isEqualTo("[nightly] run support-intent has 4 trials, expected 3");
  }

  @Test
  void everyAssertionChecksForNullFirst() {
    RunSummary none = null;
    String notNull = lines("", "Expecting actual not to be null");
    assertThat(message(() -> assertThat(none).hasNoErrors())).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).hasTrials(1))).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).model(MINI))).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).allModels())).isEqualTo(notNull);
    assertThat(message(() -> assertThat(none).trial("c1", MINI))).isEqualTo(notNull);
  }

  @Test
  void aMissingIdIsAMistakeInTheTest() {
    assertThatNullPointerException().isThrownBy(() -> assertThat(clean).model(null))
        .withMessage("modelId must not be null");
    assertThatNullPointerException().isThrownBy(() -> assertThat(clean).trial(null, MINI))
        .withMessage("caseId must not be null");
  }

  private static TrialResult repeat(int repeat, TrialStatus status) {
    Verdict verdict = status == TrialStatus.PASS ? Verdict.pass() : Verdict.fail("wrong");
    return trial("c1", MINI, repeat, status, "billing", verdict);
  }
}
