package io.benchmarkhub.stats;

/** Argument checks shared by the classes of this package, with messages that name the culprit. */
final class Checks {
  private Checks() {}

  /** Throws unless the confidence level is within (0, 1). */
  static void confidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
    }
  }

  /** Throws unless every value is finite (a NaN or infinite score is a caller's bug, not data). */
  static void finite(String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + values[i]);
      }
    }
  }

  /** Throws unless the two paired samples have the same length. */
  static void sameLength(int first, int second) {
    if (first != second) {
      throw new IllegalArgumentException(
          "paired samples must have the same length, got " + first + " and " + second);
    }
  }

  /** Throws unless the number of resamples is at least 1. */
  static void resamples(int resamples) {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1, was " + resamples);
    }
  }
}
