package io.benchmarkhub.runner;

import io.benchmarkhub.api.ModelComparison;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.stats.MultipleComparisons;
import io.benchmarkhub.stats.PairedTests;
import java.util.ArrayList;
import java.util.List;

/**
 * Each model's outcome on each case, kept as the trials finish, to compare every pair of models on the
 * same cases at the end of a run ({@link ModelComparison}). Per model and case it keeps the graded
 * repeats, the passed ones and the score sum: 16 bytes, whatever the trials hold, so no pass over the
 * run log is needed. A model's outcome on a case is its mean score over its graded repeats, and it
 * passed the case when more than half of them passed. Thread-safe.
 */
final class CaseOutcomes {
  private final List<String> models;
  private final int[][] graded;
  private final int[][] passed;
  private final double[][] scoreSums;

  CaseOutcomes(List<String> models, long cases) {
    this.models = List.copyOf(models);
    int n = (int) cases;
    int m = models.size() < 2 ? 0 : models.size();
    this.graded = new int[m][n];
    this.passed = new int[m][n];
    this.scoreSums = new double[m][n];
  }

  /** Adds a finished trial; errors and skipped trials are not outcomes. */
  void add(int modelIndex, TrialResult r) {
    if (graded.length == 0 || r.status() != TrialStatus.PASS && r.status() != TrialStatus.FAIL) {
      return;
    }
    int c = (int) r.caseIndex();
    synchronized (graded[modelIndex]) {
      graded[modelIndex][c]++;
      passed[modelIndex][c] += r.passed() ? 1 : 0;
      scoreSums[modelIndex][c] += r.score();
    }
  }

  /** {@return every pair of models compared, A before B in model order, p-values Holm-corrected across pairs} */
  List<ModelComparison> comparisons() {
    List<int[]> pairs = new ArrayList<>();
    for (int a = 0; a < graded.length; a++) {
      for (int b = a + 1; b < graded.length; b++) {
        pairs.add(new int[] {a, b});
      }
    }
    double[] passP = new double[pairs.size()];
    double[] scoreP = new double[pairs.size()];
    List<Object[]> raw = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      int a = pairs.get(i)[0];
      int b = pairs.get(i)[1];
      Paired p = paired(a, b);
      PairedTests.McNemar mcnemar = PairedTests.mcnemar(p.passA, p.passB);
      PairedTests.SignedRank wilcoxon = PairedTests.wilcoxon(p.scoreA, p.scoreB);
      passP[i] = mcnemar.pValue();
      scoreP[i] = wilcoxon.pValue();
      raw.add(new Object[] {p, mcnemar, wilcoxon});
    }
    double[] passAdjusted = MultipleComparisons.holm(passP);
    double[] scoreAdjusted = MultipleComparisons.holm(scoreP);
    List<ModelComparison> out = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      Paired p = (Paired) raw.get(i)[0];
      PairedTests.McNemar mcnemar = (PairedTests.McNemar) raw.get(i)[1];
      PairedTests.SignedRank wilcoxon = (PairedTests.SignedRank) raw.get(i)[2];
      int n = p.passA.length;
      out.add(new ModelComparison(models.get(pairs.get(i)[0]), models.get(pairs.get(i)[1]), n,
          mcnemar.onlyFirst(), mcnemar.onlySecond(), n == 0 ? Double.NaN : mcnemar.difference(), mcnemar.pValue(),
          passAdjusted[i], n == 0 ? Double.NaN : meanDifference(p), wilcoxon.pValue(), scoreAdjusted[i],
          wilcoxon.rankBiserial()));
    }
    return out;
  }

  private Paired paired(int a, int b) {
    int n = 0;
    int cases = graded[a].length;
    for (int c = 0; c < cases; c++) {
      if (graded[a][c] > 0 && graded[b][c] > 0) {
        n++;
      }
    }
    Paired p = new Paired(new boolean[n], new boolean[n], new double[n], new double[n]);
    int i = 0;
    for (int c = 0; c < cases; c++) {
      if (graded[a][c] > 0 && graded[b][c] > 0) {
        p.passA[i] = passed[a][c] * 2 > graded[a][c];
        p.passB[i] = passed[b][c] * 2 > graded[b][c];
        p.scoreA[i] = scoreSums[a][c] / graded[a][c];
        p.scoreB[i] = scoreSums[b][c] / graded[b][c];
        i++;
      }
    }
    return p;
  }

  private static double meanDifference(Paired p) {
    double sum = 0;
    for (int i = 0; i < p.scoreA.length; i++) {
      sum += p.scoreA[i] - p.scoreB[i];
    }
    return sum / p.scoreA.length;
  }

  /** Two models' outcomes on the cases both graded. */
  private record Paired(boolean[] passA, boolean[] passB, double[] scoreA, double[] scoreB) {}
}
