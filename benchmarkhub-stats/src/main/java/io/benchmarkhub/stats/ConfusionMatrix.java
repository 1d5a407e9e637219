package io.benchmarkhub.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A square table of counts cross-classifying items by two raters (or by truth and prediction):
 * {@code counts[i][j]} items were put in category {@code labels.get(i)} by the first (row) rater
 * and in {@code labels.get(j)} by the second (column) rater.
 *
 * <p>The order of the labels is the order of the categories; ordinal statistics such as {@link
 * Agreement#weightedKappa weighted kappa} take it as the ordering, equally spaced. The record is
 * immutable: the counts are copied in and out, and equality compares them element by element.
 *
 * @param labels the category names, distinct, in category order
 * @param counts the counts, rows for the first rater and columns for the second, non-negative
 */
public record ConfusionMatrix(List<String> labels, long[][] counts) {

  /** The most categories {@link #ofCodes} spans, to keep a stray code from allocating a huge table. */
  public static final int MAX_CODE_RANGE = 1000;

  /**
   * Checks and copies the table.
   *
   * @throws IllegalArgumentException when the table is not square, does not match the labels, has
   *     a negative count, or the labels repeat
   */
  public ConfusionMatrix {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(counts, "counts");
    labels = List.copyOf(labels);
    if (new HashSet<>(labels).size() != labels.size()) {
      throw new IllegalArgumentException("labels must be distinct, got " + labels);
    }
    int k = labels.size();
    if (counts.length != k) {
      throw new IllegalArgumentException(k + " labels but " + counts.length + " rows of counts");
    }
    long[][] copy = new long[k][];
    for (int i = 0; i < k; i++) {
      if (counts[i] == null || counts[i].length != k) {
        throw new IllegalArgumentException(
            "counts must be " + k + " x " + k + ", row " + i + " has "
                + (counts[i] == null ? "no" : String.valueOf(counts[i].length)) + " columns");
      }
      for (int j = 0; j < k; j++) {
        if (counts[i][j] < 0) {
          throw new IllegalArgumentException("counts must not be negative, counts[" + i + "][" + j + "] = " + counts[i][j]);
        }
      }
      copy[i] = counts[i].clone();
    }
    counts = copy;
  }

  /**
   * Cross-classifies two raters' integer codes, paired by index. The categories are every integer
   * from the smallest code to the largest, so codes are equally spaced by value (codes 1, 2, 5 give
   * categories 1 to 5, two of them unused) and labelled by their decimal value. No ratings give an
   * empty 0 × 0 matrix.
   *
   * @param rater1 the first rater's codes (rows)
   * @param rater2 the second rater's codes (columns)
   * @return the matrix
   * @throws IllegalArgumentException when the lengths differ or the codes span more than {@link
   *     #MAX_CODE_RANGE} values
   */
  public static ConfusionMatrix ofCodes(int[] rater1, int[] rater2) {
    Objects.requireNonNull(rater1, "rater1");
    Objects.requireNonNull(rater2, "rater2");
    if (rater1.length != rater2.length) {
      throw new IllegalArgumentException(
          "the raters must rate the same items, but rater1 has " + rater1.length + " ratings and rater2 " + rater2.length);
    }
    if (rater1.length == 0) {
      return new ConfusionMatrix(List.of(), new long[0][0]);
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < rater1.length; i++) {
      min = Math.min(min, Math.min(rater1[i], rater2[i]));
      max = Math.max(max, Math.max(rater1[i], rater2[i]));
    }
    long range = (long) max - min + 1;
    if (range > MAX_CODE_RANGE) {
      throw new IllegalArgumentException(
          "codes " + min + " to " + max + " span " + range + " categories, more than " + MAX_CODE_RANGE
              + "; map them to consecutive codes first");
    }
    int k = (int) range;
    String[] labels = new String[k];
    for (int c = 0; c < k; c++) {
      labels[c] = Integer.toString(min + c);
    }
    long[][] counts = new long[k][k];
    for (int i = 0; i < rater1.length; i++) {
      counts[rater1[i] - min][rater2[i] - min]++;
    }
    return new ConfusionMatrix(List.of(labels), counts);
  }

  /**
   * Cross-classifies two raters' labels, paired by index, over the given categories. A pair in
   * which either rating is {@code null} (missing) is left out.
   *
   * @param labels the categories, in order
   * @param rater1 the first rater's labels (rows)
   * @param rater2 the second rater's labels (columns)
   * @return the matrix
   * @throws IllegalArgumentException when the lengths differ or a rating is not one of the labels
   */
  public static ConfusionMatrix ofLabels(List<String> labels, List<String> rater1, List<String> rater2) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(rater1, "rater1");
    Objects.requireNonNull(rater2, "rater2");
    if (rater1.size() != rater2.size()) {
      throw new IllegalArgumentException(
          "the raters must rate the same items, but rater1 has " + rater1.size() + " ratings and rater2 " + rater2.size());
    }
    Map<String, Integer> index = new HashMap<>();
    for (String label : labels) {
      index.put(label, index.size());
    }
    long[][] counts = new long[labels.size()][labels.size()];
    for (int i = 0; i < rater1.size(); i++) {
      String a = rater1.get(i);
      String b = rater2.get(i);
      if (a == null || b == null) {
        continue;
      }
      counts[indexOf(index, a, i)][indexOf(index, b, i)]++;
    }
    return new ConfusionMatrix(labels, counts);
  }

  private static int indexOf(Map<String, Integer> index, String label, int item) {
    Integer i = index.get(label);
    if (i == null) {
      throw new IllegalArgumentException("item " + item + " is rated \"" + label + "\", which is not among the labels " + index.keySet());
    }
    return i;
  }

  /** {@return a copy of the counts} */
  @Override
  public long[][] counts() {
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  /** {@return the number of categories} */
  public int size() {
    return labels.size();
  }

  /**
   * The count in one cell.
   *
   * @param row the first rater's category index
   * @param column the second rater's category index
   * @return the number of items the raters put in those categories
   */
  public long count(int row, int column) {
    return counts[row][column];
  }

  /**
   * {@return how many items the first rater put in category {@code row}}
   *
   * @param row the category index
   */
  public long rowTotal(int row) {
    long sum = 0;
    for (long c : counts[row]) {
      sum += c;
    }
    return sum;
  }

  /**
   * {@return how many items the second rater put in category {@code column}}
   *
   * @param column the category index
   */
  public long columnTotal(int column) {
    long sum = 0;
    for (long[] row : counts) {
      sum += row[column];
    }
    return sum;
  }

  /** {@return the number of items, the sum of all counts} */
  public long total() {
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += rowTotal(i);
    }
    return sum;
  }

  /** {@return the number of items both raters put in the same category, the diagonal sum} */
  public long agreements() {
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += counts[i][i];
    }
    return sum;
  }

  /** {@return whether the other is a matrix with the same labels and counts} */
  @Override
  public boolean equals(Object other) {
    return other instanceof ConfusionMatrix m && labels.equals(m.labels) && Arrays.deepEquals(counts, m.counts);
  }

  /** {@return a hash of the labels and counts} */
  @Override
  public int hashCode() {
    return 31 * labels.hashCode() + Arrays.deepHashCode(counts);
  }

  /** {@return the labels and the rows of counts} */
  @Override
  public String toString() {
    return "ConfusionMatrix[labels=" + labels + ", counts=" + Arrays.deepToString(counts) + "]";
  }
}
