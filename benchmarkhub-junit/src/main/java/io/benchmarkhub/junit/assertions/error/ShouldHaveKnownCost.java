package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.runner.GateMessages;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a cost limit that cannot be checked because the model's cost is not (fully) known.
 * Unknown: {@code cost of ollama:llama3.2 is unknown: none of its 4 answered trials reported a cost,
 * expected at most $0.01}. Partly known: {@code cost of openai:gpt-4o-mini is only partly known:
 * $0.004000 for the trials that reported one, 3 answered trials did not, expected at most $0.01}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveKnownCost extends BasicErrorMessageFactory {

  private ShouldHaveKnownCost(String message) {
    super("%s", unquotedString(message));
  }

  /**
   * {@return the message for a model whose cost is unknown, or known for only some of its trials}
   *
   * @param model the model's summary
   * @param max the highest cost allowed, in US dollars
   */
  public static ErrorMessageFactory shouldHaveKnownCost(ModelSummary model, double max) {
    return new ShouldHaveKnownCost(GateMessages.costUnknown(model, max));
  }
}
