package io.benchmarkhub.author.validate;

/**
 * The thresholds of the validation report.
 *
 * @param nearDuplicateJaccard Jaccard similarity over word 3-shingles at or above which two cases
 *     are near duplicates (default 0.8)
 * @param coverageTarget the share of declared concept x difficulty cells that must hold a case
 *     (default 0.95, the PRD's target)
 * @param minCasesPerCell cases a coverage cell needs to count as covered (default 1)
 * @param kappaTarget judge agreement (Cohen's or Fleiss' kappa) below which judges are not trusted
 *     (default 0.7)
 * @param alphaTarget Cronbach's alpha below which the benchmark is unreliable (default 0.7)
 */
public record ValidationSettings(double nearDuplicateJaccard, double coverageTarget, int minCasesPerCell,
    double kappaTarget, double alphaTarget) {

  /** Checks the values. */
  public ValidationSettings {
    if (!(nearDuplicateJaccard > 0 && nearDuplicateJaccard <= 1)) {
      throw new IllegalArgumentException("nearDuplicateJaccard must be in (0, 1], was " + nearDuplicateJaccard);
    }
    if (!(coverageTarget >= 0 && coverageTarget <= 1)) {
      throw new IllegalArgumentException("coverageTarget must be in [0, 1], was " + coverageTarget);
    }
    if (minCasesPerCell < 1) {
      throw new IllegalArgumentException("minCasesPerCell must be >= 1, was " + minCasesPerCell);
    }
  }

  /** {@return the defaults: 0.8, 0.95, 1, 0.7, 0.7} */
  public static ValidationSettings defaults() {
    return new ValidationSettings(0.8, 0.95, 1, 0.7, 0.7);
  }
}
