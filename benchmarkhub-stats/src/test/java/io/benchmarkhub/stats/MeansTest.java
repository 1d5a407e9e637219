package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeansTest {

  /** Student (1908) sleep data, R datasets::sleep: extra sleep, drug 1 minus drug 2, per patient. */
  static final double[] SLEEP_DIFFERENCES = {-1.2, -2.4, -1.3, -1.3, 0.0, -1.0, -1.8, -0.8, -4.6, -1.4};

  @Test
  @DisplayName("t interval: Student's sleep data, R t.test(paired = TRUE): -2.4598858 to -0.7001142")
  void tIntervalMatchesStudentsSleepData() {
    // R: with(sleep, t.test(extra[group == 1], extra[group == 2], paired = TRUE)) prints
    // mean difference -1.58, 95 percent confidence interval -2.4598858 -0.7001142;
    // checked with scipy.stats.ttest_1samp(d, 0).confidence_interval(0.95).
    Interval i = Means.tInterval(SLEEP_DIFFERENCES, 0.95);
    assertThat(i.estimate()).isCloseTo(-1.58, within(1e-12));
    assertThat(i.lower()).isCloseTo(-2.4598858, within(1e-7));
    assertThat(i.upper()).isCloseTo(-0.7001142, within(1e-7));
  }

  @Test
  @DisplayName("t interval by hand: 1..5 gives 3 ± t(0.975, 4) · 1.5811 / √5 = 3 ± 1.963243")
  void tIntervalByHand() {
    // s = sqrt(2.5) = 1.5811388, t(0.975, 4) = 2.7764451 (t table), half = 2.7764451 * 0.7071068.
    Interval i = Means.tInterval(new double[] {1, 2, 3, 4, 5}, 0.95);
    assertThat(i.estimate()).isEqualTo(3.0);
    assertThat(i.lower()).isCloseTo(3 - 1.9632432, within(1e-7));
    assertThat(i.upper()).isCloseTo(3 + 1.9632432, within(1e-7));
  }

  @Test
  void tIntervalEdgeCases() {
    assertThat(Means.tInterval(new double[0], 0.95).estimate()).isNaN();
    assertThat(Means.tInterval(new double[0], 0.95).lower()).isNaN();
    Interval one = Means.tInterval(new double[] {0.7}, 0.95);
    assertThat(one.estimate()).isEqualTo(0.7);
    assertThat(one.lower()).isNaN();
    assertThat(one.upper()).isNaN();
    Interval same = Means.tInterval(new double[] {0.1, 0.1, 0.1}, 0.95);
    assertThat(same.estimate()).isEqualTo(0.1);
    assertThat(same.lower()).isEqualTo(0.1);
    assertThat(same.upper()).isEqualTo(0.1);
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> Means.tInterval(new double[] {1, 2}, 1.0)).hasMessageContaining("confidence");
    assertThatThrownBy(() -> Means.tInterval(new double[] {1, Double.NaN}, 0.95)).hasMessageContaining("values[1]");
    assertThatThrownBy(() -> Means.bootstrap(new double[] {1, 2}, 0.95, 0, 1)).hasMessageContaining("resamples");
    assertThatThrownBy(() -> Means.bootstrap(new double[] {1, 2}, -0.5, 100, 1)).hasMessageContaining("confidence");
  }

  @Test
  void bootstrapIsDeterministicForASeed() {
    double[] v = {0.2, 0.9, 0.4, 0.4, 1.0, 0.0, 0.7, 0.3};
    Interval a = Means.bootstrap(v, 0.95, 2000, 42);
    Interval b = Means.bootstrap(v, 0.95, 2000, 42);
    assertThat(a).isEqualTo(b);
    assertThat(Means.bootstrap(v, 0.95, 2000, 43)).isNotEqualTo(a);
    assertThat(a.estimate()).isCloseTo(0.4875, within(1e-12));
    assertThat(a.lower()).isLessThan(a.estimate());
    assertThat(a.upper()).isGreaterThan(a.estimate());
  }

  @Test
  @DisplayName("bootstrap of 1..100 agrees with the t interval 50.5 ± 5.7565 to within 0.4")
  void bootstrapAgreesWithTheTIntervalForASymmetricSample() {
    double[] v = new double[100];
    for (int i = 0; i < v.length; i++) {
      v[i] = i + 1;
    }
    Interval t = Means.tInterval(v, 0.95);
    // s = 29.011492, t(0.975, 99) = 1.9842169: half width 5.756509 (scipy.stats.t.ppf).
    assertThat(t.upper() - t.estimate()).isCloseTo(5.756509, within(1e-6));
    Interval boot = Means.bootstrap(v, 0.95, 10_000, 7);
    assertThat(boot.estimate()).isEqualTo(50.5);
    assertThat(boot.lower()).isCloseTo(t.lower(), within(0.4));
    assertThat(boot.upper()).isCloseTo(t.upper(), within(0.4));
  }

  @Test
  void bootstrapNarrowsWithMoreData() {
    Random random = new Random(3);
    double[] small = new double[25];
    double[] large = new double[400];
    for (int i = 0; i < large.length; i++) {
      large[i] = random.nextGaussian();
      if (i < small.length) {
        small[i] = large[i];
      }
    }
    double smallWidth = Means.bootstrap(small, 0.95, 2000, 1).width();
    double largeWidth = Means.bootstrap(large, 0.95, 2000, 1).width();
    // The width shrinks like 1/sqrt(n): 16 times the data, about a quarter of the width.
    assertThat(largeWidth).isLessThan(smallWidth / 2);
  }

  @Test
  void bootstrapEdgeCases() {
    assertThat(Means.bootstrap(new double[0], 0.95, 100, 1).estimate()).isNaN();
    Interval one = Means.bootstrap(new double[] {0.3}, 0.95, 100, 1);
    assertThat(one.lower()).isEqualTo(0.3);
    assertThat(one.upper()).isEqualTo(0.3);
    Interval same = Means.bootstrap(new double[] {0.1, 0.1, 0.1, 0.1}, 0.95, 100, 1);
    assertThat(same.lower()).isEqualTo(0.1);
    assertThat(same.upper()).isEqualTo(0.1);
    assertThat(same.width()).isZero();
  }

  @Test
  @DisplayName("t interval from summary statistics equals the one from the values (sleep data)")
  void tIntervalFromSummaryStatisticsMatchesTheValues() {
    double mean = org.apache.commons.math3.stat.StatUtils.mean(SLEEP_DIFFERENCES);
    double variance = org.apache.commons.math3.stat.StatUtils.variance(SLEEP_DIFFERENCES);
    Interval i = Means.tInterval(SLEEP_DIFFERENCES.length, mean, variance, 0.95);
    assertThat(i.lower()).isCloseTo(-2.4598858, within(1e-7));
    assertThat(i.upper()).isCloseTo(-0.7001142, within(1e-7));
    assertThat(Means.tInterval(0, 0, 0, 0.95).estimate()).isNaN();
    assertThat(Means.tInterval(1, 0.5, 0, 0.95).lower()).isNaN();
    assertThat(Means.tInterval(4, 0.5, 0, 0.95).width()).isZero();
    assertThatThrownBy(() -> Means.tInterval(3, 0.5, -1, 0.95)).hasMessageContaining("variance");
  }
}
