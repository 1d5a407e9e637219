package io.benchmarkhub.junit.assertions;

import io.benchmarkhub.api.TrialResult;

/**
 * Assertions on one trial; get one from {@link BenchmarkAssertions#assertThat(TrialResult)} or
 * {@link RunSummaryAssert#trial(String, String)}. The assertions are documented on
 * {@link AbstractTrialResultAssert}.
 *
 * @since 0.1.0
 */
public class TrialResultAssert extends AbstractTrialResultAssert<TrialResultAssert> {

  /**
   * Creates an assertion on {@code actual}.
   *
   * @param actual the trial's result
   * @since 0.1.0
   */
  public TrialResultAssert(TrialResult actual) {
    super(actual, TrialResultAssert.class);
  }
}
