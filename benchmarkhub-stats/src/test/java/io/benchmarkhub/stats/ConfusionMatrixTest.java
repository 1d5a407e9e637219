package io.benchmarkhub.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

  @Test
  void ofCodesSpansEveryCodeFromTheSmallestToTheLargest() {
    ConfusionMatrix m = ConfusionMatrix.ofCodes(new int[] {1, 3, 3, 1}, new int[] {1, 3, 2, 3});
    assertThat(m.labels()).containsExactly("1", "2", "3");
    assertThat(m.counts()).isDeepEqualTo(new long[][] {{1, 0, 1}, {0, 0, 0}, {0, 1, 1}});
    assertThat(m.total()).isEqualTo(4);
    assertThat(m.agreements()).isEqualTo(2);
    assertThat(m.rowTotal(0)).isEqualTo(2);
    assertThat(m.columnTotal(2)).isEqualTo(2);
    assertThat(m.count(2, 1)).isEqualTo(1);
    assertThat(m.size()).isEqualTo(3);
  }

  @Test
  void ofLabelsLeavesOutPairsWithAMissingRating() {
    List<String> labels = List.of("pass", "fail");
    ConfusionMatrix m =
        ConfusionMatrix.ofLabels(
            labels, Arrays.asList("pass", "pass", null, "fail"), Arrays.asList("pass", "fail", "fail", null));
    assertThat(m.counts()).isDeepEqualTo(new long[][] {{1, 1}, {0, 0}});
    assertThatThrownBy(() -> ConfusionMatrix.ofLabels(labels, List.of("maybe"), List.of("pass")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item 0 is rated \"maybe\"");
  }

  @Test
  void isImmutableAndComparesByContent() {
    long[][] counts = {{1, 2}, {3, 4}};
    ConfusionMatrix m = new ConfusionMatrix(List.of("a", "b"), counts);
    counts[0][0] = 99;
    m.counts()[0][1] = 99;
    assertThat(m.count(0, 0)).isEqualTo(1);
    assertThat(m.count(0, 1)).isEqualTo(2);
    ConfusionMatrix same = new ConfusionMatrix(List.of("a", "b"), new long[][] {{1, 2}, {3, 4}});
    assertThat(m).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(m).isNotEqualTo(new ConfusionMatrix(List.of("a", "b"), new long[][] {{1, 2}, {3, 5}}));
    assertThat(m.toString()).contains("[[1, 2], [3, 4]]");
  }

  @Test
  void emptyAndBadTables() {
    ConfusionMatrix empty = ConfusionMatrix.ofCodes(new int[0], new int[0]);
    assertThat(empty.size()).isZero();
    assertThat(empty.total()).isZero();
    assertThatThrownBy(() -> new ConfusionMatrix(List.of("a", "b"), new long[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 x 2");
    assertThatThrownBy(() -> new ConfusionMatrix(List.of("a"), new long[][] {{1}, {2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 labels but 2 rows");
    assertThatThrownBy(() -> new ConfusionMatrix(List.of("a", "a"), new long[][] {{1, 0}, {0, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinct");
    assertThatThrownBy(() -> new ConfusionMatrix(List.of("a"), new long[][] {{-1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }
}
