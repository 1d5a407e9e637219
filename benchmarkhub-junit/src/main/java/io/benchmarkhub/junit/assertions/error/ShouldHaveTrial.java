package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a run without the trial asked for. It lists what the run does have for that model:
 * {@code run support-intent has no trial of case "c9" on openai:gpt-4o-mini; its cases there are
 * [c1, c2, c3]}, or for a repeat {@code run support-intent has no repeat 4 of case "c1" on
 * openai:gpt-4o-mini; it has repeats [1, 2, 3]}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveTrial extends BasicErrorMessageFactory {
  /** How many case ids the message lists. */
  private static final int LISTED_CASES = 10;

  private ShouldHaveTrial(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * {@return the message for a run without any trial of a case on a model}
   *
   * @param run the run; it has the model
   * @param caseId the case asked for
   * @param modelId the model asked for
   */
  public static ErrorMessageFactory shouldHaveTrial(RunSummary run, String caseId, String modelId) {
    List<String> cases = run.trials(modelId).stream().map(TrialResult::caseId).distinct().toList();
    return new ShouldHaveTrial("run %s has no trial of case %s on %s; its cases there are %s",
        unquotedString(run.benchmark()), caseId, unquotedString(modelId),
        unquotedString(Formats.list(cases, LISTED_CASES)));
  }

  /**
   * {@return the message for a run without one repeat of a case on a model}
   *
   * @param run the run; it has the model and the case
   * @param caseId the case asked for
   * @param modelId the model asked for
   * @param repeat the 1-based repeat asked for
   */
  public static ErrorMessageFactory shouldHaveTrial(RunSummary run, String caseId, String modelId, int repeat) {
    List<Integer> repeats = run.trials(modelId).stream().filter(t -> t.caseId().equals(caseId))
        .map(TrialResult::repeat).toList();
    return new ShouldHaveTrial("run %s has no repeat %s of case %s on %s; it has repeats %s",
        unquotedString(run.benchmark()), unquotedString(Integer.toString(repeat)), caseId, unquotedString(modelId),
        unquotedString(repeats.toString()));
  }
}
