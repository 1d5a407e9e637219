package io.benchmarkhub.runner;

import io.benchmarkhub.api.ModelSummary;
import java.time.Duration;
import java.util.Locale;

/**
 * The wording of every check a gate makes on a model's summary. {@link GateCheck}, the JUnit engine's
 * gates and the AssertJ-style assertions of {@code benchmarkhub-junit} all use these, so one check reads
 * the same wherever it fails.
 */
public final class GateMessages {
  private GateMessages() {}

  /** {@return "pass rate of m 0.67 (95% CI 0.21–0.94, 2 of 3 graded) < 0.85": the point estimate below {@code min}} */
  public static String passRateBelow(ModelSummary model, double min) {
    int decimals = Figures.decimalsFor(model.passRate(), min);
    return "pass rate of " + model.model() + " " + Figures.passRate(model, decimals) + " < "
        + Figures.fixed(min, decimals);
  }

  /** {@return "pass rate of m 0.67 (95% CI 0.21–0.94, 2 of 3 graded) lower bound 0.21 < 0.85"} */
  public static String passRateLowerBoundBelow(ModelSummary model, double min) {
    int decimals = Figures.decimalsFor(model.passRateLow(), min);
    return "pass rate of " + model.model() + " " + Figures.passRate(model, decimals) + " lower bound "
        + Figures.fixed(model.passRateLow(), decimals) + " < " + Figures.fixed(min, decimals);
  }

  /** {@return "pass rate of m 0.67 (95% CI 0.21–0.94, 2 of 3 graded) > 0.5": the point estimate above {@code max}} */
  public static String passRateAbove(ModelSummary model, double max) {
    int decimals = Figures.decimalsFor(model.passRate(), max);
    return "pass rate of " + model.model() + " " + Figures.passRate(model, decimals) + " > "
        + Figures.fixed(max, decimals);
  }

  /**
   * {@return "pass rate of m is undefined: no graded trials (4 trials, 4 errors)"}
   *
   * @param quantity what cannot be judged, e.g. "pass rate" or "mean score"
   */
  public static String noGradedTrials(String quantity, ModelSummary model) {
    return quantity + " of " + model.model() + " is undefined: no graded trials ("
        + Figures.count(model.trials(), "trial") + ", " + Figures.count(model.errors(), "error") + ")";
  }

  /** {@return "mean score of m 0.800 < 0.9": the point estimate below {@code min}} */
  public static String meanScoreBelow(ModelSummary model, double min) {
    return String.format(Locale.ROOT, "mean score of %s %.3f < %s", model.model(), model.meanScore(),
        Figures.plain(min));
  }

  /**
   * {@return "mean score of m 0.800 (95% CI 0.620–0.980, 10 graded) lower bound 0.620 < 0.7"}, or, when
   * one graded trial gives no interval, that the point estimate should be judged instead
   */
  public static String meanScoreLowerBoundBelow(ModelSummary model, double min) {
    if (Double.isNaN(model.meanScoreLow())) {
      return String.format(Locale.ROOT, "mean score of %s %.3f has no confidence interval from %d graded trial; "
          + "grade more, or judge the point estimate (pointEstimate = true)", model.model(), model.meanScore(),
          model.graded());
    }
    return String.format(Locale.ROOT, "mean score of %s %.3f (95%% CI %.3f–%.3f, %d graded) lower bound %.3f < %s",
        model.model(), model.meanScore(), model.meanScoreLow(), model.meanScoreHigh(), model.graded(),
        model.meanScoreLow(), Figures.plain(min));
  }

  /**
   * {@return why a cost limit cannot be checked}: no cost known ("cost of ollama:llama3.2 is unknown:
   * none of its 4 answered trials reported a cost, expected at most $0.01"), or only for some trials
   * ("cost of m is only partly known: $0.004000 for the trials that reported one, 3 answered trials did
   * not, expected at most $0.01")
   */
  public static String costUnknown(ModelSummary model, double max) {
    if (model.costUsd().isEmpty()) {
      String why = model.trialsWithoutCost() == 0 ? "no trial got an answer"
          : "none of its " + Figures.count(model.trialsWithoutCost(), "answered trial") + " reported a cost";
      return "cost of " + model.model() + " is unknown: " + why + ", expected at most " + Figures.usd(max);
    }
    return "cost of " + model.model() + " is only partly known: " + Figures.usd(model.costUsd().getAsDouble(), max)
        + " for the trials that reported one, " + Figures.count(model.trialsWithoutCost(), "answered trial")
        + " did not, expected at most " + Figures.usd(max);
  }

  /** {@return "cost of m $0.0123 > $0.01"}, noting answered trials without a cost; the cost is known */
  public static String costAbove(ModelSummary model, double max) {
    return "cost of " + model.model() + " " + Figures.usd(model.costUsd().orElseThrow(), max) + " > "
        + Figures.usd(max) + (model.trialsWithoutCost() == 0 ? ""
            : " (and " + Figures.count(model.trialsWithoutCost(), "answered trial") + " without a cost)");
  }

  /** {@return "p95 latency of m 1250 ms > 1000 ms"} */
  public static String p95LatencyAbove(ModelSummary model, Duration max) {
    return "p95 latency of " + model.model() + " " + Figures.millis(model.latencyP95()) + " > " + Figures.millis(max);
  }
}
