package io.benchmarkhub.report;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunInfo;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.stats.MultipleComparisons;
import io.benchmarkhub.stats.PairedTests;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Two runs of a benchmark compared, a baseline and a candidate (before and after a prompt change, a
 * model upgrade, a new judge): per model both ran, which cases got better, which worse, and whether
 * the change is more than chance.
 *
 * <p>Trials are matched on (case id, repeat) within each model, so a reordered or grown dataset still
 * compares; cases only the candidate has are <em>added</em>, cases only the baseline has
 * <em>removed</em>. Of the matched trials, those both runs graded (pass or fail) are the
 * <em>pairs</em>: <em>better</em> when the baseline failed and the candidate passed, <em>worse</em>
 * the other way, <em>unchanged</em> otherwise; a matched trial with an error or skipped in either run
 * is counted in <em>errors</em>, never as better or worse. The pass-rate change is tested with
 * McNemar's exact test on the pairs (only better and worse count), the score change with the Wilcoxon
 * signed-rank test on the pairs' scores; both p-values are two-sided and Holm-corrected across the
 * compared models, and a change is significant when the corrected p is below {@link #ALPHA}. A case
 * id in the lists is the id, with {@code #r} after it for repeat r > 1 (e.g. {@code q12#2}).
 *
 * <p>Memory: each summary's trials are streamed once (the baseline's, then the candidate's), never
 * collected. Per baseline trial of a model both runs have, a hash map keeps a key (the case id and
 * repeat as one string), its entry and slot number, the id as shown (for repeat 1 the trial's own
 * case id string), the status as a byte and the score as a float (so scores are compared to 7
 * significant digits): about 150 bytes per baseline trial with ids of a few characters, plus two
 * bytes per further id character. The candidate pass adds two doubles (16 bytes) per pair for the
 * Wilcoxon test and the ids of the changed cases.
 *
 * @param benchmark the candidate's benchmark name
 * @param baselineRunId the baseline's run id
 * @param candidateRunId the candidate's run id
 * @param sameCases whether both runs had the same cases in the same order (the same case digest) and, when
 *     both recorded it, the same data (the same dataset checksum)
 * @param models per model both runs have, in the baseline's model order
 * @param onlyInBaseline models the candidate did not run
 * @param onlyInCandidate models the baseline did not run
 */
public record RunComparison(String benchmark, String baselineRunId, String candidateRunId, boolean sameCases,
    List<ModelChange> models, List<String> onlyInBaseline, List<String> onlyInCandidate) {

  /** The significance level {@link #toText()} and {@link ModelChange#significant()} use: {@value}. */
  public static final double ALPHA = 0.05;
  /** How many case ids of a list {@link #toText()} shows before "and N more". */
  static final int LISTED = 20;

  /** Checks and copies the values. */
  public RunComparison {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(baselineRunId, "baselineRunId");
    Objects.requireNonNull(candidateRunId, "candidateRunId");
    models = List.copyOf(models);
    onlyInBaseline = List.copyOf(onlyInBaseline);
    onlyInCandidate = List.copyOf(onlyInCandidate);
  }

  /**
   * How one model changed from the baseline to the candidate.
   *
   * @param model the model's id
   * @param matched trials both runs have (same case id and repeat)
   * @param pairs matched trials both runs graded
   * @param better pairs the baseline failed and the candidate passed
   * @param worse pairs the baseline passed and the candidate failed
   * @param unchanged pairs with the same outcome
   * @param errors matched trials with an error (or skipped) in either run
   * @param added trials only the candidate has
   * @param removed trials only the baseline has
   * @param baselinePassRate the baseline's pass rate over the pairs, NaN without pairs
   * @param candidatePassRate the candidate's pass rate over the pairs, NaN without pairs
   * @param passP McNemar's exact two-sided p-value; 1 when no pair changed, NaN without pairs
   * @param passPAdjusted the same, Holm-corrected across the compared models
   * @param baselineMeanScore the baseline's mean score over the pairs, NaN without pairs
   * @param candidateMeanScore the candidate's mean score over the pairs, NaN without pairs
   * @param meanScoreDifference candidate minus baseline mean score, NaN without pairs
   * @param scoreP the Wilcoxon signed-rank two-sided p-value; 1 when no score changed, NaN without pairs
   * @param scorePAdjusted the same, Holm-corrected across the compared models
   * @param betterCases the ids of the better pairs, in the candidate's case order
   * @param worseCases the ids of the worse pairs, in the candidate's case order
   * @param errorCases the ids of the matched trials with an error in either run
   * @param addedCases the ids of the added trials
   * @param removedCases the ids of the removed trials, in the baseline's order
   */
  public record ModelChange(String model, long matched, long pairs, long better, long worse, long unchanged,
      long errors, long added, long removed, double baselinePassRate, double candidatePassRate, double passP,
      double passPAdjusted, double baselineMeanScore, double candidateMeanScore, double meanScoreDifference,
      double scoreP, double scorePAdjusted, List<String> betterCases, List<String> worseCases,
      List<String> errorCases, List<String> addedCases, List<String> removedCases) {

    /** Checks and copies the values. */
    public ModelChange {
      Objects.requireNonNull(model, "model");
      betterCases = List.copyOf(betterCases);
      worseCases = List.copyOf(worseCases);
      errorCases = List.copyOf(errorCases);
      addedCases = List.copyOf(addedCases);
      removedCases = List.copyOf(removedCases);
    }

    /** {@return whether the pass rate changed significantly: Holm-corrected McNemar p below {@link #ALPHA}} */
    public boolean significant() {
      return passPAdjusted < ALPHA;
    }

    /** {@return whether the mean score changed significantly: Holm-corrected Wilcoxon p below {@link #ALPHA}} */
    public boolean scoreSignificant() {
      return scorePAdjusted < ALPHA;
    }
  }

  /**
   * Compares a candidate run with a baseline, streaming each one's trials once.
   *
   * @param baseline the run before the change
   * @param candidate the run after it
   * @return the comparison, per model both runs have
   */
  public static RunComparison of(RunSummary baseline, RunSummary candidate) {
    List<String> baseModels = baseline.models().stream().map(ModelSummary::model).toList();
    List<String> candModels = candidate.models().stream().map(ModelSummary::model).toList();
    Map<String, Side> sides = new LinkedHashMap<>();
    for (String m : baseModels) {
      if (candModels.contains(m)) {
        sides.put(m, new Side(m));
      }
    }
    try (Stream<TrialResult> trials = baseline.trials().stream()) {
      for (Iterator<TrialResult> it = trials.iterator(); it.hasNext(); ) {
        TrialResult t = it.next();
        Side side = sides.get(t.model());
        if (side != null) {
          side.addBaseline(t);
        }
      }
    }
    try (Stream<TrialResult> trials = candidate.trials().stream()) {
      for (Iterator<TrialResult> it = trials.iterator(); it.hasNext(); ) {
        TrialResult t = it.next();
        Side side = sides.get(t.model());
        if (side != null) {
          side.addCandidate(t);
        }
      }
    }
    List<Side> list = new ArrayList<>(sides.values());
    double[] passP = new double[list.size()];
    double[] scoreP = new double[list.size()];
    for (int i = 0; i < list.size(); i++) {
      passP[i] = list.get(i).passP();
      scoreP[i] = list.get(i).scoreP();
    }
    double[] passAdjusted = MultipleComparisons.holm(passP);
    double[] scoreAdjusted = MultipleComparisons.holm(scoreP);
    List<ModelChange> changes = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      changes.add(list.get(i).change(passP[i], passAdjusted[i], scoreP[i], scoreAdjusted[i]));
    }
    return new RunComparison(candidate.benchmark(), baseline.runId(), candidate.runId(),
        sameCases(baseline.info(), candidate.info()), changes,
        baseModels.stream().filter(m -> !candModels.contains(m)).toList(),
        candModels.stream().filter(m -> !baseModels.contains(m)).toList());
  }

  /** Same case ids in the same order, and the same bytes when both runs recorded their dataset's checksum. */
  static boolean sameCases(RunInfo baseline, RunInfo candidate) {
    String digest = baseline.caseDigest();
    boolean sameIds = !digest.isEmpty() && digest.equals(candidate.caseDigest());
    boolean contentKnown = !baseline.datasetSha256().isEmpty() && !candidate.datasetSha256().isEmpty();
    return sameIds && (!contentKnown || baseline.datasetSha256().equals(candidate.datasetSha256()));
  }

  /**
   * {@return the comparison for the console}, one line per model, e.g.
   * {@code openai:gpt-4o-mini: 3 better, 5 worse of 120 matched cases, pass rate 91.7% → 89.2%, p = 0.727
   * (McNemar, Holm): no significant change; mean score 0.912 → 0.893 (-0.019), p = 0.610 (Wilcoxon, Holm);
   * worse: q12, q40, q41, q77, q90; better: q3, q8, q100}; each list shows at most 20 ids, then how
   * many more (all are in {@link ModelChange} and the JSON)
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("comparison of ").append(benchmark).append(": baseline run ").append(baselineRunId)
        .append(", candidate run ").append(candidateRunId);
    if (!sameCases) {
      sb.append(" (the datasets differ: trials are matched on case id and repeat)");
    }
    sb.append('\n');
    for (ModelChange c : models) {
      sb.append("  ").append(c.model()).append(": ");
      if (c.pairs() == 0) {
        sb.append("no case graded in both runs");
      } else {
        sb.append(c.better()).append(" better, ").append(c.worse()).append(" worse of ").append(c.pairs())
            .append(" matched cases, pass rate ").append(percent(c.baselinePassRate())).append(" → ")
            .append(percent(c.candidatePassRate())).append(", ").append(p(c.passPAdjusted()))
            .append(" (McNemar, Holm): ")
            .append(!c.significant() ? "no significant change"
                : c.better() > c.worse() ? "significantly better" : "significantly worse")
            .append("; mean score ").append(score(c.baselineMeanScore())).append(" → ")
            .append(score(c.candidateMeanScore())).append(" (")
            .append(String.format(Locale.ROOT, "%+.3f", c.meanScoreDifference())).append("), ")
            .append(p(c.scorePAdjusted())).append(" (Wilcoxon, Holm)");
      }
      if (c.errors() > 0) {
        sb.append("; ").append(c.errors()).append(" matched with an error");
      }
      if (c.added() > 0) {
        sb.append("; ").append(c.added()).append(" new");
      }
      if (c.removed() > 0) {
        sb.append("; ").append(c.removed()).append(" removed");
      }
      ids(sb, "worse", c.worseCases());
      ids(sb, "better", c.betterCases());
      ids(sb, "errors", c.errorCases());
      sb.append('\n');
    }
    if (!onlyInBaseline.isEmpty()) {
      sb.append("  only in the baseline: ").append(String.join(", ", onlyInBaseline)).append('\n');
    }
    if (!onlyInCandidate.isEmpty()) {
      sb.append("  only in the candidate: ").append(String.join(", ", onlyInCandidate)).append('\n');
    }
    return sb.toString();
  }

  private static void ids(StringBuilder sb, String label, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    sb.append("; ").append(label).append(": ")
        .append(String.join(", ", ids.subList(0, Math.min(LISTED, ids.size()))));
    if (ids.size() > LISTED) {
      sb.append(" and ").append(ids.size() - LISTED).append(" more");
    }
  }

  private static String percent(double rate) {
    return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * rate);
  }

  private static String score(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** {@return "p = 0.123", "p < 0.001", or "p = -" for NaN} */
  private static String p(double value) {
    if (Double.isNaN(value)) {
      return "p = -";
    }
    return value < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", value);
  }

  /** {@return the id shown for a trial: the case id, with {@code #r} for repeat r > 1} */
  static String id(String caseId, int repeat) {
    return repeat == 1 ? caseId : caseId + "#" + repeat;
  }

  /** One model's baseline index and its tally against the candidate. */
  private static final class Side {
    private static final byte PASS = (byte) TrialStatus.PASS.ordinal();
    private static final byte FAIL = (byte) TrialStatus.FAIL.ordinal();

    final String model;
    /** (case id NUL repeat) to the baseline trial's slot. */
    final Map<String, Integer> slots = new HashMap<>();
    final List<String> keys = new ArrayList<>();
    byte[] status = new byte[64];
    float[] score = new float[64];
    final BitSet matched = new BitSet();

    long matchedCount;
    long better;
    long worse;
    long errors;
    long basePassed;
    long candPassed;
    final List<String> betterIds = new ArrayList<>();
    final List<String> worseIds = new ArrayList<>();
    final List<String> errorIds = new ArrayList<>();
    final List<String> addedIds = new ArrayList<>();
    double[] baseScores = new double[64];
    double[] candScores = new double[64];
    int pairs;

    Side(String model) {
      this.model = model;
    }

    private static String key(TrialResult t) {
      return t.caseId() + '\u0000' + t.repeat();
    }

    void addBaseline(TrialResult t) {
      int slot = keys.size();
      if (slots.putIfAbsent(key(t), slot) != null) {
        return; // the same trial twice: the first stands
      }
      keys.add(id(t.caseId(), t.repeat()));
      if (slot == status.length) {
        status = Arrays.copyOf(status, slot * 2);
        score = Arrays.copyOf(score, slot * 2);
      }
      status[slot] = (byte) t.status().ordinal();
      score[slot] = (float) t.score();
    }

    void addCandidate(TrialResult t) {
      Integer slot = slots.get(key(t));
      String id = id(t.caseId(), t.repeat());
      if (slot == null) {
        addedIds.add(id);
        return;
      }
      if (matched.get(slot)) {
        return;
      }
      matched.set(slot);
      matchedCount++;
      byte b = status[slot];
      boolean baseGraded = b == PASS || b == FAIL;
      boolean candGraded = t.status() == TrialStatus.PASS || t.status() == TrialStatus.FAIL;
      if (!baseGraded || !candGraded) {
        errors++;
        errorIds.add(id);
        return;
      }
      boolean basePass = b == PASS;
      boolean candPass = t.passed();
      basePassed += basePass ? 1 : 0;
      candPassed += candPass ? 1 : 0;
      if (!basePass && candPass) {
        better++;
        betterIds.add(id);
      } else if (basePass && !candPass) {
        worse++;
        worseIds.add(id);
      }
      if (pairs == baseScores.length) {
        baseScores = Arrays.copyOf(baseScores, pairs * 2);
        candScores = Arrays.copyOf(candScores, pairs * 2);
      }
      // both at float precision, so that equal scores give a zero difference
      baseScores[pairs] = finite(score[slot]);
      candScores[pairs] = finite((float) t.score());
      pairs++;
    }

    private static double finite(float value) {
      return Float.isFinite(value) ? value : 0;
    }

    double passP() {
      return PairedTests.mcnemar(better, worse, pairs).pValue();
    }

    double scoreP() {
      return PairedTests.wilcoxon(Arrays.copyOf(baseScores, pairs), Arrays.copyOf(candScores, pairs)).pValue();
    }

    ModelChange change(double passP, double passAdjusted, double scoreP, double scoreAdjusted) {
      List<String> removedIds = new ArrayList<>();
      for (int s = matched.nextClearBit(0); s < keys.size(); s = matched.nextClearBit(s + 1)) {
        removedIds.add(keys.get(s));
      }
      double baseMean = mean(baseScores, pairs);
      double candMean = mean(candScores, pairs);
      return new ModelChange(model, matchedCount, pairs, better, worse, pairs - better - worse, errors,
          addedIds.size(), removedIds.size(), pairs == 0 ? Double.NaN : (double) basePassed / pairs,
          pairs == 0 ? Double.NaN : (double) candPassed / pairs, passP, passAdjusted, baseMean, candMean,
          candMean - baseMean, scoreP, scoreAdjusted, betterIds, worseIds, errorIds, addedIds, removedIds);
    }

    private static double mean(double[] values, int n) {
      if (n == 0) {
        return Double.NaN;
      }
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += values[i];
      }
      return sum / n;
    }
  }
}
