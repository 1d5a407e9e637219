package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.author.text.Shingles;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The texts of a case that checks compare, normalised the same way everywhere: Unicode NFKC, lower
 * case, runs of whitespace as one space, no leading or trailing space.
 */
final class CaseText {
  private CaseText() {}

  /**
   * {@return the whole input as one text}: every message's content (the whole conversation of a chat
   * case), then a multiple-choice case's choices, one per line
   */
  static String full(TestCase c) {
    StringBuilder sb = new StringBuilder();
    for (Message m : c.messages()) {
      sb.append(m.content()).append('\n');
    }
    for (String choice : CaseFields.choices(c)) {
      sb.append(choice).append('\n');
    }
    return sb.toString();
  }

  /**
   * {@return the key two cases share exactly when their inputs are the same}: each message's role and
   * normalised content, then the normalised choices
   */
  static String duplicateKey(TestCase c) {
    StringBuilder sb = new StringBuilder();
    for (Message m : c.messages()) {
      sb.append(m.role().wireName()).append(':').append(normalise(m.content())).append('\u0001');
    }
    for (String choice : CaseFields.choices(c)) {
      sb.append("choice:").append(normalise(choice)).append('\u0001');
    }
    return sb.toString();
  }

  /** {@return the messages' contents only (no choices), as one text} */
  static String messages(TestCase c) {
    StringBuilder sb = new StringBuilder();
    for (Message m : c.messages()) {
      sb.append(m.content()).append('\n');
    }
    return sb.toString();
  }

  /** {@return the normalised expected answer, when the case has a non-blank one} */
  static Optional<String> expected(TestCase c) {
    return c.expected().map(CaseText::normalise).filter(s -> !s.isEmpty());
  }

  /** {@return a text in NFKC, lower case, with whitespace collapsed and stripped} */
  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
        .strip();
  }

  /** {@return how many words the case's messages hold, as {@link Shingles#words} splits them} */
  static int wordCount(TestCase c) {
    return Shingles.words(messages(c)).length;
  }

  /** {@return whether the words of {@code needle} occur as a contiguous run in {@code haystack}} */
  static boolean containsWords(String[] haystack, String[] needle) {
    if (needle.length == 0 || needle.length > haystack.length) {
      return false;
    }
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (!haystack[i + j].equals(needle[j])) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** {@return "file:line (id)" of a case, or just its id when it was not read from a file} */
  static String where(TestCase c) {
    return c.source().map(s -> s + " (" + c.id() + ")").orElse(c.id());
  }

  /** {@return the locations of the cases, comma separated, at most {@code limit} then "and N more"} */
  static String where(List<TestCase> cases, int limit) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(limit, cases.size()); i++) {
      sb.append(i == 0 ? "" : ", ").append(where(cases.get(i)));
    }
    if (cases.size() > limit) {
      sb.append(" and ").append(cases.size() - limit).append(" more");
    }
    return sb.toString();
  }
}
