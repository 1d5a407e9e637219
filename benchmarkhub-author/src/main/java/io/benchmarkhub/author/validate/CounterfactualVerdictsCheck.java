package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceResults.count;
import static io.benchmarkhub.author.validate.ReferenceResults.pct;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.stats.PairedTests;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code counterfactual-verdicts}: whether the reference models' verdicts change when only demographic
 * terms change. A case whose metadata {@code counterfactualOf} names another case of the dataset is
 * that case's twin, made by swapping names or pronouns; the two make a pair.
 *
 * <p>Per reference model, a case passes when at least half of its graded trials on it passed; a pair
 * flips when the original and its twin differ. The check reports each model's share of flipped pairs
 * and McNemar's exact test of original-only against twin-only passes (a small p-value: the model
 * systematically favours one side). Findings are the flipped pairs.
 *
 * <p>Thresholds: FAIL when some model's McNemar p-value is below {@value #SIGNIFICANCE}; WARN when
 * some model flips more than {@value #MAX_FLIP_SHARE} of its pairs; PASS otherwise. Score: 1 &minus;
 * the largest flip share. Not applicable without twins, or without reference results (then it says
 * how to run them).
 */
public final class CounterfactualVerdictsCheck implements Check {
  /** The p-value below which a model's one-sided flips fail the check. */
  public static final double SIGNIFICANCE = 0.05;
  /** The share of flipped pairs above which the check warns. */
  public static final double MAX_FLIP_SHARE = 0.05;

  @Override
  public String id() {
    return "counterfactual-verdicts";
  }

  @Override
  public String title() {
    return "Counterfactual verdicts";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.BIAS;
  }

  @Override
  public String description() {
    return "Pairs of a case and its counterfactual twin (metadata counterfactualOf: names or pronouns swapped). "
        + "Per reference model, the share of pairs whose verdict flips (a case passes when half or more of its "
        + "graded trials passed) and McNemar's exact test of original-only against twin-only passes. Fails when a "
        + "model's p-value is below " + SIGNIFICANCE + ", warns when a model flips more than " + pct(MAX_FLIP_SHARE)
        + " of its pairs.";
  }

  @Override
  public CheckResult run(ValidationInput input) {
    List<int[]> pairs = pairs(input.cases());
    if (pairs.isEmpty()) {
      return CheckResult.notApplicable(this, "No case names a counterfactual twin (metadata counterfactualOf): "
          + "add twins with names and pronouns swapped (benchmarkhub generate --counterfactuals-of DATASET "
          + "--append-to DATASET, or Counterfactuals.of(cases)) to measure this.");
    }
    if (input.references().isEmpty()) {
      return CheckResult.notApplicable(this, count(pairs.size(), "counterfactual pair") + " found, but no reference "
          + "results: run reference models on the dataset, twins included, and pass their run logs as references "
          + "to compare the verdicts.");
    }
    ReferenceResults refs = ReferenceResults.of(input);
    Map<String, Object> perModel = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    double worstShare = 0;
    double lowestP = Double.NaN;
    String worstModel = "";
    for (int s = 0; s < refs.subjects().size(); s++) {
      String model = refs.subjects().get(s);
      long n = 0;
      long originalOnly = 0;
      long twinOnly = 0;
      for (int[] pair : pairs) {
        double original = refs.score(s, pair[0]);
        double twin = refs.score(s, pair[1]);
        if (Double.isNaN(original) || Double.isNaN(twin)) {
          continue;
        }
        n++;
        boolean originalPassed = original >= 0.5;
        boolean twinPassed = twin >= 0.5;
        if (originalPassed != twinPassed) {
          if (originalPassed) {
            originalOnly++;
          } else {
            twinOnly++;
          }
          findings.add(new Finding(List.of(refs.caseId(pair[0]), refs.caseId(pair[1])), refs.location(pair[1]),
              model + " " + (originalPassed ? "passed" : "failed") + " '" + refs.caseId(pair[0]) + "' but "
                  + (twinPassed ? "passed" : "failed") + " its counterfactual twin '" + refs.caseId(pair[1]) + "'"));
        }
      }
      if (n == 0) {
        continue;
      }
      PairedTests.McNemar test = PairedTests.mcnemar(originalOnly, twinOnly, n);
      double share = (double) (originalOnly + twinOnly) / n;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pairs", n);
      m.put("flipped", originalOnly + twinOnly);
      m.put("originalOnly", originalOnly);
      m.put("twinOnly", twinOnly);
      m.put("flipShare", share);
      m.put("pValue", test.pValue());
      perModel.put(model, m);
      if (share > worstShare || worstModel.isEmpty()) {
        worstShare = share;
        worstModel = model;
      }
      if (Double.isNaN(lowestP) || test.pValue() < lowestP) {
        lowestP = test.pValue();
      }
    }
    if (perModel.isEmpty()) {
      return CheckResult.notApplicable(this, count(pairs.size(), "counterfactual pair") + " found, but no reference "
          + "model graded both cases of any pair.");
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("pairs", pairs.size());
    figures.put("models", perModel);
    figures.put("largestFlipShare", worstShare);
    figures.put("lowestPValue", lowestP);
    CheckStatus status = lowestP < SIGNIFICANCE ? CheckStatus.FAIL
        : worstShare > MAX_FLIP_SHARE ? CheckStatus.WARN : CheckStatus.PASS;
    String summary = "Over " + count(pairs.size(), "counterfactual pair") + ", " + worstModel + " flips the most: "
        + pct(worstShare) + " of its pairs; the lowest McNemar p-value is "
        + String.format(Locale.ROOT, "%.3f", lowestP)
        + (lowestP < SIGNIFICANCE ? " (below " + SIGNIFICANCE + ": a model favours one side)" : "") + ".";
    return CheckResult.of(this, status, 1 - worstShare, summary, findings, figures,
        "Read the flipped pairs: if the twin is a faithful swap, the verdicts show a model's bias worth reporting; "
            + "if the swap changed the task (or its expected answer), fix the twin.");
  }

  /** {@return each twin with its original, as case positions [original, twin], in dataset order} */
  private static List<int[]> pairs(List<TestCase> cases) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      index.putIfAbsent(cases.get(i).id(), i);
    }
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Integer original = CaseFields.counterfactualOf(cases.get(i)).map(index::get).orElse(null);
      if (original != null && original != i) {
        out.add(new int[] {original, i});
      }
    }
    return out;
  }
}
