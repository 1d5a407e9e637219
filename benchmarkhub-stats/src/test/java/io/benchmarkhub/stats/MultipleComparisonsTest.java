package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MultipleComparisonsTest {

  /** The 15 p-values of Benjamini and Hochberg (1995), section 4.2. */
  static final double[] BH_1995 = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459,
      0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000};

  @Test
  @DisplayName("Holm on a small unsorted vector, as R p.adjust(c(0.01, 0.04, 0.03, 0.005), \"holm\")")
  void holmByHand() {
    // Sorted: 0.005, 0.01, 0.03, 0.04, times 4, 3, 2, 1: 0.02, 0.03, 0.06, 0.04;
    // running maximum: 0.02, 0.03, 0.06, 0.06; back in input order: 0.03, 0.06, 0.06, 0.02.
    double[] adjusted = MultipleComparisons.holm(new double[] {0.01, 0.04, 0.03, 0.005});
    assertThat(adjusted).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
  }

  @Test
  @DisplayName("Benjamini-Hochberg on a small unsorted vector, as R p.adjust(c(0.01, 0.04, 0.03, 0.005), \"BH\")")
  void benjaminiHochbergByHand() {
    // Sorted: 0.005, 0.01, 0.03, 0.04, times 4/1, 4/2, 4/3, 4/4: 0.02, 0.02, 0.04, 0.04;
    // running minimum from the top: the same; back in input order: 0.02, 0.04, 0.04, 0.02.
    double[] adjusted = MultipleComparisons.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005});
    assertThat(adjusted).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-15));
  }

  @Test
  @DisplayName("Benjamini-Hochberg (1995) example: at q = 0.05 exactly the four smallest are rejected")
  void benjaminiHochbergPaperExample() {
    // Benjamini & Hochberg (1995), section 4.2: 15 tests, the procedure rejects the four hypotheses
    // with p <= 0.0095. Adjusted values from scipy.stats.false_discovery_control(p, method="bh").
    double[] q = MultipleComparisons.benjaminiHochberg(BH_1995);
    assertThat(q).containsExactly(new double[] {0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857142857142857,
        0.063857142857142857, 0.0645, 0.0765, 0.486, 0.58118181818181818, 0.714875, 0.75323076923076923,
        0.81321428571428571, 1.0}, within(1e-12));
    long rejected = java.util.Arrays.stream(q).filter(x -> x <= 0.05).count();
    assertThat(rejected).isEqualTo(4);
  }

  @Test
  @DisplayName("Holm on the Benjamini-Hochberg (1995) p-values: monotone, capped at 1, rejects 3 at 0.05")
  void holmPaperExample() {
    // By hand: 15 * 0.0001, 14 * 0.0004, 13 * 0.0019, 12 * 0.0095, 11 * 0.0201, 10 * 0.0278, then
    // 9 * 0.0298 = 0.2682 and 8 * 0.0344 = 0.2752 are raised to the running maximum 0.278,
    // 7 * 0.0459 = 0.3213, and from 6 * 0.3240 = 1.944 on every value is capped at 1.
    double[] adjusted = MultipleComparisons.holm(BH_1995);
    assertThat(adjusted).containsExactly(new double[] {0.0015, 0.0056, 0.0247, 0.114, 0.2211, 0.278, 0.278,
        0.278, 0.3213, 1, 1, 1, 1, 1, 1}, within(1e-12));
  }

  @Test
  void tiesEmptyNanAndSingle() {
    assertThat(MultipleComparisons.holm(new double[] {0.02, 0.02, 0.02}))
        .containsExactly(new double[] {0.06, 0.06, 0.06}, within(1e-15));
    assertThat(MultipleComparisons.benjaminiHochberg(new double[] {0.02, 0.02, 0.02}))
        .containsExactly(new double[] {0.02, 0.02, 0.02}, within(1e-15));
    assertThat(MultipleComparisons.holm(new double[0])).isEmpty();
    assertThat(MultipleComparisons.benjaminiHochberg(new double[0])).isEmpty();
    assertThat(MultipleComparisons.holm(new double[] {0.3})).containsExactly(0.3);
    // NaN stays NaN and is not counted: as R p.adjust(c(0.01, NA, 0.04), "holm") = 0.02, NA, 0.04.
    double[] holm = MultipleComparisons.holm(new double[] {0.01, Double.NaN, 0.04});
    assertThat(holm[0]).isCloseTo(0.02, within(1e-15));
    assertThat(holm[1]).isNaN();
    assertThat(holm[2]).isCloseTo(0.04, within(1e-15));
    double[] bh = MultipleComparisons.benjaminiHochberg(new double[] {Double.NaN, 0.01, 0.04});
    assertThat(bh[0]).isNaN();
    assertThat(bh[1]).isCloseTo(0.02, within(1e-15));
    assertThat(bh[2]).isCloseTo(0.04, within(1e-15));
    // Capped at 1.
    assertThat(MultipleComparisons.holm(new double[] {0.5, 0.6})).containsExactly(1.0, 1.0);
  }

  @Test
  void adjustedValuesAreNeverBelowTheRawOnes() {
    double[] holm = MultipleComparisons.holm(BH_1995);
    double[] bh = MultipleComparisons.benjaminiHochberg(BH_1995);
    for (int i = 0; i < BH_1995.length; i++) {
      assertThat(bh[i]).isGreaterThanOrEqualTo(BH_1995[i]).isLessThanOrEqualTo(holm[i]);
    }
  }

  @Test
  void rejectsPValuesOutsideZeroToOne() {
    assertThatThrownBy(() -> MultipleComparisons.holm(new double[] {0.1, 1.5}))
        .hasMessageContaining("pValues[1]").hasMessageContaining("1.5");
    assertThatThrownBy(() -> MultipleComparisons.benjaminiHochberg(new double[] {-0.1}))
        .hasMessageContaining("pValues[0]");
  }
}
