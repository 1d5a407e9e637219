package io.benchmarkhub.author;

import java.util.Locale;

/**
 * What kind of answer a benchmark's cases ask for. It decides which cases need an expected answer
 * and which checks of the validation report apply (label balance only to labels, answer position
 * only to choices).
 */
public enum TaskType {
  /** The answer is one label from a fixed set (intent, sentiment, risk class); expected is the label. */
  CLASSIFICATION(true),
  /** The case lists {@code choices}; expected is the right one (its letter, index or text). */
  MULTIPLE_CHOICE(true),
  /** A short factual or computed answer; expected is that answer. */
  QUESTION_ANSWERING(true),
  /** Structured output (usually JSON) pulled from the input; expected is the structure. */
  EXTRACTION(true),
  /** Open-ended writing graded by a rubric or an LLM judge; expected is optional (a reference). */
  GENERATION(false);

  private final boolean needsExpected;

  TaskType(boolean needsExpected) {
    this.needsExpected = needsExpected;
  }

  /** {@return whether every case of this task type needs an expected answer} */
  public boolean needsExpected() {
    return needsExpected;
  }

  /** {@return the name files use: lower case with dashes, e.g. {@code multiple-choice}} */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the task type a file names}: {@code classification}, {@code multiple-choice},
   * {@code question-answering} (or {@code qa}), {@code extraction}, {@code generation}; case and
   * dashes or underscores do not matter.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static TaskType parse(String text) {
    String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    if (key.equals("QA")) {
      return QUESTION_ANSWERING;
    }
    for (TaskType t : values()) {
      if (t.name().equals(key)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown task type '" + text + "': use classification, multiple-choice, "
        + "question-answering (qa), extraction or generation");
  }
}
