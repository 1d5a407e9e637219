package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.RunSummary;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a check on every model of a run that has none: {@code run support-intent has no
 * models to check}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveModels extends BasicErrorMessageFactory {

  private ShouldHaveModels(RunSummary run) {
    super("run %s has no models to check", unquotedString(run.benchmark()));
  }

  /**
   * {@return the message for a run without models}
   *
   * @param run the run
   */
  public static ErrorMessageFactory shouldHaveModels(RunSummary run) {
    return new ShouldHaveModels(run);
  }
}
