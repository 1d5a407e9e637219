package io.benchmarkhub.author.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import java.util.List;

/**
 * Checks a generated case against the design before it is accepted. The reasons are short and fixed,
 * so the report can count rejections by reason:
 * <ul>
 *   <li>{@value #NO_INPUT}: no input text;
 *   <li>{@value #NO_EXPECTED}: the task type {@linkplain TaskType#needsExpected() needs} an expected
 *       answer and there is none;
 *   <li>{@value #UNKNOWN_LABEL}: classification with declared labels, and the expected answer is none
 *       of them (compared ignoring case and surrounding space; an accepted label takes the declared
 *       spelling, see {@link #normalize});
 *   <li>{@value #FEW_CHOICES}, {@value #NOT_A_CHOICE}: multiple choice needs at least two choices, and
 *       the expected answer must be one of them (its text, ignoring case and space) or a choice's letter
 *       ({@code A} for the first);
 *   <li>{@value #NOT_JSON}: extraction's expected answer must be a JSON object or array.
 * </ul>
 */
public final class CaseChecker {
  /** Reason: the case has no input. */
  public static final String NO_INPUT = "no input";
  /** Reason: the task type needs an expected answer and the case has none. */
  public static final String NO_EXPECTED = "no expected answer";
  /** Reason: the expected label is not a declared label. */
  public static final String UNKNOWN_LABEL = "label not among the declared labels";
  /** Reason: a multiple-choice case with fewer than two choices. */
  public static final String FEW_CHOICES = "fewer than 2 choices";
  /** Reason: the expected answer is not among the choices. */
  public static final String NOT_A_CHOICE = "expected answer not among the choices";
  /** Reason: an extraction case whose expected answer is not JSON. */
  public static final String NOT_JSON = "expected answer is not a JSON object or array";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final BenchmarkDesign design;

  /** Checks cases against this design. */
  public CaseChecker(BenchmarkDesign design) {
    this.design = design;
  }

  /** {@return why the case cannot be accepted, or null when it can} */
  public String problem(CandidateCase c) {
    if (c.input() == null || c.input().isBlank()) {
      return NO_INPUT;
    }
    TaskType type = design.taskType();
    boolean hasExpected = c.expected() != null && !c.expected().isBlank();
    if (type.needsExpected() && !hasExpected) {
      return NO_EXPECTED;
    }
    switch (type) {
      case CLASSIFICATION:
        if (!design.labels().isEmpty() && declaredLabel(c.expected()) == null) {
          return UNKNOWN_LABEL;
        }
        break;
      case MULTIPLE_CHOICE:
        if (c.choices().size() < 2) {
          return FEW_CHOICES;
        }
        if (!isChoice(c.expected(), c.choices())) {
          return NOT_A_CHOICE;
        }
        break;
      case EXTRACTION:
        if (!isJsonStructure(c.expected())) {
          return NOT_JSON;
        }
        break;
      default:
        break;
    }
    return null;
  }

  /** {@return the case with a classification label in its declared spelling; others unchanged} */
  public CandidateCase normalize(CandidateCase c) {
    if (design.taskType() == TaskType.CLASSIFICATION && !design.labels().isEmpty()) {
      String label = declaredLabel(c.expected());
      if (label != null) {
        return new CandidateCase(c.input().strip(), label, c.choices(), c.edgeKind());
      }
    }
    return new CandidateCase(c.input().strip(), c.expected() == null ? null : c.expected().strip(), c.choices(),
        c.edgeKind());
  }

  private String declaredLabel(String expected) {
    if (expected == null) {
      return null;
    }
    String e = expected.strip();
    return design.labels().stream().filter(l -> l.strip().equalsIgnoreCase(e)).findFirst().orElse(null);
  }

  private static boolean isChoice(String expected, List<String> choices) {
    String e = expected.strip();
    if (e.length() == 1 && Character.isLetter(e.charAt(0))) {
      int index = Character.toUpperCase(e.charAt(0)) - 'A';
      if (index >= 0 && index < choices.size()) {
        return true;
      }
    }
    return choices.stream().anyMatch(ch -> ch != null && ch.strip().equalsIgnoreCase(e));
  }

  private static boolean isJsonStructure(String expected) {
    try {
      var node = JSON.readTree(expected);
      return node != null && (node.isObject() || node.isArray());
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
