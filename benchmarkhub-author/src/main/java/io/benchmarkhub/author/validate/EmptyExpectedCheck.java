package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code empty-expected}: expected answers that are blank or a placeholder. Placeholders are, ignoring
 * case, surrounding whitespace and punctuation around them: {@code todo}, {@code tbd}, {@code tbc},
 * {@code fixme}, {@code n/a}, {@code na}, {@code none}, {@code null}, {@code nil}, {@code xxx},
 * {@code ?}, {@code ???}, {@code -}, {@code --}, {@code ...}, {@code placeholder}, {@code answer},
 * {@code expected}, {@code <answer>}. ("none" and "null" are
 * not placeholders: they can be real labels.) A case without an expected answer at all is
 * {@code case-schema}'s.
 *
 * <p>Applies to every task type; for generation (where expected is optional) only present expected
 * answers are judged. Score: 1 - share of such cases. PASS with none, WARN up to 1%, FAIL above.
 */
public final class EmptyExpectedCheck extends AbstractCheck {
  static final Set<String> PLACEHOLDERS = Set.of("todo", "tbd", "tbc", "fixme", "n/a", "na", "xxx", "?", "??", "???", "-", "--", "...", "placeholder", "answer", "expected", "<answer>",
      "[answer]");

  /** Creates the check. */
  public EmptyExpectedCheck() {
    super("empty-expected", "Empty or placeholder expected answers", CheckCategory.STRUCTURE,
        "Expected answers that are blank or a placeholder (TODO, TBD, FIXME, N/A, xxx, ?, -, ..., "
            + "placeholder, <answer>), ignoring case and whitespace. A missing expected answer is case-schema's. "
            + "PASS with none, WARN up to 1% of cases, FAIL above; score = 1 - share.");
  }

  /** {@return whether an expected answer is blank or a placeholder} */
  static boolean isPlaceholder(String expected) {
    String e = CaseText.normalise(expected);
    return e.isEmpty() || PLACEHOLDERS.contains(e) || PLACEHOLDERS.contains(e.replaceAll("^[\\s.:;!]+|[\\s.:;!]+$",
        ""));
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    List<Finding> findings = new ArrayList<>();
    for (TestCase c : input.cases()) {
      if (c.expected().isPresent() && isPlaceholder(c.expected().get())) {
        findings.add(Finding.of(c, c.expected().get().isBlank() ? "expected answer is blank"
            : "expected answer '" + c.expected().get().strip() + "' is a placeholder"));
      }
    }
    return shareOfCases(findings, input.cases().size(), 0, 0.01, "have a blank or placeholder expected answer",
        Map.of(), "Write the real expected answer for each listed case, or remove the case.");
  }
}
