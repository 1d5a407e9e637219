package io.benchmarkhub.author.generate;

import io.benchmarkhub.api.TestCase;
import java.util.List;

/**
 * The cases a generation accepted, in acceptance order (normal cases cell by cell, then edge cases),
 * and its report.
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
