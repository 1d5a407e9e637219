package io.benchmarkhub.author;

import java.util.List;
import java.util.Objects;

/**
 * What a benchmark is meant to cover, as its author declares it: the task type, the concepts, the
 * difficulty levels (easiest first) and, for classification, the labels. Generation stratifies
 * across concept x difficulty; validation measures the dataset's coverage of the same grid.
 *
 * @param taskType what kind of answer the cases ask for
 * @param concepts the concepts (topics, skills) the cases should cover; empty when undeclared
 * @param difficulties the difficulty levels, easiest first (e.g. easy, medium, hard); empty when
 *     undeclared
 * @param labels the allowed labels of a classification task; empty when undeclared or not
 *     classification
 */
public record BenchmarkDesign(TaskType taskType, List<String> concepts, List<String> difficulties,
    List<String> labels) {

  /** Checks and copies the values. */
  public BenchmarkDesign {
    Objects.requireNonNull(taskType, "taskType");
    concepts = List.copyOf(concepts);
    difficulties = List.copyOf(difficulties);
    labels = List.copyOf(labels);
  }

  /** {@return a design with only a task type: no declared concepts, levels or labels} */
  public static BenchmarkDesign of(TaskType taskType) {
    return new BenchmarkDesign(taskType, List.of(), List.of(), List.of());
  }

  /** {@return the rank of a difficulty level (0 = easiest), or -1 when it is not declared} */
  public int difficultyRank(String level) {
    if (level == null) {
      return -1;
    }
    for (int i = 0; i < difficulties.size(); i++) {
      if (difficulties.get(i).equalsIgnoreCase(level.strip())) {
        return i;
      }
    }
    return -1;
  }
}
