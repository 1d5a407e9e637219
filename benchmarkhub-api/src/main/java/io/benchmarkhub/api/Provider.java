package io.benchmarkhub.api;

/**
 * A model provider: sends one {@link ChatRequest} and returns the {@link Completion}.
 *
 * <p>Implementations are called from many threads at once and must be thread-safe. They do not
 * retry, cache or rate-limit: the runner wraps every provider with that. They must never put an API
 * key into an exception message or a log line.
 *
 * <p>Built-in providers are {@code openai}, {@code openrouter}, {@code anthropic}, {@code gemini},
 * {@code ollama} and {@code openai-compatible}; add your own with a {@link ProviderFactory}
 * registered in {@code META-INF/services/io.benchmarkhub.api.ProviderFactory}, or hand an instance to
 * the benchmark builder.
 */
@FunctionalInterface
public interface Provider {

  /**
   * Sends the request and waits for the whole answer.
   *
   * @param request what to ask, never null
   * @return the answer, never null
   * @throws ProviderException classified so the runner knows whether a retry could help
   */
  Completion complete(ChatRequest request) throws ProviderException;
}
