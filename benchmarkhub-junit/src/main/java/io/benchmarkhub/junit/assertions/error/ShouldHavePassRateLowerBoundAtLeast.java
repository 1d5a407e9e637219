package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.runner.GateMessages;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a pass rate whose 95% Wilson lower bound is below its minimum:
 * {@code pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94) lower bound 0.21 < 0.85}.
 *
 * <p>This is the gate DESIGN.md describes ("pass rate ≥ 0.85 by the lower confidence bound"): it
 * fails a model that merely got lucky on a few cases.
 *
 * @since 0.1.0
 */
public final class ShouldHavePassRateLowerBoundAtLeast extends BasicErrorMessageFactory {

  private ShouldHavePassRateLowerBoundAtLeast(String message) {
    super("%s", unquotedString(message));
  }

  /**
   * {@return the message for a model whose pass rate's lower bound is below {@code min}}
   *
   * @param model the model's summary
   * @param min the lowest lower bound allowed
   */
  public static ErrorMessageFactory shouldHavePassRateLowerBoundAtLeast(ModelSummary model, double min) {
    return new ShouldHavePassRateLowerBoundAtLeast(GateMessages.passRateLowerBoundBelow(model, min));
  }
}
