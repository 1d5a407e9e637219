package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.stats.Agreement.FleissKappa;
import io.benchmarkhub.stats.Agreement.Kappa;
import io.benchmarkhub.stats.Agreement.KrippendorffAlpha;
import io.benchmarkhub.stats.Agreement.Level;
import io.benchmarkhub.stats.Agreement.Weights;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {
  private static final double N = Double.NaN;

  // ---- Cohen's kappa ----

  @Test
  void cohensKappaOnWikipediaTwoByTwo() {
    // Wikipedia, "Cohen's kappa", simple example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no (rows: rater A).
    // p_o = 35/50 = 0.7; p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = 0.2 / 0.5 = 0.4.
    Kappa k = Agreement.cohensKappa(new ConfusionMatrix(List.of("yes", "no"), new long[][] {{20, 5}, {10, 15}}));
    assertThat(k.observedAgreement()).isCloseTo(0.7, within(1e-12));
    assertThat(k.expectedAgreement()).isCloseTo(0.5, within(1e-12));
    assertThat(k.kappa()).isCloseTo(0.4, within(1e-12));
    assertThat(k.n()).isEqualTo(50);
  }

  /** scikit-learn's test_cohen_kappa: y1 = 46×0, 44×1, 10×2; y2 = 50×0, 40×1, 10×2, paired in that order. */
  private static int[][] sklearnRaters() {
    int[] y1 = new int[100];
    int[] y2 = new int[100];
    for (int i = 0; i < 100; i++) {
      y1[i] = i < 46 ? 0 : i < 90 ? 1 : 2;
      y2[i] = i < 50 ? 0 : i < 90 ? 1 : 2;
    }
    return new int[][] {y1, y2};
  }

  @Test
  void cohensAndWeightedKappaMatchScikitLearnTests() {
    // sklearn/metrics/tests/test_classification.py::test_cohen_kappa asserts 0.9315, 0.9412 (linear)
    // and 0.9541 (quadratic) to 4 decimals. By hand: the table is {{46,0,0},{4,40,0},{0,0,10}},
    // margins rows (.46,.44,.10), columns (.50,.40,.10).
    //   unweighted: p_o = .96, p_e = .23 + .176 + .01 = .416, kappa = .544/.584 = 68/73
    //   linear:     p_o = .96 + .04 * .5 = .98, p_e = .66, kappa = .32/.34 = 16/17
    //   quadratic:  p_o = .96 + .04 * .75 = .99, p_e = .782, kappa = .208/.218 = 104/109
    int[][] r = sklearnRaters();
    Kappa plain = Agreement.cohensKappa(r[0], r[1]);
    assertThat(plain.kappa()).isCloseTo(68.0 / 73, within(1e-12)).isCloseTo(0.9315, within(5e-5));
    assertThat(plain.observedAgreement()).isCloseTo(0.96, within(1e-12));
    assertThat(plain.expectedAgreement()).isCloseTo(0.416, within(1e-12));
    Kappa linear = Agreement.weightedKappa(r[0], r[1], Weights.LINEAR);
    assertThat(linear.kappa()).isCloseTo(16.0 / 17, within(1e-12)).isCloseTo(0.9412, within(5e-5));
    assertThat(linear.observedAgreement()).isCloseTo(0.98, within(1e-12));
    assertThat(linear.expectedAgreement()).isCloseTo(0.66, within(1e-12));
    Kappa quadratic = Agreement.weightedKappa(r[0], r[1], Weights.QUADRATIC);
    assertThat(quadratic.kappa()).isCloseTo(104.0 / 109, within(1e-12)).isCloseTo(0.9541, within(5e-5));
    assertThat(quadratic.observedAgreement()).isCloseTo(0.99, within(1e-12));
    assertThat(quadratic.expectedAgreement()).isCloseTo(0.782, within(1e-12));
  }

  @Test
  void weightedKappaOnAgrestisSexualFunTable() {
    // Agresti (1990) / R vcd's SexualFun data (husband rows x wife columns, Never..Always), the
    // example of vcd::Kappa, whose weights are 1 - |i-j|/(r-1) and 1 - (i-j)^2/(r-1)^2.
    // Values derived by hand with exact fractions (n = 91):
    //   unweighted p_o = 33/91, kappa = 0.129330; linear p_o = 0.684982, kappa = 0.237381;
    //   quadratic p_o = 0.814408, kappa = 0.332046.
    ConfusionMatrix m =
        new ConfusionMatrix(
            List.of("Never", "Fairly often", "Very often", "Always"),
            new long[][] {{7, 7, 2, 3}, {2, 8, 3, 7}, {1, 5, 4, 9}, {2, 8, 9, 14}});
    assertThat(Agreement.cohensKappa(m).observedAgreement()).isCloseTo(33.0 / 91, within(1e-12));
    assertThat(Agreement.cohensKappa(m).kappa()).isCloseTo(0.129330, within(5e-7));
    assertThat(Agreement.weightedKappa(m, Weights.LINEAR).observedAgreement()).isCloseTo(0.684982, within(5e-7));
    assertThat(Agreement.weightedKappa(m, Weights.LINEAR).kappa()).isCloseTo(0.237381, within(5e-7));
    assertThat(Agreement.weightedKappa(m, Weights.QUADRATIC).observedAgreement()).isCloseTo(0.814408, within(5e-7));
    assertThat(Agreement.weightedKappa(m, Weights.QUADRATIC).kappa()).isCloseTo(0.332046, within(5e-7));
  }

  @Test
  void weightedKappaWithTwoCategoriesIsCohensKappaAndIsSymmetric() {
    int[] a = {0, 0, 1, 1, 0, 1, 1, 0, 0};
    int[] b = {0, 1, 1, 1, 0, 0, 1, 0, 1};
    double plain = Agreement.cohensKappa(a, b).kappa();
    assertThat(Agreement.weightedKappa(a, b, Weights.LINEAR).kappa()).isCloseTo(plain, within(1e-12));
    assertThat(Agreement.weightedKappa(a, b, Weights.QUADRATIC).kappa()).isCloseTo(plain, within(1e-12));
    assertThat(Agreement.cohensKappa(b, a).kappa()).isCloseTo(plain, within(1e-12));
  }

  @Test
  void weightedKappaSpacesCodesByValue() {
    // Codes 1 and 5 span categories 1..5: a 1-vs-5 disagreement is the full scale, weight 0, and a
    // 1-vs-2 near miss (linear weight 3/4) earns partial credit.
    int[] a = {1, 5, 1, 5};
    int[] b = {1, 5, 2, 4};
    // p_o = (1 + 1 + .75 + .75)/4 = .875. Margins a: 1 -> .5, 5 -> .5; b: 1,2,4,5 -> .25 each.
    // p_e = .5*(.25*1 + .25*.75 + .25*.25 + .25*0) + .5*(.25*0 + .25*.25 + .25*.75 + .25*1) = .5.
    // kappa = (.875 - .5) / .5 = 0.75. (Were the codes re-indexed 0..3 over the values used, as
    // scikit-learn does, 4 vs 5 would weigh 2/3 instead of 3/4 and kappa would differ.)
    Kappa k = Agreement.weightedKappa(a, b, Weights.LINEAR);
    assertThat(k.observedAgreement()).isCloseTo(0.875, within(1e-12));
    assertThat(k.expectedAgreement()).isCloseTo(0.5, within(1e-12));
    assertThat(k.kappa()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void kappaEdgeCases() {
    Kappa none = Agreement.cohensKappa(new int[0], new int[0]);
    assertThat(none.kappa()).isNaN();
    assertThat(none.observedAgreement()).isNaN();
    assertThat(none.n()).isZero();
    // One item: both raters in one shared category -> chance agreement 1, kappa 0/0 -> NaN.
    Kappa one = Agreement.cohensKappa(new int[] {3}, new int[] {3});
    assertThat(one.kappa()).isNaN();
    assertThat(one.observedAgreement()).isEqualTo(1.0);
    assertThat(one.expectedAgreement()).isEqualTo(1.0);
    Kappa allSame = Agreement.weightedKappa(new int[] {2, 2, 2}, new int[] {2, 2, 2}, Weights.QUADRATIC);
    assertThat(allSame.kappa()).isNaN();
    // Perfect agreement with variation is 1.
    assertThat(Agreement.cohensKappa(new int[] {0, 1, 2, 1}, new int[] {0, 1, 2, 1}).kappa()).isEqualTo(1.0);
    // Each rater constant but in different categories: p_o = 0, p_e = 0, kappa = 0.
    assertThat(Agreement.cohensKappa(new int[] {0, 0}, new int[] {1, 1}).kappa()).isZero();
    assertThatThrownBy(() -> Agreement.cohensKappa(new int[] {1, 2}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rater1 has 2 ratings and rater2 1");
    assertThatThrownBy(() -> Agreement.cohensKappa(new int[] {0, 5000}, new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5001 categories");
  }

  // ---- Fleiss' kappa ----

  /** Wikipedia, "Fleiss' kappa", worked example: 10 items, 14 raters, 5 categories. */
  private static final long[][] WIKIPEDIA_FLEISS = {
    {0, 0, 0, 0, 14},
    {0, 2, 6, 4, 2},
    {0, 0, 3, 5, 6},
    {0, 3, 9, 2, 0},
    {2, 2, 8, 1, 1},
    {7, 7, 0, 0, 0},
    {3, 2, 6, 3, 0},
    {2, 5, 3, 2, 2},
    {6, 5, 2, 1, 0},
    {0, 2, 2, 3, 7}
  };

  @Test
  void fleissKappaOnWikipediaExample() {
    // Wikipedia: p_j = 0.143, 0.200, 0.279, 0.150, 0.229; P-bar = 0.378, P-bar_e = 0.213, kappa = 0.210.
    // Exactly: P-bar = 0.378022, P-bar_e = 0.212755, kappa = 4211/20059 = 0.209931.
    FleissKappa k = Agreement.fleissKappa(WIKIPEDIA_FLEISS);
    assertThat(k.kappa()).isCloseTo(4211.0 / 20059, within(1e-12)).isCloseTo(0.210, within(5e-4));
    assertThat(k.observedAgreement()).isCloseTo(0.378022, within(5e-7));
    assertThat(k.expectedAgreement()).isCloseTo(0.212755, within(5e-7));
    assertThat(k.items()).isEqualTo(10);
    assertThat(k.raters()).isEqualTo(14);
    // Per-category kappas by Fleiss (1971), eq. for kappa_j: 1 - sum_i n_ij (m - n_ij) / (N m (m-1) p_j q_j),
    // derived by hand (exact fractions): e.g. category 1: 1 - 178 / (10*14*13 * (1/7)(6/7)) = 0.201282.
    double[] expected = {0.201282, 0.079670, 0.171598, 0.030381, 0.507657};
    for (int j = 0; j < 5; j++) {
      assertThat(k.categoryKappas().get(j)).isCloseTo(expected[j], within(5e-7));
    }
    // Fleiss (1971): the overall kappa is the p_j q_j-weighted mean of the category kappas.
    double num = 0;
    double den = 0;
    double[] p = {2.0 / 14, 0.2, 39.0 / 140, 0.15, 32.0 / 140};
    for (int j = 0; j < 5; j++) {
      num += p[j] * (1 - p[j]) * k.categoryKappas().get(j);
      den += p[j] * (1 - p[j]);
    }
    assertThat(num / den).isCloseTo(k.kappa(), within(1e-12));
  }

  @Test
  void fleissKappaEdgeCases() {
    FleissKappa none = Agreement.fleissKappa(new long[0][]);
    assertThat(none.kappa()).isNaN();
    assertThat(none.items()).isZero();
    FleissKappa oneRater = Agreement.fleissKappa(new long[][] {{1, 0}, {0, 1}});
    assertThat(oneRater.kappa()).isNaN();
    assertThat(oneRater.observedAgreement()).isNaN();
    assertThat(oneRater.categoryKappas()).hasSize(2).allMatch(d -> d.isNaN());
    // Every rating in one category: P-bar = P-bar_e = 1 -> NaN; that category's kappa is NaN too.
    FleissKappa allOne = Agreement.fleissKappa(new long[][] {{0, 3}, {0, 3}});
    assertThat(allOne.kappa()).isNaN();
    assertThat(allOne.observedAgreement()).isEqualTo(1.0);
    assertThat(allOne.categoryKappas()).allMatch(d -> d.isNaN());
    // Perfect agreement with variation: 1; an unused category has NaN kappa.
    FleissKappa perfect = Agreement.fleissKappa(new long[][] {{3, 0, 0}, {0, 3, 0}, {3, 0, 0}});
    assertThat(perfect.kappa()).isEqualTo(1.0);
    assertThat(perfect.categoryKappas().get(0)).isEqualTo(1.0);
    assertThat(perfect.categoryKappas().get(2)).isNaN();
    assertThatThrownBy(() -> Agreement.fleissKappa(new long[][] {{1, 2}, {2, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item 0 has 3, item 1 has 4");
    assertThatThrownBy(() -> Agreement.fleissKappa(new long[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item 1 has 1");
    assertThatThrownBy(() -> Agreement.fleissKappa(new long[][] {{-1, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  // ---- Krippendorff's alpha ----

  /**
   * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers
   * (A-D) x 12 units, values 1-5, missing data; transposed here to units x observers.
   */
  private static final double[][] KRIPPENDORFF_2011 = {
    {1, 1, N, 1},
    {2, 2, 3, 2},
    {3, 3, 3, 3},
    {3, 3, 3, 3},
    {2, 2, 2, 2},
    {1, 2, 3, 4},
    {4, 4, 4, 4},
    {1, 1, 2, 1},
    {2, 2, 2, 2},
    {N, 5, 5, 5},
    {N, N, 1, 1},
    {N, 3, N, N}
  };

  @Test
  void krippendorffsAlphaOnKrippendorff2011SectionC() {
    // Nominal: the paper's alpha = 0.743. Its coincidence matrix has n = 40 pairable values
    // (unit 12 has one value and drops out), n_c = 9, 13, 10, 5, 3, and 8 off-diagonal coincidences:
    // alpha = 1 - (n - 1) * 8 / (n^2 - sum n_c^2) = 1 - 39 * 8 / (1600 - 384) = 0.743421.
    KrippendorffAlpha nominal = Agreement.krippendorffsAlpha(KRIPPENDORFF_2011, Level.NOMINAL);
    assertThat(nominal.alpha()).isCloseTo(1 - 312.0 / 1216, within(1e-12)).isCloseTo(0.743, within(5e-4));
    assertThat(nominal.observedDisagreement()).isCloseTo(8.0 / 40, within(1e-12));
    assertThat(nominal.expectedDisagreement()).isCloseTo(1216.0 / (40 * 39), within(1e-12));
    assertThat(nominal.pairableValues()).isEqualTo(40);
    assertThat(nominal.pairableUnits()).isEqualTo(11);
    // Interval 0.849 and ordinal 0.815 for the same data (also the values asserted by the
    // fast-krippendorff Python package's test suite, which adds ratio 0.797); recomputed here by
    // hand from the coincidence matrix with exact fractions:
    //   interval: D_o = 13/30 = 0.433333, D_e = 2.871795, alpha = 0.849107
    //   ordinal:  D_o = 47.275, D_e = 256.076923, alpha = 0.815388
    //   ratio:    alpha = 0.797403
    KrippendorffAlpha interval = Agreement.krippendorffsAlpha(KRIPPENDORFF_2011, Level.INTERVAL);
    assertThat(interval.alpha()).isCloseTo(0.849107, within(5e-7));
    assertThat(interval.observedDisagreement()).isCloseTo(13.0 / 30, within(1e-12));
    assertThat(interval.expectedDisagreement()).isCloseTo(2.871795, within(5e-7));
    KrippendorffAlpha ordinal = Agreement.krippendorffsAlpha(KRIPPENDORFF_2011, Level.ORDINAL);
    assertThat(ordinal.alpha()).isCloseTo(0.815388, within(5e-7));
    assertThat(ordinal.observedDisagreement()).isCloseTo(47.275, within(1e-9));
    assertThat(ordinal.expectedDisagreement()).isCloseTo(256.076923, within(5e-7));
    assertThat(Agreement.krippendorffsAlpha(KRIPPENDORFF_2011, Level.RATIO).alpha()).isCloseTo(0.797403, within(5e-7));
  }

  @Test
  void krippendorffsAlphaOnWikipediaExample() {
    // Wikipedia, "Krippendorff's alpha", computational example: 3 coders x 15 units, values 1-4.
    // Nominal 0.691358 and interval 0.810845 (also asserted by fast-krippendorff's tests).
    double[] a = {N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3};
    double[] b = {1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N};
    double[] c = {N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4};
    double[][] units = new double[15][];
    for (int u = 0; u < 15; u++) {
      units[u] = new double[] {a[u], b[u], c[u]};
    }
    assertThat(Agreement.krippendorffsAlpha(units, Level.NOMINAL).alpha()).isCloseTo(0.691358, within(5e-7));
    assertThat(Agreement.krippendorffsAlpha(units, Level.INTERVAL).alpha()).isCloseTo(0.810845, within(5e-7));
  }

  @Test
  void ordinalAlphaDependsOnlyOnTheOrderOfValues() {
    double[][] relabelled = new double[KRIPPENDORFF_2011.length][];
    for (int u = 0; u < relabelled.length; u++) {
      relabelled[u] = KRIPPENDORFF_2011[u].clone();
      for (int r = 0; r < relabelled[u].length; r++) {
        relabelled[u][r] = relabelled[u][r] * relabelled[u][r] * 10; // monotone: 1..5 -> 10..250
      }
    }
    assertThat(Agreement.krippendorffsAlpha(relabelled, Level.ORDINAL).alpha()).isCloseTo(0.815388, within(5e-7));
    assertThat(Agreement.krippendorffsAlpha(relabelled, Level.INTERVAL).alpha()).isNotCloseTo(0.849107, within(1e-3));
  }

  @Test
  void nullMarksMissingLikeNaNAndEmptyUnitsChangeNothing() {
    Double[][] boxed = new Double[KRIPPENDORFF_2011.length + 1][];
    for (int u = 0; u < KRIPPENDORFF_2011.length; u++) {
      boxed[u] = new Double[4];
      for (int r = 0; r < 4; r++) {
        double v = KRIPPENDORFF_2011[u][r];
        boxed[u][r] = Double.isNaN(v) ? null : v;
      }
    }
    boxed[KRIPPENDORFF_2011.length] = new Double[] {null, null, null, null}; // a unit nobody rated
    assertThat(Agreement.krippendorffsAlpha(boxed, Level.NOMINAL))
        .isEqualTo(Agreement.krippendorffsAlpha(KRIPPENDORFF_2011, Level.NOMINAL));
  }

  @Test
  void krippendorffsAlphaEdgeCases() {
    for (Level level : Level.values()) {
      // Perfect agreement with variation: D_o = 0, alpha = 1.
      double[][] perfect = {{1, 1, 1}, {2, 2, N}, {3, 3, 3}};
      assertThat(Agreement.krippendorffsAlpha(perfect, level).alpha()).isEqualTo(1.0);
      // Every value the same: D_e = 0, alpha undefined.
      KrippendorffAlpha same = Agreement.krippendorffsAlpha(new double[][] {{2, 2}, {2, 2, 2}}, level);
      assertThat(same.alpha()).isNaN();
      assertThat(same.observedDisagreement()).isZero();
      // No unit with two values (n = 0, n = 1 per unit, all missing): undefined.
      KrippendorffAlpha unpairable = Agreement.krippendorffsAlpha(new double[][] {{1, N}, {N, 2}, {N, N}, {}}, level);
      assertThat(unpairable.alpha()).isNaN();
      assertThat(unpairable.pairableValues()).isZero();
      assertThat(Agreement.krippendorffsAlpha(new double[0][], level).alpha()).isNaN();
    }
    // Ratio level: zeros are fine, negative values are not.
    assertThat(Agreement.krippendorffsAlpha(new double[][] {{0, 0}, {1, 1}, {2, 2}}, Level.RATIO).alpha()).isEqualTo(1.0);
    assertThatThrownBy(() -> Agreement.krippendorffsAlpha(new double[][] {{-1, 1}}, Level.RATIO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit 0, rater 0");
    assertThatThrownBy(() -> Agreement.krippendorffsAlpha(new double[][] {{1, Double.NEGATIVE_INFINITY}}, Level.NOMINAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
  }

  @Test
  void twoRatersSystematicDisagreementIsNegative() {
    // Two coders who always swap 0 and 1: o_01 = o_10 = 2, n = 4, D_o = 1, D_e = 8/12, alpha = -0.5.
    KrippendorffAlpha a = Agreement.krippendorffsAlpha(new double[][] {{0, 1}, {1, 0}}, Level.NOMINAL);
    assertThat(a.alpha()).isCloseTo(-0.5, within(1e-12));
  }
}
