package io.benchmarkhub.api;

import java.util.List;

/**
 * A judge model as a {@link JudgeContext} hands it out: asks go through the runner's cache, cassette,
 * retries and rate limits, and come back priced. Thread-safe.
 */
public interface JudgeModel {

  /** {@return the model, with the parameters it is asked with} */
  ModelRef ref();

  /**
   * Asks the model.
   *
   * @param messages the conversation
   * @param params the parameters of this ask (e.g. temperature 0 and JSON output); they replace the
   *     model's own
   * @param sample 1 for the first ask of a request; 2, 3... to ask the same request again for a fresh
   *     answer (each sample is cached and recorded apart), e.g. after an unparseable answer
   * @return the answer, with its usage and, when the price is known, its cost
   * @throws ProviderException when the model cannot answer (after the runner's retries)
   */
  Completion complete(List<Message> messages, ModelParams params, int sample) throws ProviderException;
}
