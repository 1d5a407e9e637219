package io.benchmarkhub.author.validate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A base for checks: holds the id, title, category and description, answers "not applicable" for
 * an empty dataset, and grades a measured figure against two thresholds.
 */
public abstract class AbstractCheck implements Check {
  private final String id;
  private final String title;
  private final CheckCategory category;
  private final String description;

  /**
   * Names the check.
   *
   * @param id the stable id, lower case with dashes
   * @param title a short title
   * @param category the part of the quality score it counts toward
   * @param description what it measures, how, and its thresholds
   */
  protected AbstractCheck(String id, String title, CheckCategory category, String description) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.category = Objects.requireNonNull(category, "category");
    this.description = Objects.requireNonNull(description, "description");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final CheckCategory category() {
    return category;
  }

  @Override
  public final String description() {
    return description;
  }

  /** Not applicable to a dataset without cases; otherwise {@link #check(ValidationInput)}. */
  @Override
  public final CheckResult run(ValidationInput input) {
    if (input.cases().isEmpty()) {
      return CheckResult.notApplicable(this, "The dataset has no cases.");
    }
    return check(input);
  }

  /** {@return what the check found in an input that has at least one case} */
  protected abstract CheckResult check(ValidationInput input);

  /** {@return a result of this check; see {@link CheckResult#of}} */
  protected final CheckResult result(CheckStatus status, double score, String summary, List<Finding> findings,
      Map<String, Object> figures, String recommendation) {
    return CheckResult.of(this, status, Math.max(0, Math.min(1, score)), summary, findings, figures,
        recommendation);
  }

  /**
   * {@return the result of a check that counts offending cases}: the share is findings / checked,
   * the status {@link #atMost} of it, the score 1 - share, the summary "F of N cases (S%) {@code
   * what}.", and the figures {@code cases}, {@code checked} and {@code share} followed by the extra ones
   *
   * @param findings one finding per offending case
   * @param checked how many cases were checked, at least 1
   * @param passMax the highest share that passes
   * @param warnMax the highest share that warns; 1 for a check that never fails
   * @param what what the offending cases have, e.g. "have a blank expected answer"
   * @param extra more figures, after the standard ones
   * @param recommendation what to do when it does not pass
   */
  protected final CheckResult shareOfCases(List<Finding> findings, int checked, double passMax, double warnMax,
      String what, Map<String, Object> extra, String recommendation) {
    double share = (double) findings.size() / checked;
    Map<String, Object> figures = new java.util.LinkedHashMap<>();
    figures.put("cases", findings.size());
    figures.put("checked", checked);
    figures.put("share", share);
    figures.putAll(extra);
    return result(atMost(share, passMax, warnMax), 1 - share,
        findings.size() + " of " + checked + " cases (" + percent(share) + ") " + what + ".", findings, figures,
        recommendation);
  }

  /** {@return a not-applicable result of this check, with the reason} */
  protected final CheckResult notApplicable(String reason) {
    return CheckResult.notApplicable(this, reason);
  }

  /**
   * {@return PASS when a figure where higher is worse is at most {@code passMax}, WARN when at most
   * {@code warnMax}, else FAIL}
   */
  protected static CheckStatus atMost(double value, double passMax, double warnMax) {
    return value <= passMax ? CheckStatus.PASS : value <= warnMax ? CheckStatus.WARN : CheckStatus.FAIL;
  }

  /**
   * {@return PASS when a figure where higher is better is at least {@code passMin}, WARN when at
   * least {@code warnMin}, else FAIL}
   */
  protected static CheckStatus atLeast(double value, double passMin, double warnMin) {
    return value >= passMin ? CheckStatus.PASS : value >= warnMin ? CheckStatus.WARN : CheckStatus.FAIL;
  }

  /** {@return the worse of two statuses (FAIL worst, then WARN, then PASS)} */
  protected static CheckStatus worse(CheckStatus a, CheckStatus b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** {@return a share as a percentage with one decimal, e.g. "2.5%"} */
  protected static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** {@return a number with up to three decimals, e.g. "0.125"} */
  protected static String decimal(double x) {
    if (!Double.isFinite(x)) {
      return "n/a";
    }
    return new java.math.BigDecimal(x).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }
}
