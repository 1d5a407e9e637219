package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.stats.PairedTests.McNemar;
import io.benchmarkhub.stats.PairedTests.Permutation;
import io.benchmarkhub.stats.PairedTests.SignedRank;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PairedTestsTest {

  // ---- McNemar ----

  @Test
  @DisplayName("McNemar exact: Agresti's presidential approval table (R ?mcnemar.test), b = 150, c = 86")
  void mcnemarMatchesAgrestisPresidentialApprovalTable() {
    // Agresti (1990), Categorical Data Analysis, p. 350, the example of R's ?mcnemar.test:
    // 1600 people rated the President twice: 794 approve/approve, 150 approve/disapprove,
    // 86 disapprove/approve, 570 disapprove/disapprove. Exact p = binom.test(150, 236)$p.value
    // = 3.7159361e-05 (R; checked with scipy.stats.binomtest(150, 236).pvalue = 3.7159361395713866e-05).
    McNemar r = PairedTests.mcnemar(150, 86, 1600);
    assertThat(r.pValue()).isCloseTo(3.7159361395713866e-05, Percentage.withPercentage(1e-6));
    assertThat(r.difference()).isCloseTo(0.04, within(1e-15)); // (150 - 86) / 1600
    assertThat(r.oddsRatio()).isCloseTo(150.0 / 86, within(1e-15));
    assertThat(r.pairs()).isEqualTo(1600);
    assertThat(PairedTests.mcnemar(86, 150, 1600).pValue()).isEqualTo(r.pValue());
  }

  @Test
  @DisplayName("McNemar exact by hand: b = 6, c = 1 gives 2 * (1 + 7) / 2^7 = 0.125")
  void mcnemarByHand() {
    McNemar r = PairedTests.mcnemar(6, 1, 20);
    assertThat(r.pValue()).isCloseTo(0.125, within(1e-14));
    assertThat(r.difference()).isCloseTo(0.25, within(1e-15));
    assertThat(r.oddsRatio()).isEqualTo(6.0);
  }

  @Test
  @DisplayName("McNemar exact keeps tiny p-values precise: b = 200, c = 0 gives 2 * 2^-200 = 2^-199")
  void mcnemarTinyPValue() {
    McNemar r = PairedTests.mcnemar(200, 0, 200);
    assertThat(r.pValue()).isCloseTo(Math.scalb(1.0, -199), Percentage.withPercentage(1e-7));
    assertThat(r.oddsRatio()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(r.difference()).isEqualTo(1.0);
  }

  @Test
  void mcnemarEdgeCases() {
    McNemar equal = PairedTests.mcnemar(3, 3, 10);
    assertThat(equal.pValue()).isEqualTo(1.0);
    assertThat(equal.difference()).isZero();
    McNemar concordant = PairedTests.mcnemar(0, 0, 10); // all pass, or the same cases pass
    assertThat(concordant.pValue()).isEqualTo(1.0);
    assertThat(concordant.difference()).isZero();
    assertThat(concordant.oddsRatio()).isNaN();
    McNemar empty = PairedTests.mcnemar(new boolean[0], new boolean[0]);
    assertThat(empty.pValue()).isNaN();
    assertThat(empty.difference()).isNaN();
    assertThat(empty.pairs()).isZero();
  }

  @Test
  void mcnemarFromOutcomesCountsTheDiscordantPairs() {
    boolean[] first = {true, true, true, true, true, true, false, true, false, true};
    boolean[] second = {false, false, false, false, false, false, true, true, false, true};
    McNemar r = PairedTests.mcnemar(first, second);
    assertThat(r.onlyFirst()).isEqualTo(6);
    assertThat(r.onlySecond()).isEqualTo(1);
    assertThat(r.pairs()).isEqualTo(10);
    assertThat(r.pValue()).isCloseTo(0.125, within(1e-14));
    assertThat(r.difference()).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void mcnemarRejectsBadCounts() {
    assertThatThrownBy(() -> PairedTests.mcnemar(-1, 2, 5)).hasMessageContaining("b = -1");
    assertThatThrownBy(() -> PairedTests.mcnemar(4, 2, 5)).hasMessageContaining("n = 5");
    assertThatThrownBy(() -> PairedTests.mcnemar(new boolean[2], new boolean[3]))
        .hasMessageContaining("same length, got 2 and 3");
  }

  // ---- Permutation (sign flip) ----

  /** Darwin's Zea mays: crossed minus self-fertilised height, eighths of an inch (Fisher 1935). */
  static final double[] DARWIN = {49, -67, 8, 16, 6, 23, 28, 41, 14, 29, 56, 24, 75, 60, -48};

  @Test
  @DisplayName("Sign-flip test: Fisher's (1935) Darwin Zea mays data, 1726 of 32768 sums as extreme, p = 0.05267")
  void permutationMatchesFishersDarwinExample() {
    // Fisher, The Design of Experiments, section 21: the observed sum is 314; 863 of the 2^15 sign
    // assignments reach a sum >= 314 and as many <= -314, so the two-sided p is 1726 / 32768
    // = 0.0526733 (recounted by enumeration in numpy and with scipy.stats.permutation_test).
    Permutation r = PairedTests.permutation(DARWIN, new double[DARWIN.length], 1, 0);
    assertThat(r.exact()).isTrue();
    assertThat(r.pValue()).isEqualTo(1726.0 / 32768);
    assertThat(r.meanDifference()).isCloseTo(314.0 / 15, within(1e-12));
    assertThat(r.pairs()).isEqualTo(15);
    assertThat(r.nonZero()).isEqualTo(15);
  }

  @Test
  @DisplayName("Sign-flip test on Student's sleep data: one zero dropped, 9 negatives, p = 2 / 2^9")
  void permutationDropsZerosAndFindsTheExtremeAssignment() {
    Permutation r = PairedTests.permutation(MeansTest.SLEEP_DIFFERENCES, new double[10], 1, 0);
    assertThat(r.nonZero()).isEqualTo(9);
    assertThat(r.pValue()).isEqualTo(2.0 / 512);
    assertThat(r.meanDifference()).isCloseTo(-1.58, within(1e-12));
  }

  @Test
  @DisplayName("Sign-flip test above 20 non-zero differences samples: p near the exact 0.69299 (numpy enumeration of 2^21)")
  void permutationSamplesAboveTheCutoff() {
    double[] d = {-0.5, -1.02, 0.05, 0.72, 1.44, 0.41, -0.25, -0.48, 1.05, 1.93, 0.57, -0.93, -0.66, 1.9,
        0.5, -1.43, 0.22, -0.86, -0.33, -0.19, -0.41};
    Permutation r = PairedTests.permutation(d, new double[d.length], 20_000, 11);
    assertThat(r.exact()).isFalse();
    assertThat(r.nonZero()).isEqualTo(21);
    // Exact: 1453306 / 2^21 = 0.6929903; the Monte Carlo standard error at 20,000 is 0.0033.
    assertThat(r.pValue()).isCloseTo(0.6929903, within(0.015));
    assertThat(PairedTests.permutation(d, new double[d.length], 20_000, 11)).isEqualTo(r);
    assertThat(PairedTests.permutation(d, new double[d.length], 20_000, 12).pValue()).isNotEqualTo(r.pValue());
  }

  @Test
  @DisplayName("Sign-flip Monte Carlo p is (count + 1) / (resamples + 1): 30 equal gains give 1 / 1000")
  void permutationMonteCarloNeverGivesZero() {
    double[] first = new double[30];
    java.util.Arrays.fill(first, 1.0);
    Permutation r = PairedTests.permutation(first, new double[30], 999, 5);
    // Only the all-plus and all-minus assignments (probability 2^-29) reach |sum| = 30.
    assertThat(r.pValue()).isEqualTo(1.0 / 1000);
    assertThat(r.meanDifference()).isEqualTo(1.0);
  }

  @Test
  @DisplayName("Sign-flip test is exact up to 20 non-zero differences: 20 equal gains give 2 / 2^20")
  void permutationIsExactAtTheCutoff() {
    double[] first = new double[20];
    java.util.Arrays.fill(first, 0.5);
    Permutation r = PairedTests.permutation(first, new double[20], 1, 0);
    assertThat(r.exact()).isTrue();
    assertThat(r.pValue()).isEqualTo(2.0 / (1 << 20));
  }

  @Test
  void permutationEdgeCases() {
    Permutation none = PairedTests.permutation(new double[0], new double[0], 100, 1);
    assertThat(none.pValue()).isNaN();
    assertThat(none.meanDifference()).isNaN();
    double[] same = {0.5, 0.25, 1.0};
    Permutation equal = PairedTests.permutation(same, same.clone(), 100, 1);
    assertThat(equal.pValue()).isEqualTo(1.0);
    assertThat(equal.meanDifference()).isZero();
    assertThat(equal.nonZero()).isZero();
    // 0.1 + 0.2 is 0.30000000000000004: rounding noise is not a difference.
    Permutation noise = PairedTests.permutation(new double[] {0.3}, new double[] {0.1 + 0.2}, 100, 1);
    assertThat(noise.nonZero()).isZero();
    assertThat(noise.pValue()).isEqualTo(1.0);
    Permutation single = PairedTests.permutation(new double[] {1}, new double[] {0}, 100, 1);
    assertThat(single.pValue()).isEqualTo(1.0);
    assertThatThrownBy(() -> PairedTests.permutation(new double[1], new double[2], 100, 1))
        .hasMessageContaining("same length");
    assertThatThrownBy(() -> PairedTests.permutation(new double[1], new double[1], 0, 1))
        .hasMessageContaining("resamples");
    assertThatThrownBy(() -> PairedTests.permutation(new double[] {Double.NaN}, new double[1], 10, 1))
        .hasMessageContaining("first[0]");
  }

  // ---- Wilcoxon signed rank ----

  @Test
  @DisplayName("Wilcoxon: Hollander & Wolfe depression scale (R ?wilcox.test), V = 40, exact p = 0.03906")
  void wilcoxonMatchesHollanderAndWolfe() {
    // Hollander and Wolfe (1973), p. 29, the first example of R's ?wilcox.test: Hamilton depression
    // scale before (x) and after (y) a tranquilizer. R: V = 40, p-value = 0.03906 = 2 * 10 / 2^9
    // (scipy.stats.wilcoxon(x, y, method="exact").pvalue = 0.0390625).
    double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
    SignedRank r = PairedTests.wilcoxon(x, y);
    assertThat(r.exact()).isTrue();
    assertThat(r.v()).isEqualTo(40.0);
    assertThat(r.pValue()).isCloseTo(0.0390625, within(1e-15));
    assertThat(r.rankBiserial()).isCloseTo((40.0 - 5) / 45, within(1e-15));
    assertThat(r.nonZero()).isEqualTo(9);
    // Swapping the systems mirrors V and the effect and keeps p.
    SignedRank swapped = PairedTests.wilcoxon(y, x);
    assertThat(swapped.v()).isEqualTo(5.0);
    assertThat(swapped.pValue()).isCloseTo(0.0390625, within(1e-15));
    assertThat(swapped.rankBiserial()).isCloseTo(-r.rankBiserial(), within(1e-15));
  }

  @Test
  @DisplayName("Wilcoxon with a zero and ties: Student's sleep data, R wilcox.test(paired = TRUE) V = 0, p = 0.009091")
  void wilcoxonWithZerosAndTiesUsesTheCorrectedNormalApproximation() {
    // R: wilcox.test(extra ~ group, data = sleep, paired = TRUE) (older R: with(sleep, ...)) prints
    // V = 0, p-value = 0.009091 with warnings about ties and zeroes. By hand: the zero is dropped,
    // m = 9, the two 1.3s tie, var = 9*10*19/24 - (2^3 - 2)/48 = 71.125,
    // z = (0 - 22.5 + 0.5) / sqrt(71.125) = -2.608624, p = 2 * pnorm(-2.608624) = 0.0090907
    // (scipy.stats.wilcoxon(..., correction=True, method="approx") = 0.009090698015925044).
    double[] drug1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    double[] drug2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
    SignedRank r = PairedTests.wilcoxon(drug1, drug2);
    assertThat(r.exact()).isFalse();
    assertThat(r.v()).isZero();
    assertThat(r.pValue()).isCloseTo(0.009090698015925044, within(1e-12));
    assertThat(r.rankBiserial()).isEqualTo(-1.0);
    assertThat(r.pairs()).isEqualTo(10);
    assertThat(r.nonZero()).isEqualTo(9);
  }

  @Test
  @DisplayName("Wilcoxon drops zeros and stays exact without ties: V = 37 of m = 9, p = 50 / 512 (scipy zero_method='wilcox')")
  void wilcoxonDropsZerosBeforeTheExactTest() {
    double[] d = {0, 1.5, -0.5, 2.5, 3.5, 4.5, 5.5, -6.5, 7.5, 8.5};
    SignedRank r = PairedTests.wilcoxon(d, new double[d.length]);
    assertThat(r.exact()).isTrue();
    assertThat(r.nonZero()).isEqualTo(9);
    assertThat(r.v()).isEqualTo(37.0); // W- = 1 + 7 = 8
    assertThat(r.pValue()).isCloseTo(0.09765625, within(1e-15));
  }

  @Test
  @DisplayName("Wilcoxon normal approximation from 50 differences on, as in R: m = 60, V = 1578, p = 1.0767760e-06 (scipy)")
  void wilcoxonLargeSampleUsesTheNormalApproximation() {
    double[] d = new double[60];
    for (int i = 1; i <= 60; i++) {
      d[i - 1] = i % 7 == 0 ? -i : i;
    }
    SignedRank r = PairedTests.wilcoxon(d, new double[60]);
    assertThat(r.exact()).isFalse();
    // V = 1830 - 7 * (1 + ... + 8) = 1578; z = (1578 - 915 - 0.5) / sqrt(60*61*121/24).
    assertThat(r.v()).isEqualTo(1578.0);
    assertThat(r.pValue()).isCloseTo(1.0767760477309486e-06, Percentage.withPercentage(1e-6));
  }

  @Test
  @DisplayName("Wilcoxon ties by hand: differences 1, 2, 2 give ranks 1, 2.5, 2.5, V = 6, p = 0.173568")
  void wilcoxonTiesByHand() {
    // var = 3*4*7/24 - (8 - 2)/48 = 3.375, z = (6 - 3 - 0.5) / sqrt(3.375) = 1.360828,
    // p = 2 * (1 - pnorm(1.360828)) = 0.1735682 (scipy approx: 0.17356816655592167).
    SignedRank r = PairedTests.wilcoxon(new double[] {1, 2, 2}, new double[3]);
    assertThat(r.exact()).isFalse();
    assertThat(r.v()).isEqualTo(6.0);
    assertThat(r.pValue()).isCloseTo(0.17356816655592167, within(1e-12));
  }

  @Test
  void wilcoxonSeesTiesThroughRoundingNoise() {
    // 0.9 - 0.7 = 0.20000000000000007 but 0.5 - 0.3 = 0.2: the same difference, so a tie.
    SignedRank r = PairedTests.wilcoxon(new double[] {0.9, 0.5, 0.6}, new double[] {0.7, 0.3, 0.5});
    assertThat(r.exact()).isFalse();
    assertThat(r.v()).isEqualTo(6.0);
  }

  @Test
  void wilcoxonEdgeCases() {
    SignedRank none = PairedTests.wilcoxon(new double[0], new double[0]);
    assertThat(none.v()).isNaN();
    assertThat(none.pValue()).isNaN();
    assertThat(none.rankBiserial()).isNaN();
    double[] same = {0.5, 0.5, 0.5, 0.5};
    SignedRank equal = PairedTests.wilcoxon(same, same.clone());
    assertThat(equal.v()).isZero();
    assertThat(equal.pValue()).isEqualTo(1.0);
    assertThat(equal.rankBiserial()).isZero();
    assertThat(equal.nonZero()).isZero();
    SignedRank one = PairedTests.wilcoxon(new double[] {1}, new double[] {0});
    assertThat(one.exact()).isTrue();
    assertThat(one.v()).isEqualTo(1.0);
    assertThat(one.pValue()).isEqualTo(1.0);
    assertThatThrownBy(() -> PairedTests.wilcoxon(new double[3], new double[2]))
        .hasMessageContaining("same length, got 3 and 2");
    assertThatThrownBy(() -> PairedTests.wilcoxon(new double[1], new double[] {Double.POSITIVE_INFINITY}))
        .hasMessageContaining("second[0]");
  }
}
