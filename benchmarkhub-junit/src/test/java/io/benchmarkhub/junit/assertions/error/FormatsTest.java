package io.benchmarkhub.junit.assertions.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void twoDecimalsUnlessTheLimitNeedsMore() {
    assertThat(Formats.decimalsFor(2.0 / 3, 0.85)).isEqualTo(2);
    assertThat(Formats.decimalsFor(2.0 / 3, 0.855)).isEqualTo(3);
    assertThat(Formats.decimalsFor(2.0 / 3, 1)).isEqualTo(2);
  }

  @Test
  void moreDecimalsWhenTheValueWouldPrintLikeItsLimit() {
    assertThat(Formats.decimalsFor(0.849, 0.85)).isEqualTo(3);
    assertThat(Formats.decimalsFor(0.8499999, 0.85)).isEqualTo(7);
    assertThat(Formats.decimalsFor(0.85, 0.85)).isEqualTo(2);
  }

  @Test
  void dollarsKeepTheirCents() {
    assertThat(Formats.usd(12.3456, 10)).isEqualTo("$12.35");
    assertThat(Formats.usd(0.0123, 0.01)).isEqualTo("$0.0123");
    assertThat(Formats.usd(0.000042, 0)).isEqualTo("$0.000042");
    assertThat(Formats.usd(0.5)).isEqualTo("$0.5");
    assertThat(Formats.usd(10)).isEqualTo("$10");
  }

  @Test
  void millisecondsWithoutTrailingZeros() {
    assertThat(Formats.millis(Duration.ofSeconds(2))).isEqualTo("2000 ms");
    assertThat(Formats.millis(Duration.ofNanos(250_000))).isEqualTo("0.25 ms");
    assertThat(Formats.millis(Duration.ZERO)).isEqualTo("0 ms");
  }

  @Test
  void longListsAreCut() {
    assertThat(Formats.list(List.of(1, 2, 3), 3)).isEqualTo("[1, 2, 3]");
    assertThat(Formats.list(List.of(1, 2, 3, 4), 2)).isEqualTo("[1, 2, …] (4 in all)");
  }
}
