package io.benchmarkhub.api;

import java.util.List;
import java.util.Objects;

/**
 * A judge's grade of one completion: {@link Status PASS, FAIL or ERROR}, a score in [0, 1] and the
 * reason.
 *
 * <p>An {@code ERROR} verdict means the judge could not grade (it threw, or could not parse what it
 * needed); it has no score ({@code NaN}) and is never counted as a failure.
 */
public final class Verdict {

  /** The three outcomes of grading. */
  public enum Status {
    /** The completion meets the judge's criterion. */
    PASS,
    /** The completion does not. */
    FAIL,
    /** The judge could not grade. */
    ERROR
  }

  private final Status status;
  private final double score;
  private final String reason;
  private final String judge;
  private final boolean unparseable;
  private final Usage usage;
  private final List<Verdict> parts;

  private Verdict(Status status, double score, String reason, String judge) {
    this(status, score, reason, judge, false, Usage.NONE, List.of());
  }

  private Verdict(Status status, double score, String reason, String judge, boolean unparseable, Usage usage,
      List<Verdict> parts) {
    if (status != Status.ERROR && !(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1], was " + score);
    }
    this.status = status;
    this.score = score;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.judge = judge;
    this.unparseable = unparseable;
    this.usage = Objects.requireNonNull(usage, "usage");
    this.parts = List.copyOf(parts);
  }

  /** {@return a pass with score 1 and no reason} */
  public static Verdict pass() {
    return new Verdict(Status.PASS, 1.0, "", null);
  }

  /** {@return a pass with score 1} */
  public static Verdict pass(String reason) {
    return new Verdict(Status.PASS, 1.0, reason, null);
  }

  /** {@return a failure with score 0} */
  public static Verdict fail(String reason) {
    return new Verdict(Status.FAIL, 0.0, reason, null);
  }

  /**
   * {@return a verdict with an explicit pass flag and score}
   *
   * @throws IllegalArgumentException when the score is not within [0, 1]
   */
  public static Verdict of(boolean passed, double score, String reason) {
    return new Verdict(passed ? Status.PASS : Status.FAIL, score, reason, null);
  }

  /**
   * {@return a verdict that passes when {@code score >= threshold}}
   *
   * @throws IllegalArgumentException when the score is not within [0, 1]
   */
  public static Verdict scored(double score, double threshold, String reason) {
    return of(score >= threshold, score, reason);
  }

  /** {@return an error verdict: the judge could not grade} */
  public static Verdict error(String reason) {
    return new Verdict(Status.ERROR, Double.NaN, reason, null);
  }

  /**
   * {@return an error verdict for a judge model's answer that could not be read as a grade}, even after
   * asking again: an outcome of its own ({@link #unparseable()}), never a pass or a fail
   */
  public static Verdict unparseable(String reason) {
    return new Verdict(Status.ERROR, Double.NaN, reason, null, true, Usage.NONE, List.of());
  }

  /** {@return a copy naming the judge that gave it} */
  public Verdict named(String judgeName) {
    return new Verdict(status, score, reason, Objects.requireNonNull(judgeName, "judgeName"), unparseable, usage,
        parts);
  }

  /**
   * {@return a copy carrying what grading used}: the tokens and cost of the judge model's answers, so
   * that judge cost is counted apart from the model's
   */
  public Verdict withUsage(Usage value) {
    return new Verdict(status, score, reason, judge, unparseable, value, parts);
  }

  /** {@return a copy made of these verdicts}, as a panel of judges gives: one part per member */
  public Verdict withParts(List<Verdict> value) {
    return new Verdict(status, score, reason, judge, unparseable, usage, value);
  }

  /** {@return whether this is an error because the judge model's answer could not be read as a grade} */
  public boolean unparseable() {
    return unparseable;
  }

  /** {@return the tokens and cost grading used; {@link Usage#NONE} for a judge that asks no model} */
  public Usage usage() {
    return usage;
  }

  /** {@return the verdicts this one was made of (a panel's members), or none} */
  public List<Verdict> parts() {
    return parts;
  }

  /** {@return the outcome} */
  public Status status() {
    return status;
  }

  /** {@return whether the status is PASS} */
  public boolean passed() {
    return status == Status.PASS;
  }

  /** {@return whether the judge could not grade} */
  public boolean isError() {
    return status == Status.ERROR;
  }

  /** {@return the score in [0, 1], or NaN for an error} */
  public double score() {
    return score;
  }

  /** {@return why, in the judge's words; empty when it gave no reason} */
  public String reason() {
    return reason;
  }

  /** {@return the name of the judge that gave it, or null before the runner names it} */
  public String judge() {
    return judge;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Verdict v && v.status == status && Double.compare(v.score, score) == 0
        && v.reason.equals(reason) && Objects.equals(v.judge, judge) && v.unparseable == unparseable
        && v.usage.equals(usage) && v.parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, score, reason, judge, unparseable, usage, parts);
  }

  @Override
  public String toString() {
    return (judge == null ? "" : judge + ": ") + status
        + (status == Status.ERROR ? "" : String.format(java.util.Locale.ROOT, " %.3f", score))
        + (reason.isEmpty() ? "" : " (" + Text.abbreviate(reason, 80) + ")");
  }
}
