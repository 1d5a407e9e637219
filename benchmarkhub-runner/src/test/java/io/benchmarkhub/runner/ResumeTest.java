package io.benchmarkhub.runner;

import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.EQUALS_EXPECTED;
import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.RunListener;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run started again with the same run id completes only what its log lacks. */
class ResumeTest {
  @TempDir
  Path dir;

  /** Answers "A<n>" for "Q<n>" and remembers every question it was asked. */
  static final class Answering implements Provider {
    final Queue<String> asked = new ConcurrentLinkedQueue<>();
    final Set<String> failing = ConcurrentHashMap.newKeySet();

    @Override
    public Completion complete(io.benchmarkhub.api.ChatRequest request) throws ProviderException {
      String q = request.messages().get(0).content();
      asked.add(q);
      if (failing.contains(q)) {
        throw new ProviderException(ProviderException.Kind.SERVER_ERROR, 500, "server error on " + q, null, null);
      }
      return new Completion("A" + q.substring(1), FinishReason.STOP, Duration.ofMillis(5), Usage.of(10, 2)
          .withCost(0.01), null);
    }
  }

  private Benchmark.Builder benchmark(Provider provider, int cases, String runId) {
    return BenchmarkHub.benchmark("resume").dataset(numbers(cases)).models("p:one", "p:two").provider("p", provider)
        .concurrency("p", 3).judge(EQUALS_EXPECTED).setting("run-dir", dir.toString()).setting("run-id", runId)
        .setting("retry.max-attempts", "1").quiet();
  }

  @Test
  void aKilledRunResumesWithOnlyTheMissingTrialsAndRedoesATornLine() throws IOException {
    Answering first = new Answering();
    RunSummary whole = benchmark(first, 10, "killed").build().run();
    Path log = whole.runLog();
    assertThat(log).isEqualTo(dir.resolve("killed").resolve("resume.jsonl"));
    assertThat(Files.readAllLines(log)).hasSize(20);

    // what a kill -9 leaves: the first 7 lines whole and the 8th cut short
    List<String> lines = Files.readAllLines(log);
    String kept = String.join("\n", lines.subList(0, 7)) + "\n" + lines.get(7).substring(0, 40);
    Files.writeString(log, kept);
    Set<String> notKept = lines.subList(7, 20).stream().map(ResumeTest::trialKey).collect(Collectors.toSet());

    Answering second = new Answering();
    RunSummary resumed = benchmark(second, 10, "killed").build().run();

    assertThat(second.asked).hasSize(13);
    assertThat(resumed.trials().size()).isEqualTo(20);
    assertThat(resumed.trials()).allMatch(TrialResult::passed);
    assertThat(resumed.model("p:one").passed()).isEqualTo(10);
    assertThat(resumed.model("p:two").costUsd().getAsDouble()).isCloseTo(0.10, org.assertj.core.api.Assertions.within(1e-9));
    List<String> after = Files.readAllLines(log);
    assertThat(after).hasSize(20);
    assertThat(after.stream().map(ResumeTest::trialKey).distinct()).hasSize(20);
    assertThat(after.subList(7, 20).stream().map(ResumeTest::trialKey).collect(Collectors.toSet())).isEqualTo(notKept);
  }

  @Test
  void aFinishedRunRunsNothingAgainAndTellsListenersEveryTrial() {
    benchmark(new Answering(), 5, "done").build().run();

    Answering again = new Answering();
    Queue<TrialResult> heard = new ConcurrentLinkedQueue<>();
    AtomicReference<Long> planned = new AtomicReference<>();
    RunSummary s = benchmark(again, 5, "done").listener(new RunListener() {
      @Override
      public void runStarted(Benchmark benchmark, String runId, long plannedTrials) {
        planned.set(plannedTrials);
      }

      @Override
      public void trialFinished(TrialResult result) {
        heard.add(result);
      }
    }).build().run();

    assertThat(again.asked).isEmpty();
    assertThat(planned.get()).isEqualTo(10);
    assertThat(heard).hasSize(10);
    assertThat(s.runId()).isEqualTo("done");
    assertThat(s.model("p:one").passed()).isEqualTo(5);
    assertThat(s.trials()).extracting(TrialResult::caseId).containsExactly(
        "q0", "q0", "q1", "q1", "q2", "q2", "q3", "q3", "q4", "q4");
  }

  @Test
  void errorsStandUnlessRerunErrorsIsSetAndThenTheNewResultReplacesThem() throws IOException {
    Answering flaky = new Answering();
    flaky.failing.add("Q3");
    RunSummary first = benchmark(flaky, 5, "errors").build().run();
    assertThat(first.model("p:one").errors()).isEqualTo(1);

    Answering fixed = new Answering();
    RunSummary kept = benchmark(fixed, 5, "errors").build().run();
    assertThat(fixed.asked).isEmpty();
    assertThat(kept.model("p:two").errors()).isEqualTo(1);

    RunSummary rerun = benchmark(fixed, 5, "errors").setting("rerun-errors", "true").build().run();
    assertThat(fixed.asked).containsExactly("Q3", "Q3");
    assertThat(rerun.model("p:one").errors()).isZero();
    assertThat(rerun.model("p:one").passed()).isEqualTo(5);
    assertThat(rerun.trials().size()).isEqualTo(10);
    assertThat(rerun.trials()).allMatch(TrialResult::passed);
    assertThat(Files.readAllLines(rerun.runLog())).hasSize(12); // append-only: the errors' lines stay
  }

  @Test
  void trialsTheBudgetSkippedRunWhenTheRunResumes() {
    Answering paid = new Answering();
    RunSummary capped = BenchmarkHub.benchmark("resume").dataset(numbers(6)).models("p:one").provider("p", paid)
        .concurrency("p", 1).judge(EQUALS_EXPECTED).setting("run-dir", dir.toString()).setting("run-id", "budget")
        .maxCost(0.03).quiet().run();
    assertThat(capped.model("p:one").skipped()).isEqualTo(3);
    assertThat(paid.asked).hasSize(3);

    Answering more = new Answering();
    RunSummary resumed = BenchmarkHub.benchmark("resume").dataset(numbers(6)).models("p:one").provider("p", more)
        .concurrency("p", 1).judge(EQUALS_EXPECTED).setting("run-dir", dir.toString()).setting("run-id", "budget")
        .maxCost(1.00).quiet().run();
    assertThat(more.asked).containsExactly("Q3", "Q4", "Q5");
    assertThat(resumed.model("p:one").passed()).isEqualTo(6);
    assertThat(resumed.model("p:one").skipped()).isZero();
  }

  @Test
  void anotherPlanUnderTheSameRunIdStopsBeforeAnyRequest() {
    benchmark(new Answering(), 4, "plan").build().run();

    Answering asked = new Answering();
    assertThatThrownBy(() -> benchmark(asked, 5, "plan").build().run()).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("cannot resume run plan of benchmark 'resume'")
        .hasMessageContaining("its dataset had 4 cases, this one has 5");
    assertThat(asked.asked).isEmpty();
  }

  @Test
  void aRunIdThatIsNotAFolderNameIsRefused() {
    assertThatThrownBy(() -> benchmark(new Answering(), 2, "../elsewhere").build().run())
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("setting benchmarkhub.run-id must be a name of letters, digits")
        .hasMessageContaining("was '../elsewhere'");
  }

  @Test
  void anInterruptedRunLogsNoResultForTheTrialsItCutShortAndTheResumeRunsThem() throws Exception {
    CountDownLatch blocked = new CountDownLatch(1);
    Answering answering = new Answering();
    Provider blocking = request -> {
      String q = request.messages().get(0).content();
      if (q.equals("Q6")) {
        blocked.countDown();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ProviderException(ProviderException.Kind.TIMEOUT, "interrupted");
        }
      }
      return answering.complete(request);
    };
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread run = new Thread(() -> {
      try {
        benchmark(blocking, 8, "interrupted").concurrency("p", 1).build().run();
      } catch (Throwable t) {
        thrown.set(t);
      }
    });
    run.start();
    assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();
    run.interrupt();
    run.join(10_000);
    assertThat(thrown.get()).isInstanceOf(BenchmarkException.class).hasMessageContaining("was interrupted")
        .hasMessageContaining("-Dbenchmarkhub.run-id=interrupted");
    Path log = dir.resolve("interrupted").resolve("resume.jsonl");
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).isNotEmpty().noneMatch(l -> l.contains("\"ERROR\"")).noneMatch(l -> l.contains("\"Q6\""));

    Answering resumedProvider = new Answering();
    RunSummary resumed = benchmark(resumedProvider, 8, "interrupted").build().run();
    assertThat(resumedProvider.asked).hasSize(16 - lines.size()).contains("Q6");
    assertThat(resumed.trials()).hasSize(16).allMatch(TrialResult::passed);
  }

  @Test
  void aRunLogThatCannotBeWrittenStopsTheRunSayingSoAndHowToFinishIt() throws IOException {
    Path full = Path.of("/dev/full"); // every write fails with "No space left on device"
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "needs Linux's /dev/full");
    Path log = dir.resolve("full").resolve("resume.jsonl");
    Files.createDirectories(log.getParent());
    Files.createSymbolicLink(log, full);
    Answering provider = new Answering();

    assertThatThrownBy(() -> benchmark(provider, 50, "full").concurrency("p", 1).build().run())
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("run full of benchmark 'resume' stopped: cannot append to the run log " + log)
        .hasMessageContaining("-Dbenchmarkhub.run-id=full to finish it");
    // it stops scheduling at the first failure: far fewer than the 100 trials were asked
    assertThat(provider.asked.size()).isLessThan(50);
  }

  private static String trialKey(String line) {
    Map<?, ?> m = parse(line);
    return m.get("caseId") + " " + m.get("model") + " " + m.get("repeat");
  }

  private static Map<?, ?> parse(String line) {
    try {
      return RecordingJson.MAPPER.readValue(line, Map.class);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }
}
