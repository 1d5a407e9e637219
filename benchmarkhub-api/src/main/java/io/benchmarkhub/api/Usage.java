package io.benchmarkhub.api;

import java.util.OptionalDouble;

/**
 * Tokens a request used and, when known, what it cost in US dollars.
 *
 * <p>Cost is known when the provider reports it (OpenRouter) or, later, from a price table; it is
 * empty otherwise, never a guessed zero. Reasoning or "thinking" tokens are counted in
 * {@code outputTokens}, as providers bill them.
 *
 * @param inputTokens prompt tokens, 0 when not reported
 * @param outputTokens completion tokens including reasoning tokens, 0 when not reported
 * @param costUsd the cost when known
 */
public record Usage(long inputTokens, long outputTokens, OptionalDouble costUsd) {

  /** Usage of a request that reported nothing. */
  public static final Usage NONE = new Usage(0, 0, OptionalDouble.empty());

  /** Checks the values. */
  public Usage {
    if (inputTokens < 0 || outputTokens < 0) {
      throw new IllegalArgumentException("token counts must be >= 0, were " + inputTokens + "/" + outputTokens);
    }
    java.util.Objects.requireNonNull(costUsd, "costUsd");
    if (costUsd.isPresent() && !(costUsd.getAsDouble() >= 0)) {
      throw new IllegalArgumentException("cost must be >= 0, was " + costUsd.getAsDouble());
    }
  }

  /** {@return usage with these token counts and an unknown cost} */
  public static Usage of(long inputTokens, long outputTokens) {
    return new Usage(inputTokens, outputTokens, OptionalDouble.empty());
  }

  /** {@return a copy with this cost} */
  public Usage withCost(double usd) {
    return new Usage(inputTokens, outputTokens, OptionalDouble.of(usd));
  }

  /** {@return input plus output tokens} */
  public long totalTokens() {
    return inputTokens + outputTokens;
  }

  /**
   * {@return the sum of this usage and another}: tokens added; the cost is the sum of the costs that
   * are known, or unknown when neither is
   */
  public Usage plus(Usage other) {
    OptionalDouble cost = costUsd.isEmpty() && other.costUsd.isEmpty() ? OptionalDouble.empty()
        : OptionalDouble.of(costUsd.orElse(0) + other.costUsd.orElse(0));
    return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens, cost);
  }
}
