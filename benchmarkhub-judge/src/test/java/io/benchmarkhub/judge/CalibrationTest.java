package io.benchmarkhub.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialResults;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.stats.ConfusionMatrix;
import io.benchmarkhub.stats.Correlation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  /**
   * The run the labels in labels/main.* are for: cases c01 to c10 on models m1 and m2, plus m3, whose
   * only trials are c01 (errored) and c02 (skipped). The labels carry no model, so each applies to the
   * case's trial on every model. People pass c01-c05 and fail c06-c10; the judges' overall verdict:
   *
   * <pre>
   *        c01 c02 c03 c04 c05 | c06 c07 c08 c09 c10
   *   m1   P   P   P   P   P   | P   F   F   F   F      human×judge: pp 5, pf 0, fp 1, ff 4
   *   m2   P   P   P   P   F   | P   F   F   F   F      human×judge: pp 4, pf 1, fp 1, ff 4
   * </pre>
   *
   * <p>Over both models the confusion matrix (rows human, columns judge; pass, fail) is [[9, 1], [2, 8]]
   * on n = 20: p_o = (9 + 8) / 20 = 0.85; the human marginals are 10/20 pass and 10/20 fail, the judge's
   * 11/20 and 9/20, so p_e = 0.5 × 0.55 + 0.5 × 0.45 = 0.5, and kappa = (0.85 − 0.5) / (1 − 0.5) = 0.70.
   * Per model: m1 p_o = 0.9, marginals 5/5 and 6/4, p_e = 0.5, kappa = 0.8; m2 p_o = 0.8, marginals
   * 5/5 and 5/5, p_e = 0.5, kappa = 0.6. Raw agreement 17/20 = 85%, Wilson 95% interval
   * (0.85 + z²/40 ∓ z √(0.85 × 0.15 / 20 + z² / 1600)) / (1 + z²/20) with z = 1.96: 0.640 to 0.948.
   */
  static RunSummary mainRun() {
    List<TrialResult> trials = new ArrayList<>();
    for (int c = 1; c <= 10; c++) {
      String id = String.format("c%02d", c);
      trials.add(trial(c, id, "m1", 1, c <= 6 ? TrialStatus.PASS : TrialStatus.FAIL));
      trials.add(trial(c, id, "m2", 1, c <= 4 || c == 6 ? TrialStatus.PASS : TrialStatus.FAIL));
      if (c == 1) {
        trials.add(errored(c, id, "m3", TrialStatus.ERROR));
      } else if (c == 2) {
        trials.add(errored(c, id, "m3", TrialStatus.SKIPPED));
      }
    }
    return run(trials);
  }

  @Test
  void kappaAgreementAndConfusionMatrixMatchTheHandComputation() {
    CalibrationReport report = Calibration.of(mainRun(), HumanLabels.classpath("labels/main.jsonl"));

    assertThat(report.matched()).isEqualTo(20);
    assertThat(report.confusion()).isEqualTo(new ConfusionMatrix(List.of("pass", "fail"), new long[][] {{9, 1}, {2, 8}}));
    assertThat(report.kappa().observedAgreement()).isCloseTo(0.85, within(1e-12));
    assertThat(report.kappa().expectedAgreement()).isCloseTo(0.50, within(1e-12));
    assertThat(report.consensusScore()).isCloseTo(0.70, within(1e-12));
    assertThat(report.kappa().n()).isEqualTo(20);
    assertThat(report.agreement().estimate()).isCloseTo(0.85, within(1e-12));
    assertThat(report.agreement().lower()).isCloseTo(0.640, within(5e-4));
    assertThat(report.agreement().upper()).isCloseTo(0.948, within(5e-4));
    assertThat(report.models()).extracting(CalibrationReport.ModelAgreement::model).containsExactly("m1", "m2");
    assertThat(report.models().get(0).kappa().kappa()).isCloseTo(0.8, within(1e-12));
    assertThat(report.models().get(1).kappa().kappa()).isCloseTo(0.6, within(1e-12));
    assertThat(report.judge()).isNull();
    assertThat(report.threshold()).isEqualTo(0.7);
  }

  @Test
  void csvLabelsGiveTheSameReport() {
    CalibrationReport jsonl = Calibration.of(mainRun(), HumanLabels.classpath("labels/main.jsonl"));
    CalibrationReport csv = Calibration.against("classpath:labels/main.csv").report(mainRun());

    assertThat(csv.confusion()).isEqualTo(jsonl.confusion());
    assertThat(csv.kappa()).isEqualTo(jsonl.kappa());
    assertThat(csv.unmatchedExamples()).isEqualTo(jsonl.unmatchedExamples());
    assertThat(csv.labelsSource()).isEqualTo("classpath:labels/main.csv");
  }

  @Test
  void modelLessLabelsApplyToEveryModelsTrial() {
    RunSummary run = run(List.of(
        trial(0, "a", "m1", 1, TrialStatus.PASS),
        trial(0, "a", "m2", 1, TrialStatus.FAIL),
        trial(0, "a", "m3", 1, TrialStatus.PASS)));

    CalibrationReport report = Calibration.of(run, HumanLabels.of("mine", List.of(HumanLabel.of("a", true))));

    assertThat(report.matched()).isEqualTo(3);
    assertThat(report.confusion().counts()).isEqualTo(new long[][] {{2, 1}, {0, 0}});
    assertThat(report.unmatchedLabels()).isZero();
  }

  @Test
  void labelsThatMatchNoTrialAreCountedAndListed() {
    CalibrationReport report = Calibration.of(mainRun(), HumanLabels.classpath("labels/main.jsonl"));

    assertThat(report.labels()).isEqualTo(12);
    assertThat(report.unmatchedLabels()).isEqualTo(2);
    assertThat(report.unmatchedExamples()).containsExactly("c11 × m9", "c99");
  }

  @Test
  void onlyTheFirstFewUnmatchedLabelsAreListedButAllAreCounted() {
    List<HumanLabel> labels = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      labels.add(HumanLabel.of("gone-" + i, true));
    }
    labels.add(HumanLabel.of("a", true).forModel("m1").onRepeat(2));
    RunSummary run = run(List.of(trial(0, "a", "m1", 1, TrialStatus.PASS)));

    CalibrationReport report = Calibration.of(run, HumanLabels.of("mine", labels));

    assertThat(report.unmatchedLabels()).isEqualTo(8);
    assertThat(report.unmatchedExamples()).containsExactly("gone-1", "gone-2", "gone-3", "gone-4", "gone-5");
    assertThat(report.toText()).contains("  8 labels matched no trial: gone-1, gone-2, gone-3, gone-4, gone-5, ...\n");
  }

  @Test
  void erroredAndSkippedTrialsAreCountedApartAndLeftOut() {
    CalibrationReport report = Calibration.of(mainRun(), HumanLabels.classpath("labels/main.jsonl"));

    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.confusion().total()).isEqualTo(20);
    assertThat(report.models()).extracting(CalibrationReport.ModelAgreement::model).doesNotContain("m3");
  }

  @Test
  void warnsBelowTheThresholdAndNotAtOrAbove() {
    Calibration calibration = Calibration.against(HumanLabels.classpath("labels/main.jsonl"));

    CalibrationReport strict = calibration.threshold(0.75).report(mainRun());
    CalibrationReport lenient = calibration.threshold(0.6).report(mainRun());

    assertThat(strict.trusted()).isFalse();
    assertThat(strict.warning()).contains("the overall verdict agrees with humans at kappa 0.70 < 0.75 on 20 trials:"
        + " treat its verdicts with care.");
    assertThat(lenient.trusted()).isTrue();
    assertThat(lenient.warning()).isEmpty();
  }

  /**
   * Confusion [[19, 1], [1, 3]] on n = 24: p_o = 22/24, p_e = (20 × 20 + 4 × 4) / 576 = 416/576, kappa =
   * (528 − 416) / (576 − 416) = 112/160 = 0.7 exactly, which the division gives as 0.6999999999999997.
   */
  @Test
  void aKappaOfExactlyTheThresholdIsTrustedDespiteRounding() {
    List<TrialResult> trials = new ArrayList<>();
    List<HumanLabel> labels = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      boolean human = i < 20; // 0-18 both pass, 19 human pass × judge fail, 20 fail × pass, 21-23 both fail
      boolean judge = i < 19 || i == 20;
      trials.add(trial(i, "t" + i, "m1", 1, judge ? TrialStatus.PASS : TrialStatus.FAIL));
      labels.add(HumanLabel.of("t" + i, human));
    }
    CalibrationReport atThreshold = Calibration.of(run(trials), HumanLabels.of("mine", labels));
    CalibrationReport justAbove = Calibration.against(HumanLabels.of("mine", labels)).threshold(0.7001)
        .report(run(trials));

    assertThat(atThreshold.confusion().counts()).isEqualTo(new long[][] {{19, 1}, {1, 3}});
    assertThat(atThreshold.consensusScore()).isLessThan(0.7).isCloseTo(0.7, within(1e-12));
    assertThat(atThreshold.trusted()).isTrue();
    assertThat(atThreshold.warning()).isEmpty();
    assertThat(justAbove.trusted()).isFalse();
    assertThat(justAbove.warning()).contains("the overall verdict agrees with humans at kappa 0.7000 < 0.7001 on 24"
        + " trials: treat its verdicts with care.");
  }

  @Test
  void warnsWhenTooFewTrialsWereComparedWhateverTheKappa() {
    CalibrationReport report = Calibration.of(scoresRun(), HumanLabels.classpath("labels/scores.jsonl"));

    assertThat(report.matched()).isEqualTo(6);
    assertThat(report.consensusScore()).isEqualTo(1.0);
    assertThat(report.trusted()).isFalse();
    assertThat(report.warning()).contains("the overall verdict was compared with humans on only 6 trials (fewer than"
        + " 10): too few to say whether it agrees with them (kappa 1.00). Label more trials.");
    assertThat(Calibration.against(HumanLabels.classpath("labels/scores.jsonl")).minTrials(6).report(scoresRun())
        .trusted()).isTrue();
  }

  @Test
  void warnsWhenKappaIsUndefinedOrNothingMatched() {
    List<TrialResult> trials = new ArrayList<>();
    List<HumanLabel> labels = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      trials.add(trial(i, "p" + i, "m1", 1, TrialStatus.PASS));
      labels.add(HumanLabel.of("p" + i, true));
    }
    CalibrationReport allPass = Calibration.of(run(trials), HumanLabels.of("mine", labels));
    CalibrationReport none = Calibration.of(run(trials), HumanLabels.of("mine", List.of(HumanLabel.of("x", true))));

    assertThat(allPass.consensusScore()).isNaN();
    assertThat(allPass.warning()).contains("the overall verdict and the humans put all 12 trials in the same category"
        + " (pass), so kappa is undefined: agreement cannot be told from chance. Label trials of both outcomes.");
    assertThat(none.matched()).isZero();
    assertThat(none.warning()).contains("no human label matched a trial graded by the overall verdict, so there is"
        + " nothing to compare (1 of 1 labels matched no trial, 0 labelled trials errored, 0 were skipped). Check"
        + " the case ids and models in mine.");
  }

  /**
   * Scores (labels/scores.*): people 0.1 0.2 0.3 0.4 0.5 on s1-s5 and none on s6; the judge 0.2 0.1
   * 0.4 0.3 0.5 (and 0.9 on s6, left out: the person gave no score). Ranks 1 2 3 4 5 against 2 1 4 3 5,
   * differences −1 1 −1 1 0, Σd² = 4, so Spearman's rho = 1 − 6 × 4 / (5 × (25 − 1)) = 0.8. Of the 10
   * pairs, (s1, s2) and (s3, s4) are discordant and 8 concordant, no ties: tau-b = (8 − 2) / 10 = 0.6.
   */
  static RunSummary scoresRun() {
    double[] judge = {0.2, 0.1, 0.4, 0.3, 0.5, 0.9};
    List<TrialResult> trials = new ArrayList<>();
    for (int i = 0; i < judge.length; i++) {
      trials.add(trial(i, "s" + (i + 1), "m1", 1, i < 2 ? TrialStatus.FAIL : TrialStatus.PASS, judge[i],
          List.of()));
    }
    return run(trials);
  }

  @Test
  void spearmanAndKendallOnTrialsWhereBothGaveScores() {
    CalibrationReport jsonl = Calibration.of(scoresRun(), HumanLabels.classpath("labels/scores.jsonl"));
    CalibrationReport csv = Calibration.of(scoresRun(), HumanLabels.classpath("labels/scores.csv"));

    assertThat(jsonl.spearman().n()).isEqualTo(5);
    assertThat(jsonl.spearman().coefficient()).isCloseTo(0.8, within(1e-12));
    assertThat(jsonl.kendall().n()).isEqualTo(5);
    assertThat(jsonl.kendall().coefficient()).isCloseTo(0.6, within(1e-12));
    double[] human = {0.1, 0.2, 0.3, 0.4, 0.5};
    double[] judge = {0.2, 0.1, 0.4, 0.3, 0.5};
    assertThat(jsonl.spearman()).isEqualTo(Correlation.spearman(human, judge));
    assertThat(jsonl.kendall()).isEqualTo(Correlation.kendall(human, judge));
    assertThat(csv.spearman()).isEqualTo(jsonl.spearman());
    assertThat(csv.kendall()).isEqualTo(jsonl.kendall());
  }

  /**
   * Two judges, "exact" and "tone". Labels without a judge are compared with whichever is calibrated;
   * one naming "exact" wins over the judge-less label of the same trial; labels for "tone" are counted
   * apart when "exact" is calibrated. "exact" errs on b × m1: left out as an error, while the trial's
   * overall status is ERROR too.
   */
  @Test
  void calibratesOneJudgeByItsOwnVerdicts() {
    RunSummary run = run(List.of(
        trial(0, "a", "m1", 1, TrialStatus.FAIL, 0.0, List.of(pass("exact"), fail("tone"))),
        trial(1, "b", "m1", 1, TrialStatus.ERROR, Double.NaN, List.of(Verdict.error("timeout").named("exact"),
            pass("tone"))),
        trial(2, "c", "m1", 1, TrialStatus.FAIL, 0.0, List.of(fail("exact"), pass("tone")))));
    HumanLabels labels = HumanLabels.of("mine", List.of(
        HumanLabel.of("a", true),
        HumanLabel.of("b", true),
        HumanLabel.of("c", true),
        HumanLabel.of("c", false).forJudge("exact"),
        HumanLabel.of("a", false).forJudge("tone")));

    CalibrationReport exact = Calibration.against(labels).judge("exact").report(run);
    CalibrationReport tone = Calibration.against(labels).judge("tone").report(run);
    CalibrationReport overall = Calibration.of(run, labels);

    // exact: a human pass × judge pass; c human fail (the label naming exact) × judge fail; b errored.
    assertThat(exact.confusion().counts()).isEqualTo(new long[][] {{1, 0}, {0, 1}});
    assertThat(exact.errors()).isEqualTo(1);
    assertThat(exact.otherJudgeLabels()).isEqualTo(1);
    assertThat(exact.labels()).isEqualTo(4);
    assertThat(exact.target()).isEqualTo("judge 'exact'");
    // tone: a human fail (the label naming tone) × fail; b pass × pass; c pass × pass.
    assertThat(tone.confusion().counts()).isEqualTo(new long[][] {{2, 0}, {0, 1}});
    assertThat(tone.errors()).isZero();
    // overall: labels naming a judge are not used; a pass × FAIL, c pass × FAIL, b errored.
    assertThat(overall.confusion().counts()).isEqualTo(new long[][] {{0, 2}, {0, 0}});
    assertThat(overall.otherJudgeLabels()).isEqualTo(2);
    assertThat(overall.errors()).isEqualTo(1);
  }

  @Test
  void aJudgeTheRunNeverHeardOfIsNamedWithTheOnesItHas() {
    RunSummary run = run(List.of(trial(0, "a", "m1", 1, TrialStatus.PASS, 1.0, List.of(pass("exact"), pass("tone")))));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Calibration.against(HumanLabels.of("mine", List.of(HumanLabel.of("a", true))))
            .judge("exatc").report(run))
        .withMessage("the run has no verdicts from a judge named 'exatc'; its judges are [exact, tone]. Calibrate"
            + " one of those, or leave judge(...) out to compare the overall verdict.");
  }

  @Test
  void repeatsAreMatchedOneByOneOrAllAtOnce() {
    RunSummary run = run(List.of(
        trial(0, "a", "m1", 1, TrialStatus.PASS),
        trial(0, "a", "m1", 2, TrialStatus.FAIL),
        trial(1, "b", "m1", 1, TrialStatus.PASS),
        trial(1, "b", "m1", 2, TrialStatus.FAIL)));
    HumanLabels labels = HumanLabels.of("mine", List.of(
        HumanLabel.of("a", true), // repeat 1 only, by default
        HumanLabel.of("b", true).onRepeat(HumanLabel.EVERY_REPEAT)));

    CalibrationReport report = Calibration.of(run, labels);

    assertThat(report.matched()).isEqualTo(3);
    assertThat(report.confusion().counts()).isEqualTo(new long[][] {{2, 1}, {0, 0}});
  }

  @Test
  void streamsTheTrialsOnceAndNeverLoadsThemWhole() {
    List<TrialResult> trials = mainRun().trials().toList();
    AtomicInteger streams = new AtomicInteger();
    TrialResults fromDisk = new TrialResults() {
      @Override
      public long size() {
        return trials.size();
      }

      @Override
      public Stream<TrialResult> stream() {
        streams.incrementAndGet();
        return trials.stream();
      }

      @Override
      public List<TrialResult> toList() {
        throw new AssertionError("a calibration must not load every trial");
      }
    };
    RunSummary run = new RunSummary("bench", "1", "run-1", T0, T0,
        new io.benchmarkhub.api.RunInfo("cases.jsonl", 0, "", "", 1, List.of(), List.of(), List.of(), "test"),
        List.of(), fromDisk, List.of(), List.of(),
        List.of(), null);

    CalibrationReport report = Calibration.of(run, HumanLabels.classpath("labels/main.jsonl"));

    assertThat(report.matched()).isEqualTo(20);
    assertThat(streams).hasValue(1);
  }

  @Test
  void toTextShowsKappaAgreementMatrixCorrelationsModelsAndTheWarning() {
    CalibrationReport report = Calibration.against("classpath:labels/main.jsonl").threshold(0.75).report(mainRun());

    assertThat(report.toText()).isEqualTo("""
        Judge Consensus Score of the overall verdict against classpath:labels/main.jsonl
          kappa 0.70 on 20 trials (observed agreement 0.85, by chance 0.50), trusted at >= 0.75: no
          agreement 85.0% (17 of 20, 95% CI 64.0% to 94.8%)
                     judge pass judge fail
          human pass          9          1
          human fail          2          8
          scores: no compared trial has both a human and a judge score
          per model: m1 kappa 0.80 on 10; m2 kappa 0.60 on 10
          left out: 1 labelled trials that errored, 1 skipped
          2 labels matched no trial: c11 × m9, c99
          warning: the overall verdict agrees with humans at kappa 0.70 < 0.75 on 20 trials: treat its verdicts\
         with care.
        """);
  }

  @Test
  void toTextGivesTheCorrelationsWhenThereAreScores() {
    String text = Calibration.of(scoresRun(), HumanLabels.classpath("labels/scores.csv")).toText();

    assertThat(text).contains("  scores on 5 trials: Spearman rho 0.80 (p 0.104), Kendall tau-b 0.60 (p 0.142)\n");
  }

  @Test
  void optionsAreChecked() {
    Calibration c = Calibration.against(HumanLabels.of("mine", List.of(HumanLabel.of("a", true))));

    assertThatIllegalArgumentException().isThrownBy(() -> c.threshold(1.5));
    assertThatIllegalArgumentException().isThrownBy(() -> c.threshold(Double.NaN));
    assertThatIllegalArgumentException().isThrownBy(() -> c.minTrials(0));
    assertThatIllegalArgumentException().isThrownBy(() -> c.judge(" "));
  }

  // ---------------------------------------------------------------- fixtures

  static RunSummary run(List<TrialResult> trials) {
    return new RunSummary("bench", "1", "run-1", T0, T0, List.of(), trials);
  }

  static TrialResult trial(long index, String caseId, String model, int repeat, TrialStatus status) {
    return new TrialResult(index, testCase(caseId), model, repeat, List.of(), status,
        status == TrialStatus.PASS ? 1.0 : 0.0, List.of(), null, null);
  }

  static TrialResult trial(long index, String caseId, String model, int repeat, TrialStatus status, double score,
      List<Verdict> verdicts) {
    TrialError error = status == TrialStatus.ERROR ? new TrialError(TrialError.Phase.JUDGE, "IllegalStateException",
        "a judge could not grade") : null;
    return new TrialResult(index, testCase(caseId), model, repeat, List.of(), status, score, verdicts, null, error);
  }

  static TrialResult errored(long index, String caseId, String model, TrialStatus status) {
    return new TrialResult(index, testCase(caseId), model, 1, List.of(), status, Double.NaN, List.of(), null,
        new TrialError(TrialError.Phase.PROVIDER, "TIMEOUT", "no answer in 30 s"));
  }

  static Verdict pass(String judge) {
    return Verdict.pass("fine").named(judge);
  }

  static Verdict fail(String judge) {
    return Verdict.fail("not fine").named(judge);
  }

  private static TestCase testCase(String id) {
    return TestCase.builder().id(id).input("question " + id).build();
  }
}
