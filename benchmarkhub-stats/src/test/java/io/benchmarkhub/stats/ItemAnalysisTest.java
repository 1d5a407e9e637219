package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.stats.ItemAnalysis.Item;
import io.benchmarkhub.stats.ItemAnalysis.Report;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {
  private static final double N = Double.NaN;

  /** Six subjects (rows) x four pass/fail items (columns). */
  private static final double[][] PASS_FAIL = {
    {1, 1, 1, 1},
    {1, 1, 1, 0},
    {1, 1, 0, 0},
    {1, 0, 1, 0},
    {0, 1, 0, 0},
    {0, 0, 0, 0}
  };

  @Test
  void cronbachsAlphaByTheFormulaAndKuderRichardson20() {
    // Cronbach (1951): alpha = k/(k-1) (1 - sum s_i^2 / s_T^2), sample variances.
    // Item variances: p = 4/6, 4/6, 3/6, 1/6 -> s_i^2 = n p q / (n-1) = 4/15, 4/15, 3/10, 1/6, sum = 1.
    // Totals 4, 3, 2, 2, 1, 0: mean 2, s_T^2 = (4+1+0+0+1+4)/5 = 2.
    // alpha = 4/3 * (1 - 1/2) = 2/3.
    assertThat(ItemAnalysis.cronbachsAlpha(PASS_FAIL)).isCloseTo(2.0 / 3, within(1e-12));
    // Kuder & Richardson (1937) formula 20 on the same data, population variance of the totals:
    // KR-20 = k/(k-1) (1 - sum p q / sigma_T^2) = 4/3 (1 - (5/6) / (5/3)) = 2/3.
    double sumPq = 0;
    for (int i = 0; i < 4; i++) {
      double p = 0;
      for (double[] row : PASS_FAIL) {
        p += row[i] / 6;
      }
      sumPq += p * (1 - p);
    }
    assertThat(4.0 / 3 * (1 - sumPq / (10.0 / 6))).isCloseTo(ItemAnalysis.cronbachsAlpha(PASS_FAIL), within(1e-12));
  }

  @Test
  void itemStatisticsOfThePassFailMatrix() {
    // Derived by hand with exact fractions (Pearson r of the item with the total, and with the total
    // less the item; alpha of the other three items):
    //   item 0: difficulty 2/3, point-biserial 0.821584, corrected 0.625,    alpha if deleted 15/32
    //   item 1: difficulty 2/3, point-biserial 0.547723, corrected 0.213201, alpha if deleted 3/4
    //   item 2: difficulty 1/2, point-biserial 0.774597, corrected 0.522233, alpha if deleted 6/11
    //   item 3: difficulty 1/6, point-biserial 0.692820, corrected 0.488901, alpha if deleted 24/41
    // e.g. item 0 vs the rest (3, 2, 1, 1, 1, 0): cov = 1/3, s^2 = 4/15 and 16/15 -> r = (1/3)/(8/15) = 0.625.
    Report report = ItemAnalysis.analyse(PASS_FAIL);
    assertThat(report.subjects()).isEqualTo(6);
    assertThat(report.excludedSubjects()).isZero();
    assertThat(report.cronbachsAlpha()).isCloseTo(2.0 / 3, within(1e-12));
    double[][] expected = {
      {2.0 / 3, 0.821584, 0.625, 15.0 / 32},
      {2.0 / 3, 0.547723, 0.213201, 3.0 / 4},
      {1.0 / 2, 0.774597, 0.522233, 6.0 / 11},
      {1.0 / 6, 0.692820, 0.488901, 24.0 / 41}
    };
    assertThat(report.items()).hasSize(4);
    for (int i = 0; i < 4; i++) {
      Item item = report.items().get(i);
      assertThat(item.index()).isEqualTo(i);
      assertThat(item.difficulty()).isCloseTo(expected[i][0], within(1e-12));
      assertThat(item.pointBiserial()).isCloseTo(expected[i][1], within(5e-7));
      assertThat(item.correctedItemTotal()).isCloseTo(expected[i][2], within(5e-7));
      assertThat(item.alphaIfDeleted()).isCloseTo(expected[i][3], within(1e-12));
    }
  }

  @Test
  void likertScoresByHand() {
    // Five subjects x three items scored 1-5. Item variances 0.7, 0.8, 0.7 (sum 11/5); totals
    // 10, 9, 13, 8, 12 with variance 43/10: alpha = 3/2 (1 - 22/43) = 63/86 = 0.732558.
    // Alpha if deleted: 7/11, 3/5, 16/23. Corrected item-total r: 0.564076, 0.592927, 0.512272.
    double[][] scores = {{3, 4, 3}, {2, 3, 4}, {4, 4, 5}, {3, 2, 3}, {4, 4, 4}};
    Report report = ItemAnalysis.analyse(scores);
    assertThat(report.cronbachsAlpha()).isCloseTo(63.0 / 86, within(1e-12));
    assertThat(report.items().get(0).alphaIfDeleted()).isCloseTo(7.0 / 11, within(1e-12));
    assertThat(report.items().get(1).alphaIfDeleted()).isCloseTo(3.0 / 5, within(1e-12));
    assertThat(report.items().get(2).alphaIfDeleted()).isCloseTo(16.0 / 23, within(1e-12));
    assertThat(report.items().get(1).correctedItemTotal()).isCloseTo(0.592927, within(5e-7));
    assertThat(report.items().get(2).difficulty()).isCloseTo(3.8, within(1e-12));
  }

  @Test
  void subjectsWithAMissingScoreAreLeftOut() {
    double[][] withMissing = new double[PASS_FAIL.length + 2][];
    System.arraycopy(PASS_FAIL, 0, withMissing, 0, PASS_FAIL.length);
    withMissing[PASS_FAIL.length] = new double[] {1, N, 0, 1};
    withMissing[PASS_FAIL.length + 1] = new double[] {N, N, N, N};
    Report report = ItemAnalysis.analyse(withMissing);
    assertThat(report.subjects()).isEqualTo(6);
    assertThat(report.excludedSubjects()).isEqualTo(2);
    assertThat(report.items()).isEqualTo(ItemAnalysis.analyse(PASS_FAIL).items());
    assertThat(ItemAnalysis.cronbachsAlpha(withMissing)).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void itemsWithoutVarianceAndDegenerateShapes() {
    // Item 1 everyone passes: difficulty 1, no correlation. The totals still vary.
    Report constantItem = ItemAnalysis.analyse(new double[][] {{1, 1, 0}, {0, 1, 0}, {1, 1, 1}});
    Item easy = constantItem.items().get(1);
    assertThat(easy.difficulty()).isEqualTo(1.0);
    assertThat(easy.pointBiserial()).isNaN();
    assertThat(easy.correctedItemTotal()).isNaN();
    // All subjects score the same total: alpha undefined.
    assertThat(ItemAnalysis.cronbachsAlpha(new double[][] {{1, 0}, {0, 1}, {1, 0}})).isNaN();
    // Perfectly consistent items (every subject passes all or none): alpha = 1.
    assertThat(ItemAnalysis.cronbachsAlpha(new double[][] {{1, 1, 1}, {0, 0, 0}, {1, 1, 1}})).isCloseTo(1, within(1e-12));
    // One item: no alpha, no corrected correlation; the point-biserial of an item with itself is 1.
    Report single = ItemAnalysis.analyse(new double[][] {{0.2}, {0.9}, {0.5}});
    assertThat(single.cronbachsAlpha()).isNaN();
    assertThat(single.items().get(0).pointBiserial()).isCloseTo(1, within(1e-12));
    assertThat(single.items().get(0).correctedItemTotal()).isNaN();
    assertThat(single.items().get(0).alphaIfDeleted()).isNaN();
    // Two items: alpha exists, alpha if deleted does not.
    Report two = ItemAnalysis.analyse(new double[][] {{1, 1}, {0, 1}, {0, 0}});
    assertThat(two.cronbachsAlpha()).isNotNaN();
    assertThat(two.items().get(0).alphaIfDeleted()).isNaN();
    // One subject: difficulty only.
    Report oneSubject = ItemAnalysis.analyse(new double[][] {{1, 0, 1}});
    assertThat(oneSubject.cronbachsAlpha()).isNaN();
    assertThat(oneSubject.items().get(0).difficulty()).isEqualTo(1.0);
    assertThat(oneSubject.items().get(0).pointBiserial()).isNaN();
    // No subjects.
    Report none = ItemAnalysis.analyse(new double[0][]);
    assertThat(none.items()).isEmpty();
    assertThat(none.cronbachsAlpha()).isNaN();
    Report allMissing = ItemAnalysis.analyse(new double[][] {{N, 1}, {0, N}});
    assertThat(allMissing.subjects()).isZero();
    assertThat(allMissing.items().get(0).difficulty()).isNaN();
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> ItemAnalysis.analyse(new double[][] {{1, 0}, {1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject 1 has 1");
    assertThatThrownBy(() -> ItemAnalysis.cronbachsAlpha(new double[][] {{1, Double.POSITIVE_INFINITY}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject 0, item 1");
  }
}
