package io.benchmarkhub.author.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds texts that are nearly the same: MinHash signatures of word shingles, bucketed by
 * locality-sensitive hashing, and every candidate pair confirmed by its exact Jaccard similarity,
 * so a reported pair is always at or above the threshold (no false positives) and a pair above it
 * is missed only with small probability.
 *
 * <p>Defaults: word 3-shingles, 128 hash functions in 32 bands of 4 rows. A pair at Jaccard 0.6 is
 * found with probability 1 - (1 - 0.6^4)^32 = 0.98, at 0.7 with 0.9998; lower thresholds are checked
 * exactly but may miss a few pairs near the threshold. Memory is the sorted shingle hashes of each
 * text plus 32 bucket keys, about {@code 8 * (words + 32)} bytes a text.
 *
 * <p>Use {@link #index()} to add texts one at a time (generation rejects a new case that is a near
 * duplicate of an earlier one) or {@link #pairs(List)} for all pairs of a dataset (validation).
 */
public final class NearDuplicates {
  private static final int BANDS = 32;
  private static final int ROWS = 4;
  private static final int HASHES = BANDS * ROWS;
  private static final long[] SEEDS = seeds();

  private final double threshold;
  private final int shingleWords;

  private NearDuplicates(double threshold, int shingleWords) {
    this.threshold = threshold;
    this.shingleWords = shingleWords;
  }

  /**
   * {@return a finder of pairs whose Jaccard similarity over word 3-shingles is at least
   * {@code threshold}}
   *
   * @param threshold in (0, 1]; 0.8 is a good default for "the same case reworded slightly"
   */
  public static NearDuplicates withThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1], was " + threshold);
    }
    return new NearDuplicates(threshold, 3);
  }

  /** {@return the Jaccard threshold} */
  public double threshold() {
    return threshold;
  }

  /** {@return the shingles this finder compares, for a text} */
  public Shingles shingles(String text) {
    return Shingles.of(text, shingleWords);
  }

  /** {@return an empty index to add texts to one at a time} */
  public Index index() {
    return new Index();
  }

  /**
   * {@return every pair of texts at or above the threshold}, ordered by first then second index
   *
   * @param texts the texts; their positions are the indexes in the pairs
   */
  public List<Pair> pairs(List<String> texts) {
    Index index = new Index();
    List<Pair> out = new ArrayList<>();
    for (String t : texts) {
      out.addAll(index.add(t));
    }
    out.sort((x, y) -> x.first() != y.first() ? Integer.compare(x.first(), y.first())
        : Integer.compare(x.second(), y.second()));
    return out;
  }

  /**
   * Two texts that are near duplicates.
   *
   * @param first the earlier text's position
   * @param second the later text's position
   * @param similarity their exact Jaccard similarity
   */
  public record Pair(int first, int second, double similarity) {}

  /** Texts added one at a time; each addition reports the earlier texts it nearly duplicates. */
  public final class Index {
    private final List<Shingles> texts = new ArrayList<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    private Index() {}

    /** {@return how many texts were added} */
    public int size() {
      return texts.size();
    }

    /**
     * Adds a text and returns the earlier texts at or above the threshold, most similar first.
     *
     * @param text the text; its position is {@link #size()} before the call
     * @return the pairs (earlier, this) found
     */
    public List<Pair> add(String text) {
      int id = texts.size();
      Shingles s = shingles(text);
      texts.add(s);
      long[] bandKeys = bandKeys(s);
      List<Pair> found = new ArrayList<>();
      java.util.BitSet seen = new java.util.BitSet();
      for (long key : bandKeys) {
        List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (int other : bucket) {
          if (!seen.get(other)) {
            seen.set(other);
            double j = texts.get(other).jaccard(s);
            if (j >= threshold) {
              found.add(new Pair(other, id, j));
            }
          }
        }
        bucket.add(id);
      }
      found.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
      return found;
    }

    /**
     * {@return the most similar earlier text at or above the threshold, without adding this one}
     */
    public Optional<Pair> nearest(String text) {
      Shingles s = shingles(text);
      Pair best = null;
      java.util.BitSet seen = new java.util.BitSet();
      for (long key : bandKeys(s)) {
        for (int other : buckets.getOrDefault(key, List.of())) {
          if (!seen.get(other)) {
            seen.set(other);
            double j = texts.get(other).jaccard(s);
            if (j >= threshold && (best == null || j > best.similarity())) {
              best = new Pair(other, texts.size(), j);
            }
          }
        }
      }
      return Optional.ofNullable(best);
    }
  }

  /** MinHash: for each seed the least mixed hash over the shingles; bands hashed together. */
  private static long[] bandKeys(Shingles s) {
    long[] hashes = s.hashes();
    long[] keys = new long[BANDS];
    if (hashes.length == 0) {
      java.util.Arrays.fill(keys, 0x5eed0000L); // empty texts share one bucket per band
      for (int b = 0; b < BANDS; b++) {
        keys[b] += b;
      }
      return keys;
    }
    for (int b = 0; b < BANDS; b++) {
      long key = b * 0x9e3779b97f4a7c15L;
      for (int r = 0; r < ROWS; r++) {
        long seed = SEEDS[b * ROWS + r];
        long min = Long.MAX_VALUE;
        for (long h : hashes) {
          long v = Shingles.mix(h ^ seed);
          if (v < min) {
            min = v;
          }
        }
        key = Shingles.mix(key ^ min);
      }
      keys[b] = key;
    }
    return keys;
  }

  private static long[] seeds() {
    long[] out = new long[HASHES];
    long x = 0x2545f4914f6cdd1dL;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9e3779b97f4a7c15L;
      out[i] = Shingles.mix(x);
    }
    return out;
  }
}
