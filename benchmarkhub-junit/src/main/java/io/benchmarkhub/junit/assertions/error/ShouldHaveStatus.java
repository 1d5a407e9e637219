package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import java.util.Locale;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a trial with another outcome than expected. It shows why the trial ended as it did:
 * the error of an errored trial, or else the answer and the verdicts:
 * <pre>
 * expected trial c1 × openai:gpt-4o-mini to pass but it failed
 *   answer: "Billing."
 *   verdicts: [exact-match: FAIL 0.000 (expected "billing")]
 * </pre>
 *
 * @since 0.1.0
 */
public final class ShouldHaveStatus extends BasicErrorMessageFactory {

  private ShouldHaveStatus(TrialResult trial, TrialStatus expected, String details) {
    super("expected trial %s to %s but it %s%s", unquotedString(Formats.trial(trial)),
        unquotedString(verb(expected)), unquotedString(pastTense(trial.status())), unquotedString(details));
  }

  /**
   * {@return the message for a trial whose status is not {@code expected}}
   *
   * @param trial the trial
   * @param expected the status expected
   */
  public static ErrorMessageFactory shouldHaveStatus(TrialResult trial, TrialStatus expected) {
    String details = trial.failure().map(e -> ": " + Formats.oneLine(e.toString(), Formats.SHORT_TEXT))
        .orElseGet(() -> System.lineSeparator() + "  answer: "
            + trial.answer().map(c -> "\"" + Formats.oneLine(c.text(), Formats.SHORT_TEXT) + "\"").orElse("none")
            + System.lineSeparator() + "  verdicts: " + trial.verdicts());
    return new ShouldHaveStatus(trial, expected, details);
  }

  private static String verb(TrialStatus status) {
    return status == TrialStatus.ERROR ? "error" : status.name().toLowerCase(Locale.ROOT);
  }

  private static String pastTense(TrialStatus status) {
    return switch (status) {
      case PASS -> "passed";
      case FAIL -> "failed";
      case ERROR -> "errored";
      case SKIPPED -> "was skipped";
    };
  }
}
