package io.benchmarkhub.runner;

import java.util.OptionalDouble;

/**
 * A model's list price in US dollars per million tokens.
 *
 * <p>{@link io.benchmarkhub.api.Usage} carries no count of cached input tokens, so {@link #cost}
 * prices all input at {@code inputPerMillion}: for a request that hit the provider's prompt cache it
 * is an upper bound. The cached price is kept for reports and for overrides that need it later.
 *
 * @param inputPerMillion USD per million input (prompt) tokens
 * @param outputPerMillion USD per million output tokens, reasoning or thinking tokens included
 * @param cachedInputPerMillion USD per million input tokens read from the provider's prompt cache, when listed
 */
record Price(double inputPerMillion, double outputPerMillion, OptionalDouble cachedInputPerMillion) {

  /** Checks that every price is a finite number >= 0. */
  Price {
    check("input", inputPerMillion);
    check("output", outputPerMillion);
    if (cachedInputPerMillion.isPresent()) {
      check("cachedInput", cachedInputPerMillion.getAsDouble());
    }
  }

  /** {@return the cost in USD of a request that used these tokens} */
  double cost(long inputTokens, long outputTokens) {
    return (inputTokens * inputPerMillion + outputTokens * outputPerMillion) / 1_000_000.0;
  }

  private static void check(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("'" + field + "' must be a number >= 0, was " + value);
    }
  }
}
