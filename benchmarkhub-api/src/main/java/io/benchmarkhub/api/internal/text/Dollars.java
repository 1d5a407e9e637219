package io.benchmarkhub.api.internal.text;

import java.util.Locale;

/** Formats US dollars for people. Not API. */
public final class Dollars {
  private Dollars() {}

  /**
   * {@return dollars with enough decimals that a run of cheap requests does not read as $0}: two
   * from $1, four from a cent, six below; exactly zero is "$0"
   */
  public static String format(double usd) {
    if (usd == 0) {
      return "$0";
    }
    String pattern = usd >= 1 ? "$%.2f" : usd >= 0.01 ? "$%.4f" : "$%.6f";
    return String.format(Locale.ROOT, pattern, usd);
  }
}
