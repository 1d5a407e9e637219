package io.benchmarkhub.junit;

/**
 * Thrown by a case's test when its trial could not be graded (the provider, the prompt or a judge
 * failed): the test is reported as an error, not a failure, so an outage never reads as a wrong
 * answer.
 */
public class BenchmarkTrialError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the error with the trial's reason. */
  public BenchmarkTrialError(String message) {
    super(message);
  }
}
