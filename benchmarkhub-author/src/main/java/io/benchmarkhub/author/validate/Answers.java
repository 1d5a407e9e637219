package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.CaseFields;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a case's answer the way the checks need it: the position of a multiple-choice case's correct
 * choice, and the label of a classification case.
 *
 * <p>A multiple-choice expected answer is matched, in this order: (1) the exact text of a choice,
 * ignoring case and surrounding whitespace; (2) a letter {@code A}, {@code B}, ... optionally written
 * {@code (B)}, {@code B)} or {@code B.}, within the number of choices; (3) a whole number, read as a
 * 0-based index (the convention of MMLU and most JSON exports; "1" is the second choice). A letter
 * or number out of range matches nothing.
 */
final class Answers {
  private static final Pattern LETTER = Pattern.compile("\\(?([A-Za-z])[).]?");
  private static final Pattern INDEX = Pattern.compile("\\d{1,3}");

  private Answers() {}

  /** {@return the 0-based position of the correct choice, when the expected answer names one} */
  static OptionalInt choiceIndex(TestCase c) {
    List<String> choices = CaseFields.choices(c);
    Optional<String> expected = c.expected().map(String::strip).filter(s -> !s.isEmpty());
    if (choices.isEmpty() || expected.isEmpty()) {
      return OptionalInt.empty();
    }
    String e = expected.get();
    for (int i = 0; i < choices.size(); i++) {
      if (CaseText.normalise(choices.get(i)).equals(CaseText.normalise(e))) {
        return OptionalInt.of(i);
      }
    }
    Matcher letter = LETTER.matcher(e);
    if (letter.matches()) {
      int i = Character.toUpperCase(letter.group(1).charAt(0)) - 'A';
      return i < choices.size() ? OptionalInt.of(i) : OptionalInt.empty();
    }
    if (INDEX.matcher(e).matches()) {
      int i = Integer.parseInt(e);
      return i < choices.size() ? OptionalInt.of(i) : OptionalInt.empty();
    }
    return OptionalInt.empty();
  }

  /** {@return the letter of a 0-based choice position: A, B, ...} */
  static String letter(int position) {
    return position < 26 ? String.valueOf((char) ('A' + position)) : "#" + (position + 1);
  }

  /**
   * {@return a classification case's label}: the declared label its expected answer equals ignoring
   * case and surrounding whitespace, else the stripped expected answer; empty when it has none
   */
  static Optional<String> label(TestCase c, BenchmarkDesign design) {
    Optional<String> expected = c.expected().map(String::strip).filter(s -> !s.isEmpty());
    if (expected.isEmpty()) {
      return Optional.empty();
    }
    for (String declared : design.labels()) {
      if (declared.strip().equalsIgnoreCase(expected.get())) {
        return Optional.of(declared);
      }
    }
    return expected;
  }
}
