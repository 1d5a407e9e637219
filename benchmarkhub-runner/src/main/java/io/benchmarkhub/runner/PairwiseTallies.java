package io.benchmarkhub.runner;

import io.benchmarkhub.api.PairJudgment.Outcome;
import io.benchmarkhub.api.PairwiseResult;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.stats.MultipleComparisons;
import io.benchmarkhub.stats.PairedTests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Counts pairwise judgments per judge and pair of models (A before B in model order), and makes the
 * {@link PairwiseResult}s: the win rate with ties and inconsistent judgments counted half, and the
 * exact sign test on wins against losses, Holm-corrected across each judge's pairs. Used by the
 * pairwise phase as judgments come, and by {@link RunLogs} reading them back. Thread-safe.
 */
final class PairwiseTallies {
  private final List<String> models;
  private final Map<String, Tally[]> byJudge = new LinkedHashMap<>();

  /**
   * @param judges the judges' names, in the order results are given (more may come)
   * @param models the run's models, in order
   */
  PairwiseTallies(List<String> judges, List<String> models) {
    this.models = List.copyOf(models);
    judges.forEach(this::tallies);
  }

  /** Counts one judgment of a judge on models {@code a < b} (indexes into the models). */
  void add(String judge, int a, int b, Outcome outcome, Usage usage) {
    tallies(judge)[a * models.size() + b].add(outcome, usage);
  }

  private synchronized Tally[] tallies(String judge) {
    return byJudge.computeIfAbsent(judge, j -> {
      Tally[] t = new Tally[models.size() * models.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = new Tally();
      }
      return t;
    });
  }

  /** {@return the results per judge and pair} */
  synchronized List<PairwiseResult> results() {
    int m = models.size();
    List<PairwiseResult> out = new ArrayList<>();
    byJudge.forEach((judge, tallies) -> {
      List<Tally> pairs = new ArrayList<>();
      List<int[]> indexes = new ArrayList<>();
      for (int a = 0; a < m; a++) {
        for (int b = a + 1; b < m; b++) {
          pairs.add(tallies[a * m + b]);
          indexes.add(new int[] {a, b});
        }
      }
      double[] p = pairs.stream().mapToDouble(Tally::signTest).toArray();
      double[] adjusted = MultipleComparisons.holm(p);
      for (int i = 0; i < pairs.size(); i++) {
        out.add(pairs.get(i).result(judge, models.get(indexes.get(i)[0]), models.get(indexes.get(i)[1]), adjusted[i]));
      }
    });
    return out;
  }

  /** One judge's counts for one pair of models. */
  private static final class Tally {
    long winsA;
    long winsB;
    long ties;
    long inconsistent;
    long errors;
    double cost;
    boolean anyCost;

    synchronized void add(Outcome outcome, Usage usage) {
      switch (outcome) {
        case A -> winsA++;
        case B -> winsB++;
        case TIE -> ties++;
        case INCONSISTENT -> inconsistent++;
        case ERROR -> errors++;
      }
      if (usage.costUsd().isPresent()) {
        cost += usage.costUsd().getAsDouble();
        anyCost = true;
      }
    }

    synchronized double signTest() {
      return winsA + winsB == 0 ? Double.NaN : PairedTests.mcnemar(winsA, winsB, winsA + winsB).pValue();
    }

    synchronized PairwiseResult result(String judge, String modelA, String modelB, double pAdjusted) {
      long graded = winsA + winsB + ties + inconsistent;
      return new PairwiseResult(judge, modelA, modelB, winsA, winsB, ties, inconsistent, errors,
          graded == 0 ? Double.NaN : (winsA + 0.5 * (ties + inconsistent)) / graded, pAdjusted,
          anyCost ? OptionalDouble.of(cost) : OptionalDouble.empty());
    }
  }
}
