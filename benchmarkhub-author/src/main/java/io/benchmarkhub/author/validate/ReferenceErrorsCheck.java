package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceResults.count;
import static io.benchmarkhub.author.validate.ReferenceResults.pct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code reference-errors}: the cases that break providers or judges, from the share of reference
 * trials on each case that errored (prompt, provider or judge) or whose judge answer could not be read
 * as a grade. Skipped trials (never run: a missing key, the budget) are left out.
 *
 * <p>Thresholds: PASS when at most {@value #MAX_ERROR_SHARE_PASS} of all trials errored and no case
 * errored on every trial; FAIL when at least {@value #MAX_BROKEN_SHARE_WARN} of the cases errored on
 * every trial (they break every model, a defect of the cases rather than an outage); WARN otherwise.
 * Score: 1 &minus; the share of trials that errored. Findings list every case with an error, the worst
 * first, with the kinds of error.
 */
public final class ReferenceErrorsCheck implements Check {
  /** The share of errored trials a benchmark may have and pass. */
  public static final double MAX_ERROR_SHARE_PASS = 0.01;
  /** The share of cases erroring on every trial at or above which the check fails. */
  public static final double MAX_BROKEN_SHARE_WARN = 0.05;

  @Override
  public String id() {
    return "reference-errors";
  }

  @Override
  public String title() {
    return "Errors on reference runs";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.CALIBRATION;
  }

  @Override
  public String description() {
    return "The share of the reference models' trials on each case that errored (prompt, provider or judge) or "
        + "whose judge answer could not be read as a grade; skipped trials are left out. Passes with at most "
        + pct(MAX_ERROR_SHARE_PASS) + " errored trials and no case erroring on every trial; fails when "
        + pct(MAX_BROKEN_SHARE_WARN) + "+ of the cases error on every trial.";
  }

  @Override
  public CheckResult run(ValidationInput input) {
    if (input.references().isEmpty()) {
      return CheckResult.notApplicable(this, ReferenceResults.NO_REFERENCES);
    }
    ReferenceResults refs = ReferenceResults.of(input);
    long trials = 0;
    long errored = 0;
    long unparseable = 0;
    int casesRun = 0;
    int broken = 0;
    List<Integer> withErrors = new ArrayList<>();
    for (int i = 0; i < refs.cases().size(); i++) {
      trials += refs.trials(i);
      errored += refs.errored(i);
      unparseable += refs.unparseable(i);
      if (refs.trials(i) > 0) {
        casesRun++;
      }
      if (refs.errored(i) > 0) {
        withErrors.add(i);
        if (refs.errored(i) == refs.trials(i)) {
          broken++;
        }
      }
    }
    if (trials == 0) {
      return CheckResult.notApplicable(this, "The reference runs hold no trial of this dataset's cases"
          + (refs.unknownCaseTrials() > 0 ? " (" + refs.unknownCaseTrials() + " trials of other cases)" : "") + ".");
    }
    withErrors.sort(Comparator.comparingDouble((Integer i) -> -(double) refs.errored(i) / refs.trials(i)));
    List<Finding> findings = new ArrayList<>();
    for (int i : withErrors) {
      String kinds = refs.errorKinds(i).entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
          .collect(Collectors.joining(", "));
      findings.add(Finding.of(refs.caseId(i), refs.location(i), refs.errored(i) + " of "
          + count(refs.trials(i), "reference trial") + " errored (" + kinds + ")"));
    }
    double errorShare = (double) errored / trials;
    double brokenShare = (double) broken / casesRun;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("trials", trials);
    figures.put("errored", errored);
    figures.put("unparseable", unparseable);
    figures.put("errorShare", errorShare);
    figures.put("casesWithErrors", withErrors.size());
    figures.put("casesErroringEveryTrial", broken);
    if (refs.unknownCaseTrials() > 0) {
      figures.put("trialsOfOtherCases", refs.unknownCaseTrials());
    }
    CheckStatus status = brokenShare >= MAX_BROKEN_SHARE_WARN ? CheckStatus.FAIL
        : errorShare > MAX_ERROR_SHARE_PASS || broken > 0 ? CheckStatus.WARN : CheckStatus.PASS;
    String summary = pct(errorShare) + " of " + count(trials, "reference trial") + " errored (" + unparseable
        + " with an unparseable judge answer); " + count(withErrors.size(), "case") + " had an error and "
        + broken + " errored on every trial.";
    return CheckResult.of(this, status, 1 - errorShare, summary, findings, figures,
        "Read the errors of the listed cases: inputs too long for a context window, content filters or prompts a "
            + "judge cannot grade are defects of the case; rate limits and timeouts are not, so re-run those.");
  }
}
