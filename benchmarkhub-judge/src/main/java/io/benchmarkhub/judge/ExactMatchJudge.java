package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * A judge that passes when the answer equals the expected output, after the normalisation its
 * options ask for. Create one with {@link Judges#exactMatch()} or {@link Judges#exactMatch(String)}.
 *
 * <p>Both sides are compared in Unicode NFC, so an "é" typed as one character equals an "é" typed
 * as "e" and a combining accent. Each option returns a new judge; this one is immutable and
 * thread-safe. The score is 1 on a match, else 0. A case without an expected output (when no fixed
 * value was given) is an error verdict, not a failure.
 *
 * <pre>{@code
 * Judge intent = Judges.exactMatch().ignoreCase().trim();
 * // expected "Billing", answer " billing\n"  -> PASS
 * // expected "Billing", answer "billing."    -> FAIL: expected "Billing" but was "billing."
 * }</pre>
 */
public final class ExactMatchJudge extends GuardedJudge {

  private final String fixedExpected;
  private final TextNormalizer normalizer;

  ExactMatchJudge(String fixedExpected, TextNormalizer normalizer) {
    super("exact-match");
    this.fixedExpected = fixedExpected;
    this.normalizer = normalizer;
  }

  /** {@return a copy that ignores differences of case, Unicode-aware ("STRASSE" equals "straße")} */
  public ExactMatchJudge ignoreCase() {
    return new ExactMatchJudge(fixedExpected, normalizer.ignoreCase());
  }

  /** {@return a copy that ignores leading and trailing whitespace, no-break spaces included} */
  public ExactMatchJudge trim() {
    return new ExactMatchJudge(fixedExpected, normalizer.trim());
  }

  /**
   * {@return a copy that collapses every run of whitespace (spaces, tabs, line breaks, no-break
   * spaces) into one space and trims both ends}
   */
  public ExactMatchJudge normalizeWhitespace() {
    return new ExactMatchJudge(fixedExpected, normalizer.normalizeWhitespace());
  }

  /**
   * {@return a copy that removes Unicode punctuation (".", ",", "!", "¿", "«", "—", "*", ...) from
   * both sides before comparing}
   *
   * <p>Punctuation is removed, not replaced by a space: "Paris." equals "Paris", and "e-mail"
   * equals "email".
   */
  public ExactMatchJudge ignorePunctuation() {
    return new ExactMatchJudge(fixedExpected, normalizer.ignorePunctuation());
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    String expected = fixedExpected != null ? fixedExpected : requireExpected(testCase);
    String answer = completion.text();
    if (normalizer.apply(answer).equals(normalizer.apply(expected))) {
      return Verdict.pass("was " + Reasons.quote(answer) + " as expected");
    }
    return Verdict.fail("expected " + Reasons.quote(expected) + " but was " + Reasons.quote(answer));
  }

  /** {@return the name and settings, e.g. {@code exact-match[ignoreCase, trim]}} */
  @Override
  public String toString() {
    List<String> settings = new ArrayList<>();
    if (fixedExpected != null) {
      settings.add("expected=" + Reasons.quote(fixedExpected));
    }
    settings.addAll(normalizer.options());
    return Reasons.describe(name(), settings);
  }
}
