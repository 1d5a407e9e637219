package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import java.util.List;
import java.util.Objects;

/**
 * One offending case (or group of cases) a check found.
 *
 * @param caseIds the cases concerned, e.g. both of a near-duplicate pair; may be empty for a finding
 *     about the dataset as a whole (a missing coverage cell)
 * @param location where the first case was read from (file and line), when known
 * @param message what is wrong, in a sentence
 */
public record Finding(List<String> caseIds, SourceLocation location, String message) {
  /** Checks and copies the values. */
  public Finding {
    caseIds = List.copyOf(caseIds);
    Objects.requireNonNull(message, "message");
  }

  /** {@return a finding about one case} */
  public static Finding of(String caseId, SourceLocation location, String message) {
    return new Finding(List.of(caseId), location, message);
  }

  /** {@return a finding about one case, located where the case was read from} */
  public static Finding of(TestCase c, String message) {
    return new Finding(List.of(c.id()), c.source().orElse(null), message);
  }

  /** {@return a finding about several cases, located at the first one} */
  public static Finding of(List<TestCase> cases, String message) {
    return new Finding(cases.stream().map(TestCase::id).toList(),
        cases.isEmpty() ? null : cases.get(0).source().orElse(null), message);
  }

  /** {@return a finding about the dataset as a whole} */
  public static Finding general(String message) {
    return new Finding(List.of(), null, message);
  }
}
