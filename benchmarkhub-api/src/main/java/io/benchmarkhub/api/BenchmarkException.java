package io.benchmarkhub.api;

/**
 * A benchmark that cannot run as configured: bad input, an unknown provider, a missing API key, a
 * definition that makes no sense. The message names the element and says what to do; it never
 * contains an API key.
 *
 * <p>Errors of single trials (a provider's 500, a judge that throws) are not thrown: they are
 * recorded as {@link TrialStatus#ERROR} results and the run goes on.
 */
public class BenchmarkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the element and what to do. */
  public BenchmarkException(String message) {
    super(message);
  }

  /** Creates the exception with a message and a cause. */
  public BenchmarkException(String message, Throwable cause) {
    super(message, cause);
  }
}
