package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RepeatsTest {

  @Test
  @DisplayName("pass@k by hand (Chen et al. 2021, eq. 1): n = 5, c = 2, k = 2 gives 1 - C(3,2)/C(5,2) = 0.7")
  void passAtKByHand() {
    assertThat(Repeats.passAtK(5, 2, 2)).isCloseTo(0.7, within(1e-15));
    // 1 - C(3,3)/C(10,3) = 1 - 1/120.
    assertThat(Repeats.passAtK(10, 7, 3)).isCloseTo(1 - 1.0 / 120, within(1e-15));
    // k = 1 is the plain pass rate c / n.
    assertThat(Repeats.passAtK(200, 10, 1)).isCloseTo(0.05, within(1e-15));
    // 1 - C(99,50)/C(100,50) = 1 - 50/100.
    assertThat(Repeats.passAtK(100, 1, 50)).isCloseTo(0.5, within(1e-15));
  }

  @Test
  @DisplayName("pass@k for large n without overflow, against exact rational arithmetic (Python fractions)")
  void passAtKLargeN() {
    // 1 - C(190,100)/C(200,100) and 1 - C(997,10)/C(1000,10), evaluated exactly with math.comb.
    assertThat(Repeats.passAtK(200, 10, 100)).isCloseTo(0.9992289739372822, within(1e-14));
    assertThat(Repeats.passAtK(1000, 3, 10)).isCloseTo(0.029730451894780553, within(1e-14));
  }

  @Test
  void passAtKEdges() {
    assertThat(Repeats.passAtK(10, 0, 5)).isZero(); // nothing passes
    assertThat(Repeats.passAtK(10, 10, 5)).isEqualTo(1.0); // all pass
    assertThat(Repeats.passAtK(10, 6, 5)).isEqualTo(1.0); // n - c = 4 < k: every 5-subset holds a pass
    assertThat(Repeats.passAtK(1, 1, 1)).isEqualTo(1.0);
    assertThat(Repeats.passAtK(1, 0, 1)).isZero();
    assertThat(Repeats.passAtK(0, 0, 1)).isNaN(); // no samples
  }

  @Test
  @DisplayName("pass^k by hand (Yao et al. 2024, tau-bench): C(c,k)/C(n,k)")
  void passHatKByHand() {
    assertThat(Repeats.passHatK(5, 2, 2)).isCloseTo(0.1, within(1e-15)); // C(2,2)/C(5,2) = 1/10
    assertThat(Repeats.passHatK(10, 7, 3)).isCloseTo(35.0 / 120, within(1e-15)); // C(7,3)/C(10,3)
    assertThat(Repeats.passHatK(200, 10, 1)).isCloseTo(0.05, within(1e-15)); // k = 1: c / n
    assertThat(Repeats.passHatK(50, 49, 25)).isCloseTo(0.5, within(1e-15)); // C(49,25)/C(50,25) = 25/50
    // C(150,20)/C(200,20), exact with Python fractions: 0.00225052084330242.
    assertThat(Repeats.passHatK(200, 150, 20)).isCloseTo(0.00225052084330242, within(1e-16));
  }

  @Test
  void passHatKEdgesAndOrdering() {
    assertThat(Repeats.passHatK(10, 10, 10)).isEqualTo(1.0); // all pass
    assertThat(Repeats.passHatK(10, 9, 10)).isZero(); // one failure among all 10 drawn
    assertThat(Repeats.passHatK(10, 2, 3)).isZero(); // c < k
    assertThat(Repeats.passHatK(0, 0, 1)).isNaN();
    // pass^k <= pass rate <= pass@k, equal at k = 1.
    for (int k = 1; k <= 8; k++) {
      assertThat(Repeats.passHatK(8, 5, k)).isLessThanOrEqualTo(5.0 / 8 + 1e-15);
      assertThat(Repeats.passAtK(8, 5, k)).isGreaterThanOrEqualTo(5.0 / 8 - 1e-15);
    }
  }

  @Test
  void badCountsAreRejected() {
    assertThatThrownBy(() -> Repeats.passAtK(5, 6, 1)).hasMessageContaining("c = 6, n = 5");
    assertThatThrownBy(() -> Repeats.passAtK(5, -1, 1)).hasMessageContaining("c = -1");
    assertThatThrownBy(() -> Repeats.passAtK(5, 2, 6)).hasMessageContaining("k = 6, n = 5");
    assertThatThrownBy(() -> Repeats.passHatK(5, 2, 0)).hasMessageContaining("k = 0");
    assertThatThrownBy(() -> Repeats.passHatK(-1, 0, 1)).hasMessageContaining("n = -1");
  }

  @Test
  @DisplayName("Variance across repeats is the sample variance: 2, 4, 4, 4, 5, 5, 7, 9 gives 32/7")
  void varianceAcrossRepeats() {
    // The classic example: mean 5, squared deviations sum to 32, n - 1 = 7.
    assertThat(Repeats.variance(new double[] {2, 4, 4, 4, 5, 5, 7, 9})).isCloseTo(32.0 / 7, within(1e-14));
    // Pass/fail repeats 1, 0, 1, 1: mean 0.75, variance (3 * 0.0625 + 0.5625) / 3 = 0.25.
    assertThat(Repeats.variance(new double[] {1, 0, 1, 1})).isCloseTo(0.25, within(1e-15));
    assertThat(Repeats.variance(new double[] {0.8, 0.8, 0.8})).isZero(); // no variance
    assertThat(Repeats.variance(new double[] {0.8})).isNaN(); // one repeat
    assertThat(Repeats.variance(new double[0])).isNaN();
    double[] perCase = Repeats.variances(new double[][] {{1, 0, 1, 1}, {0.8}, {1, 1}});
    assertThat(perCase[0]).isCloseTo(0.25, within(1e-15));
    assertThat(perCase[1]).isNaN();
    assertThat(perCase[2]).isZero();
    assertThatThrownBy(() -> Repeats.variance(new double[] {1, Double.NaN})).hasMessageContaining("scores[1]");
  }
}
