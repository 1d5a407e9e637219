package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FrequenciesTest {

  @Test
  void chiSquareUniformMatchesHandComputation() {
    // expected 15 each: (15^2 + 3 * 5^2) / 15 = 20 on 3 df; scipy.stats.chisquare p = 0.00016974
    Frequencies.ChiSquare r = Frequencies.chiSquareUniform(new long[] {30, 10, 10, 10});
    assertThat(r.statistic()).isCloseTo(20.0, within(1e-9));
    assertThat(r.degreesOfFreedom()).isEqualTo(3);
    assertThat(r.pValue()).isCloseTo(1.697424355528261e-4, within(1e-9));
  }

  @Test
  void chiSquareFitRescalesExpectedShares() {
    // shares 2:1:1 of 40 -> expected 20, 10, 10; observed 10, 20, 10: 100/20 + 100/10 + 0 = 15
    Frequencies.ChiSquare r = Frequencies.chiSquareFit(new long[] {10, 20, 10}, new double[] {2, 1, 1});
    assertThat(r.statistic()).isCloseTo(15.0, within(1e-9));
    assertThat(r.pValue()).isCloseTo(Math.exp(-7.5), within(1e-9)); // chi-square 2 df: p = e^(-x/2)
    assertThatThrownBy(() -> Frequencies.chiSquareFit(new long[] {1, 2}, new double[] {1, 0}))
        .hasMessageContaining("shares[1]");
  }

  @Test
  void chiSquareOfEvenCountsIsZeroWithPOne() {
    Frequencies.ChiSquare r = Frequencies.chiSquareUniform(new long[] {5, 5, 5});
    assertThat(r.statistic()).isZero();
    assertThat(r.pValue()).isCloseTo(1.0, within(1e-12));
    assertThat(Frequencies.chiSquareUniform(new long[] {0, 0}).pValue()).isNaN();
    assertThatThrownBy(() -> Frequencies.chiSquareUniform(new long[] {3}))
        .hasMessageContaining("at least 2 categories");
  }

  @Test
  void binomialUpperTailMatchesScipy() {
    // scipy.stats.binomtest(7, 10, 0.25, alternative='greater').pvalue
    assertThat(Frequencies.binomialAtLeast(7, 10, 0.25)).isCloseTo(0.003505706787109375, within(1e-12));
    assertThat(Frequencies.binomialAtLeast(0, 10, 0.25)).isEqualTo(1.0);
    // P(X >= 1) = 1 - 0.5^2
    assertThat(Frequencies.binomialAtLeast(1, 2, 0.5)).isCloseTo(0.75, within(1e-12));
    assertThatThrownBy(() -> Frequencies.binomialAtLeast(3, 2, 0.5)).hasMessageContaining("successes <= trials");
  }

  @Test
  void kruskalWallisWithTiesMatchesScipy() {
    // scipy.stats.kruskal([1,2,3,4], [5,6,7,8,8], [2,9,10]) = (5.33054577464789, 0.06958036334314396)
    Frequencies.ChiSquare r = Frequencies.kruskalWallis(new double[][] {
        {1, 2, 3, 4}, {5, 6, 7, 8, 8}, {2, 9, 10}});
    assertThat(r.statistic()).isCloseTo(5.33054577464789, within(1e-9));
    assertThat(r.degreesOfFreedom()).isEqualTo(2);
    assertThat(r.pValue()).isCloseTo(0.06958036334314396, within(1e-9));
  }

  @Test
  void kruskalWallisIsUndefinedForOneGroupOrAllTied() {
    assertThat(Frequencies.kruskalWallis(new double[][] {{1, 2}, {}}).pValue()).isNaN();
    assertThat(Frequencies.kruskalWallis(new double[][] {{3, 3}, {3}}).pValue()).isNaN();
  }

  @Test
  void normalisedEntropyIsOneWhenEvenAndZeroWhenConcentrated() {
    assertThat(Frequencies.normalisedEntropy(new long[] {4, 4, 4, 4})).isCloseTo(1.0, within(1e-12));
    assertThat(Frequencies.normalisedEntropy(new long[] {9, 0, 0})).isZero();
    // p = (3/4, 1/4): H = -(0.75 ln 0.75 + 0.25 ln 0.25) / ln 2 = 0.8112781244591328
    assertThat(Frequencies.normalisedEntropy(new long[] {3, 1})).isCloseTo(0.8112781244591328, within(1e-12));
    assertThat(Frequencies.normalisedEntropy(new long[] {0, 0})).isNaN();
  }
}
