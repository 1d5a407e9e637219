package io.benchmarkhub.runner;

import io.benchmarkhub.api.ModelSummary;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * How messages print numbers, money, durations and counts, so that a gate in the CLI, a gate in the
 * JUnit engine and an assertion word the same figure the same way.
 *
 * <p>A value compared with a limit gets enough decimals that the two never print alike: 0.849 against
 * 0.85 reads "0.849 < 0.850", not "0.85 < 0.85".
 */
public final class Figures {
  /** The fewest decimals a rate or score is printed with. */
  private static final int MIN_DECIMALS = 2;
  /** The most decimals any value is printed with, however close it is to its limit. */
  private static final int MAX_DECIMALS = 9;

  private Figures() {}

  /**
   * {@return the number of decimals that prints {@code value} and {@code limit} apart}: at least
   * {@code atLeast}, at least as many as the limit has, at most 9
   */
  public static int decimalsFor(double value, double limit, int atLeast) {
    int decimals = Math.max(atLeast, Math.min(MAX_DECIMALS, scale(limit)));
    while (decimals < MAX_DECIMALS && value != limit && fixed(value, decimals).equals(fixed(limit, decimals))) {
      decimals++;
    }
    return decimals;
  }

  /** {@return the number of decimals that prints a rate or score and its limit apart} (at least 2) */
  public static int decimalsFor(double value, double limit) {
    return decimalsFor(value, limit, MIN_DECIMALS);
  }

  /** {@return {@code value} with exactly {@code decimals} decimals, in the root locale} */
  public static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** {@return "0.67 (95% CI 0.21–0.94, 2 of 3 graded)": a model's pass rate and its interval} */
  public static String passRate(ModelSummary model, int decimals) {
    return fixed(model.passRate(), decimals) + " (95% CI " + fixed(model.passRateLow(), decimals) + "–"
        + fixed(model.passRateHigh(), decimals) + ", " + model.passed() + " of " + model.graded() + " graded)";
  }

  /**
   * {@return dollars compared with a limit}: two decimals from $1, four from a cent, six below, and
   * more when that would print the value like the limit.
   */
  public static String usd(double value, double limit) {
    int atLeast = value >= 1 ? 2 : value >= 0.01 ? 4 : 6;
    return "$" + fixed(value, decimalsFor(value, limit, atLeast));
  }

  /** {@return a dollar limit as the user wrote it, e.g. "$0.5"} */
  public static String usd(double limit) {
    return "$" + plain(limit);
  }

  /** {@return a duration in milliseconds, e.g. "1250 ms" or "0.5 ms"} */
  public static String millis(Duration duration) {
    return BigDecimal.valueOf(duration.toNanos(), 6).stripTrailingZeros().toPlainString() + " ms";
  }

  /** {@return a number without exponent or trailing zeros, e.g. "0.85"} */
  public static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** {@return "1 trial" or "3 trials"} */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static int scale(double value) {
    return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
  }
}
