package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.stats.Outliers.Flag;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutliersTest {

  /** One model's score on six benchmarks; the last is suspiciously high. */
  static final double[] SCORES = {0.70, 0.72, 0.68, 0.71, 0.69, 0.95};

  @Test
  @DisplayName("Leave-one-out z by hand: 0.95 against 0.70 ± 0.0158114 is z = 15.811")
  void flagsTheScoreFarAboveTheOthers() {
    // Others: mean 0.70, squared deviations 0 + 0.0004 + 0.0004 + 0.0001 + 0.0001 = 0.001,
    // sd = sqrt(0.001 / 4) = 0.0158114, z = 0.25 / 0.0158114 = 15.811388 (numpy agrees).
    List<Flag> flags = Outliers.flagHigh(SCORES);
    assertThat(flags).hasSize(1);
    Flag flag = flags.get(0);
    assertThat(flag.index()).isEqualTo(5);
    assertThat(flag.score()).isEqualTo(0.95);
    assertThat(flag.othersMean()).isCloseTo(0.70, within(1e-12));
    assertThat(flag.othersSd()).isCloseTo(Math.sqrt(0.00025), within(1e-12));
    assertThat(flag.z()).isCloseTo(15.811388300841918, within(1e-9));
    // The others, against a set that includes 0.95, stay unremarkable: z for 0.68 is -0.6718949.
    assertThat(Outliers.leaveOneOutZ(SCORES)[2]).isCloseTo(-0.6718948608521793, within(1e-9));
  }

  @Test
  @DisplayName("Whole-set z could not flag it: it is bounded by (n - 1)/√n = 2.04 for n = 6")
  void theWholeSetZScoreWouldMissIt() {
    double mean = org.apache.commons.math3.stat.StatUtils.mean(SCORES);
    double sd = Math.sqrt(org.apache.commons.math3.stat.StatUtils.variance(SCORES));
    assertThat((0.95 - mean) / sd).isLessThan(5 / Math.sqrt(6)).isLessThan(3);
  }

  @Test
  @DisplayName("Leave-one-out z = externally studentized residual * sqrt(n / (n - 1)) (Cook & Weisberg 1982)")
  void agreesWithTheStudentizedResidualIdentity() {
    double[] x = {0.31, 0.52, 0.44, 0.90, 0.47, 0.38, 0.55, 0.41};
    int n = x.length;
    double mean = org.apache.commons.math3.stat.StatUtils.mean(x);
    double s = Math.sqrt(org.apache.commons.math3.stat.StatUtils.variance(x));
    double[] z = Outliers.leaveOneOutZ(x);
    for (int i = 0; i < n; i++) {
      // Internally studentized r = e / (s sqrt(1 - h)), h = 1/n; externally t = r sqrt((n - 2) / (n - 1 - r^2)).
      double r = (x[i] - mean) / (s * Math.sqrt(1 - 1.0 / n));
      double t = r * Math.sqrt((n - 2) / (n - 1 - r * r));
      assertThat(z[i]).isCloseTo(t * Math.sqrt((double) n / (n - 1)), within(1e-12));
    }
  }

  @Test
  void thresholdDecides() {
    double[] x = {1, 2, 3, 4, 10};
    // Others of 10: mean 2.5, sd sqrt(5/3) = 1.2909944, z = 7.5 / 1.2909944 = 5.8094750.
    assertThat(Outliers.leaveOneOutZ(x)[4]).isCloseTo(7.5 / Math.sqrt(5.0 / 3), within(1e-12));
    assertThat(Outliers.flagHigh(x, 5.8)).extracting(Flag::index).containsExactly(4);
    assertThat(Outliers.flagHigh(x, 5.9)).isEmpty();
    // A low outlier is not flagged: the check looks for suspiciously good scores.
    assertThat(Outliers.flagHigh(new double[] {0.7, 0.71, 0.69, 0.7, 0.1})).isEmpty();
  }

  @Test
  void edgeCases() {
    assertThat(Outliers.leaveOneOutZ(new double[0])).isEmpty();
    assertThat(Outliers.flagHigh(new double[] {0.1, 0.9})).isEmpty();
    assertThat(Outliers.leaveOneOutZ(new double[] {0.1, 0.9})).containsOnly(Double.NaN);
    // All equal: no variance and nothing is flagged; 0.1 * 3 sums to 0.30000000000000004 but still z = 0.
    assertThat(Outliers.leaveOneOutZ(new double[] {0.1, 0.1, 0.1, 0.1})).containsOnly(0.0);
    assertThat(Outliers.flagHigh(new double[] {0.1, 0.1, 0.1, 0.1})).isEmpty();
    // The others all equal and one score above them: infinitely many (zero) standard deviations.
    List<Flag> flags = Outliers.flagHigh(new double[] {0.5, 0.5, 0.5, 0.6});
    assertThat(flags).extracting(Flag::index).containsExactly(3);
    assertThat(flags.get(0).z()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(flags.get(0).othersSd()).isZero();
    assertThatThrownBy(() -> Outliers.flagHigh(SCORES, 0)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> Outliers.flagHigh(SCORES, Double.NaN)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> Outliers.leaveOneOutZ(new double[] {1, Double.NaN, 2})).hasMessageContaining("scores[1]");
  }
}
