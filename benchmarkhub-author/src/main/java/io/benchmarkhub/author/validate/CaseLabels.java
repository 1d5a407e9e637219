package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.author.TaskType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The cases of a dataset grouped by their label: a classification case's expected label, or a
 * multiple-choice case's correct choice text when every case offers the same choices (True/False,
 * Yes/No/Maybe). Declared labels come first, in declared order, even when no case uses them.
 */
final class CaseLabels {
  private CaseLabels() {}

  /**
   * {@return the cases of each label, declared labels first}; empty when the task has no labels
   * (not classification, nor multiple choice with one shared set of choices)
   */
  static Map<String, List<TestCase>> of(List<TestCase> cases, BenchmarkDesign design) {
    Map<String, List<TestCase>> out = new LinkedHashMap<>();
    if (design.taskType() == TaskType.CLASSIFICATION) {
      design.labels().forEach(l -> out.put(l, new ArrayList<>()));
      for (TestCase c : cases) {
        Answers.label(c, design).ifPresent(l -> out.computeIfAbsent(l, k -> new ArrayList<>()).add(c));
      }
    } else if (design.taskType() == TaskType.MULTIPLE_CHOICE) {
      Optional<List<String>> shared = sharedChoices(cases);
      if (shared.isEmpty()) {
        return Map.of();
      }
      shared.get().forEach(l -> out.put(l, new ArrayList<>()));
      for (TestCase c : cases) {
        OptionalInt i = Answers.choiceIndex(c);
        if (i.isPresent()) {
          out.get(shared.get().get(i.getAsInt())).add(c);
        }
      }
    }
    return out;
  }

  /** {@return the choices every case offers, when they all offer the same ones (ignoring case)} */
  private static Optional<List<String>> sharedChoices(List<TestCase> cases) {
    List<String> first = null;
    for (TestCase c : cases) {
      List<String> choices = CaseFields.choices(c);
      if (choices.isEmpty()) {
        continue;
      }
      if (first == null) {
        first = choices;
      } else if (!choices.stream().map(CaseText::normalise).toList()
          .equals(first.stream().map(CaseText::normalise).toList())) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(first);
  }
}
