package io.benchmarkhub.junit.assertions.error;

import io.benchmarkhub.api.TrialResult;
import java.util.List;

/**
 * How the messages print trials, lists and quoted text, so that every message reads the same; numbers,
 * money and durations are printed by the runner's {@link io.benchmarkhub.runner.Figures}, which gates
 * share.
 */
final class Formats {
  /** How many characters of an error message or answer a one-line summary keeps. */
  static final int SHORT_TEXT = 120;

  private Formats() {}

  /** {@return "c1 × openai:gpt-4o-mini", with " #2" for a second repeat: how messages name a trial} */
  static String trial(TrialResult trial) {
    return trial.caseId() + " × " + trial.model() + (trial.repeat() > 1 ? " #" + trial.repeat() : "");
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
}
