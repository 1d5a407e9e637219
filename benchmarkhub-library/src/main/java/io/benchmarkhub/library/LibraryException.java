package io.benchmarkhub.library;

import io.benchmarkhub.api.BenchmarkException;

/**
 * A library operation that cannot be done: a library that is not a git repository, a package or version it does
 * not hold, a remote that cannot be reached, a version that is already published. The message names the
 * package, version, folder or remote and says what to do.
 */
public class LibraryException extends BenchmarkException {
  private static final long serialVersionUID = 1L;

  /** An operation refused or failed for this reason. */
  public LibraryException(String message) {
    super(message);
  }

  /** An operation refused or failed for this reason, caused by {@code cause}. */
  public LibraryException(String message, Throwable cause) {
    super(message, cause);
  }
}
