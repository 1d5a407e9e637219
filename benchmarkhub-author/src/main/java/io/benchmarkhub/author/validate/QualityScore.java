package io.benchmarkhub.author.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The overall quality score, 0 to 100, and its parts.
 *
 * <p>Each category's part is the mean score of its applicable checks. The overall score is the
 * weighted mean of the measured parts (structure 30, coverage 20, calibration 20, bias 15,
 * leakage 15), the weights of unmeasured parts (no applicable check, e.g. calibration without
 * reference results) spread over the others; {@code unmeasured} names them so a reader knows the
 * score leaves them out. A failing check caps the overall score at 69 ("needs work"): a benchmark
 * with a defect that makes results misleading cannot score as good, however fine the rest is.
 *
 * @param overall 0 to 100, rounded to one decimal
 * @param parts each measured category's part, 0 to 100
 * @param unmeasured the categories with no applicable check
 * @param grade "good" (85+), "fair" (70+), or "needs work"
 */
public record QualityScore(double overall, Map<CheckCategory, Double> parts, List<CheckCategory> unmeasured,
    String grade) {
  /** The highest overall score a report with a failing check can have. */
  public static final double FAIL_CAP = 69.0;

  private static final Map<CheckCategory, Double> WEIGHTS = Map.of(
      CheckCategory.STRUCTURE, 30.0, CheckCategory.COVERAGE, 20.0, CheckCategory.CALIBRATION, 20.0,
      CheckCategory.BIAS, 15.0, CheckCategory.LEAKAGE, 15.0);

  /** Copies the values. */
  public QualityScore {
    parts = Collections.unmodifiableMap(new EnumMap<>(parts.isEmpty() ? new EnumMap<>(CheckCategory.class) : parts));
    unmeasured = List.copyOf(unmeasured);
  }

  /** {@return the weight of a category in the overall score, before unmeasured ones are spread} */
  public static double weight(CheckCategory category) {
    return WEIGHTS.get(category);
  }

  /** {@return the score of these results} */
  public static QualityScore of(List<CheckResult> results) {
    Map<CheckCategory, Double> parts = new EnumMap<>(CheckCategory.class);
    List<CheckCategory> unmeasured = new ArrayList<>();
    double weighted = 0;
    double weights = 0;
    boolean failed = false;
    for (CheckCategory category : CheckCategory.values()) {
      double sum = 0;
      int n = 0;
      for (CheckResult r : results) {
        if (r.category() == category && r.status() != CheckStatus.NOT_APPLICABLE) {
          sum += r.score();
          n++;
          failed |= r.status() == CheckStatus.FAIL;
        }
      }
      if (n == 0) {
        unmeasured.add(category);
        continue;
      }
      double part = 100.0 * sum / n;
      parts.put(category, round1(part));
      weighted += WEIGHTS.get(category) * part;
      weights += WEIGHTS.get(category);
    }
    double overall = weights == 0 ? 0 : weighted / weights;
    if (failed) {
      overall = Math.min(overall, FAIL_CAP);
    }
    overall = round1(overall);
    String grade = overall >= 85 ? "good" : overall >= 70 ? "fair" : "needs work";
    return new QualityScore(overall, parts, unmeasured, grade);
  }

  private static double round1(double x) {
    return Math.round(x * 10) / 10.0;
  }
}
