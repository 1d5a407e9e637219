package io.benchmarkhub.author.generate;

import io.benchmarkhub.api.TestCase;
import java.util.List;

/**
 * The cases a generation accepted, in the order they were accepted, which is their id order: round by
 * round, within a round request by request (cell by cell, normal before edge requests), and its report.
 *
 * @param cases the accepted cases
 * @param report what was asked for, accepted and rejected, and what it cost
 */
public record GenerationResult(List<TestCase> cases, GenerationReport report) {

  /** Copies the cases. */
  public GenerationResult {
    cases = List.copyOf(cases);
  }
}
