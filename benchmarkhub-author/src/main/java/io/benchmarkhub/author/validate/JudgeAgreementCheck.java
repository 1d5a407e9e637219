package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceResults.count;
import static io.benchmarkhub.author.validate.ReferenceResults.two;

import io.benchmarkhub.api.JudgeAgreement;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.judge.Calibration;
import io.benchmarkhub.judge.CalibrationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code judge-agreement}: whether the judges that graded the reference runs can be trusted, by kappa
 * against {@link ValidationSettings#kappaTarget()}.
 *
 * <p>Two measurements count, whichever the references have: the agreement of each judge panel's
 * members ({@link RunSummary#judgeAgreement()}: Fleiss' kappa, or Krippendorff's alpha where kappa is
 * undefined), and, when the check is made with {@link #calibratedAgainst(Calibration)}, Cohen's kappa
 * of the run's verdicts against human labels. The lowest one decides. Findings are the cases on which a
 * panel's members split (some passed, some failed the same answer).
 *
 * <p>Thresholds: PASS when every kappa reaches the target; FAIL when the lowest is more than
 * {@value #FAIL_MARGIN} below it; WARN otherwise, and when nothing could be measured (every rating
 * the same). Score: min(1, max(0, lowest kappa) / target). Not applicable when no agreement was
 * measured.
 */
public final class JudgeAgreementCheck implements Check {
  /** How far below the target the lowest kappa must fall for the check to fail. */
  public static final double FAIL_MARGIN = 0.2;

  private final Calibration calibration;

  /** Makes the check reading the panels' agreement only. */
  public JudgeAgreementCheck() {
    this(null);
  }

  private JudgeAgreementCheck(Calibration calibration) {
    this.calibration = calibration;
  }

  /**
   * {@return the check that also calibrates each reference run's verdicts against human labels}
   *
   * @param calibration the labels and options, e.g. {@code Calibration.against(Path.of("labels.jsonl"))}
   */
  public static JudgeAgreementCheck calibratedAgainst(Calibration calibration) {
    return new JudgeAgreementCheck(Objects.requireNonNull(calibration, "calibration"));
  }

  @Override
  public String id() {
    return "judge-agreement";
  }

  @Override
  public String title() {
    return "Judge agreement";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.CALIBRATION;
  }

  @Override
  public String description() {
    return "Kappa of the judges that graded the reference runs, against the kappa target (default 0.7): Fleiss' "
        + "kappa among each judge panel's members (Krippendorff's alpha where kappa is undefined) and, given human "
        + "labels, Cohen's kappa of the verdicts against them. The lowest decides; fails more than " + FAIL_MARGIN
        + " below the target. Lists the cases on which a panel split.";
  }

  @Override
  public CheckResult run(ValidationInput input) {
    if (input.references().isEmpty()) {
      return CheckResult.notApplicable(this, ReferenceResults.NO_REFERENCES);
    }
    Map<String, Object> kappas = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (RunSummary run : input.references()) {
      for (JudgeAgreement a : run.judgeAgreement()) {
        boolean fleiss = !Double.isNaN(a.fleissKappa());
        kappas.put("panel " + a.judge() + " (run " + run.runId() + ", " + (fleiss ? "Fleiss' kappa" : "Krippendorff's "
            + "alpha") + ")", fleiss ? a.fleissKappa() : a.krippendorffAlpha());
      }
      if (calibration != null) {
        try {
          CalibrationReport report = calibration.report(run);
          kappas.put(report.target() + " vs human labels (run " + run.runId() + ", Cohen's kappa on "
              + report.matched() + " trials)", report.consensusScore());
        } catch (IllegalArgumentException e) {
          problems.add("run " + run.runId() + " could not be calibrated: " + e.getMessage());
        }
      }
    }
    if (kappas.isEmpty()) {
      return CheckResult.notApplicable(this, "No judge agreement was measured: grade the reference runs with a judge "
          + "panel (Judges.panel(...)), or give human labels of the reference trials (validate --human-labels FILE, "
          + "or JudgeAgreementCheck.calibratedAgainst(...))." + (problems.isEmpty() ? "" : " " + String.join("; ", problems) + "."));
    }
    double target = input.settings().kappaTarget();
    double lowest = Double.NaN;
    String lowestName = "";
    for (Map.Entry<String, Object> e : kappas.entrySet()) {
      double k = (Double) e.getValue();
      if (!Double.isNaN(k) && (Double.isNaN(lowest) || k < lowest)) {
        lowest = k;
        lowestName = e.getKey();
      }
    }
    List<Finding> findings = splitCases(input);
    for (String problem : problems) {
      findings.add(0, Finding.general(problem));
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("lowestKappa", lowest);
    figures.put("target", target);
    figures.put("kappas", kappas);
    CheckStatus status = Double.isNaN(lowest) || lowest < target && lowest >= target - FAIL_MARGIN ? CheckStatus.WARN
        : lowest < target ? CheckStatus.FAIL : CheckStatus.PASS;
    double score = Double.isNaN(lowest) ? 0.5 : Math.min(1, Math.max(0, lowest) / target);
    String summary = (Double.isNaN(lowest)
        ? "Judge agreement could not be measured (every rating the same) in " + count(kappas.size(), "measurement")
        : "The lowest judge agreement is " + two(lowest) + " (target " + two(target) + "): " + lowestName)
        + (findings.isEmpty() ? "" : "; " + count(findings.size() - problems.size(), "case") + " split a panel") + ".";
    return CheckResult.of(this, status, score, summary, findings, figures,
        "Read the split cases: sharpen the rubric or the expected answer where the judges disagree, use a stronger "
            + "judge model, and calibrate against a few dozen human labels before trusting the verdicts.");
  }

  /** {@return one finding per case on which some panel's members split, with how often} */
  private static List<Finding> splitCases(ValidationInput input) {
    Map<String, TestCase> cases = new HashMap<>();
    input.cases().forEach(c -> cases.putIfAbsent(c.id(), c));
    Map<String, int[]> splits = new LinkedHashMap<>();
    for (RunSummary run : input.references()) {
      for (TrialResult t : run.trials()) {
        for (Verdict v : t.verdicts()) {
          if (v.parts().isEmpty() || !cases.containsKey(t.caseId())) {
            continue;
          }
          boolean pass = v.parts().stream().anyMatch(p -> p.status() == Verdict.Status.PASS);
          boolean fail = v.parts().stream().anyMatch(p -> p.status() == Verdict.Status.FAIL);
          int[] c = splits.computeIfAbsent(t.caseId(), k -> new int[2]);
          c[1]++;
          if (pass && fail) {
            c[0]++;
          }
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : splits.entrySet()) {
      int[] c = e.getValue();
      if (c[0] > 0) {
        out.add(Finding.of(e.getKey(), cases.get(e.getKey()).source().orElse(null), "the judge panel split on "
            + c[0] + " of " + count(c[1], "graded answer") + " to this case"));
      }
    }
    return out;
  }
}
