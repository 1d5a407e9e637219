package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.runner.Figures;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a model that passed another number of trials than expected:
 * {@code openai:gpt-4o-mini passed 2 trials, expected 3 (of 4 trials: 1 failed, 1 errored)}.
 *
 * @since 0.1.0
 */
public final class ShouldHavePassed extends BasicErrorMessageFactory {

  private ShouldHavePassed(ModelSummary model, long expected) {
    super("%s passed %s, expected %s (of %s: %s failed, %s errored)", unquotedString(model.model()),
        unquotedString(Figures.count(model.passed(), "trial")), unquotedString(Long.toString(expected)),
        unquotedString(Figures.count(model.trials(), "trial")), unquotedString(Long.toString(model.failed())),
        unquotedString(Long.toString(model.errors())));
  }

  /**
   * {@return the message for a model that did not pass exactly {@code expected} trials}
   *
   * @param model the model's summary
   * @param expected the number of passed trials expected
   */
  public static ErrorMessageFactory shouldHavePassed(ModelSummary model, long expected) {
    return new ShouldHavePassed(model, expected);
  }
}
