package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.runner.Figures;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a model with too many errored trials: {@code openai:gpt-4o-mini has 3 errored
 * trials of 10, expected at most 2}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveErrorsAtMost extends BasicErrorMessageFactory {

  private ShouldHaveErrorsAtMost(ModelSummary model, long max) {
    super("%s has %s of %s, expected at most %s", unquotedString(model.model()),
        unquotedString(Figures.count(model.errors(), "errored trial")),
        unquotedString(Long.toString(model.trials())), unquotedString(Long.toString(max)));
  }

  /**
   * {@return the message for a model with more than {@code max} errored trials}
   *
   * @param model the model's summary
   * @param max the most errored trials allowed
   */
  public static ErrorMessageFactory shouldHaveErrorsAtMost(ModelSummary model, long max) {
    return new ShouldHaveErrorsAtMost(model, max);
  }
}
