package io.benchmarkhub.judge;

import io.benchmarkhub.api.SourceLocation;
import java.util.Locale;
import java.util.Objects;

/**
 * A person's verdict on a trial: did the answer pass, and optionally how good was it.
 *
 * <p>A label names its trial by case id, model and repeat. Without a model it applies to that
 * case's trial on every model of the run; with {@link #EVERY_REPEAT} as the repeat it applies to
 * every repeat. Without a judge it is compared with the trial's overall verdict (or with any judge
 * being {@linkplain Calibration#judge(String) calibrated}); with one, only with that judge's verdict.
 *
 * @param caseId the id of the case the person judged, never blank
 * @param model the model's id, or null for every model of the run
 * @param repeat the 1-based repeat, or {@link #EVERY_REPEAT} (0) for every repeat
 * @param pass the person's verdict: true for pass, false for fail
 * @param score the person's score in [0, 1], or NaN when they gave none
 * @param judge the name of the judge whose verdict this label is for, or null for the overall verdict
 * @param source where the label was read from, or null for a label made in code
 */
public record HumanLabel(String caseId, String model, int repeat, boolean pass, double score, String judge,
    SourceLocation source) {

  /** The repeat of a label that applies to every repeat of its trial: {@value}. */
  public static final int EVERY_REPEAT = 0;

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when the case id, model or judge is blank, the repeat negative
   *     or the score outside [0, 1]
   */
  public HumanLabel {
    Objects.requireNonNull(caseId, "caseId");
    if (caseId.isBlank()) {
      throw new IllegalArgumentException("caseId must not be blank");
    }
    if (model != null && model.isBlank()) {
      throw new IllegalArgumentException("model must be null (every model) or an id, was blank");
    }
    if (judge != null && judge.isBlank()) {
      throw new IllegalArgumentException("judge must be null (the overall verdict) or a name, was blank");
    }
    if (repeat < 0) {
      throw new IllegalArgumentException("repeat must be >= 1, or 0 for every repeat, was " + repeat);
    }
    if (!Double.isNaN(score) && !(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1] (NaN for none), was " + score);
    }
  }

  /**
   * {@return a label for repeat 1 of the case on every model, with no score, for the overall verdict}
   *
   * @param caseId the case's id
   * @param pass whether the person passed the answer
   */
  public static HumanLabel of(String caseId, boolean pass) {
    return new HumanLabel(caseId, null, 1, pass, Double.NaN, null, null);
  }

  /** {@return a copy for one model only; null for every model} */
  public HumanLabel forModel(String modelId) {
    return new HumanLabel(caseId, modelId, repeat, pass, score, judge, source);
  }

  /** {@return a copy for one repeat, or {@link #EVERY_REPEAT}} */
  public HumanLabel onRepeat(int value) {
    return new HumanLabel(caseId, model, value, pass, score, judge, source);
  }

  /** {@return a copy with the person's score, NaN for none} */
  public HumanLabel withScore(double value) {
    return new HumanLabel(caseId, model, repeat, pass, value, judge, source);
  }

  /** {@return a copy compared with one judge's verdict only; null for the overall verdict} */
  public HumanLabel forJudge(String judgeName) {
    return new HumanLabel(caseId, model, repeat, pass, score, judgeName, source);
  }

  /** {@return whether the person gave a score} */
  public boolean hasScore() {
    return !Double.isNaN(score);
  }

  /** {@return whether this label applies to the trial of {@code modelId}, repeat {@code trialRepeat}} */
  boolean appliesTo(String modelId, int trialRepeat) {
    return (model == null || model.equals(modelId)) && (repeat == EVERY_REPEAT || repeat == trialRepeat);
  }

  /** {@return whether this label and the other could both apply to one trial for one judge} */
  boolean overlaps(HumanLabel other) {
    return caseId.equals(other.caseId) && Objects.equals(judge, other.judge)
        && (model == null || other.model == null || model.equals(other.model))
        && (repeat == EVERY_REPEAT || other.repeat == EVERY_REPEAT || repeat == other.repeat);
  }

  /** {@return the trials it names, e.g. "case 'c1', model 'm1', repeat 1"} */
  String describe() {
    return "case '" + caseId + "', " + (model == null ? "every model" : "model '" + model + "'") + ", "
        + (repeat == EVERY_REPEAT ? "every repeat" : "repeat " + repeat)
        + (judge == null ? "" : ", judge '" + judge + "'");
  }

  @Override
  public String toString() {
    return "HumanLabel[" + describe() + ": " + (pass ? "pass" : "fail")
        + (hasScore() ? String.format(Locale.ROOT, " %.3f", score) : "") + (source == null ? "" : " at " + source) + "]";
  }
}
