package io.benchmarkhub.junit.assertions;

import static io.benchmarkhub.junit.assertions.error.ShouldHaveModel.shouldHaveModel;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveNoErrors.shouldHaveNoErrors;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveSingleTrial.shouldHaveSingleTrial;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveTrial.shouldHaveTrial;
import static io.benchmarkhub.junit.assertions.error.ShouldHaveTrials.shouldHaveTrials;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import java.util.List;
import java.util.Objects;

/**
 * Assertions on a whole run, and the way into assertions on one model or one trial of it.
 *
 * <p>A model is named by the id the run knows it by ({@link ModelSummary#model()}), e.g.
 * {@code "openai:gpt-4o-mini"}; a case by its {@link TrialResult#caseId() id}.
 *
 * @param <SELF> the concrete assertion type
 * @since 0.1.0
 */
public abstract class AbstractRunSummaryAssert<SELF extends AbstractRunSummaryAssert<SELF>>
    extends AbstractBenchmarkAssert<SELF, RunSummary> {

  /**
   * Creates an assertion on {@code actual}.
   *
   * @param actual the run's summary
   * @param selfType the concrete assertion class
   * @since 0.1.0
   */
  protected AbstractRunSummaryAssert(RunSummary actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Navigates to one model of the run, failing with the run's models when it has no such model.
   * <p>Examples, where the run evaluated {@code openai:gpt-4o-mini} and {@code ollama:llama3.2}:
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).model("openai:gpt-4o-mini").passRate().isAtLeast(0.85);
   *
   * // assertion will fail:
   * // run support-intent has no model "openai:gpt-4o"; it has [openai:gpt-4o-mini, ollama:llama3.2]
   * assertThat(summary).model("openai:gpt-4o");
   * }</pre>
   *
   * @param modelId the model's id; never {@code null}
   * @return an assertion on the model's summary, with this assertion's description
   * @since 0.1.0
   */
  public ModelSummaryAssert model(String modelId) {
    return describedLikeThis(new ModelSummaryAssert(modelSummary(modelId)));
  }

  /**
   * Verifies that no trial of the run errored. The failure lists the first
   * {@value io.benchmarkhub.junit.assertions.error.ShouldHaveNoErrors#LISTED} errored trials with
   * their case, model, kind and message.
   * <p>Examples:
   * <pre>{@code
   * // assertion will pass when every trial was graded
   * assertThat(summary).hasNoErrors();
   *
   * // assertion will fail when a provider rate-limited two trials:
   * // run support-intent has 2 errored trials of 6, expected none:
   * //   c1 × openai:gpt-4o-mini: provider RATE_LIMITED: 429 Too Many Requests
   * //   c2 × openai:gpt-4o-mini: provider RATE_LIMITED: 429 Too Many Requests
   * assertThat(summary).hasNoErrors();
   * }</pre>
   *
   * @return this assertion
   * @since 0.1.0
   */
  public SELF hasNoErrors() {
    isNotNull();
    List<TrialResult> errored = actual.trials().stream().filter(t -> t.status() == TrialStatus.ERROR).toList();
    if (!errored.isEmpty()) {
      throw failureWithDiff(shouldHaveNoErrors(actual, errored), (long) errored.size(), 0L);
    }
    return myself;
  }

  /**
   * Verifies that the run has exactly {@code expected} trials (cases × models × repeats, as run).
   * <p>Examples, where 3 cases ran on 2 models:
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).hasTrials(6);
   *
   * // assertion will fail: "run support-intent has 6 trials, expected 5"
   * assertThat(summary).hasTrials(5);
   * }</pre>
   *
   * @param expected the number of trials expected
   * @return this assertion
   * @since 0.1.0
   */
  public SELF hasTrials(long expected) {
    isNotNull();
    long trials = actual.trials().size();
    if (trials != expected) {
      throw failureWithDiff(shouldHaveTrials(actual, expected), trials, expected);
    }
    return myself;
  }

  /**
   * Navigates to every model of the run at once, to apply one check to each.
   * <p>Examples:
   * <pre>{@code
   * // assertion will pass when every model passed at least 85% of its graded trials
   * assertThat(summary).allModels().satisfy(model -> model.passRate().isAtLeast(0.85));
   *
   * // assertion will fail when any model had an errored trial, listing each such model
   * assertThat(summary).allModels().satisfy(model -> model.hasNoErrors());
   * }</pre>
   *
   * @return an assertion on all the run's models, with this assertion's description
   * @since 0.1.0
   */
  public AllModelsAssert allModels() {
    isNotNull();
    return describedLikeThis(new AllModelsAssert(actual));
  }

  /**
   * Navigates to the one trial of a case on a model. Fails when there is none, and when the case ran
   * several times on the model (then use {@link #trial(String, String, int)}).
   * <p>Examples, where case {@code c1} ran once on {@code openai:gpt-4o-mini} and passed:
   * <pre>{@code
   * // assertion will pass
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").passed();
   *
   * // assertion will fail
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini").failed();
   * }</pre>
   *
   * @param caseId the case's id; never {@code null}
   * @param modelId the model's id; never {@code null}
   * @return an assertion on the trial, with this assertion's description
   * @since 0.1.0
   */
  public TrialResultAssert trial(String caseId, String modelId) {
    Objects.requireNonNull(caseId, "caseId must not be null");
    List<TrialResult> trials = trialsOf(caseId, modelId);
    if (trials.size() > 1) {
      throw assertionError(shouldHaveSingleTrial(actual, caseId, modelId, trials.size()));
    }
    return describedLikeThis(new TrialResultAssert(trials.get(0)));
  }

  /**
   * Navigates to one repeat of a case on a model, for benchmarks that run each case several times.
   * <p>Examples, where case {@code c1} ran 3 times on {@code openai:gpt-4o-mini}:
   * <pre>{@code
   * // assertion will pass when the second repeat passed
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini", 2).passed();
   *
   * // assertion will fail: "run support-intent has no repeat 4 of case "c1" on openai:gpt-4o-mini; ..."
   * assertThat(summary).trial("c1", "openai:gpt-4o-mini", 4);
   * }</pre>
   *
   * @param caseId the case's id; never {@code null}
   * @param modelId the model's id; never {@code null}
   * @param repeat the 1-based repeat
   * @return an assertion on the trial, with this assertion's description
   * @since 0.1.0
   */
  public TrialResultAssert trial(String caseId, String modelId, int repeat) {
    Objects.requireNonNull(caseId, "caseId must not be null");
    TrialResult trial = trialsOf(caseId, modelId).stream().filter(t -> t.repeat() == repeat).findFirst()
        .orElseThrow(() -> assertionError(shouldHaveTrial(actual, caseId, modelId, repeat)));
    return describedLikeThis(new TrialResultAssert(trial));
  }

  /** {@return the trials of a case on a model, failing when there are none} */
  private List<TrialResult> trialsOf(String caseId, String modelId) {
    modelSummary(modelId);
    List<TrialResult> trials = actual.trials().stream()
        .filter(t -> t.model().equals(modelId) && t.caseId().equals(caseId)).toList();
    if (trials.isEmpty()) {
      throw assertionError(shouldHaveTrial(actual, caseId, modelId));
    }
    return trials;
  }

  /** {@return the summary of a model, failing with the run's models when it has no such model} */
  private ModelSummary modelSummary(String modelId) {
    Objects.requireNonNull(modelId, "modelId must not be null");
    isNotNull();
    return actual.models().stream().filter(m -> m.model().equals(modelId)).findFirst()
        .orElseThrow(() -> assertionError(shouldHaveModel(actual, modelId)));
  }
}
