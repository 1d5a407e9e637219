package io.benchmarkhub.author.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text as the set of its word shingles (runs of {@code k} consecutive words), each hashed to 64
 * bits and kept sorted, so two texts' Jaccard similarity is one merge of two arrays.
 *
 * <p>Words are the text lower-cased, Unicode-normalised (NFKC) and split on anything that is not a
 * letter or digit, so "Refund, please!" and "refund please" are the same text. A text shorter than
 * {@code k} words is one shingle of all its words; an empty text has none.
 */
public final class Shingles {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final long[] hashes;

  private Shingles(long[] sortedDistinct) {
    this.hashes = sortedDistinct;
  }

  /**
   * {@return the word {@code k}-shingles of a text}
   *
   * @param text the text; null is read as empty
   * @param k words a shingle, at least 1
   */
  public static Shingles of(String text, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, was " + k);
    }
    String[] words = words(text);
    if (words.length == 0) {
      return new Shingles(new long[0]);
    }
    int n = Math.max(1, words.length - k + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = FNV_OFFSET;
      for (int j = i; j < Math.min(words.length, i + k); j++) {
        for (byte b : words[j].getBytes(StandardCharsets.UTF_8)) {
          h = (h ^ (b & 0xff)) * FNV_PRIME;
        }
        h = (h ^ 0x1f) * FNV_PRIME; // word separator
      }
      out[i] = mix(h);
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return new Shingles(Arrays.copyOf(out, distinct));
  }

  /** {@return the normalised words of a text} */
  public static String[] words(String text) {
    if (text == null || text.isBlank()) {
      return new String[0];
    }
    String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String[] parts = norm.split("[^\\p{L}\\p{N}]+");
    int start = parts.length > 0 && parts[0].isEmpty() ? 1 : 0;
    return Arrays.copyOfRange(parts, start, parts.length);
  }

  /** {@return how many distinct shingles the text has} */
  public int size() {
    return hashes.length;
  }

  /** {@return whether the text had no words} */
  public boolean isEmpty() {
    return hashes.length == 0;
  }

  /**
   * {@return the Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle sets}: 1 for two empty texts, 0
   * when only one is empty.
   */
  public double jaccard(Shingles other) {
    long[] a = hashes;
    long[] b = other.hashes;
    if (a.length == 0 && b.length == 0) {
      return 1.0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  /**
   * {@return the share of this text's shingles that the other has}, |A ∩ B| / |A|: how much of a
   * short text is contained in a long one (0 when this one is empty).
   */
  public double containedIn(Shingles other) {
    if (hashes.length == 0) {
      return 0.0;
    }
    int common = 0;
    for (long h : hashes) {
      if (Arrays.binarySearch(other.hashes, h) >= 0) {
        common++;
      }
    }
    return (double) common / hashes.length;
  }

  long[] hashes() {
    return hashes;
  }

  /** SplitMix64's finaliser: spreads FNV's weak low bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
