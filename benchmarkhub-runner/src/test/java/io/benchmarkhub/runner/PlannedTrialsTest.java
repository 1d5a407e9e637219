package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.RunListener;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PlannedTrialsTest {

  @Test
  void listenersHearThePlannedTrialsCasesTimesModelsTimesRepeats() {
    AtomicLong planned = new AtomicLong(-1);
    RunListener listener = new RunListener() {
      @Override
      public void runStarted(Benchmark benchmark, String runId, long plannedTrials) {
        planned.set(plannedTrials);
      }
    };
    BenchmarkHub.benchmark("planned").dataset(DefaultBenchmarkExecutorTest.numbers(5)).models("p:one", "p:two")
        .provider("p", DefaultBenchmarkExecutorTest.echoing(5)).repeat(3)
        .judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED).listener(listener).quiet().run();

    assertThat(planned).hasValue(30);
  }
}
