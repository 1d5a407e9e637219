package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.runner.GateMessages;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a rate or score that cannot be judged because no trial of the model was graded:
 * {@code pass rate of openai:gpt-4o-mini is undefined: no graded trials (4 trials, 4 errors)}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveGradedTrials extends BasicErrorMessageFactory {

  private ShouldHaveGradedTrials(String message) {
    super("%s", unquotedString(message));
  }

  /**
   * {@return the message for a quantity over graded trials of a model that has none}
   *
   * @param quantity what cannot be judged, e.g. "pass rate" or "mean score"
   * @param model the model's summary
   */
  public static ErrorMessageFactory shouldHaveGradedTrials(String quantity, ModelSummary model) {
    return new ShouldHaveGradedTrials(GateMessages.noGradedTrials(quantity, model));
  }
}
