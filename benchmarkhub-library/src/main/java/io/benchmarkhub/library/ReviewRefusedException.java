package io.benchmarkhub.library;

/**
 * A review action that is not allowed: a transition the workflow does not have (see {@link ReviewAction}), an
 * author approving their own package, a request for changes without a message. The message names the package
 * version and says what to do.
 */
public class ReviewRefusedException extends LibraryException {
  private static final long serialVersionUID = 1L;

  /** A review action refused for this reason. */
  public ReviewRefusedException(String message) {
    super(message);
  }
}
