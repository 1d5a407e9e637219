package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The message for a run that lacks a model: {@code run support-intent has no model "openai:gpt-4o";
 * it has [openai:gpt-4o-mini, ollama:llama3.2]}.
 *
 * @since 0.1.0
 */
public final class ShouldHaveModel extends BasicErrorMessageFactory {

  private ShouldHaveModel(RunSummary run, String modelId) {
    super("run %s has no model %s; it has %s", unquotedString(run.benchmark()), modelId,
        unquotedString(run.models().stream().map(ModelSummary::model).toList().toString()));
  }

  /**
   * {@return the message for a run without the model {@code modelId}}
   *
   * @param run the run
   * @param modelId the model asked for
   */
  public static ErrorMessageFactory shouldHaveModel(RunSummary run, String modelId) {
    return new ShouldHaveModel(run, modelId);
  }
}
