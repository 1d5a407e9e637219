package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.runner.Figures;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a run with another number of trials than expected: {@code run support-intent has
 * 6 trials, expected 5}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveTrials extends BasicErrorMessageFactory {

  private ShouldHaveTrials(RunSummary run, long expected) {
    super("run %s has %s, expected %s", unquotedString(run.benchmark()),
        unquotedString(Figures.count(run.trials().size(), "trial")), unquotedString(Long.toString(expected)));
  }

  /**
   * {@return the message for a run whose trial count is not {@code expected}}
   *
   * @param run the run
   * @param expected the number of trials expected
   */
  public static ErrorMessageFactory shouldHaveTrials(RunSummary run, long expected) {
    return new ShouldHaveTrials(run, expected);
  }
}
