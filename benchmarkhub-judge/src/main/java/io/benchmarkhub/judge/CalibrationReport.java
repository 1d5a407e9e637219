package io.benchmarkhub.judge;

import io.benchmarkhub.api.JudgeCalibration;
import io.benchmarkhub.stats.Agreement;
import io.benchmarkhub.stats.ConfusionMatrix;
import io.benchmarkhub.stats.Correlation;
import io.benchmarkhub.stats.Interval;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a judge agrees with people on the trials both graded: the result of a {@link Calibration}.
 *
 * <p>The <em>Judge Consensus Score</em> is Cohen's kappa of the pass/fail verdicts ({@link
 * #consensusScore()}): 1 for perfect agreement, 0 for agreement at the level chance predicts from how
 * often each side passes. A judge is {@linkplain #trusted() trusted} when it was compared on at least
 * {@code minTrials} trials and its kappa reaches the threshold (0.7 by default).
 *
 * @param judge the calibrated judge's name, or null for the trials' overall verdict
 * @param labelsSource the labels file or {@code classpath:} resource
 * @param labels how many labels apply to this judge (those naming it or no judge)
 * @param matched n, how many trials were compared: labelled, graded by the judge (PASS or FAIL)
 * @param kappa Cohen's kappa with its observed agreement p_o and chance agreement p_e; NaN when
 *     nothing was compared, or both sides put every trial in one and the same category
 * @param agreement the raw agreement (the share of compared trials where both gave the same verdict,
 *     p_o) with its 95% Wilson interval; every value NaN when nothing was compared
 * @param confusion human (rows) × judge (columns), categories "pass" then "fail"
 * @param spearman Spearman's rho of human and judge scores, over compared trials where both scored
 * @param kendall Kendall's tau-b of the same pairs
 * @param errors labelled trials left out because they errored (for a calibrated judge: it could not
 *     grade, or the trial failed before it could)
 * @param skipped labelled trials left out because they were skipped (never run)
 * @param unmatchedLabels labels applying to this judge that matched no trial of the run
 * @param unmatchedExamples the first few of those, as "case × model #repeat"
 * @param otherJudgeLabels labels naming other judges, not used here
 * @param models kappa per model, in the order the models' trials came
 * @param threshold the kappa at or above which the judge is trusted
 * @param minTrials the fewest compared trials that can make it trusted
 */
public record CalibrationReport(String judge, String labelsSource, long labels, long matched, Agreement.Kappa kappa,
    Interval agreement, ConfusionMatrix confusion, Correlation.Result spearman, Correlation.Result kendall,
    long errors, long skipped, long unmatchedLabels, List<String> unmatchedExamples, long otherJudgeLabels,
    List<ModelAgreement> models, double threshold, int minTrials) {

  private static final double TOLERANCE = 1e-9;

  /** The categories of the confusion matrix, in order. */
  public static final List<String> LABELS = List.of("pass", "fail");

  /**
   * One model's agreement with the people.
   *
   * @param model the model's id
   * @param kappa Cohen's kappa on that model's compared trials, with their number
   */
  public record ModelAgreement(String model, Agreement.Kappa kappa) {}

  /** Checks and copies the values. */
  public CalibrationReport {
    Objects.requireNonNull(labelsSource, "labelsSource");
    Objects.requireNonNull(kappa, "kappa");
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(confusion, "confusion");
    Objects.requireNonNull(spearman, "spearman");
    Objects.requireNonNull(kendall, "kendall");
    if (!confusion.labels().equals(LABELS)) {
      throw new IllegalArgumentException("the confusion matrix must have the categories " + LABELS);
    }
    unmatchedExamples = List.copyOf(unmatchedExamples);
    models = List.copyOf(models);
  }

  /** {@return the report's numbers as a report module shows them} */
  public JudgeCalibration summary() {
    return new JudgeCalibration(target(), labelsSource, matched, kappa.kappa(), kappa.observedAgreement(),
        kappa.expectedAgreement(), confusion.count(0, 0), confusion.count(0, 1), confusion.count(1, 0),
        confusion.count(1, 1), spearman.coefficient(), kendall.coefficient(), threshold, trusted(),
        warning().orElse(null));
  }

  /** {@return the Judge Consensus Score: Cohen's kappa of the pass/fail verdicts, NaN when undefined} */
  public double consensusScore() {
    return kappa.kappa();
  }

  /**
   * {@return whether the judge was compared on at least {@code minTrials} trials and kappa >= threshold}
   * Kappa is a ratio of counts, so it is compared with a tolerance of 1e-9 for rounding: a kappa of
   * exactly 0.7 by hand is trusted at 0.7 even when the division gives 0.6999999999999999.
   */
  public boolean trusted() {
    return matched >= minTrials && kappa.kappa() >= threshold - TOLERANCE;
  }

  /** {@return what was compared: "judge 'name'" or "the overall verdict"} */
  public String target() {
    return judge == null ? "the overall verdict" : "judge '" + judge + "'";
  }

  /**
   * {@return why the judge is not to be trusted, when it is not}: nothing compared, too few trials to
   * say, kappa undefined, or kappa below the threshold
   */
  public Optional<String> warning() {
    if (trusted()) {
      return Optional.empty();
    }
    if (matched == 0) {
      return Optional.of("no human label matched a trial graded by " + target() + ", so there is nothing to"
          + " compare (" + unmatchedLabels + " of " + labels + " labels matched no trial, " + errors
          + " labelled trials errored, " + skipped + " were skipped). Check the case ids and models in "
          + labelsSource + ".");
    }
    if (matched < minTrials) {
      return Optional.of(target() + " was compared with humans on only " + matched + (matched == 1 ? " trial" : " trials")
          + " (fewer than " + minTrials + "): too few to say whether it agrees with them (kappa "
          + number(kappa.kappa()) + "). Label more trials.");
    }
    if (Double.isNaN(kappa.kappa())) {
      String category = confusion.count(0, 0) == matched ? "pass" : "fail";
      return Optional.of(target() + " and the humans put all " + matched + " trials in the same category ("
          + category + "), so kappa is undefined: agreement cannot be told from chance. Label trials of both"
          + " outcomes.");
    }
    String shown = number(kappa.kappa());
    String limit = number(threshold);
    if (shown.equals(limit)) { // just below: show the digits that tell them apart
      shown = String.format(Locale.ROOT, "%.4f", kappa.kappa());
      limit = String.format(Locale.ROOT, "%.4f", threshold);
    }
    return Optional.of(target() + " agrees with humans at kappa " + shown + " < " + limit + " on " + matched
        + " trials: treat its verdicts with care.");
  }

  /** {@return a short block for people: kappa, agreement, the confusion matrix, correlations, the warning} */
  public String toText() {
    StringBuilder s = new StringBuilder();
    s.append("Judge Consensus Score of ").append(target()).append(" against ").append(labelsSource).append('\n');
    s.append("  kappa ").append(number(kappa.kappa())).append(" on ").append(matched).append(" trials (observed agreement ")
        .append(number(kappa.observedAgreement())).append(", by chance ").append(number(kappa.expectedAgreement()))
        .append("), trusted at >= ").append(number(threshold)).append(": ").append(trusted() ? "yes" : "no").append('\n');
    if (matched > 0) {
      s.append("  agreement ").append(percent(agreement.estimate())).append(" (").append(confusion.agreements())
          .append(" of ").append(matched).append(", 95% CI ").append(percent(agreement.lower())).append(" to ")
          .append(percent(agreement.upper())).append(")\n");
    }
    s.append(String.format(Locale.ROOT, "  %-10s %10s %10s%n", "", "judge pass", "judge fail"));
    s.append(String.format(Locale.ROOT, "  %-10s %10d %10d%n", "human pass", confusion.count(0, 0), confusion.count(0, 1)));
    s.append(String.format(Locale.ROOT, "  %-10s %10d %10d%n", "human fail", confusion.count(1, 0), confusion.count(1, 1)));
    if (spearman.n() == 0) {
      s.append("  scores: no compared trial has both a human and a judge score\n");
    } else {
      s.append("  scores on ").append(spearman.n()).append(" trials: Spearman rho ").append(number(spearman.coefficient()))
          .append(" (p ").append(p(spearman.pValue())).append("), Kendall tau-b ").append(number(kendall.coefficient()))
          .append(" (p ").append(p(kendall.pValue())).append(")\n");
    }
    if (models.size() > 1) {
      s.append("  per model:");
      for (int i = 0; i < models.size(); i++) {
        ModelAgreement m = models.get(i);
        s.append(i == 0 ? " " : "; ").append(m.model()).append(" kappa ").append(number(m.kappa().kappa()))
            .append(" on ").append(m.kappa().n());
      }
      s.append('\n');
    }
    if (errors > 0 || skipped > 0) {
      s.append("  left out: ").append(errors).append(" labelled trials that errored, ").append(skipped)
          .append(" skipped\n");
    }
    if (unmatchedLabels > 0) {
      s.append("  ").append(unmatchedLabels).append(unmatchedLabels == 1 ? " label" : " labels")
          .append(" matched no trial: ").append(String.join(", ", unmatchedExamples))
          .append(unmatchedLabels > unmatchedExamples.size() ? ", ..." : "").append('\n');
    }
    if (otherJudgeLabels > 0) {
      s.append("  ").append(otherJudgeLabels).append(otherJudgeLabels == 1 ? " label is" : " labels are")
          .append(" for other judges: calibrate them with .judge(name)\n");
    }
    warning().ifPresent(w -> s.append("  warning: ").append(w).append('\n'));
    return s.toString();
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "undefined" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * value);
  }

  private static String p(double value) {
    if (Double.isNaN(value)) {
      return "undefined";
    }
    return value < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", value);
  }

  @Override
  public String toString() {
    return "CalibrationReport[" + target() + ", kappa " + number(kappa.kappa()) + " on " + matched + " trials, "
        + (trusted() ? "trusted" : "not trusted") + "]";
  }
}
