package io.benchmarkhub.library;

import java.util.List;

/**
 * A package whose validation report has failing checks, refused by {@link Library#publish} without
 * {@link PublishOptions#force()}. The message names the package and the failing checks.
 */
public final class PublishRefusedException extends LibraryException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> failedChecks;

  /** A refusal of the package {@code coordinates} ({@code name@version}) for these failing checks. */
  public PublishRefusedException(String coordinates, List<String> failedChecks) {
    super(coordinates + ": validation.json has failing checks: " + String.join(", ", failedChecks)
        + "; fix the cases and re-pack, or publish with force (--force)");
    this.failedChecks = List.copyOf(failedChecks);
  }

  /** {@return the ids of the failing checks} */
  public List<String> failedChecks() {
    return failedChecks;
  }
}
