package io.benchmarkhub.author.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.author.TaskType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code case-schema}: every case is well formed for the task type.
 *
 * <p>A case is malformed when: its expected answer is absent and the task type needs one; a
 * multiple-choice case has fewer than two distinct choices, or an expected answer that names none of
 * them (see {@link Answers} for how it is matched: exact choice text, then letter A, B, ..., then a
 * 0-based index); a classification case's expected answer is not one of the declared labels (when
 * labels are declared); an extraction case's expected answer is not valid JSON.
 *
 * <p>Score: 1 - the share of malformed cases. PASS with none, WARN up to 1%, FAIL above.
 */
public final class CaseSchemaCheck extends AbstractCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Creates the check. */
  public CaseSchemaCheck() {
    super("case-schema", "Case schema", CheckCategory.STRUCTURE,
        "Every case is well formed for the task type: an expected answer where the task type needs one; "
            + "multiple choice: at least 2 distinct choices and an expected answer naming one (its text, its "
            + "letter A/B/C..., or its 0-based index); classification: a declared label when labels are "
            + "declared; extraction: expected parses as JSON. PASS with no malformed case, WARN up to 1%, "
            + "FAIL above; score = 1 - share of malformed cases.");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    BenchmarkDesign design = input.design();
    List<Finding> findings = new ArrayList<>();
    for (TestCase c : input.cases()) {
      problem(c, design).ifPresent(p -> findings.add(Finding.of(c, p)));
    }
    return shareOfCases(findings, input.cases().size(), 0, 0.01,
        "are malformed for " + design.taskType().fileName(), Map.of(), "Fix each listed case at its file and line: add the missing expected answer, choices "
            + "or label, or correct its JSON.");
  }

  private static Optional<String> problem(TestCase c, BenchmarkDesign design) {
    TaskType type = design.taskType();
    if (c.expected().isEmpty()) {
      return type.needsExpected()
          ? Optional.of("has no expected answer, which " + type.fileName() + " needs")
          : Optional.empty();
    }
    String expected = c.expected().get().strip();
    switch (type) {
      case MULTIPLE_CHOICE -> {
        List<String> choices = CaseFields.choices(c);
        Set<String> distinct = new HashSet<>();
        choices.forEach(ch -> distinct.add(CaseText.normalise(ch)));
        if (distinct.size() < 2) {
          return Optional.of("has " + distinct.size() + " distinct choices in variable '" + CaseFields.CHOICES
              + "'; multiple choice needs at least 2");
        }
        if (Answers.choiceIndex(c).isEmpty()) {
          return Optional.of("expected answer '" + expected + "' names none of its " + choices.size()
              + " choices (use the choice's text, its letter, or its 0-based index)");
        }
      }
      case CLASSIFICATION -> {
        if (!design.labels().isEmpty() && !design.labels().contains(Answers.label(c, design).orElse(""))) {
          return Optional.of("expected label '" + expected + "' is not one of the declared labels "
              + design.labels());
        }
      }
      case EXTRACTION -> {
        try {
          JSON.readTree(expected);
        } catch (JsonProcessingException e) {
          return Optional.of("expected answer is not valid JSON: " + e.getOriginalMessage());
        }
      }
      default -> { }
    }
    return Optional.empty();
  }
}
