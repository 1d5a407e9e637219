package io.benchmarkhub.runner;

import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.JudgeAgreement;
import io.benchmarkhub.api.ModelComparison;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.judge.Judges;
import io.benchmarkhub.stats.Agreement;
import io.benchmarkhub.stats.Interval;
import io.benchmarkhub.stats.Means;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics a run's summary carries: score intervals, paired model comparisons, panel agreement. */
class RunStatisticsTest {
  @TempDir
  Path dir;

  /** "good" answers A<n> to Q<n>; "half" only for even n; "same" as "good". */
  private static final Provider MODELS = request -> {
    int n = Integer.parseInt(request.messages().get(0).content().substring(1));
    boolean right = !request.model().equals("half") || n % 2 == 0;
    return new Completion(right ? "A" + n : "no", FinishReason.STOP, Duration.ofMillis(1), Usage.NONE, null);
  };

  /** Scores an answer by how many characters it shares in place with the expected one, so scores vary. */
  private static final Judge OVERLAP = Judge.named("overlap", (c, out) -> {
    String expected = c.expected().orElseThrow();
    int same = 0;
    for (int i = 0; i < Math.min(expected.length(), out.text().length()); i++) {
      same += expected.charAt(i) == out.text().charAt(i) ? 1 : 0;
    }
    double score = (double) same / expected.length();
    return Verdict.scored(score, 1.0, "");
  });

  @Test
  void everyPairOfModelsIsComparedOnTheSameCasesWithHolmCorrectedPValues() {
    RunSummary s = BenchmarkHub.benchmark("pairs").dataset(numbers(20)).models("p:good", "p:half", "p:same")
        .provider("p", MODELS).judge(DefaultBenchmarkExecutorTest.EQUALS_EXPECTED)
        .setting("run-dir", dir.toString()).quiet().run();

    assertThat(s.comparisons()).extracting(c -> c.modelA() + "/" + c.modelB())
        .containsExactly("p:good/p:half", "p:good/p:same", "p:half/p:same");
    ModelComparison goodHalf = s.comparison("p:good", "p:half");
    assertThat(goodHalf.pairs()).isEqualTo(20);
    assertThat(goodHalf.onlyAPassed()).isEqualTo(10);
    assertThat(goodHalf.onlyBPassed()).isZero();
    assertThat(goodHalf.passRateDifference()).isEqualTo(0.5);
    // McNemar exact: 2 × 0.5^10; Holm over (0.00195, 1, 0.00195): the two smallest × 3 and × 2, then monotone
    assertThat(goodHalf.passP()).isCloseTo(2 * Math.pow(0.5, 10), within(1e-15));
    assertThat(goodHalf.passPAdjusted()).isCloseTo(3 * 2 * Math.pow(0.5, 10), within(1e-15));
    assertThat(s.comparison("p:same", "p:half").passPAdjusted()).isCloseTo(3 * 2 * Math.pow(0.5, 10), within(1e-15));
    assertThat(goodHalf.meanScoreDifference()).isEqualTo(0.5);
    assertThat(goodHalf.scoreEffect()).isEqualTo(1.0);
    assertThat(goodHalf.scorePAdjusted()).isLessThan(0.05);
    assertThat(goodHalf.passRatesDiffer(0.05)).isTrue();
    ModelComparison twins = s.comparison("p:good", "p:same");
    assertThat(twins.passP()).isEqualTo(1.0);
    assertThat(twins.passPAdjusted()).isEqualTo(1.0);
    assertThat(twins.meanScoreDifference()).isZero();
    assertThat(twins.passRatesDiffer(0.05)).isFalse();
    assertThat(s.toTable()).contains("model pairs, on the cases both graded (p-values two-sided, Holm-corrected "
        + "across 3 pairs):").contains("  p:good vs p:half on 20 cases: pass rate +50.0 points (10 vs 0 cases passed "
        + "by one only), p = 0.006; mean score +0.500");
  }

  @Test
  void theMeanScoreHasItsTInterval() {
    RunSummary s = BenchmarkHub.benchmark("scores").dataset(numbers(12)).models("p:half").provider("p", MODELS)
        .judge(OVERLAP).setting("run-dir", dir.toString()).quiet().run();

    double[] scores = s.trials().stream().mapToDouble(t -> t.score()).toArray();
    Interval expected = Means.tInterval(scores, 0.95);
    ModelSummary m = s.model("p:half");
    assertThat(m.meanScore()).isCloseTo(expected.estimate(), within(1e-12));
    assertThat(m.meanScoreLow()).isCloseTo(Math.max(0, expected.lower()), within(1e-12));
    assertThat(m.meanScoreHigh()).isCloseTo(Math.min(1, expected.upper()), within(1e-12));
    assertThat(m.meanScoreLow()).isLessThan(m.meanScore());
    assertThat(s.comparisons()).isEmpty();
  }

  @Test
  void aPanelsAgreementIsMeasuredOverTheRunAndItsSplitsCounted() {
    Judge yes = Judge.named("yes", (c, out) -> Verdict.pass(""));
    Judge right = Judge.named("right", (c, out) -> out.text().startsWith("A") ? Verdict.pass("") : Verdict.fail(""));
    Judge evenOnly = Judge.named("even", (c, out) -> c.id().matches("q\\d*[02468]") ? Verdict.pass("") : Verdict.fail(""));
    RunSummary s = BenchmarkHub.benchmark("panel").dataset(numbers(10)).models("p:half").provider("p", MODELS)
        .judge(Judges.panel(yes, right, evenOnly).named("trio")).setting("run-dir", dir.toString()).quiet().run();

    // per case q0..q9 on "half": yes passes all; right passes even n; even passes even n
    double[][] ratings = new double[10][];
    for (int n = 0; n < 10; n++) {
      double even = n % 2 == 0 ? 1 : 0;
      ratings[n] = new double[] {1, even, even};
    }
    JudgeAgreement a = s.judgeAgreement().get(0);
    assertThat(a.judge()).isEqualTo("trio");
    assertThat(a.members()).containsExactly("yes", "right", "even");
    assertThat(a.trials()).isEqualTo(10);
    assertThat(a.splitTrials()).isEqualTo(5);
    assertThat(a.fleissTrials()).isEqualTo(10);
    assertThat(a.krippendorffAlpha())
        .isCloseTo(Agreement.krippendorffsAlpha(ratings, Agreement.Level.NOMINAL).alpha(), within(1e-12));
    long[][] counts = new long[10][];
    for (int n = 0; n < 10; n++) {
      counts[n] = n % 2 == 0 ? new long[] {0, 3} : new long[] {2, 1};
    }
    assertThat(a.fleissKappa()).isCloseTo(Agreement.fleissKappa(counts).kappa(), within(1e-12));
    assertThat(s.toTable()).contains("judge trio (yes, right, even): Krippendorff's alpha ")
        .contains("on 10 of 10 trials; split on 5");
  }
}
