package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationTest {

  // R's ?cor.test example (Hollander & Wolfe 1973, p. 187f.): aortic valve data.
  private static final double[] X = {44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1};
  private static final double[] Y = {2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8};

  @Test
  void pearsonMatchesRCorTestDocumentation() {
    // cor.test(x, y): t = 1.8411, df = 7, p-value = 0.1082, cor 0.5711816
    Correlation.Result r = Correlation.pearson(X, Y);
    assertThat(r.coefficient()).isCloseTo(0.5711816, within(5e-8));
    assertThat(r.pValue()).isCloseTo(0.1082, within(5e-5));
    assertThat(r.n()).isEqualTo(9);
  }

  @Test
  void spearmanMatchesRCorTestDocumentation() {
    // cor.test(x, y, method = "spearman"): S = 48, rho 0.6 (rho = 1 - 6 S / (n^3 - n) = 1 - 288/720).
    // R prints an exact p-value; ours is the t approximation:
    // t = 0.6 * sqrt(7 / 0.64) = 1.984313, two-sided P(|T_7| > t) = 0.087623 (numeric integration).
    Correlation.Result r = Correlation.spearman(X, Y);
    assertThat(r.coefficient()).isCloseTo(0.6, within(1e-12));
    assertThat(r.pValue()).isCloseTo(0.087623, within(5e-6));
  }

  @Test
  void kendallMatchesRCorTestDocumentation() {
    // cor.test(x, y, method = "kendall"): T = 26, tau 0.4444444. No ties: C = 26, D = 10, S = 16.
    // Normal approximation (cor.test(..., exact = FALSE)): Var(S) = 9*8*23/18 = 92,
    // z = 16 / sqrt(92) = 1.668115, two-sided p = erfc(z / sqrt 2) = 0.095293.
    Correlation.Result r = Correlation.kendall(X, Y);
    assertThat(r.coefficient()).isCloseTo(4.0 / 9, within(1e-12));
    assertThat(r.pValue()).isCloseTo(0.095293, within(5e-6));
  }

  @Test
  void tiesGetAverageRanksAndTauB() {
    double[] x = {1, 2, 2, 3, 4, 4, 5};
    double[] y = {2, 1, 3, 3, 5, 4, 4};
    // Ranks by hand: x -> 1, 2.5, 2.5, 4, 5.5, 5.5, 7; y -> 2, 1, 3.5, 3.5, 7, 5.5, 5.5.
    // Pearson r of the ranks: Sxy = 22.5, Sxx = Syy = 27 -> rho = 22.5 / 27 = 5/6.
    assertThat(Correlation.spearman(x, y).coefficient()).isCloseTo(5.0 / 6, within(1e-12));
    // The 21 pairs: C = 15, D = 2, 2 tied in x only, 2 tied in y only (none in both).
    // tau-b = (15 - 2) / sqrt((21 - 2)(21 - 2)) = 13/19 (tau-a would be 13/21).
    Correlation.Result tau = Correlation.kendall(x, y);
    assertThat(tau.coefficient()).isCloseTo(13.0 / 19, within(1e-12));
    // Tie-corrected variance: v0 = 7*6*19 = 798, vt = vu = 2 * (2*1*9) = 36,
    // v1 = (2+2)(2+2) = 16, v2 = 0: Var(S) = (798 - 72)/18 + 16/84 = 40.523810,
    // z = 13 / sqrt(40.523810) = 2.042153, p = 0.041136.
    assertThat(tau.pValue()).isCloseTo(0.041136, within(5e-6));
  }

  @Test
  void pearsonOnAnExactLineIsOneWithPValueZero() {
    Correlation.Result r = Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {7, 5, 3, 1});
    assertThat(r.coefficient()).isCloseTo(-1, within(1e-12));
    assertThat(r.pValue()).isZero();
  }

  @Test
  void missingPairsAreLeftOut() {
    double[] x = {44.4, 45.9, Double.NaN, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1, 1.0};
    double[] y = {2.6, 3.1, 9.9, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8, Double.NaN};
    assertThat(Correlation.pearson(x, y)).isEqualTo(Correlation.pearson(X, Y));
    assertThat(Correlation.spearman(x, y).coefficient()).isCloseTo(0.6, within(1e-12));
    assertThat(Correlation.kendall(x, y).n()).isEqualTo(9);
  }

  @Test
  void fewerThanTwoPairsOrNoVarianceAreUndefined() {
    for (Correlation.Result r :
        new Correlation.Result[] {
          Correlation.pearson(new double[0], new double[0]),
          Correlation.spearman(new double[] {1}, new double[] {2}),
          Correlation.kendall(new double[] {1, Double.NaN}, new double[] {2, 3}),
          Correlation.pearson(new double[] {3, 3, 3}, new double[] {1, 2, 3}),
          Correlation.spearman(new double[] {1, 2, 3}, new double[] {5, 5, 5}),
          Correlation.kendall(new double[] {2, 2, 2}, new double[] {1, 2, 3})
        }) {
      assertThat(r.coefficient()).isNaN();
      assertThat(r.pValue()).isNaN();
    }
    assertThat(Correlation.pearson(new double[0], new double[0]).n()).isZero();
    assertThat(Correlation.kendall(new double[] {1, Double.NaN}, new double[] {2, 3}).n()).isEqualTo(1);
  }

  @Test
  void twoPairsHaveACoefficientButNoTTest() {
    Correlation.Result r = Correlation.pearson(new double[] {1, 2}, new double[] {3, 5});
    assertThat(r.coefficient()).isCloseTo(1, within(1e-12));
    assertThat(r.pValue()).isNaN();
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> Correlation.pearson(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x has 2 values and y 1");
    assertThatThrownBy(() -> Correlation.kendall(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
  }
}
