package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.runner.Figures;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for errored trials where none were expected. For a run it lists the first
 * {@value #LISTED} errors, one per line, as case × model, then phase, kind and message:
 * <pre>
 * run support-intent has 2 errored trials of 6, expected none:
 *   c1 × openai:gpt-4o-mini: provider RATE_LIMITED: 429 Too Many Requests
 *   c2 × ollama:llama3.2: judge IllegalStateException: no JSON in the reply
 * </pre>
 * For a model it says how many: {@code openai:gpt-4o-mini has 2 errored trials of 6, expected none}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveNoErrors extends BasicErrorMessageFactory {
  /** How many errors the run message lists before it says how many more there are. */
  public static final int LISTED = 5;

  private ShouldHaveNoErrors(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * {@return the message for a run with errored trials}
   *
   * @param run the run
   * @param errored its errored trials, in run order; not empty
   */
  public static ErrorMessageFactory shouldHaveNoErrors(RunSummary run, List<TrialResult> errored) {
    StringBuilder lines = new StringBuilder();
    for (TrialResult trial : errored.subList(0, Math.min(LISTED, errored.size()))) {
      lines.append(System.lineSeparator()).append("  ").append(Formats.trial(trial)).append(": ")
          .append(trial.failure().map(e -> Formats.oneLine(e.toString(), Formats.SHORT_TEXT)).orElse("?"));
    }
    if (errored.size() > LISTED) {
      lines.append(System.lineSeparator()).append("  … and ").append(errored.size() - LISTED).append(" more");
    }
    return new ShouldHaveNoErrors("run %s has %s of %s, expected none:%s", unquotedString(run.benchmark()),
        unquotedString(Figures.count(errored.size(), "errored trial")),
        unquotedString(Long.toString(run.trials().size())), unquotedString(lines.toString()));
  }

  /**
   * {@return the message for a model with errored trials}
   *
   * @param model the model's summary
   */
  public static ErrorMessageFactory shouldHaveNoErrors(ModelSummary model) {
    return new ShouldHaveNoErrors("%s has %s of %s, expected none", unquotedString(model.model()),
        unquotedString(Figures.count(model.errors(), "errored trial")),
        unquotedString(Long.toString(model.trials())));
  }
}
