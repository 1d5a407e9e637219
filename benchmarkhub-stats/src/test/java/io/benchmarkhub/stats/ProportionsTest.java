package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
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

  @Test
  @DisplayName("Clopper-Pearson 7/20 matches R binom.test(7, 20): 0.1539092 to 0.5921885")
  void clopperPearsonMatchesBinomTest() {
    // R: binom.test(7, 20)$conf.int; checked independently with scipy.stats.beta.ppf
    // (0.025, 7, 14) = 0.15390920 and beta.ppf(0.975, 8, 13) = 0.59218853.
    Interval i = Proportions.clopperPearson(7, 20, 0.95);
    assertThat(i.estimate()).isEqualTo(0.35);
    assertThat(i.lower()).isCloseTo(0.1539092, within(1e-7));
    assertThat(i.upper()).isCloseTo(0.5921885, within(1e-7));
    assertThat(i.confidence()).isEqualTo(0.95);
    // 99%: scipy beta.ppf(0.005, 7, 14) = 0.11387976, beta.ppf(0.995, 8, 13) = 0.65656858.
    Interval wide = Proportions.clopperPearson(7, 20, 0.99);
    assertThat(wide.lower()).isCloseTo(0.1138798, within(1e-7));
    assertThat(wide.upper()).isCloseTo(0.6565686, within(1e-7));
  }

  @Test
  @DisplayName("Clopper-Pearson at 0 and n successes: exact 0 / 1 and the closed form (alpha/2)^(1/n)")
  void clopperPearsonEdgesAreExact() {
    // With x = 0 the upper bound solves (1 - p)^n = alpha/2, so it is 1 - 0.025^(1/10) = 0.3084971.
    Interval none = Proportions.clopperPearson(0, 10, 0.95);
    assertThat(none.lower()).isEqualTo(0.0);
    assertThat(none.upper()).isCloseTo(1 - Math.pow(0.025, 0.1), within(1e-10));
    assertThat(none.upper()).isCloseTo(0.3084971, within(1e-7));
    Interval all = Proportions.clopperPearson(10, 10, 0.95);
    assertThat(all.upper()).isEqualTo(1.0);
    assertThat(all.lower()).isCloseTo(Math.pow(0.025, 0.1), within(1e-10));
    Interval one = Proportions.clopperPearson(1, 1, 0.95);
    assertThat(one.lower()).isCloseTo(0.025, within(1e-10));
    assertThat(one.upper()).isEqualTo(1.0);
  }

  @Test
  void clopperPearsonIsWiderThanWilson() {
    assertThat(Proportions.clopperPearson(81, 263, 0.95).width())
        .isGreaterThan(Proportions.wilson(81, 263, 0.95).width());
  }

  @Test
  void clopperPearsonWithNoTrialsIsUndefinedAndBadInputIsRejected() {
    Interval i = Proportions.clopperPearson(0, 0, 0.95);
    assertThat(i.estimate()).isNaN();
    assertThat(i.lower()).isNaN();
    assertThat(i.upper()).isNaN();
    assertThatThrownBy(() -> Proportions.clopperPearson(5, 4, 0.95)).hasMessageContaining("5/4");
    assertThatThrownBy(() -> Proportions.clopperPearson(-1, 4, 0.95)).hasMessageContaining("-1/4");
    assertThatThrownBy(() -> Proportions.clopperPearson(1, 4, 0)).hasMessageContaining("confidence");
  }
}
