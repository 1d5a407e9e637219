package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceResults.count;
import static io.benchmarkhub.author.validate.ReferenceResults.two;

import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.stats.Correlation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code difficulty-calibration}: whether the declared difficulty levels match how hard the cases
 * were for the reference models.
 *
 * <p>A case's measured difficulty is the share of its graded reference trials that failed (errored
 * and skipped trials left out). Over the cases with a declared level and a graded trial it computes
 * Spearman's rho of level rank (0 = easiest) against measured difficulty, and the mean difficulty per
 * level, which should rise with the level. Findings are the cases labelled with the easiest level that
 * every reference trial failed, and those labelled with the hardest level that every trial passed.
 *
 * <p>Thresholds: PASS when rho &ge; {@value #RHO_TARGET}, the level means rise and no case is
 * mislabelled that way; FAIL when rho &lt; 0 over at least {@value #MIN_CASES_TO_FAIL} cases (the
 * labels run backwards); WARN otherwise, and when rho cannot be measured (every case equally hard).
 * Score: min(1, max(0, rho) / {@value #RHO_TARGET}) &times; (1 &minus; share of mislabelled cases),
 * 0.5 when rho is undefined.
 */
public final class DifficultyCalibrationCheck implements Check {
  /** The Spearman correlation of declared level and measured difficulty a benchmark should reach. */
  public static final double RHO_TARGET = 0.3;
  /** The fewest cases on which a negative correlation fails the check rather than warns. */
  public static final int MIN_CASES_TO_FAIL = 10;

  @Override
  public String id() {
    return "difficulty-calibration";
  }

  @Override
  public String title() {
    return "Difficulty calibration";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.CALIBRATION;
  }

  @Override
  public String description() {
    return "Compares each case's declared difficulty level with its measured difficulty: the share of the "
        + "reference models' graded trials that failed it (errors left out). Spearman's rho of level rank against "
        + "measured difficulty should be at least " + RHO_TARGET + ", and the mean difficulty should rise from "
        + "each level to the next. Cases labelled with the easiest level that every reference trial failed, and "
        + "cases labelled with the hardest level that every trial passed, are listed. Fails when rho is negative "
        + "over " + MIN_CASES_TO_FAIL + "+ cases.";
  }

  @Override
  public CheckResult run(ValidationInput input) {
    if (input.references().isEmpty()) {
      return CheckResult.notApplicable(this, ReferenceResults.NO_REFERENCES);
    }
    BenchmarkDesign design = input.design();
    if (design.difficulties().isEmpty()) {
      return CheckResult.notApplicable(this, "No difficulty levels declared: declare them, easiest first, to "
          + "compare them with measured difficulty.");
    }
    ReferenceResults refs = ReferenceResults.of(input);
    List<Integer> items = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    for (int i = 0; i < refs.cases().size(); i++) {
      int rank = design.difficultyRank(CaseFields.difficulty(refs.cases().get(i)).orElse(null));
      if (rank >= 0 && refs.graded(i) > 0) {
        items.add(i);
        ranks.add(rank);
      }
    }
    if (items.size() < 2) {
      return CheckResult.notApplicable(this, "Fewer than 2 cases have both a declared difficulty level and a "
          + "graded reference trial (" + items.size() + ").");
    }
    double[] x = new double[items.size()];
    double[] y = new double[items.size()];
    int levels = design.difficulties().size();
    double[] sum = new double[levels];
    int[] n = new int[levels];
    List<Finding> findings = new ArrayList<>();
    for (int j = 0; j < items.size(); j++) {
      int item = items.get(j);
      int rank = ranks.get(j);
      int graded = refs.graded(item);
      int passed = refs.passed(item);
      x[j] = rank;
      y[j] = 1 - (double) passed / graded;
      sum[rank] += y[j];
      n[rank]++;
      String level = design.difficulties().get(rank);
      if (rank == 0 && passed == 0) {
        findings.add(Finding.of(refs.caseId(item), refs.location(item), "labelled '" + level + "' (the easiest "
            + "level) but every reference trial failed it (0 of " + graded + ")"));
      } else if (rank == levels - 1 && levels > 1 && passed == graded) {
        findings.add(Finding.of(refs.caseId(item), refs.location(item), "labelled '" + level + "' (the hardest "
            + "level) but every reference trial passed it (" + graded + " of " + graded + ")"));
      }
    }
    Correlation.Result rho = Correlation.spearman(x, y);
    Map<String, Object> means = new LinkedHashMap<>();
    Map<String, Object> counts = new LinkedHashMap<>();
    List<String> outOfOrder = new ArrayList<>();
    int previous = -1;
    for (int r = 0; r < levels; r++) {
      if (n[r] == 0) {
        continue;
      }
      String level = design.difficulties().get(r);
      means.put(level, sum[r] / n[r]);
      counts.put(level, n[r]);
      if (previous >= 0 && sum[r] / n[r] < sum[previous] / n[previous]) {
        outOfOrder.add(level + " (" + two(sum[r] / n[r]) + ") is easier than " + design.difficulties().get(previous)
            + " (" + two(sum[previous] / n[previous]) + ")");
      }
      previous = r;
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("spearman", rho.coefficient());
    figures.put("pValue", rho.pValue());
    figures.put("cases", items.size());
    figures.put("meanDifficultyByLevel", means);
    figures.put("casesByLevel", counts);
    figures.put("mislabelled", findings.size());
    double rhoValue = rho.coefficient();
    double mislabelledShare = (double) findings.size() / items.size();
    double score = Double.isNaN(rhoValue) ? 0.5
        : Math.min(1, Math.max(0, rhoValue) / RHO_TARGET) * (1 - mislabelledShare);
    CheckStatus status;
    if (Double.isNaN(rhoValue)) {
      status = CheckStatus.WARN;
    } else if (rhoValue < 0 && items.size() >= MIN_CASES_TO_FAIL) {
      status = CheckStatus.FAIL;
    } else if (rhoValue < RHO_TARGET || !outOfOrder.isEmpty() || !findings.isEmpty()) {
      status = CheckStatus.WARN;
    } else {
      status = CheckStatus.PASS;
    }
    String summary = "Spearman's rho of declared level and measured difficulty is " + two(rhoValue) + " over "
        + count(items.size(), "case") + " (target " + RHO_TARGET + ")"
        + (outOfOrder.isEmpty() ? "; mean difficulty rises with the level" : "; " + String.join("; ", outOfOrder))
        + (findings.isEmpty() ? "" : "; " + count(findings.size(), "case") + " at the easiest or hardest level "
            + (findings.size() == 1 ? "contradicts" : "contradict") + " it") + ".";
    return CheckResult.of(this, status, score, summary, findings, figures,
        "Re-label the listed cases from the reference results, or rewrite them to fit their level; if whole "
            + "levels are out of order, the difficulty labels do not describe what the models find hard.");
  }
}
