package io.benchmarkhub.junit.assertions;

import static io.benchmarkhub.junit.assertions.error.ModelsShouldSatisfy.modelsShouldSatisfy;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveModels.shouldHaveModels;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Applies one check to every model of a run; get one from {@link RunSummaryAssert#allModels()}.
 *
 * <p>Every model is checked, even after one fails, and the failure lists each failing model's own
 * message, so one run of the test shows every model that needs attention.
 *
 * @since 0.1.0
 */
public class AllModelsAssert extends AbstractBenchmarkAssert<AllModelsAssert, RunSummary> {

  /**
   * Creates an assertion on the models of {@code actual}.
   *
   * @param actual the run's summary
   * @since 0.1.0
   */
  public AllModelsAssert(RunSummary actual) {
    super(actual, AllModelsAssert.class);
  }

  /**
   * Verifies that every model of the run passes {@code check}, which receives an assertion on each
   * model in turn. Fails when the run has no models, since then nothing was checked.
   * <p>Examples:
   * <pre>{@code
   * // assertion will pass when every model's pass rate is at least 0.85 and none errored
   * assertThat(summary).allModels().satisfy(model -> model.hasNoErrors().passRate().isAtLeast(0.85));
   *
   * // assertion will fail when some model's pass rate is below 0.85:
   * // run support-intent has 1 model failing the check (of 2):
   * //   pass rate of ollama:llama3.2 0.67 (95% CI 0.21–0.94) < 0.85
   * assertThat(summary).allModels().satisfy(model -> model.passRate().isAtLeast(0.85));
   * }</pre>
   *
   * @param check the assertions to make on each model; never {@code null}
   * @return this assertion
   * @since 0.1.0
   */
  public AllModelsAssert satisfy(Consumer<? super ModelSummaryAssert> check) {
    Objects.requireNonNull(check, "check must not be null");
    isNotNull();
    if (actual.models().isEmpty()) {
      throw assertionError(shouldHaveModels(actual));
    }
    List<String> failures = new ArrayList<>();
    for (ModelSummary model : actual.models()) {
      try {
        check.accept(new ModelSummaryAssert(model));
      } catch (AssertionError failure) {
        failures.add(String.valueOf(failure.getMessage()));
      }
    }
    if (!failures.isEmpty()) {
      throw assertionError(modelsShouldSatisfy(actual, failures));
    }
    return myself;
  }
}
