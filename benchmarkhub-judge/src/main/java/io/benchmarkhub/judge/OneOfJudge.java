package io.benchmarkhub.judge;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A judge for classification: the answer must be exactly one of a fixed set of labels, and, when
 * the case has an expected output, that label. Create one with {@link Judges#oneOf(String...)}.
 *
 * <p>Answer, choices and expected output are compared after trimming whitespace, dropping trailing
 * punctuation ("billing." is "billing"), dropping opening quotes, brackets and markdown emphasis
 * ("**billing**", "(A)", "“billing”"), collapsing inner whitespace and, unless {@link
 * #caseSensitive()}, ignoring case. Choices that cannot be told apart this way ("yes", "yes.") are
 * rejected; choices that differ only in case ("A", "a") need {@link #caseSensitive()}, and without it
 * every verdict is an error saying so. A sentence that merely mentions a label ("The intent is
 * billing.") fails; the reason names the label it mentions. A case whose expected output is not one
 * of the choices is an error verdict. The score is 1 or 0. Immutable and thread-safe.
 *
 * <pre>{@code
 * Judge sentiment = Judges.oneOf("positive", "negative", "neutral");
 * // expected "negative", answer "Negative."  -> PASS
 * // expected "negative", answer "positive"   -> FAIL: answered "positive" but expected "negative"
 * }</pre>
 */
public final class OneOfJudge extends GuardedJudge {

  private static final Pattern DECORATION =
      Pattern.compile("^[\\p{IsWhite_Space}\\p{Pi}\\p{Ps}\"'*_`]+|[\\p{IsWhite_Space}\\p{IsPunctuation}`]+$");

  private static final TextNormalizer EXACT_WORDS = TextNormalizer.NONE.normalizeWhitespace();
  private static final TextNormalizer FOLDED_WORDS = EXACT_WORDS.ignoreCase();

  private final List<String> choices;
  private final boolean caseSensitive;
  private final TextNormalizer words;
  /** Normalised label to the choice as given, the first choice winning a clash. */
  private final Map<String, String> byLabel;
  /** Why grading is impossible: two choices differ only in case, yet case is ignored; or null. */
  private final String ambiguity;

  OneOfJudge(List<String> choices, boolean caseSensitive) {
    super("one-of");
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one choice");
    }
    this.choices = List.copyOf(choices);
    this.caseSensitive = caseSensitive;
    this.words = caseSensitive ? EXACT_WORDS : FOLDED_WORDS;
    Map<String, String> exact = new LinkedHashMap<>();
    String clash = index(this.choices, EXACT_WORDS, exact);
    if (clash != null) {
      throw new IllegalArgumentException("oneOf choices " + clash + " cannot be told apart");
    }
    this.byLabel = new LinkedHashMap<>();
    clash = index(this.choices, words, byLabel);
    this.ambiguity = clash == null ? null
        : "oneOf choices " + clash + " differ only in case, and case is ignored; use oneOf(...).caseSensitive()";
  }

  /**
   * Fills {@code byLabel} with each choice under its label.
   *
   * @return the first two choices that share a label, quoted, or null when none do
   * @throws IllegalArgumentException when a choice has no label
   */
  private static String index(List<String> choices, TextNormalizer words, Map<String, String> byLabel) {
    String clash = null;
    for (String choice : choices) {
      String label = label(choice, words);
      if (label.isEmpty()) {
        throw new IllegalArgumentException("oneOf choice " + Reasons.quote(choice) + " has no text left to match"
            + " once whitespace and punctuation are ignored");
      }
      String earlier = byLabel.putIfAbsent(label, choice);
      if (earlier != null && clash == null) {
        clash = Reasons.quote(earlier) + " and " + Reasons.quote(choice);
      }
    }
    return clash;
  }

  /** {@return a copy that tells labels apart by case: "Spam" is then not "spam"} */
  public OneOfJudge caseSensitive() {
    return new OneOfJudge(choices, true);
  }

  @Override
  Verdict grade(TestCase testCase, Completion completion) {
    if (ambiguity != null) {
      throw new CannotGrade(ambiguity);
    }
    String answer = completion.text();
    String chosen = byLabel.get(label(answer));
    if (chosen == null) {
      return Verdict.fail(Reasons.quote(answer) + " is not one of " + Reasons.quoteAll(choices) + mentions(answer));
    }
    if (testCase.expected().isEmpty()) {
      return Verdict.pass("answered " + Reasons.quote(chosen));
    }
    String expected = testCase.expected().get();
    String expectedChoice = byLabel.get(label(expected));
    if (expectedChoice == null) {
      throw new CannotGrade("case " + testCase.id() + " expects " + Reasons.quote(expected)
          + ", which is not one of " + Reasons.quoteAll(choices));
    }
    return chosen.equals(expectedChoice)
        ? Verdict.pass("answered " + Reasons.quote(chosen))
        : Verdict.fail("answered " + Reasons.quote(chosen) + " but expected " + Reasons.quote(expectedChoice));
  }

  private String label(String text) {
    return label(text, words);
  }

  private static String label(String text, TextNormalizer words) {
    return DECORATION.matcher(words.apply(text)).replaceAll("");
  }

  /** {@return " (it mentions ...)" naming the choices a longer answer contains, or ""} */
  private String mentions(String answer) {
    String text = " " + label(answer) + " ";
    List<String> mentioned = new ArrayList<>();
    byLabel.forEach((label, choice) -> {
      if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(label) + "(?![\\p{L}\\p{N}])").matcher(text).find()) {
        mentioned.add(choice);
      }
    });
    return mentioned.isEmpty() ? "" : " (it mentions " + Reasons.quoteAll(mentioned) + ")";
  }

  /** {@return the name and choices, e.g. {@code one-of["billing", "refund"]}} */
  @Override
  public String toString() {
    List<String> settings = new ArrayList<>();
    choices.forEach(c -> settings.add(Reasons.quote(c)));
    if (caseSensitive) {
      settings.add("caseSensitive");
    }
    return Reasons.describe(name(), settings);
  }
}
