package io.benchmarkhub.judge;

import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A judge whose score is the weighted mean of its parts' scores and which passes when that score
 * reaches a threshold. Build one with {@link Judges#weighted()}.
 *
 * <p>Any part's error makes it an error: a weighted mean with a part missing would be a different
 * measure. The reason gives the score, the threshold and every part's verdict. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Judge graded = Judges.weighted()
 *     .add(Judges.jsonSchema(schema), 2)
 *     .add(Judges.containsAll("refund", "30 days").ignoreCase(), 1)
 *     .threshold(0.7)
 *     .build();
 * // valid JSON mentioning only "refund": score (2 * 1 + 1 * 0.5) / 3 = 0.83 -> PASS
 * }</pre>
 */
public final class WeightedJudge extends CompositeJudge {

  private final double[] weights;
  private final double threshold;

  private WeightedJudge(Builder b) {
    super("weighted", b.parts, labels(b));
    this.weights = b.weights.stream().mapToDouble(Double::doubleValue).toArray();
    this.threshold = b.threshold;
  }

  private WeightedJudge(List<Judge> parts, List<String> labels, double[] weights, double threshold) {
    super("weighted", parts, labels);
    this.weights = weights;
    this.threshold = threshold;
  }

  @Override
  CompositeJudge withParts(List<Judge> boundParts) {
    return new WeightedJudge(boundParts, labels(), weights, threshold);
  }

  private static List<String> labels(Builder b) {
    List<String> names = names("weighted", b.parts);
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      labels.add(names.get(i) + " ×" + Reasons.number(b.weights.get(i)));
    }
    return labels;
  }

  @Override
  Verdict combine(List<Graded> graded) {
    String parts = summary(graded, v -> true);
    if (anyError(graded)) {
      return Verdict.error(parts);
    }
    double weighted = 0;
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      weighted += weights[i] * graded.get(i).verdict().score();
      total += weights[i];
    }
    double score = unit(weighted / total);
    String comparison = score >= threshold ? " >= " : " < ";
    return Verdict.scored(score, threshold, "score " + Reasons.score(score)
        + comparison + "threshold " + Reasons.number(threshold) + "; " + parts);
  }

  @Override
  List<String> settings() {
    List<String> settings = super.settings();
    for (int i = 0; i < weights.length; i++) {
      settings.set(i, settings.get(i) + " ×" + Reasons.number(weights[i]));
    }
    settings.add("threshold=" + Reasons.number(threshold));
    return settings;
  }

  /**
   * Collects the parts of a {@link WeightedJudge} and its threshold; not thread-safe, and each
   * {@link #build()} gives an independent judge.
   */
  public static final class Builder {
    private final List<Judge> parts = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private double threshold = Double.NaN;

    Builder() {}

    /**
     * Adds a part with its weight; weights need not sum to anything, they are normalised.
     *
     * @return this builder
     * @throws IllegalArgumentException when {@code weight} is not a finite number greater than 0
     */
    public Builder add(Judge judge, double weight) {
      Objects.requireNonNull(judge, "judge");
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("weight of " + judge.name() + " must be a finite number > 0, was " + weight);
      }
      parts.add(judge);
      weights.add(weight);
      return this;
    }

    /**
     * Sets the score at which the judge passes; required, there is no default.
     *
     * @return this builder
     * @throws IllegalArgumentException when {@code threshold} is not within [0, 1]
     */
    public Builder threshold(double threshold) {
      this.threshold = Judges.requireUnitInterval("threshold", threshold);
      return this;
    }

    /**
     * {@return the weighted judge}
     *
     * @throws IllegalStateException when no part was added or no threshold was set
     */
    public WeightedJudge build() {
      if (parts.isEmpty()) {
        throw new IllegalStateException("weighted judge has no parts: call add(judge, weight) at least once");
      }
      if (Double.isNaN(threshold)) {
        throw new IllegalStateException("weighted judge has no threshold: call threshold(t) with t in [0, 1]");
      }
      return new WeightedJudge(this);
    }
  }
}
