package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceChecks.MIN_MODELS_TO_FAIL;
import static io.benchmarkhub.author.validate.ReferenceResults.count;
import static io.benchmarkhub.author.validate.ReferenceResults.two;

import io.benchmarkhub.stats.ItemAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code reliability}: whether the cases measure one thing consistently, by Cronbach's alpha over the
 * reference models.
 *
 * <p>The subjects are the reference models, the items the cases every model graded, a model's score on
 * a case the share of its graded trials that passed. Alpha is compared with
 * {@link ValidationSettings#alphaTarget()}; the cases whose removal would raise alpha (alpha if deleted
 * above alpha) are listed, the most harmful first. It does not apply with fewer than
 * {@value #MIN_MODELS} models: the variance of the models' totals then rests on too few points.
 *
 * <p>Thresholds: PASS when alpha &ge; the target; FAIL when alpha is more than {@value #FAIL_MARGIN}
 * below it, with at least {@value ReferenceChecks#MIN_MODELS_TO_FAIL} models; WARN otherwise, and when
 * alpha cannot be measured (every model has the same total). Score: min(1, max(0, alpha) / target).
 */
public final class ReliabilityCheck implements Check {
  /** The fewest reference models Cronbach's alpha is computed over. */
  public static final int MIN_MODELS = 3;
  /** How far below the target alpha must fall for the check to fail. */
  public static final double FAIL_MARGIN = 0.2;

  @Override
  public String id() {
    return "reliability";
  }

  @Override
  public String title() {
    return "Reliability (Cronbach's alpha)";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.CALIBRATION;
  }

  @Override
  public String description() {
    return "Cronbach's alpha of the cases over the reference models (each model's pass share per case, over the "
        + "cases every model graded), against the alpha target (default 0.7). Lists the cases whose removal would "
        + "raise alpha, the most harmful first. Needs " + MIN_MODELS + "+ models; fails when alpha is more than "
        + FAIL_MARGIN + " below the target with " + MIN_MODELS_TO_FAIL + "+ models.";
  }

  @Override
  public CheckResult run(ValidationInput input) {
    if (input.references().isEmpty()) {
      return CheckResult.notApplicable(this, ReferenceResults.NO_REFERENCES);
    }
    ReferenceResults refs = ReferenceResults.of(input);
    int models = refs.subjects().size();
    if (models < MIN_MODELS) {
      return CheckResult.notApplicable(this, "Cronbach's alpha needs the results of at least " + MIN_MODELS
          + " reference models (the subjects); with " + models + " the variance of their totals rests on too few "
          + "points.");
    }
    List<Integer> items = refs.itemsEveryModelGraded();
    if (items.size() < 2) {
      return CheckResult.notApplicable(this, "Cronbach's alpha needs at least 2 cases every reference model graded; "
          + "there are " + items.size() + ".");
    }
    double target = input.settings().alphaTarget();
    ItemAnalysis.Report analysis = ItemAnalysis.analyse(refs.scores(items));
    double alpha = analysis.cronbachsAlpha();
    List<ItemAnalysis.Item> harmful = new ArrayList<>();
    for (ItemAnalysis.Item it : analysis.items()) {
      if (!Double.isNaN(alpha) && it.alphaIfDeleted() > alpha) {
        harmful.add(it);
      }
    }
    harmful.sort(Comparator.comparingDouble(ItemAnalysis.Item::alphaIfDeleted).reversed());
    List<Finding> findings = new ArrayList<>();
    for (ItemAnalysis.Item it : harmful) {
      int item = items.get(it.index());
      findings.add(Finding.of(refs.caseId(item), refs.location(item), "alpha would rise from " + two(alpha) + " to "
          + two(it.alphaIfDeleted()) + " without it"));
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("alpha", alpha);
    figures.put("target", target);
    figures.put("models", models);
    figures.put("cases", items.size());
    figures.put("casesLeftOut", refs.cases().size() - items.size());
    CheckStatus status;
    if (Double.isNaN(alpha)) {
      status = CheckStatus.WARN;
    } else if (alpha >= target) {
      status = CheckStatus.PASS;
    } else if (alpha < target - FAIL_MARGIN && models >= MIN_MODELS_TO_FAIL) {
      status = CheckStatus.FAIL;
    } else {
      status = CheckStatus.WARN;
    }
    double score = Double.isNaN(alpha) ? 0.5 : Math.min(1, Math.max(0, alpha) / target);
    String summary = (Double.isNaN(alpha)
        ? "Cronbach's alpha cannot be measured: every reference model has the same total score"
        : "Cronbach's alpha is " + two(alpha) + " (target " + two(target) + ")")
        + " over " + count(items.size(), "case") + " and " + models + " reference models"
        + (harmful.isEmpty() ? ""
            : "; " + count(harmful.size(), "case") + (harmful.size() == 1 ? " lowers" : " lower") + " it")
        + (models < MIN_MODELS_TO_FAIL ? "; with fewer than " + MIN_MODELS_TO_FAIL + " models alpha is unstable, "
            + "so the check warns but does not fail" : "") + ".";
    return CheckResult.of(this, status, score, summary, findings, figures,
        "Review the listed cases first (wrong expected answers and off-topic cases lower alpha), add cases on the "
            + "benchmark's concepts, and compare more reference models for a firmer figure.");
  }
}
