package io.benchmarkhub.junit.assertions;

import io.benchmarkhub.api.ModelSummary;

/**
 * Assertions on how one model did in a run; get one from
 * {@link BenchmarkAssertions#assertThat(ModelSummary)} or {@link RunSummaryAssert#model(String)}.
 * The assertions are documented on {@link AbstractModelSummaryAssert}.
 *
 * @since 0.1.0
 */
public class ModelSummaryAssert extends AbstractModelSummaryAssert<ModelSummaryAssert> {

  /**
   * Creates an assertion on {@code actual}.
   *
   * @param actual the model's summary
   * @since 0.1.0
   */
  public ModelSummaryAssert(ModelSummary actual) {
    super(actual, ModelSummaryAssert.class);
  }
}
