package io.benchmarkhub.author.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one check found.
 *
 * @param id the check's id, e.g. {@code near-duplicates}
 * @param title the check's title, e.g. "Near-duplicate cases"
 * @param category the part of the quality score it counts toward
 * @param status pass, warn, fail, or not applicable
 * @param score in [0, 1], 1 = no problem; {@code NaN} when not applicable
 * @param summary one sentence with the measured figure, e.g. "3 pairs of 240 cases are at Jaccard
 *     &ge; 0.80"
 * @param findings the offending cases, at most {@link #MAX_FINDINGS}; {@code findingsTotal} says how
 *     many there were
 * @param findingsTotal how many findings there were before the list was cut
 * @param figures the measured numbers by name (e.g. {@code alpha}, {@code pairs}), for the JSON
 *     report; values are numbers, strings, booleans, lists or maps of those
 * @param recommendation what to do about it; empty when the check passed
 */
public record CheckResult(String id, String title, CheckCategory category, CheckStatus status, double score,
    String summary, List<Finding> findings, int findingsTotal, Map<String, Object> figures,
    String recommendation) {

  /** The most findings a result keeps; the rest are counted in {@code findingsTotal}. */
  public static final int MAX_FINDINGS = 200;

  /** Checks and copies the values. */
  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(summary, "summary");
    if (status == CheckStatus.NOT_APPLICABLE ? !Double.isNaN(score) : !(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("check " + id + ": score " + score + " does not fit status " + status);
    }
    findings = List.copyOf(findings.size() > MAX_FINDINGS ? findings.subList(0, MAX_FINDINGS) : findings);
    if (findingsTotal < findings.size()) {
      throw new IllegalArgumentException("check " + id + ": findingsTotal " + findingsTotal + " < kept findings");
    }
    figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    recommendation = recommendation == null ? "" : recommendation;
  }

  /** {@return a result for a check that does not apply, with the reason as its summary} */
  public static CheckResult notApplicable(Check check, String reason) {
    return new CheckResult(check.id(), check.title(), check.category(), CheckStatus.NOT_APPLICABLE, Double.NaN,
        reason, List.of(), 0, Map.of(), "");
  }

  /**
   * {@return a result of a check}, the findings cut to {@link #MAX_FINDINGS} and counted
   *
   * @param check the check
   * @param status its status (not {@code NOT_APPLICABLE}: use {@link #notApplicable})
   * @param score in [0, 1]
   * @param summary one sentence with the measured figure
   * @param findings all offending cases found
   * @param figures the measured numbers by name
   * @param recommendation what to do; ignored (empty) when the status is {@code PASS}
   */
  public static CheckResult of(Check check, CheckStatus status, double score, String summary, List<Finding> findings,
      Map<String, Object> figures, String recommendation) {
    return new CheckResult(check.id(), check.title(), check.category(), status, score, summary, findings,
        findings.size(), figures, status == CheckStatus.PASS ? "" : recommendation);
  }
}
