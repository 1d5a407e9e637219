package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
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

  private ShouldHaveCostAtMost(ModelSummary model, double max) {
    super("cost of %s %s > %s%s", unquotedString(model.model()),
        unquotedString(Formats.usd(model.costUsd().orElseThrow(), max)), unquotedString(Formats.usd(max)),
        unquotedString(model.trialsWithoutCost() == 0 ? ""
            : " (and " + Formats.count(model.trialsWithoutCost(), "answered trial") + " without a cost)"));
  }

  /**
   * {@return the message for a model whose known cost is above {@code max}}
   *
   * @param model the model's summary; its cost is known
   * @param max the highest cost allowed, in US dollars
   */
  public static ErrorMessageFactory shouldHaveCostAtMost(ModelSummary model, double max) {
    return new ShouldHaveCostAtMost(model, max);
  }
}
