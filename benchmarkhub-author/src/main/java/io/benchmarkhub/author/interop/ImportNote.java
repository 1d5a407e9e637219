package io.benchmarkhub.author.interop;

import java.util.Objects;

/**
 * Something an import could not carry over, and where it was: an assertion type with no BenchmarkHub judge, a
 * provider with no BenchmarkHub provider, a second prompt. An <em>unmapped</em> note changes how cases are graded,
 * so the import stops on it unless told to skip; other notes are listed and the import goes on.
 *
 * @param location {@code file:line: field}, as in error messages
 * @param message what was left out and why
 * @param unmapped whether grading would differ from the source's (the import stops unless told to skip these)
 */
public record ImportNote(String location, String message, boolean unmapped) {

  /** Checks the values. */
  public ImportNote {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** {@return the note as one line: location, then the message} */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
