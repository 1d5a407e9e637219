package io.benchmarkhub.api;

import java.util.Objects;

/**
 * Why a trial ended in {@link TrialStatus#ERROR}.
 *
 * @param phase where it went wrong
 * @param kind a short classification: a {@link ProviderException.Kind} name for provider errors,
 *     the exception's simple class name otherwise
 * @param message what happened; never holds an API key
 * @param stackTrace the stack trace of the user's code when a {@link Subject} threw, else null: the
 *     exception and its causes as {@link Throwable#printStackTrace()} prints them, cut below the call
 *     into the subject (no runner or thread-pool frames), at most {@value #MAX_STACK_FRAMES} frames per
 *     exception and {@value #MAX_STACK_TRACE_CHARS} characters in all; redacted like the message
 */
public record TrialError(Phase phase, String kind, String message, String stackTrace) {

  /** The most frames {@link #stackTrace()} keeps of one exception: {@value}. */
  public static final int MAX_STACK_FRAMES = 40;

  /** The longest {@link #stackTrace()} is, in characters: {@value}. */
  public static final int MAX_STACK_TRACE_CHARS = 8192;

  /**
   * The kind of a {@link TrialStatus#SKIPPED} trial that was not run because the run's budget
   * ({@link Benchmark.Builder#maxCost}) was reached: {@value}.
   */
  public static final String BUDGET_KIND = "BUDGET";

  /** Where in a trial an error happened. */
  public enum Phase {
    /** Building the prompt from the case. */
    PROMPT,
    /** Running the benchmark's {@link Subject}, the user's own code, which threw. */
    SUBJECT,
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

  /** Creates an error without a stack trace. */
  public TrialError(Phase phase, String kind, String message) {
    this(phase, kind, message, null);
  }

  /** {@return the stack trace of the user's code, when a subject threw} */
  public java.util.Optional<String> userStackTrace() {
    return java.util.Optional.ofNullable(stackTrace);
  }

  @Override
  public String toString() {
    return phase.name().toLowerCase(java.util.Locale.ROOT) + " " + kind + ": " + message;
  }
}
