package io.benchmarkhub.junit;

/**
 * Thrown by the "benchmark definition" test of a benchmark class that cannot run as written (no
 * {@code @Prompt}, an unknown provider, a malformed dataset line, a gate out of range…). The message
 * names the class, the element, and where it applies the file and line, and says what to do.
 */
public class BenchmarkDefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public BenchmarkDefinitionException(String message, Throwable cause) {
    super(message, cause);
  }
}
