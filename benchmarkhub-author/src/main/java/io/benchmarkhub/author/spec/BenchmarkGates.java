package io.benchmarkhub.author.spec;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.runner.GateCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The gates of a benchmark file: thresholds every model must meet, and the models declared to fail them.
 * The same checks and wording as {@code @Gate} in the JUnit engine ({@link GateCheck}).
 *
 * @param checks the thresholds, in the order pass rate, mean score, cost, latency; empty when the file has none
 * @param knownFailing ids of the models expected to fail: their failures are reported, not failing
 */
public record BenchmarkGates(List<GateCheck> checks, Set<String> knownFailing) {

  /** No gates. */
  public static final BenchmarkGates NONE = new BenchmarkGates(List.of(), Set.of());

  /** Copies the values. */
  public BenchmarkGates {
    checks = List.copyOf(checks);
    knownFailing = Set.copyOf(knownFailing);
  }

  /**
   * {@return every gate on every model of the run}, model by model in the run's order
   *
   * @param run the finished run
   */
  public List<GateOutcome> check(RunSummary run) {
    List<GateOutcome> out = new ArrayList<>();
    for (ModelSummary m : run.models()) {
      for (GateCheck g : checks) {
        out.add(new GateOutcome(m.model(), g, g.violation(m), knownFailing.contains(m.model())));
      }
    }
    return List.copyOf(out);
  }
}
