package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceResults.count;
import static io.benchmarkhub.author.validate.ReferenceResults.pct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code flaky-items}: the cases whose verdict differs across repeats of the same reference model (it
 * passed some of its graded trials on the case and failed others). Such a case measures noise as much
 * as skill. It needs repeats: a case counts when some model graded it at least twice.
 *
 * <p>Thresholds: PASS when at most {@value #MAX_FLAKY_PASS} of the repeated cases are flaky; FAIL
 * above {@value #MAX_FLAKY_WARN}; WARN between. Score: 1 &minus; the share of flaky cases.
 */
public final class FlakyItemsCheck implements Check {
  /** The share of flaky cases a benchmark may have and pass. */
  public static final double MAX_FLAKY_PASS = 0.05;
  /** The share of flaky cases above which the check fails. */
  public static final double MAX_FLAKY_WARN = 0.2;

  @Override
  public String id() {
    return "flaky-items";
  }

  @Override
  public String title() {
    return "Flaky cases";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.CALIBRATION;
  }

  @Override
  public String description() {
    return "Cases whose verdict differs across repeats of the same reference model (passed some graded trials, "
        + "failed others), over the cases some model graded at least twice. Passes with at most "
        + pct(MAX_FLAKY_PASS) + " flaky cases, fails above " + pct(MAX_FLAKY_WARN) + ".";
  }

  @Override
  public CheckResult run(ValidationInput input) {
    if (input.references().isEmpty()) {
      return CheckResult.notApplicable(this, ReferenceResults.NO_REFERENCES);
    }
    ReferenceResults refs = ReferenceResults.of(input);
    int repeated = 0;
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < refs.cases().size(); i++) {
      boolean anyRepeated = false;
      List<String> flips = new ArrayList<>();
      for (int s = 0; s < refs.subjects().size(); s++) {
        int graded = refs.graded(s, i);
        int passed = refs.passed(s, i);
        anyRepeated |= graded >= 2;
        if (passed > 0 && passed < graded) {
          flips.add(refs.subjects().get(s) + " passed " + passed + " of " + graded);
        }
      }
      if (anyRepeated) {
        repeated++;
      }
      if (!flips.isEmpty()) {
        findings.add(Finding.of(refs.caseId(i), refs.location(i), "the verdict differs across repeats: "
            + String.join(", ", flips)));
      }
    }
    if (repeated == 0) {
      return CheckResult.notApplicable(this, "No reference model graded a case more than once: run the references "
          + "with repeats (e.g. repeat(3)) to find flaky cases.");
    }
    double share = (double) findings.size() / repeated;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("repeatedCases", repeated);
    figures.put("flakyCases", findings.size());
    figures.put("flakyShare", share);
    CheckStatus status = share > MAX_FLAKY_WARN ? CheckStatus.FAIL
        : share > MAX_FLAKY_PASS ? CheckStatus.WARN : CheckStatus.PASS;
    String summary = count(findings.size(), "case") + " of " + repeated + " repeated (" + pct(share)
        + ") got different verdicts from the same model.";
    return CheckResult.of(this, status, 1 - share, summary, findings, figures,
        "Make the listed cases' expected answers unambiguous (or the judge stricter about form), and run the "
            + "benchmark at temperature 0; report pass rates over several repeats where flakiness remains.");
  }
}
