package io.benchmarkhub.author.generate;

import java.util.List;

/**
 * A case as the generator model wrote it, before checks.
 *
 * @param input the input, or null when the model gave none (or not as text)
 * @param expected the expected answer as text (an object or array as compact JSON), or null
 * @param choices the options of a multiple-choice case; empty when none
 * @param edgeKind what kind of edge case the model says it is, or null
 */
public record CandidateCase(String input, String expected, List<String> choices, String edgeKind) {

  /** Copies the choices. */
  public CandidateCase {
    choices = List.copyOf(choices);
  }
}
