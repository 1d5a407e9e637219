package io.benchmarkhub.judge;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers in prose: "The answer is -1,234.5 dollars", "about 6.02e23", "a 45% rise".
 *
 * <p>A number is an optional sign ("-", "+" or the Unicode minus "−"), an optional currency symbol,
 * digits with optional comma thousands separators ("1,234,567"), an optional decimal part, an
 * optional exponent of up to three digits, and an optional percent sign. A number glued to a
 * letter or digit before it is not one ("CO2", "H2O", "Q3"), and a hyphen between two numbers is
 * not a sign ("10-20" is 10 and 20). Immutable and thread-safe.
 */
final class NumberExtractor {

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?<sign>[-+\\u2212])?\\p{Sc}?"
          + "(?<mantissa>(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?|\\.\\d+)"
          + "(?<exponent>[eE][-+]?\\d{1,3}(?!\\d))?"
          + "(?<percent>[ \\u00A0\\u202F]?%)?");

  /** A number found in a text: its value and how it was written there. */
  record Found(BigDecimal value, String written) {}

  private final boolean first;
  private final boolean percentAsFraction;

  /**
   * @param first whether to take the first number of a text rather than the last
   * @param percentAsFraction whether "45%" reads as 0.45 rather than 45
   */
  NumberExtractor(boolean first, boolean percentAsFraction) {
    this.first = first;
    this.percentAsFraction = percentAsFraction;
  }

  /** {@return the first or last number in {@code text}, as configured; empty when there is none} */
  Optional<Found> find(String text) {
    Matcher m = NUMBER.matcher(text);
    Found found = null;
    while (m.find()) {
      found = read(m);
      if (first) {
        break;
      }
    }
    return Optional.ofNullable(found);
  }

  private Found read(Matcher m) {
    String exponent = m.group("exponent") == null ? "" : m.group("exponent");
    BigDecimal value = new BigDecimal(m.group("mantissa").replace(",", "") + exponent);
    if (m.group("sign") != null && !m.group("sign").equals("+")) {
      value = value.negate();
    }
    if (percentAsFraction && m.group("percent") != null) {
      value = value.movePointLeft(2);
    }
    return new Found(value, m.group());
  }
}
