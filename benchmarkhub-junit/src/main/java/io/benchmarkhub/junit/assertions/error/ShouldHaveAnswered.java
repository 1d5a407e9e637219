package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.TrialResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a trial the model never answered, when its answer was to be checked:
 * {@code trial c1 × openai:gpt-4o-mini has no answer: provider RATE_LIMITED: 429 Too Many Requests}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveAnswered extends BasicErrorMessageFactory {

  private ShouldHaveAnswered(TrialResult trial) {
    super("trial %s has no answer%s", unquotedString(Formats.trial(trial)),
        unquotedString(trial.failure().map(e -> ": " + Formats.oneLine(e.toString(), Formats.SHORT_TEXT)).orElse("")));
  }

  /**
   * {@return the message for a trial without a completion}
   *
   * @param trial the trial
   */
  public static ErrorMessageFactory shouldHaveAnswered(TrialResult trial) {
    return new ShouldHaveAnswered(trial);
  }
}
