package io.benchmarkhub.junit.assertions;

import io.benchmarkhub.api.RunSummary;

/**
 * Assertions on a run; get one from {@link BenchmarkAssertions#assertThat(RunSummary)}. The
 * assertions are documented on {@link AbstractRunSummaryAssert}.
 *
 * @since 0.1.0
 */
public class RunSummaryAssert extends AbstractRunSummaryAssert<RunSummaryAssert> {

  /**
   * Creates an assertion on {@code actual}.
   *
   * @param actual the run's summary
   * @since 0.1.0
   */
  public RunSummaryAssert(RunSummary actual) {
    super(actual, RunSummaryAssert.class);
  }
}
