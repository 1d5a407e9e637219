package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import java.util.List;
import java.util.Objects;

/**
 * What the checks read: the cases (in dataset order, held in memory: validation reads a dataset
 * whole), what the author declared, the results of reference models when given, and the settings.
 *
 * @param dataset the dataset's name or file, as reports show it
 * @param cases the cases, in dataset order
 * @param design the declared task type, concepts, difficulty levels and labels
 * @param references runs of reference models on this dataset (each may hold several models); empty
 *     when none were given, and then the calibration checks do not apply
 * @param settings thresholds
 */
public record ValidationInput(String dataset, List<TestCase> cases, BenchmarkDesign design,
    List<RunSummary> references, ValidationSettings settings) {

  /** Checks and copies the values. */
  public ValidationInput {
    Objects.requireNonNull(dataset, "dataset");
    cases = List.copyOf(cases);
    Objects.requireNonNull(design, "design");
    references = List.copyOf(references);
    Objects.requireNonNull(settings, "settings");
  }
}
