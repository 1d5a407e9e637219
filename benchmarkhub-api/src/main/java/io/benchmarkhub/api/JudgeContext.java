package io.benchmarkhub.api;

import java.util.Optional;

/**
 * What the runner offers a judge that grades with a model (an LLM judge), at the start of a run:
 * handles to ask judge models through the same machinery as the benchmark's own models (response
 * cache, cassette, retries, rate limits, circuit breaker, pricing), and the run's default judge model.
 *
 * <p>The runner hands it to {@link Judge#bind} once per run, before the first trial.
 */
public interface JudgeContext {

  /**
   * {@return a handle to ask this model}; its provider is created now, so an unknown provider or a
   * missing key stops the run at its start, naming the judge model
   *
   * @param model the judge model, e.g. {@code ModelRef.parse("openai:gpt-4o-mini")}
   * @throws BenchmarkException when the model's provider cannot be created and no cassette can answer
   *     for it
   */
  JudgeModel model(ModelRef model);

  /**
   * {@return the run's default judge model}: the setting {@code judge.model} (system property
   * {@code benchmarkhub.judge.model}, variable {@code BENCHMARKHUB_JUDGE_MODEL}, or
   * {@code .setting("judge.model", ...)}), when set. There is no built-in default: a judge that needs a
   * model and was given none must say so, never pick one silently.
   */
  Optional<ModelRef> defaultModel();
}
