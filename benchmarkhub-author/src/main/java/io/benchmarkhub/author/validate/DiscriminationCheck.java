package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceChecks.MIN_MODELS_TO_FAIL;
import static io.benchmarkhub.author.validate.ReferenceResults.count;
import static io.benchmarkhub.author.validate.ReferenceResults.pct;
import static io.benchmarkhub.author.validate.ReferenceResults.two;

import io.benchmarkhub.stats.ItemAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code discrimination}: whether the cases tell the reference models apart.
 *
 * <p>A case every reference model scored the same on (every model passed it, or every model failed
 * it) tells models apart not at all. A case with negative discrimination (its corrected item-total
 * correlation, from {@link ItemAnalysis}, below zero: the models that do well elsewhere do worse on
 * it) often has a wrong expected answer. The correlation is computed over the cases every model
 * graded, and only with at least {@value #MIN_MODELS_FOR_CORRELATION} reference models.
 *
 * <p>Thresholds: PASS when at most {@value #MAX_FLAT_PASS} of the cases are non-discriminating and
 * none discriminates negatively; FAIL when more than {@value #MAX_FLAT_WARN} are non-discriminating
 * or more than {@value #MAX_NEGATIVE_WARN} discriminate negatively, and only with at least
 * {@value ReferenceChecks#MIN_MODELS_TO_FAIL} reference models (with fewer the figures are too coarse
 * to fail on);
 * WARN otherwise. Score: 1 &minus; the share of cases that are non-discriminating or negative.
 */
public final class DiscriminationCheck implements Check {
  /** The share of non-discriminating cases a benchmark may have and pass. */
  public static final double MAX_FLAT_PASS = 0.2;
  /** The share of non-discriminating cases above which the check fails (with enough models). */
  public static final double MAX_FLAT_WARN = 0.5;
  /** The share of negatively discriminating cases above which the check fails (with enough models). */
  public static final double MAX_NEGATIVE_WARN = 0.1;
  /** The fewest reference models for which the item-total correlation is computed. */
  public static final int MIN_MODELS_FOR_CORRELATION = 3;

  @Override
  public String id() {
    return "discrimination";
  }

  @Override
  public String title() {
    return "Discriminative power";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.CALIBRATION;
  }

  @Override
  public String description() {
    return "Lists the cases every reference model scored the same on (all passed or all failed: they tell models "
        + "apart not at all) and, with " + MIN_MODELS_FOR_CORRELATION + "+ models, the cases with negative "
        + "discrimination (corrected item-total correlation below 0: models that do well elsewhere do worse here, "
        + "often a wrong expected answer). Passes with at most " + pct(MAX_FLAT_PASS) + " non-discriminating "
        + "cases and none negative; fails above " + pct(MAX_FLAT_WARN) + " non-discriminating or "
        + pct(MAX_NEGATIVE_WARN) + " negative, and only with " + MIN_MODELS_TO_FAIL + "+ models.";
  }

  @Override
  public CheckResult run(ValidationInput input) {
    if (input.references().isEmpty()) {
      return CheckResult.notApplicable(this, ReferenceResults.NO_REFERENCES);
    }
    ReferenceResults refs = ReferenceResults.of(input);
    int models = refs.subjects().size();
    if (models < 2) {
      return CheckResult.notApplicable(this, "One reference model cannot show which cases tell models apart: give "
          + "the results of at least 2 (better " + MIN_MODELS_TO_FAIL + "+) models.");
    }
    List<Integer> items = refs.itemsEveryModelGraded();
    if (items.isEmpty()) {
      return CheckResult.notApplicable(this, "No case was graded for every reference model.");
    }
    List<Finding> findings = new ArrayList<>();
    Set<Integer> flagged = new LinkedHashSet<>();
    int flat = 0;
    int allPass = 0;
    int allFail = 0;
    for (int item : items) {
      double first = refs.score(0, item);
      boolean same = true;
      for (int s = 1; s < models && same; s++) {
        same = refs.score(s, item) == first;
      }
      if (!same) {
        continue;
      }
      flat++;
      flagged.add(item);
      String what;
      if (first == 1) {
        allPass++;
        what = "every reference model passed it";
      } else if (first == 0) {
        allFail++;
        what = "every reference model failed it";
      } else {
        what = "every reference model passed it in the same share of trials (" + two(first) + ")";
      }
      findings.add(Finding.of(refs.caseId(item), refs.location(item), what + ": it does not tell the "
          + models + " models apart"));
    }
    int negative = 0;
    Map<String, Object> figures = new LinkedHashMap<>();
    if (models >= MIN_MODELS_FOR_CORRELATION) {
      ItemAnalysis.Report analysis = ItemAnalysis.analyse(refs.scores(items));
      for (ItemAnalysis.Item it : analysis.items()) {
        if (it.correctedItemTotal() < 0) {
          int item = items.get(it.index());
          negative++;
          flagged.add(item);
          findings.add(Finding.of(refs.caseId(item), refs.location(item), "negative discrimination: corrected "
              + "item-total correlation " + two(it.correctedItemTotal()) + " (the stronger models do worse on it); "
              + "check its expected answer"));
        }
      }
    }
    double flatShare = (double) flat / items.size();
    double negativeShare = (double) negative / items.size();
    figures.put("models", models);
    figures.put("cases", items.size());
    figures.put("allPass", allPass);
    figures.put("allFail", allFail);
    figures.put("nonDiscriminatingShare", flatShare);
    figures.put("negative", models >= MIN_MODELS_FOR_CORRELATION ? negative : "not measured");
    double score = 1 - (double) flagged.size() / items.size();
    boolean coarse = models < MIN_MODELS_TO_FAIL;
    CheckStatus status;
    if (!coarse && (flatShare > MAX_FLAT_WARN || negativeShare > MAX_NEGATIVE_WARN)) {
      status = CheckStatus.FAIL;
    } else if (flatShare > MAX_FLAT_PASS || negative > 0) {
      status = CheckStatus.WARN;
    } else {
      status = CheckStatus.PASS;
    }
    String summary = pct(flatShare) + " of " + count(items.size(), "case") + " do not tell the " + models
        + " reference models apart (" + allPass + " all pass, " + allFail + " all fail)"
        + (models >= MIN_MODELS_FOR_CORRELATION
            ? "; " + count(negative, "case") + (negative == 1 ? " discriminates" : " discriminate") + " negatively"
            : "; negative discrimination needs " + MIN_MODELS_FOR_CORRELATION + "+ models")
        + (coarse ? "; with only " + models + " models these figures are coarse, so the check warns but does not "
            + "fail" : "") + ".";
    return CheckResult.of(this, status, score, summary, findings, figures,
        "Replace cases every model passes with harder variants, check the expected answers of cases every model "
            + "fails and of negatively discriminating ones (a wrong expected answer is the usual cause), and "
            + (coarse ? "add reference models (" + MIN_MODELS_TO_FAIL + "+) for firmer figures." : "re-run."));
  }
}
