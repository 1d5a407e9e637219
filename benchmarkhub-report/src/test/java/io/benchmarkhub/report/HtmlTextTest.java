package io.benchmarkhub.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.ModelComparison;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void aScoreReadingToldFromTheHigherModelsSideGivesItsEffectAsPositive() {
    // A is the benchmark's first model; B scores higher, so A's rank-biserial effect is negative
    ModelComparison c = new ModelComparison("a", "b", 36, 4, 13, -0.25, 0.02, 0.049, -0.225, 0.01, 0.028, -0.61);
    assertThat(HtmlText.scoreReading(c))
        .isEqualTo("b scores higher than a by 0.225 on average, effect r = +0.61, p = 0.028 (Wilcoxon, Holm)");
    assertThat(HtmlText.passReading(c))
        .isEqualTo("b beats a on 9 more cases (13 vs 4 passed by one only, of 36), p = 0.049 (Holm)");
    ModelComparison even = new ModelComparison("a", "b", 36, 4, 4, 0, 1, 1, 0.01, 0.8, 0.8, 0.05);
    assertThat(HtmlText.scoreReading(even)).isEqualTo("a vs b: no significant difference in score (mean difference "
        + "+0.010, effect r = +0.05), p = 0.80 (Wilcoxon, Holm)");
  }
}
