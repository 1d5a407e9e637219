package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.Verdict;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a trial none of whose verdicts gives a reason containing a text:
 * <pre>
 * verdict reasons of trial c1 × openai:gpt-4o-mini
 * expected one to contain: "refund"
 *                but were: ["names the billing intent"]
 * </pre>
 *
 * @since 0.1.0
 */
public final class ShouldHaveVerdictReasonContaining extends BasicErrorMessageFactory {

  private ShouldHaveVerdictReasonContaining(TrialResult trial, String part, List<String> reasons) {
    super("verdict reasons of trial %s%nexpected one to contain: %s%n               but were: %s",
        unquotedString(Formats.trial(trial)), part, reasons);
  }

  /**
   * {@return the message for a trial with no verdict reason containing {@code part}}
   *
   * @param trial the trial
   * @param part the text expected in some verdict's reason
   */
  public static ErrorMessageFactory shouldHaveVerdictReasonContaining(TrialResult trial, String part) {
    return new ShouldHaveVerdictReasonContaining(trial, part, trial.verdicts().stream().map(Verdict::reason).toList());
  }
}
