package io.benchmarkhub.author;

import io.benchmarkhub.api.TestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a case that authoring reads, in one place so generation, validation and benchmark
 * files agree on where they live:
 * <ul>
 *   <li>concept: metadata {@code concept}, else variable {@code concept};
 *   <li>difficulty: {@link TestCase#difficulty()};
 *   <li>choices: variable {@code choices} (a list) of a multiple-choice case;
 *   <li>counterfactual twin: metadata {@code counterfactualOf}, the id of the case this one was made
 *       from by swapping demographic terms.
 * </ul>
 */
public final class CaseFields {
  /** Metadata key of a case's concept. */
  public static final String CONCEPT = "concept";
  /** Variable holding a multiple-choice case's options. */
  public static final String CHOICES = "choices";
  /** Metadata key naming the case a counterfactual twin was made from. */
  public static final String COUNTERFACTUAL_OF = "counterfactualOf";
  /** Metadata key naming the model that generated a case. */
  public static final String GENERATOR = "generator";
  /** Metadata key naming the version of the prompt that generated a case. */
  public static final String PROMPT_VERSION = "promptVersion";

  private CaseFields() {}

  /** {@return the case's concept, when it has one} */
  public static Optional<String> concept(TestCase c) {
    Object v = c.metadata().get(CONCEPT);
    if (v == null) {
      v = c.variables().get(CONCEPT);
    }
    return v == null || String.valueOf(v).isBlank() ? Optional.empty() : Optional.of(String.valueOf(v).strip());
  }

  /** {@return the case's declared difficulty, when it has one} */
  public static Optional<String> difficulty(TestCase c) {
    return c.difficulty().map(String::strip).filter(s -> !s.isEmpty());
  }

  /** {@return the options of a multiple-choice case, in order; empty when it has none} */
  public static List<String> choices(TestCase c) {
    Object v = c.variables().get(CHOICES);
    if (!(v instanceof List<?> list)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(list.size());
    for (Object o : list) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  /** {@return the id of the case this one is a counterfactual twin of, when it is one} */
  public static Optional<String> counterfactualOf(TestCase c) {
    Object v = c.metadata().get(COUNTERFACTUAL_OF);
    return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
  }
}
