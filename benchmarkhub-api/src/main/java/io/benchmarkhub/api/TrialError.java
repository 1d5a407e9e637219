package io.benchmarkhub.api;

import java.util.Objects;

/**
 * Why a trial ended in {@link TrialStatus#ERROR}.
 *
 * @param phase where it went wrong
 * @param kind a short classification: a {@link ProviderException.Kind} name for provider errors,
 *     the exception's simple class name otherwise
 * @param message what happened; never holds an API key
 */
public record TrialError(Phase phase, String kind, String message) {

  /**
   * The kind of a {@link TrialStatus#SKIPPED} trial that was not run because the run's budget
   * ({@link Benchmark.Builder#maxCost}) was reached: {@value}.
   */
  public static final String BUDGET_KIND = "BUDGET";

  /** Where in a trial an error happened. */
  public enum Phase {
    /** Building the prompt from the case. */
    PROMPT,
    /** Asking the provider. */
    PROVIDER,
    /** Grading the completion. */
    JUDGE
  }

  /** Checks the values. */
  public TrialError {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return phase.name().toLowerCase(java.util.Locale.ROOT) + " " + kind + ": " + message;
  }
}
