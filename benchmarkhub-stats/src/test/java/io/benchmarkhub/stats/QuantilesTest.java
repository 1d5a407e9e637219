package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantilesTest {

  @Test
  void interpolatesBetweenClosestRanksLikeNumpy() {
    long[] v = {15, 20, 35, 40, 50};
    // numpy.percentile([15,20,35,40,50], [0, 40, 50, 95, 100]) = 15, 29, 35, 48, 50
    assertThat(Quantiles.quantile(v, 0)).isEqualTo(15);
    assertThat(Quantiles.quantile(v, 0.4)).isEqualTo(29);
    assertThat(Quantiles.quantile(v, 0.5)).isEqualTo(35);
    assertThat(Quantiles.quantile(v, 0.95)).isEqualTo(48);
    assertThat(Quantiles.quantile(v, 1)).isEqualTo(50);
  }

  @Test
  void doesNotModifyTheInputAndSortsItself() {
    long[] v = {50, 15, 40, 20, 35};
    assertThat(Quantiles.quantile(v, 0.5)).isEqualTo(35);
    assertThat(v).containsExactly(50, 15, 40, 20, 35);
  }

  @Test
  void emptyAndSingleSamples() {
    assertThat(Quantiles.quantile(new long[0], 0.5)).isNaN();
    assertThat(Quantiles.quantile(new long[] {7}, 0.95)).isEqualTo(7);
  }

  @Test
  void rejectsQuantilesOutsideZeroToOne() {
    assertThatThrownBy(() -> Quantiles.quantile(new long[] {1}, 1.5)).hasMessageContaining("1.5");
  }
}
