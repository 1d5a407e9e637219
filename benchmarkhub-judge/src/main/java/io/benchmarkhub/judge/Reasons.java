package io.benchmarkhub.judge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.stream.Collectors;

/** Wording shared by the judges' reasons: quoted answers, numbers, lists. */
final class Reasons {

  /** Longest answer excerpt a reason quotes, in code points. */
  static final int MAX_QUOTED = 80;

  private Reasons() {}

  /**
   * {@return {@code s} in double quotes, cut to {@link #MAX_QUOTED} code points with an ellipsis}
   *
   * <p>Quotes and backslashes are escaped, and so are characters a reader cannot see (line breaks,
   * tabs, no-break and other special spaces, zero-width characters), so that two answers that look
   * alike in a report but differ show where they differ.
   */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    int[] cps = s.codePoints().toArray();
    int shown = Math.min(cps.length, MAX_QUOTED);
    for (int i = 0; i < shown; i++) {
      appendVisible(out, cps[i]);
    }
    if (shown < cps.length) {
      out.append('…');
    }
    return out.append('"').toString();
  }

  private static void appendVisible(StringBuilder out, int cp) {
    switch (cp) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        int type = Character.getType(cp);
        boolean invisible = cp != ' ' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp)
            || type == Character.CONTROL || type == Character.FORMAT);
        if (invisible) {
          out.append(String.format("\\u%04X", cp));
        } else {
          out.appendCodePoint(cp);
        }
      }
    }
  }

  /** {@return the strings quoted and joined with ", "} */
  static String quoteAll(Collection<String> values) {
    return values.stream().map(Reasons::quote).collect(Collectors.joining(", "));
  }

  /** {@return a judge's {@code toString()}: its name, then its settings in brackets when it has any} */
  static String describe(String name, Collection<String> settings) {
    return settings.isEmpty() ? name : name + "[" + String.join(", ", settings) + "]";
  }

  /** {@return a score rounded to three decimals without trailing zeros: 1, 0.5, 0.833} */
  static String score(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** {@return a finite number as a person writes it: 72, 1234.5, -0.25, 6.022E+23} */
  static String number(double value) {
    return number(BigDecimal.valueOf(value));
  }

  /** {@return a number as a person writes it: plain unless its exponent is below -6 or above 15} */
  static String number(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    int exponent = v.precision() - v.scale() - 1;
    return exponent < -6 || exponent > 15 ? v.toString() : v.toPlainString();
  }
}
