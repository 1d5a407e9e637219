package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How gate and assertion messages print numbers. */
class FiguresTest {

  @Test
  void twoDecimalsUnlessTheLimitNeedsMore() {
    assertThat(Figures.decimalsFor(2.0 / 3, 0.85)).isEqualTo(2);
    assertThat(Figures.decimalsFor(2.0 / 3, 0.855)).isEqualTo(3);
    assertThat(Figures.decimalsFor(2.0 / 3, 1)).isEqualTo(2);
  }

  @Test
  void moreDecimalsWhenTheValueWouldPrintLikeItsLimit() {
    assertThat(Figures.decimalsFor(0.849, 0.85)).isEqualTo(3);
    assertThat(Figures.decimalsFor(0.8499999, 0.85)).isEqualTo(7);
    assertThat(Figures.decimalsFor(0.85, 0.85)).isEqualTo(2);
  }

  @Test
  void dollarsKeepTheirCents() {
    assertThat(Figures.usd(12.3456, 10)).isEqualTo("$12.35");
    assertThat(Figures.usd(0.0123, 0.01)).isEqualTo("$0.0123");
    assertThat(Figures.usd(0.000042, 0)).isEqualTo("$0.000042");
    assertThat(Figures.usd(0.5)).isEqualTo("$0.5");
    assertThat(Figures.usd(10)).isEqualTo("$10");
  }

  @Test
  void millisecondsWithoutTrailingZeros() {
    assertThat(Figures.millis(Duration.ofSeconds(2))).isEqualTo("2000 ms");
    assertThat(Figures.millis(Duration.ofNanos(250_000))).isEqualTo("0.25 ms");
    assertThat(Figures.millis(Duration.ZERO)).isEqualTo("0 ms");
  }

  @Test
  void countsAgreeWithTheirNoun() {
    assertThat(Figures.count(1, "trial")).isEqualTo("1 trial");
    assertThat(Figures.count(3, "error")).isEqualTo("3 errors");
  }
}
