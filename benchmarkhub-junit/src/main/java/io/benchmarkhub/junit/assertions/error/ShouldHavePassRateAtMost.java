package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.runner.GateMessages;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a pass rate above its maximum, judged on the point estimate:
 * {@code pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94) > 0.50}.
 *
 * @since 0.1.0
 */
public final class ShouldHavePassRateAtMost extends BasicErrorMessageFactory {

  private ShouldHavePassRateAtMost(String message) {
    super("%s", unquotedString(message));
  }

  /**
   * {@return the message for a model whose pass rate is above {@code max}}
   *
   * @param model the model's summary
   * @param max the highest pass rate allowed
   */
  public static ErrorMessageFactory shouldHavePassRateAtMost(ModelSummary model, double max) {
    return new ShouldHavePassRateAtMost(GateMessages.passRateAbove(model, max));
  }
}
