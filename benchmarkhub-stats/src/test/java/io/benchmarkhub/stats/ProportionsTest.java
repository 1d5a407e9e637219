package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionsTest {

  @Test
  void wilsonMatchesPublishedValues() {
    // Newcombe (1998), Table I: 81/263 -> 0.2553 to 0.3662 (95%).
    Interval i = Proportions.wilson(81, 263, 0.95);
    assertThat(i.estimate()).isCloseTo(81.0 / 263, within(1e-12));
    assertThat(i.lower()).isCloseTo(0.2553, within(5e-5));
    assertThat(i.upper()).isCloseTo(0.3662, within(5e-5));
  }

  @Test
  void wilsonStaysInsideZeroAndOneAtTheEdges() {
    Interval none = Proportions.wilson(0, 10, 0.95);
    assertThat(none.lower()).isZero();
    assertThat(none.upper()).isCloseTo(0.2775, within(5e-5));
    Interval all = Proportions.wilson(10, 10, 0.95);
    assertThat(all.upper()).isEqualTo(1.0);
    assertThat(all.lower()).isCloseTo(0.7225, within(5e-5));
  }

  @Test
  void widerConfidenceGivesWiderInterval() {
    assertThat(Proportions.wilson(30, 50, 0.99).width()).isGreaterThan(Proportions.wilson(30, 50, 0.95).width());
  }

  @Test
  void noTrialsGiveAnUndefinedInterval() {
    Interval i = Proportions.wilson(0, 0, 0.95);
    assertThat(i.estimate()).isNaN();
    assertThat(i.lower()).isNaN();
  }

  @Test
  void inconsistentCountsAreRejected() {
    assertThatThrownBy(() -> Proportions.wilson(5, 4, 0.95)).hasMessageContaining("5/4");
    assertThatThrownBy(() -> Proportions.wilson(1, 4, 1.0)).hasMessageContaining("confidence");
  }
}
