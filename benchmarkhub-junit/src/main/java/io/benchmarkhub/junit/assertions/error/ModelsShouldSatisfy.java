package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.runner.Figures;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a check on every model of a run that some models fail. It lists each failing
 * model's own message, which names the model:
 * <pre>
 * run support-intent has 2 models failing the check (of 3):
 *   pass rate of openai:gpt-4o-mini 0.67 (95% CI 0.21–0.94) &lt; 0.85
 *   ollama:llama3.2 has 2 errored trials of 3, expected none
 * </pre>
 *
 * @since 0.1.0
 */
public final class ModelsShouldSatisfy extends BasicErrorMessageFactory {

  private ModelsShouldSatisfy(RunSummary run, List<String> failures) {
    super("run %s has %s failing the check (of %s):%s", unquotedString(run.benchmark()),
        unquotedString(Figures.count(failures.size(), "model")), unquotedString(Integer.toString(run.models().size())),
        unquotedString(lines(failures)));
  }

  /**
   * {@return the message for the models that failed a check}
   *
   * @param run the run
   * @param failures the failure message of each model that failed, in model order; not empty
   */
  public static ErrorMessageFactory modelsShouldSatisfy(RunSummary run, List<String> failures) {
    return new ModelsShouldSatisfy(run, failures);
  }

  private static String lines(List<String> failures) {
    StringBuilder lines = new StringBuilder();
    for (String failure : failures) {
      lines.append(System.lineSeparator()).append("  ").append(Formats.indentFollowingLines(failure.strip(), "  "));
    }
    return lines.toString();
  }
}
