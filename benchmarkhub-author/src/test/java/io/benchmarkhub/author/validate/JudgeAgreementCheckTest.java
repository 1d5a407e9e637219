package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceRuns.cases;
import static io.benchmarkhub.author.validate.ReferenceRuns.input;
import static io.benchmarkhub.author.validate.ReferenceRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.judge.Calibration;
import io.benchmarkhub.judge.HumanLabel;
import io.benchmarkhub.judge.HumanLabels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeAgreementCheckTest {
  @TempDir
  Path dir;

  private final JudgeAgreementCheck check = new JudgeAgreementCheck();

  @Test
  void thePanelsFleissKappaIsComparedWithTheTargetAndItsSplitCasesListed() {
    List<TestCase> cases = cases("q1", "q2", "q3", "q4");
    RunSummary refs = run(dir, cases, Map.of("a", "P P S F"), 1, ReferenceRuns.PANEL);

    CheckResult r = check.run(input(cases, refs));

    // [fail, pass] per trial: [0,3] [0,3] [1,2] [3,0]; P = (1 + 1 + 1/3 + 1) / 4 = 5/6, Pe = (2/3)^2 + (1/3)^2 = 5/9
    double kappa = (5 / 6.0 - 5 / 9.0) / (1 - 5 / 9.0);
    assertThat(kappa).isCloseTo(0.625, within(1e-12));
    assertThat((double) r.figures().get("lowestKappa")).isCloseTo(kappa, within(1e-12));
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.score()).isCloseTo(0.625 / 0.7, within(1e-12));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.caseIds()).containsExactly("q3");
      assertThat(f.message()).isEqualTo("the judge panel split on 1 of 1 graded answer to this case");
    });
    assertThat(r.summary()).startsWith("The lowest judge agreement is 0.63 (target 0.70): panel trio (run "
        + refs.runId() + ", Fleiss' kappa); 1 case split a panel.");
  }

  @Test
  void withHumanLabelsTheRunsVerdictsAreCalibratedByCohensKappa() {
    List<TestCase> cases = cases("q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9");
    RunSummary refs = run(dir, cases, Map.of("a", "P P P P P P F F F F"));
    List<HumanLabel> labels = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      labels.add(HumanLabel.of("q" + i, i < 5 || i == 9));
    }
    JudgeAgreementCheck calibrated = JudgeAgreementCheck.calibratedAgainst(
        Calibration.against(HumanLabels.of("labels.jsonl", labels)));

    CheckResult r = calibrated.run(input(cases, refs));

    // both pass q0-q4, both fail q6-q8, q5 judge only, q9 people only: po 0.8, pe 0.6^2 + 0.4^2 = 0.52
    double kappa = (0.8 - 0.52) / (1 - 0.52);
    assertThat((double) r.figures().get("lowestKappa")).isCloseTo(kappa, within(1e-12));
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.summary()).contains("vs human labels (run " + refs.runId() + ", Cohen's kappa on 10 trials)");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void doesNotApplyWhenNoAgreementWasMeasuredAndSaysHowToMeasureIt() {
    List<TestCase> cases = cases("q1");
    CheckResult r = check.run(input(cases, run(dir, cases, Map.of("a", "P"))));
    assertThat(r.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
    assertThat(r.summary()).contains("Judges.panel").contains("validate --human-labels FILE");
  }
}
