package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogTest {
  private static final RunPlan PLAN = new RunPlan("log-test", "1.0.0", 3, "d1", List.of("p:a", "p:b"), 1);

  @TempDir
  Path dir;

  static TrialResult passed(long caseIndex, String model) {
    TestCase c = TestCase.builder().id("q" + caseIndex).input("Q" + caseIndex).expected("A" + caseIndex).build();
    return new TrialResult(caseIndex, c, model, 1, List.of(Message.user("Q" + caseIndex)), TrialStatus.PASS, 1.0,
        List.of(Verdict.pass("same").named("exact")), Completion.of("A" + caseIndex), null);
  }

  static TrialResult skipped(long caseIndex, String model) {
    TestCase c = TestCase.builder().id("q" + caseIndex).input("Q" + caseIndex).build();
    return new TrialResult(caseIndex, c, model, 1, List.of(), TrialStatus.SKIPPED, Double.NaN, List.of(), null,
        new TrialError(TrialError.Phase.PROVIDER, TrialError.BUDGET_KIND, "budget reached: not run"));
  }

  @Test
  void aLineHoldsEverythingTheResultHolds() {
    TestCase chat = TestCase.builder().id("c-7").messages(List.of(Message.system("Be brief."), Message.user("Hi")))
        .expected("hello").tags("greeting", "short").difficulty("easy").variable("n", 3).variable("who", "Ann")
        .metadata("source", Map.of("team", "support")).source(new SourceLocation("cases.jsonl", 12)).build();
    Completion completion = new Completion("Hello \"there\"\nüñí", FinishReason.LENGTH, Duration.ofNanos(412_345_678),
        Usage.of(66, 4).withCost(0.0000123), "gpt-4o-mini-2024-07-18", CompletionOrigin.CACHE);
    TrialResult graded = new TrialResult(7, chat, "openai:gpt-4o-mini", 2,
        List.of(Message.system("Be brief."), Message.user("Hi")), TrialStatus.ERROR, Double.NaN,
        List.of(Verdict.of(true, 0.75, "close").named("rubric"), Verdict.error("judge threw").named("schema")),
        completion, new TrialError(TrialError.Phase.JUDGE, "schema", "judge threw"));
    TrialResult unanswered = new TrialResult(0, TestCase.of("plain", null), "p:a", 1, List.of(Message.user("plain")),
        TrialStatus.ERROR, Double.NaN, List.of(), null,
        new TrialError(TrialError.Phase.PROVIDER, "RATE_LIMITED", "after 4 attempts: 429"));

    for (TrialResult r : List.of(graded, unanswered)) {
      byte[] line = TrialJson.line(r);
      assertThat(line[line.length - 1]).isEqualTo((byte) '\n');
      assertThat(new String(line, StandardCharsets.UTF_8).chars().filter(ch -> ch == '\n').count()).isEqualTo(1);
      assertThat(TrialJson.parse(line, 0, line.length - 1)).isEqualTo(r);
    }
  }

  @Test
  void resultsComeBackInPlanOrderWithTheLatestLineOfEachTrial() {
    Path file = RunLog.file(dir, "r1", "log test/ä");
    assertThat(file.getFileName().toString()).isEqualTo("log_test__.jsonl");
    try (RunLog log = RunLog.open(file, "r1", PLAN)) {
      log.append(PLAN.ordinal(2, 1, 1), passed(2, "p:b"));
      log.append(PLAN.ordinal(0, 0, 1), skipped(0, "p:a"));
      log.append(PLAN.ordinal(1, 0, 1), passed(1, "p:a"));
      log.append(PLAN.ordinal(0, 0, 1), passed(0, "p:a"));

      assertThat(log.results().size()).isEqualTo(3);
      assertThat(log.results()).extracting(t -> t.caseId() + " " + t.model() + " " + t.status())
          .containsExactly("q0 p:a PASS", "q1 p:a PASS", "q2 p:b PASS");
      // each stream reads the file again, from the start
      assertThat(log.results().stream().count()).isEqualTo(3);
    }
    assertThat(dir.resolve("r1").resolve("log_test__.run.json")).content().contains("\"caseDigest\" : \"d1\"");
  }

  @Test
  void aTornLastLineIsCutOffAndItsTrialIsNotDone() throws IOException {
    Path file = RunLog.file(dir, "r2", "log-test");
    try (RunLog log = RunLog.open(file, "r2", PLAN)) {
      log.append(PLAN.ordinal(0, 0, 1), passed(0, "p:a"));
      log.append(PLAN.ordinal(0, 1, 1), passed(0, "p:b"));
    }
    long whole = Files.size(file);
    byte[] third = TrialJson.line(passed(1, "p:a"));
    Files.write(file, java.util.Arrays.copyOf(third, third.length / 2), StandardOpenOption.APPEND);

    try (RunLog log = RunLog.open(file, "r2", PLAN)) {
      assertThat(log.resumed()).isEqualTo(2);
      assertThat(log.tornLineCut()).isTrue();
      assertThat(Files.size(file)).isEqualTo(whole);
      assertThat(log.done(PLAN.ordinal(0, 1, 1), false)).isTrue();
      assertThat(log.done(PLAN.ordinal(1, 0, 1), false)).isFalse();
      log.append(PLAN.ordinal(1, 0, 1), passed(1, "p:a"));
      assertThat(log.results()).extracting(TrialResult::caseId).containsExactly("q0", "q0", "q1");
    }
    assertThat(Files.readAllLines(file)).hasSize(3);
  }

  @Test
  void skippedTrialsRunAgainAndErrorsOnlyWhenAsked() {
    Path file = RunLog.file(dir, "r3", "log-test");
    TrialResult error = new TrialResult(2, TestCase.of("Q2", "A2"), "p:a", 1, List.of(Message.user("Q2")),
        TrialStatus.ERROR, Double.NaN, List.of(), null, new TrialError(TrialError.Phase.PROVIDER, "TIMEOUT", "slow"));
    try (RunLog log = RunLog.open(file, "r3", PLAN)) {
      log.append(0, passed(0, "p:a"));
      log.append(PLAN.ordinal(1, 0, 1), skipped(1, "p:a"));
      log.append(PLAN.ordinal(2, 0, 1), error);
    }
    try (RunLog log = RunLog.open(file, "r3", PLAN)) {
      assertThat(log.done(0, false)).isTrue();
      assertThat(log.done(PLAN.ordinal(1, 0, 1), false)).isFalse();
      assertThat(log.done(PLAN.ordinal(2, 0, 1), false)).isTrue();
      assertThat(log.done(PLAN.ordinal(2, 0, 1), true)).isFalse();
      assertThat(log.done(PLAN.ordinal(2, 1, 1), false)).isFalse();
    }
  }

  @Test
  void aRunResumesOnlyWithTheSamePlan() {
    Path file = RunLog.file(dir, "r4", "log-test");
    RunLog.open(file, "r4", PLAN).close();

    RunPlan otherModels = new RunPlan("log-test", "1.0.0", 3, "d1", List.of("p:a", "p:c"), 1);
    assertThatThrownBy(() -> RunLog.open(file, "r4", otherModels)).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("cannot resume run r4 of benchmark 'log-test'")
        .hasMessageContaining("it ran the models [p:a, p:b], this has [p:a, p:c]")
        .hasMessageContaining("another benchmarkhub.run-id");
    RunPlan otherCases = new RunPlan("log-test", "1.0.0", 3, "d2", List.of("p:a", "p:b"), 1);
    assertThatThrownBy(() -> RunLog.open(file, "r4", otherCases))
        .hasMessageContaining("its dataset had 3 cases, this one has 3 with other ids or in another order");
    RunPlan otherVersion = new RunPlan("log-test", "2.0.0", 3, "d1", List.of("p:a", "p:b"), 1);
    assertThatThrownBy(() -> RunLog.open(file, "r4", otherVersion))
        .hasMessageContaining("it is of log-test 1.0.0, this is log-test 2.0.0");
  }

  @Test
  void aCompleteLineThatIsNotAResultNamesTheFileAndLine() throws IOException {
    Path file = RunLog.file(dir, "r5", "log-test");
    try (RunLog log = RunLog.open(file, "r5", PLAN)) {
      log.append(0, passed(0, "p:a"));
    }
    Files.writeString(file, "{\"caseIndex\": 1, \"model\": \"p:a\"}\n", StandardOpenOption.APPEND);
    assertThatThrownBy(() -> RunLog.open(file, "r5", PLAN)).isInstanceOf(BenchmarkException.class)
        .hasMessageStartingWith(file + ":2: not a trial result: field ")
        .hasMessageContaining("start a new run with another benchmarkhub.run-id");

    Path other = RunLog.file(dir, "r6", "log-test");
    try (RunLog log = RunLog.open(other, "r6", PLAN)) {
      log.append(0, passed(0, "p:a"));
    }
    Files.write(other, TrialJson.line(passed(5, "p:a")), StandardOpenOption.APPEND);
    assertThatThrownBy(() -> RunLog.open(other, "r6", PLAN))
        .hasMessageStartingWith(other + ":2: not a trial result: trial q5 × p:a #1 is not in the run's plan");
  }
}
