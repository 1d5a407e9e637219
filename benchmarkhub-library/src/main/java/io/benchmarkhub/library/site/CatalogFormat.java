package io.benchmarkhub.library.site;

import io.benchmarkhub.library.PackageManifest;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** How the catalog writes figures: the same text on every machine (ROOT locale), a dash for what is unknown. */
final class CatalogFormat {
  static final String UNKNOWN = "—";

  private CatalogFormat() {}

  /** {@return a fraction as a percentage with one decimal, e.g. 85.7%} */
  static String percent(double fraction) {
    return Double.isNaN(fraction) ? UNKNOWN : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** {@return an interval of fractions as percentages, e.g. 75.0%–92.3%} */
  static String interval(double low, double high) {
    return Double.isNaN(low) || Double.isNaN(high) ? UNKNOWN : percent(low) + "–" + percent(high);
  }

  /** {@return a score in [0,1] with three decimals} */
  static String score(double score) {
    return Double.isNaN(score) ? UNKNOWN : String.format(Locale.ROOT, "%.3f", score);
  }

  /** {@return a cost in US dollars with four significant digits, or "unknown"} */
  static String cost(Double usd) {
    return usd == null ? "unknown" : "$" + new java.math.BigDecimal(usd).round(new java.math.MathContext(4))
        .stripTrailingZeros().toPlainString();
  }

  /** {@return a latency in whole milliseconds} */
  static String millis(double ms) {
    return Double.isNaN(ms) ? UNKNOWN : String.format(Locale.ROOT, "%.0f ms", ms);
  }

  /** {@return a quality score (0-100) with one decimal, or "not measured"} */
  static String quality(OptionalDouble score) {
    return score.isPresent() ? String.format(Locale.ROOT, "%.1f", score.getAsDouble()) : "not measured";
  }

  /** {@return the difficulty distribution as {@code easy 21 · medium 21 · hard 21}} */
  static String difficulties(PackageManifest m) {
    return m.difficultyDistribution().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(" · "));
  }

  /** {@return the entries of a count map as {@code key value} pairs joined by " · "} */
  static String counts(Map<String, Integer> counts) {
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
  }
}
