package io.benchmarkhub.junit.assertions;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;

/**
 * Entry point for assertions on benchmark results in plain JUnit tests, in the style of AssertJ and
 * alongside it: statically import {@code assertThat} from both.
 * <pre>{@code
 * import static io.benchmarkhub.junit.assertions.BenchmarkAssertions.assertThat;
 *
 * RunSummary summary = BenchmarkHub.benchmark("support-intent")...run();
 *
 * assertThat(summary).hasNoErrors();
 * assertThat(summary).model("openai:gpt-4o-mini").passRate().lowerBoundIsAtLeast(0.85);
 * assertThat(summary).allModels().satisfy(model -> model.hasP95LatencyAtMost(Duration.ofSeconds(2)));
 * assertThat(summary).trial("refund-1", "openai:gpt-4o-mini").passed();
 * }</pre>
 *
 * <p>Every assertion honours AssertJ's {@code as(...)} description, also across navigation
 * ({@code assertThat(summary).as("nightly").model(id)...} fails with "[nightly] ..."), and fails
 * with an opentest4j {@code AssertionFailedError} carrying actual and expected values where there
 * is one value to compare, so that IDEs offer a diff. The messages come from the factories in
 * {@link io.benchmarkhub.junit.assertions.error}.
 *
 * @since 0.1.0
 */
public final class BenchmarkAssertions {
  private BenchmarkAssertions() {}

  /**
   * {@return assertions on a run}
   *
   * @param actual the run's summary, as {@code run()} returns it
   * @since 0.1.0
   */
  public static RunSummaryAssert assertThat(RunSummary actual) {
    return new RunSummaryAssert(actual);
  }

  /**
   * {@return assertions on how one model did in a run}
   *
   * @param actual the model's summary
   * @since 0.1.0
   */
  public static ModelSummaryAssert assertThat(ModelSummary actual) {
    return new ModelSummaryAssert(actual);
  }

  /**
   * {@return assertions on one trial}
   *
   * @param actual the trial's result
   * @since 0.1.0
   */
  public static TrialResultAssert assertThat(TrialResult actual) {
    return new TrialResultAssert(actual);
  }
}
