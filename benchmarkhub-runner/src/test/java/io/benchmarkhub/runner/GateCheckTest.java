package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.ModelSummary;
import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The gate checks and their wording, shared by the JUnit engine's gates and the command line's. */
class GateCheckTest {
  /** 8 of 10 graded, 95% Wilson 0.49–0.94, mean score 0.8, $0.0123, p95 2.5 s. */
  private static final ModelSummary M = new ModelSummary("openai:gpt-4o-mini", 10, 8, 2, 0, 0, 0.8, 0.4902, 0.9433, 0.8, 0.62, 0.98,
      1000, 200, OptionalDouble.of(0.0123), 0, Duration.ofMillis(900), Duration.ofMillis(2500), java.util.OptionalDouble.empty());

  @Test
  void passRateIsJudgedOnTheLowerBoundUnlessThePointEstimateIsAsked() {
    assertThat(new GateCheck(GateCheck.Kind.PASS_RATE, 0.75, false).violation(M))
        .contains("pass rate of openai:gpt-4o-mini 0.80 (95% CI 0.49–0.94, 8 of 10 graded) lower bound 0.49 < 0.75");
    assertThat(new GateCheck(GateCheck.Kind.PASS_RATE, 0.75, true).violation(M)).isEmpty();
    assertThat(new GateCheck(GateCheck.Kind.PASS_RATE, 0.45, false).violation(M)).isEmpty();
  }

  @Test
  void meanScoreCostAndLatencyGates() {
    assertThat(new GateCheck(GateCheck.Kind.MEAN_SCORE, 0.9, true).violation(M))
        .contains("mean score of openai:gpt-4o-mini 0.800 < 0.9");
    assertThat(new GateCheck(GateCheck.Kind.MEAN_SCORE, 0.8, true).violation(M)).isEmpty();
    assertThat(new GateCheck(GateCheck.Kind.MEAN_SCORE, 0.7, false).violation(M)).contains(
        "mean score of openai:gpt-4o-mini 0.800 (95% CI 0.620–0.980, 10 graded) lower bound 0.620 < 0.7");
    assertThat(new GateCheck(GateCheck.Kind.MEAN_SCORE, 0.6, false).violation(M)).isEmpty();
    assertThat(new GateCheck(GateCheck.Kind.MAX_COST, 0.01, false).violation(M))
        .contains("cost of openai:gpt-4o-mini $0.0123 > $0.01");
    assertThat(new GateCheck(GateCheck.Kind.MAX_COST, 0.02, false).violation(M)).isEmpty();
    assertThat(new GateCheck(GateCheck.Kind.P95_LATENCY, 2000, false).violation(M))
        .contains("p95 latency of openai:gpt-4o-mini 2500 ms > 2000 ms");
    assertThat(new GateCheck(GateCheck.Kind.P95_LATENCY, 2500, false).violation(M)).isEmpty();
  }

  @Test
  void undefinedFiguresFailInsteadOfPassingOnNothing() {
    ModelSummary errorsOnly = new ModelSummary("m:x", 3, 0, 0, 3, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        0, 0, OptionalDouble.empty(), 0, Duration.ZERO, Duration.ZERO, java.util.OptionalDouble.empty());
    assertThat(new GateCheck(GateCheck.Kind.PASS_RATE, 0.5, false).violation(errorsOnly))
        .hasValueSatisfying(v -> assertThat(v).contains("no graded trials"));
    assertThat(new GateCheck(GateCheck.Kind.MEAN_SCORE, 0.5, false).violation(errorsOnly))
        .hasValueSatisfying(v -> assertThat(v).contains("no graded trials"));
    assertThat(new GateCheck(GateCheck.Kind.MAX_COST, 1, false).violation(errorsOnly)).isPresent();
  }

  @Test
  void aThresholdOutOfRangeIsRefusedNamingTheGate() {
    assertThatThrownBy(() -> new GateCheck(GateCheck.Kind.PASS_RATE, 1.5, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("pass-rate threshold must be within [0, 1], was 1.5");
    assertThatThrownBy(() -> new GateCheck(GateCheck.Kind.MAX_COST, -1, false))
        .hasMessage("max-cost threshold must be a finite number >= 0, was -1.0");
    assertThat(GateCheck.Kind.ofSegment("p95-latency")).contains(GateCheck.Kind.P95_LATENCY);
    assertThat(GateCheck.Kind.ofSegment("speed")).isEmpty();
  }

  @Test
  void gatesDescribeThemselvesForTestNames() {
    assertThat(new GateCheck(GateCheck.Kind.PASS_RATE, 0.85, false).describe()).isEqualTo("pass-rate ≥ 0.85 (95% lower bound)");
    assertThat(new GateCheck(GateCheck.Kind.MAX_COST, 2, false).describe()).isEqualTo("cost ≤ $2");
    assertThat(new GateCheck(GateCheck.Kind.P95_LATENCY, 3000, false).describe()).isEqualTo("p95-latency ≤ 3000 ms");
  }
}
