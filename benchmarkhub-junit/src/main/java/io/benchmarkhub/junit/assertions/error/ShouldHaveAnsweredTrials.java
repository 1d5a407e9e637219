package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.runner.Figures;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a latency that cannot be judged because no trial of the model got an answer:
 * {@code p95 latency of openai:gpt-4o-mini is undefined: no trial got an answer (4 trials, 4 errors)}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveAnsweredTrials extends BasicErrorMessageFactory {

  private ShouldHaveAnsweredTrials(String quantity, ModelSummary model) {
    super("%s of %s is undefined: no trial got an answer (%s, %s)", unquotedString(quantity),
        unquotedString(model.model()), unquotedString(Figures.count(model.trials(), "trial")),
        unquotedString(Figures.count(model.errors(), "error")));
  }

  /**
   * {@return the message for a quantity over answered trials of a model that has none}
   *
   * @param quantity what cannot be judged, e.g. "p95 latency"
   * @param model the model's summary
   */
  public static ErrorMessageFactory shouldHaveAnsweredTrials(String quantity, ModelSummary model) {
    return new ShouldHaveAnsweredTrials(quantity, model);
  }
}
