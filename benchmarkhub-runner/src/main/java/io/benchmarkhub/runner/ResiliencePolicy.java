package io.benchmarkhub.runner;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How {@link ResilientProvider} treats one provider: retries, circuit breaker and client-side rate
 * limit, read from {@link Settings} once per run.
 *
 * <p>Each key may be set for one provider ({@code openai.retry.max-attempts}) or for all
 * ({@code retry.max-attempts}); the provider's own wins. Durations are milliseconds or ISO-8601.
 * <ul>
 *   <li>{@code retry.max-attempts}: attempts per trial, the first included; default
 *       {@value #DEFAULT_MAX_ATTEMPTS}; 1 turns retries off.</li>
 *   <li>{@code retry.initial-backoff}: the first wait; default 1 s, doubling each attempt, with ±50%
 *       jitter.</li>
 *   <li>{@code retry.max-backoff}: no wait is longer, a provider's Retry-After included; default 30 s.</li>
 *   <li>{@code retry.total-timeout}: a trial's time budget for all its attempts and waits; default
 *       5 min.</li>
 *   <li>{@code circuit-breaker}: {@code false} turns the circuit breaker off; default on.</li>
 *   <li>{@code rpm}: requests per minute per model, spaced evenly; default unlimited.</li>
 *   <li>{@code tpm}: tokens per minute per model, input and output together, as estimated before each
 *       request; default unlimited. See {@link ResilientProvider} for how they are counted.</li>
 * </ul>
 *
 * @param maxAttempts attempts per trial, at least 1
 * @param initialBackoff the wait after the first failed attempt, before jitter
 * @param maxBackoff the longest wait between attempts
 * @param totalTimeout the time budget of one trial's attempts and waits
 * @param circuitBreaker whether a circuit breaker guards the provider
 * @param requestsPerMinute the most requests per minute per model, or 0 for no limit
 * @param tokensPerMinute the most tokens per minute per model, or 0 for no limit
 */
record ResiliencePolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration totalTimeout,
    boolean circuitBreaker, int requestsPerMinute, int tokensPerMinute) {
  /** Attempts per trial unless {@code retry.max-attempts} says otherwise. */
  static final int DEFAULT_MAX_ATTEMPTS = 4;
  /** The first wait unless {@code retry.initial-backoff} says otherwise. */
  static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
  /** The longest wait unless {@code retry.max-backoff} says otherwise. */
  static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
  /** A trial's time budget unless {@code retry.total-timeout} says otherwise. */
  static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofMinutes(5);

  /**
   * {@return the policy for one provider id}
   *
   * @throws io.benchmarkhub.api.BenchmarkException naming the property whose value is invalid
   */
  static ResiliencePolicy of(Settings settings, String providerId) {
    return new ResiliencePolicy(
        lookup(settings, providerId, "retry.max-attempts", Settings::positiveInt).orElse(DEFAULT_MAX_ATTEMPTS),
        lookup(settings, providerId, "retry.initial-backoff", Settings::duration).orElse(DEFAULT_INITIAL_BACKOFF),
        lookup(settings, providerId, "retry.max-backoff", Settings::duration).orElse(DEFAULT_MAX_BACKOFF),
        lookup(settings, providerId, "retry.total-timeout", Settings::duration).orElse(DEFAULT_TOTAL_TIMEOUT),
        lookup(settings, providerId, "circuit-breaker", Settings::flag).orElse(true),
        lookup(settings, providerId, "rpm", Settings::positiveInt).orElse(0),
        lookup(settings, providerId, "tpm", Settings::positiveInt).orElse(0));
  }

  /** {@return whether this policy changes nothing: one attempt, no breaker, no request or token limit} */
  boolean passThrough() {
    return maxAttempts == 1 && !circuitBreaker && requestsPerMinute == 0 && tokensPerMinute == 0;
  }

  private static <T> Optional<T> lookup(Settings settings, String providerId, String key,
      BiFunction<Settings, String, Optional<T>> read) {
    Optional<T> own = read.apply(settings, providerId + "." + key);
    return own.isPresent() ? own : read.apply(settings, key);
  }
}
