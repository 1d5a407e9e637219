package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.runner.Figures;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a case that ran several times on a model when one trial was asked for:
 * {@code run support-intent has 3 trials of case "c1" on openai:gpt-4o-mini, one per repeat; pick one
 * with trial(caseId, modelId, repeat)}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveSingleTrial extends BasicErrorMessageFactory {

  private ShouldHaveSingleTrial(RunSummary run, String caseId, String modelId, long trials) {
    super("run %s has %s of case %s on %s, one per repeat; pick one with trial(caseId, modelId, repeat)",
        unquotedString(run.benchmark()), unquotedString(Figures.count(trials, "trial")), caseId,
        unquotedString(modelId));
  }

  /**
   * {@return the message for a case with several repeats on a model}
   *
   * @param run the run
   * @param caseId the case asked for
   * @param modelId the model asked for
   * @param trials how many trials the case has on the model
   */
  public static ErrorMessageFactory shouldHaveSingleTrial(RunSummary run, String caseId, String modelId,
      long trials) {
    return new ShouldHaveSingleTrial(run, caseId, modelId, trials);
  }
}
