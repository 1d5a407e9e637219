package io.benchmarkhub.author.interop;

import io.benchmarkhub.author.TaskType;
import java.util.List;
import java.util.Objects;

/**
 * What a Hugging Face dataset card says about a dataset beyond its rows: its name and description, task type,
 * licence, languages, how it was made and how to cite it. Empty texts and lists are left out of the card.
 *
 * @param prettyName the dataset's display name
 * @param description what the dataset is for, empty when unknown
 * @param taskType the benchmark's task type, or null when unknown
 * @param license an SPDX-style licence id as the Hub knows it (e.g. {@code apache-2.0}, {@code cc-by-4.0}), or
 *     {@code unknown}
 * @param languages ISO 639-1 codes such as {@code en}
 * @param provenance how the dataset was made, one or more sentences
 * @param citation a BibTeX entry, empty when none is given
 */
public record DatasetCardInfo(String prettyName, String description, TaskType taskType, String license,
    List<String> languages, String provenance, String citation) {

  /** Checks the values. */
  public DatasetCardInfo {
    Objects.requireNonNull(prettyName, "prettyName");
    description = description == null ? "" : description;
    license = license == null || license.isBlank() ? "unknown" : license.strip();
    languages = List.copyOf(languages);
    provenance = provenance == null ? "" : provenance;
    citation = citation == null ? "" : citation;
  }

  /** {@return the Hub's task category for the task type}, or null when there is no task type */
  String taskCategory() {
    if (taskType == null) {
      return null;
    }
    return switch (taskType) {
      case CLASSIFICATION -> "text-classification";
      case MULTIPLE_CHOICE -> "multiple-choice";
      case QUESTION_ANSWERING -> "question-answering";
      case EXTRACTION, GENERATION -> "text-generation";
    };
  }
}
