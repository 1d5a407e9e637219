package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.runner.GateMessages;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a model that cost more than allowed: {@code cost of openai:gpt-4o-mini $0.0123 >
 * $0.01}. When some answered trials reported no cost, the message says so, since the true cost is
 * higher still.
 *
 * @since 0.1.0
 */
public final class ShouldHaveCostAtMost extends BasicErrorMessageFactory {

  private ShouldHaveCostAtMost(String message) {
    super("%s", unquotedString(message));
  }

  /**
   * {@return the message for a model whose known cost is above {@code max}}
   *
   * @param model the model's summary; its cost is known
   * @param max the highest cost allowed, in US dollars
   */
  public static ErrorMessageFactory shouldHaveCostAtMost(ModelSummary model, double max) {
    return new ShouldHaveCostAtMost(GateMessages.costAbove(model, max));
  }
}
