package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.TrialResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How the messages print numbers, money, durations and trials, so that every message reads the same.
 *
 * <p>A value compared with a limit gets enough decimals that the two never print alike: 0.849 against
 * 0.85 reads "0.849 < 0.850", not "0.85 < 0.85".
 */
final class Formats {
  /** The fewest decimals a rate or score is printed with. */
  private static final int MIN_DECIMALS = 2;
  /** The most decimals any value is printed with, however close it is to its limit. */
  private static final int MAX_DECIMALS = 9;
  /** How many characters of an error message or answer a one-line summary keeps. */
  static final int SHORT_TEXT = 120;

  private Formats() {}

  /** {@return the number of decimals that prints {@code value} and {@code limit} apart} */
  static int decimalsFor(double value, double limit, int atLeast) {
    int decimals = Math.max(atLeast, Math.min(MAX_DECIMALS, scale(limit)));
    while (decimals < MAX_DECIMALS && value != limit && fixed(value, decimals).equals(fixed(limit, decimals))) {
      decimals++;
    }
    return decimals;
  }

  /** {@return the number of decimals that prints a rate or score and its limit apart} */
  static int decimalsFor(double value, double limit) {
    return decimalsFor(value, limit, MIN_DECIMALS);
  }

  /** {@return {@code value} with exactly {@code decimals} decimals, in the root locale} */
  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** {@return "0.67 (95% CI 0.21–0.94)": a model's pass rate and its interval} */
  static String passRate(ModelSummary model, int decimals) {
    return fixed(model.passRate(), decimals) + " (95% CI " + fixed(model.passRateLow(), decimals) + "–"
        + fixed(model.passRateHigh(), decimals) + ", " + model.passed() + " of " + model.graded() + " graded)";
  }

  /**
   * {@return dollars compared with a limit}: two decimals from $1, four from a cent, six below, and
   * more when that would print the value like the limit.
   */
  static String usd(double value, double limit) {
    int atLeast = value >= 1 ? 2 : value >= 0.01 ? 4 : 6;
    return "$" + fixed(value, decimalsFor(value, limit, atLeast));
  }

  /** {@return a dollar limit as the user wrote it, e.g. "$0.5"} */
  static String usd(double limit) {
    return "$" + plain(limit);
  }

  /** {@return a duration in milliseconds, e.g. "1250 ms" or "0.5 ms"} */
  static String millis(Duration duration) {
    return BigDecimal.valueOf(duration.toNanos(), 6).stripTrailingZeros().toPlainString() + " ms";
  }

  /** {@return a number without exponent or trailing zeros, e.g. "0.85"} */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** {@return "c1 × openai:gpt-4o-mini", with " #2" for a second repeat: how messages name a trial} */
  static String trial(TrialResult trial) {
    return trial.caseId() + " × " + trial.model() + (trial.repeat() > 1 ? " #" + trial.repeat() : "");
  }

  /** {@return "1 trial" or "3 trials"} */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@return "[a, b, c]", or the first {@code max} and "… (n in all)"} */
  static String list(List<?> items, int max) {
    if (items.size() <= max) {
      return items.toString();
    }
    return items.subList(0, max).toString().replaceFirst("]$", ", …] (" + items.size() + " in all)");
  }

  /** {@return {@code text} on one line, cut to {@code max} characters with an ellipsis} */
  static String oneLine(String text, int max) {
    String line = text.replace('\n', ' ').replace('\r', ' ');
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }

  /** {@return every line of {@code text} after the first indented by {@code indent}} */
  static String indentFollowingLines(String text, String indent) {
    return text.replace("\r\n", "\n").replace("\n", System.lineSeparator() + indent);
  }

  private static int scale(double value) {
    return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
  }
}
