package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.runner.GateMessages;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a pass rate below its minimum, judged on the point estimate:
 * {@code pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94) < 0.85}.
 *
 * @since 0.1.0
 */
public final class ShouldHavePassRateAtLeast extends BasicErrorMessageFactory {

  private ShouldHavePassRateAtLeast(String message) {
    super("%s", unquotedString(message));
  }

  /**
   * {@return the message for a model whose pass rate is below {@code min}}
   *
   * @param model the model's summary
   * @param min the lowest pass rate allowed
   */
  public static ErrorMessageFactory shouldHavePassRateAtLeast(ModelSummary model, double min) {
    return new ShouldHavePassRateAtLeast(GateMessages.passRateBelow(model, min));
  }
}
