package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A judge that reads a number from the answer's prose and compares it with the expected number.
 * Create one with {@link Judges#numeric()} or {@link Judges#numeric(double)}.
 *
 * <p>By default it takes the <em>last</em> number in the answer, the GSM8K convention (models
 * reason first and conclude last); {@link #firstNumber()} takes the first instead. The expected
 * output is read the same way, so a GSM8K solution ending in "#### 72" expects 72. Signs, comma
 * thousands separators, decimals, exponents and a currency symbol are understood; see {@link
 * #percentAsFraction()} for percentages. Without tolerances the numbers must be equal; with both
 * tolerances, being within either one passes.
 *
 * <p>No number in the answer is a failure; an expected output without a number (or a case without
 * one) is an error verdict. The score is 1 or 0. Immutable and thread-safe.
 *
 * <pre>{@code
 * Judge answer = Judges.numeric().tolerance(0.01);
 * // expected "1234.5", answer "So the total is $1,234.50."  -> PASS
 * }</pre>
 */
public final class NumericJudge extends GuardedJudge {

  private final BigDecimal fixedExpected;
  private final double absolute;
  private final double relative;
  private final boolean firstNumber;
  private final boolean percentAsFraction;
  private final NumberExtractor extractor;

  NumericJudge(BigDecimal fixedExpected, double absolute, double relative, boolean firstNumber,
      boolean percentAsFraction) {
    super("numeric");
    this.fixedExpected = fixedExpected;
    this.absolute = requireTolerance("tolerance", absolute);
    this.relative = requireTolerance("relativeTolerance", relative);
    this.firstNumber = firstNumber;
    this.percentAsFraction = percentAsFraction;
    this.extractor = new NumberExtractor(firstNumber, percentAsFraction);
  }

  private static double requireTolerance(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
    }
    return value;
  }

  /**
   * {@return a copy that passes when {@code |answer - expected| <= absolute}}
   *
   * @throws IllegalArgumentException when {@code absolute} is negative, NaN or infinite
   */
  public NumericJudge tolerance(double absolute) {
    return new NumericJudge(fixedExpected, absolute, relative, firstNumber, percentAsFraction);
  }

  /**
   * {@return a copy that passes when {@code |answer - expected| <= fraction * |expected|}}; 0.01
   * allows one percent either way
   *
   * @throws IllegalArgumentException when {@code fraction} is negative, NaN or infinite
   */
  public NumericJudge relativeTolerance(double fraction) {
    return new NumericJudge(fixedExpected, absolute, fraction, firstNumber, percentAsFraction);
  }

  /** {@return a copy that takes the first number of the answer and expected output, not the last} */
  public NumericJudge firstNumber() {
    return new NumericJudge(fixedExpected, absolute, relative, true, percentAsFraction);
  }

  /**
   * {@return a copy that reads "45%" as 0.45}; by default it reads as 45, which is right when the
   * expected output is written the same way ("45%" or "45")
   */
  public NumericJudge percentAsFraction() {
    return new NumericJudge(fixedExpected, absolute, relative, firstNumber, true);
  }

  /**
   * {@return {@code expected} as the decimal its shortest representation shows, so 0.1 is 0.1}
   *
   * @throws IllegalArgumentException when {@code expected} is NaN or infinite
   */
  static BigDecimal requireFinite(double expected) {
    if (!Double.isFinite(expected)) {
      throw new IllegalArgumentException("expected number must be finite, was " + expected);
    }
    return BigDecimal.valueOf(expected);
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    BigDecimal expected = fixedExpected != null ? fixedExpected : expectedOf(testCase);
    String answer = completion.text();
    NumberExtractor.Found found = extractor.find(answer).orElse(null);
    if (found == null) {
      return Verdict.fail("no number in " + Reasons.quote(answer));
    }
    BigDecimal allowed = BigDecimal.valueOf(absolute).max(BigDecimal.valueOf(relative).multiply(expected.abs()));
    String wanted = Reasons.number(expected) + tolerance();
    if (found.value().subtract(expected).abs().compareTo(allowed) <= 0) {
      return Verdict.pass("found " + Reasons.number(found.value()) + ", expected " + wanted);
    }
    return Verdict.fail("expected " + wanted + " but found " + Reasons.number(found.value())
        + " (" + Reasons.quote(found.written().strip()) + ", the " + (firstNumber ? "first" : "last")
        + " number in the answer)");
  }

  private BigDecimal expectedOf(TestCase testCase) {
    String text = requireExpected(testCase);
    return extractor.find(text).map(NumberExtractor.Found::value).orElseThrow(() -> new CannotGrade(
        "case " + testCase.id() + " expected output " + Reasons.quote(text) + " has no number; numeric needs one"));
  }

  private String tolerance() {
    String rel = BigDecimal.valueOf(relative).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    if (absolute > 0 && relative > 0) {
      return " ± max(" + Reasons.number(absolute) + ", " + rel + ")";
    }
    return absolute > 0 ? " ± " + Reasons.number(absolute) : relative > 0 ? " ± " + rel : "";
  }

  /** {@return the name and settings, e.g. {@code numeric[last number, tolerance=0.01]}} */
  @Override
  public String toString() {
    List<String> settings = new ArrayList<>();
    if (fixedExpected != null) {
      settings.add("expected=" + Reasons.number(fixedExpected));
    }
    settings.add(firstNumber ? "first number" : "last number");
    if (absolute > 0) {
      settings.add("tolerance=" + Reasons.number(absolute));
    }
    if (relative > 0) {
      settings.add("relativeTolerance=" + Reasons.number(relative));
    }
    if (percentAsFraction) {
      settings.add("percentAsFraction");
    }
    return Reasons.describe(name(), settings);
  }
}
