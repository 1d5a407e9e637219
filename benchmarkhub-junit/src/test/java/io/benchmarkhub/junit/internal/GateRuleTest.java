package io.benchmarkhub.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.ModelSummary;
import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class GateRuleTest {
  /** 8 of 10 graded, 95% Wilson 0.49–0.94, mean score 0.8, $0.0123, p95 2.5 s. */
  private static final ModelSummary M = new ModelSummary("openai:gpt-4o-mini", 10, 8, 2, 0, 0, 0.8, 0.4902, 0.9433, 0.8, 0.62, 0.98,
      1000, 200, OptionalDouble.of(0.0123), 0, Duration.ofMillis(900), Duration.ofMillis(2500), java.util.OptionalDouble.empty());

  @Test
  void passRateIsJudgedOnTheLowerBoundUnlessThePointEstimateIsAsked() {
    assertThat(new GateRule(GateRule.Kind.PASS_RATE, 0.75, false).violation(M))
        .isEqualTo("pass rate of openai:gpt-4o-mini 0.80 (95% CI 0.49–0.94, 8 of 10 graded) lower bound 0.49 < 0.75");
    assertThat(new GateRule(GateRule.Kind.PASS_RATE, 0.75, true).violation(M)).isNull();
    assertThat(new GateRule(GateRule.Kind.PASS_RATE, 0.45, false).violation(M)).isNull();
  }

  @Test
  void meanScoreCostAndLatencyGates() {
    assertThat(new GateRule(GateRule.Kind.MEAN_SCORE, 0.9, true).violation(M))
        .isEqualTo("mean score of openai:gpt-4o-mini 0.800 < 0.9");
    assertThat(new GateRule(GateRule.Kind.MEAN_SCORE, 0.8, true).violation(M)).isNull();
    assertThat(new GateRule(GateRule.Kind.MEAN_SCORE, 0.7, false).violation(M)).isEqualTo(
        "mean score of openai:gpt-4o-mini 0.800 (95% CI 0.620–0.980, 10 graded) lower bound 0.620 < 0.7");
    assertThat(new GateRule(GateRule.Kind.MEAN_SCORE, 0.6, false).violation(M)).isNull();
    assertThat(new GateRule(GateRule.Kind.MAX_COST, 0.01, false).violation(M)).contains("cost of openai:gpt-4o-mini");
    assertThat(new GateRule(GateRule.Kind.MAX_COST, 0.02, false).violation(M)).isNull();
    assertThat(new GateRule(GateRule.Kind.P95_LATENCY, 2000, false).violation(M))
        .contains("p95 latency of openai:gpt-4o-mini").contains("2");
    assertThat(new GateRule(GateRule.Kind.P95_LATENCY, 2500, false).violation(M)).isNull();
  }

  @Test
  void undefinedFiguresFailInsteadOfPassingOnNothing() {
    ModelSummary errorsOnly = new ModelSummary("m:x", 3, 0, 0, 3, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        0, 0, OptionalDouble.empty(), 0, Duration.ZERO, Duration.ZERO, java.util.OptionalDouble.empty());
    assertThat(new GateRule(GateRule.Kind.PASS_RATE, 0.5, false).violation(errorsOnly)).contains("no graded trials");
    assertThat(new GateRule(GateRule.Kind.MEAN_SCORE, 0.5, false).violation(errorsOnly)).contains("no graded trials");
    assertThat(new GateRule(GateRule.Kind.MAX_COST, 1, false).violation(errorsOnly)).isNotNull();
  }

  @Test
  void gatesDescribeThemselvesForTestNames() {
    assertThat(new GateRule(GateRule.Kind.PASS_RATE, 0.85, false).describe()).isEqualTo("pass-rate ≥ 0.85 (95% lower bound)");
    assertThat(new GateRule(GateRule.Kind.MAX_COST, 2, false).describe()).isEqualTo("cost ≤ $2");
    assertThat(new GateRule(GateRule.Kind.P95_LATENCY, 3000, false).describe()).isEqualTo("p95-latency ≤ 3000 ms");
  }
}
