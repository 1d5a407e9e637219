package io.benchmarkhub.author.validate;

import java.util.List;

/**
 * The checks that need the results of reference models (run logs of models run on the dataset): they
 * do not apply without them.
 */
public final class ReferenceChecks {
  /**
   * The fewest reference models with which a check built on item statistics over the models
   * (discrimination, reliability) may fail; with fewer, the figures are too coarse and it warns at most.
   */
  public static final int MIN_MODELS_TO_FAIL = 5;

  private ReferenceChecks() {}

  /**
   * {@return the reference-result checks, in report order}: difficulty calibration, discrimination,
   * reliability, judge agreement, reference errors, flaky cases, counterfactual verdicts
   */
  public static List<Check> all() {
    return List.of(new DifficultyCalibrationCheck(), new DiscriminationCheck(), new ReliabilityCheck(),
        new JudgeAgreementCheck(), new ReferenceErrorsCheck(), new FlakyItemsCheck(),
        new CounterfactualVerdictsCheck());
  }
}
