package io.benchmarkhub.junit;

/**
 * Thrown by a case's test when its trial could not be graded (the provider, the prompt, the subject or
 * a judge failed): the test is reported as an error, not a failure, so an outage never reads as a wrong
 * answer. When the benchmark's subject threw, the cause carries the user's exception as the trial
 * recorded it, its stack trace included.
 */
public class BenchmarkTrialError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the error with the trial's reason. */
  public BenchmarkTrialError(String message) {
    super(message);
  }

  /** Creates the error with the trial's reason and what caused it. */
  public BenchmarkTrialError(String message, Throwable cause) {
    super(message, cause);
  }
}
