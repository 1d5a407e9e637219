package io.benchmarkhub.api;

import java.util.Objects;

/**
 * How far a run's judge agreed with people on the trials they labelled, in numbers a report can show:
 * the calibration the runner made at the end of the run (setting {@code calibration.labels}; see
 * {@code io.benchmarkhub.judge.Calibration}).
 *
 * @param target what was calibrated, e.g. "judge 'rubric'" or "the overall verdict"
 * @param labelsSource the labels file or resource
 * @param matched trials compared: labelled and graded
 * @param kappa Cohen's kappa of pass/fail, the Judge Consensus Score; NaN when undefined
 * @param observedAgreement the share of compared trials where both gave the same verdict
 * @param chanceAgreement the agreement chance predicts from how often each side passes
 * @param humanPassJudgePass trials both passed
 * @param humanPassJudgeFail trials people passed and the judge failed
 * @param humanFailJudgePass trials people failed and the judge passed
 * @param humanFailJudgeFail trials both failed
 * @param spearman Spearman's rho of human and judge scores where both scored, NaN otherwise
 * @param kendall Kendall's tau-b of the same pairs, NaN otherwise
 * @param threshold the kappa at or above which the judge is trusted
 * @param trusted whether it is
 * @param warning why it is not to be trusted, or null when it is
 */
public record JudgeCalibration(String target, String labelsSource, long matched, double kappa,
    double observedAgreement, double chanceAgreement, long humanPassJudgePass, long humanPassJudgeFail,
    long humanFailJudgePass, long humanFailJudgeFail, double spearman, double kendall, double threshold,
    boolean trusted, String warning) {

  /** Checks the values. */
  public JudgeCalibration {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(labelsSource, "labelsSource");
  }
}
