package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.author.TaskType;
import io.benchmarkhub.author.text.Shingles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code answer-in-input}: the expected answer written in the case's own input (its messages, not
 * its choices), so a model can copy it. Matching is on whole words after normalisation ({@link
 * Shingles#words}): "Refund" matches "a refund, please" but not "refunded".
 *
 * <ul>
 *   <li>Question answering: the expected answer's words appear in the input. Answers of fewer than 4
 *       characters, and numbers of fewer than 3 digits, are skipped: "yes", "4" or "Paris"-length
 *       noise would match by accident.
 *   <li>Classification: the label's words appear in the input (a hint, not the answer itself);
 *       labels shorter than 3 characters are skipped.
 *   <li>Multiple choice: the correct choice's text appears in the input while some wrong choice's
 *       does not (when the input lists every choice, that is no leak); choices shorter than 4
 *       characters are skipped.
 *   <li>Extraction and generation: not applicable (extraction copies from the input by design).
 * </ul>
 * Score: 1 - share of checked cases with the answer in the input. PASS up to 5%, WARN up to 20%,
 * FAIL above.
 */
public final class AnswerInInputCheck extends AbstractCheck {

  /** Creates the check. */
  public AnswerInInputCheck() {
    super("answer-in-input", "Expected answer in the input", CheckCategory.LEAKAGE,
        "The expected answer appears verbatim (whole normalised words) in the case's messages. QA: answers of "
            + "4+ characters (numbers 3+ digits); classification: the label word (3+ characters) is a hint; "
            + "multiple choice: the correct choice's text (4+ characters) appears while some wrong choice's does "
            + "not. Not applicable to extraction and generation. PASS up to 5% of checked cases, WARN up to 20%, "
            + "FAIL above; score = 1 - share.");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    TaskType type = input.design().taskType();
    if (type == TaskType.EXTRACTION || type == TaskType.GENERATION) {
      return notApplicable("An " + type.fileName() + " answer may legitimately come from the input.");
    }
    int checked = 0;
    List<Finding> findings = new ArrayList<>();
    for (TestCase c : input.cases()) {
      String answer = answer(c, type);
      if (answer == null) {
        continue;
      }
      checked++;
      String[] inputWords = Shingles.words(CaseText.messages(c));
      if (CaseText.containsWords(inputWords, Shingles.words(answer)) && !listsAllChoices(c, inputWords, type)) {
        findings.add(Finding.of(c, "the input contains the expected answer '" + answer.strip() + "'"));
      }
    }
    if (checked == 0) {
      return notApplicable("No case has an expected answer long enough to check.");
    }
    return shareOfCases(findings, checked, 0.05, 0.20, "contain their expected answer in the input", Map.of(),
        type == TaskType.CLASSIFICATION
            ? "Reword the listed inputs so the label word itself does not appear in them."
            : "Rewrite the listed inputs so they do not state the answer.");
  }

  /** {@return the text to look for, or null when the case is skipped} */
  private static String answer(TestCase c, TaskType type) {
    if (type == TaskType.MULTIPLE_CHOICE) {
      OptionalInt i = Answers.choiceIndex(c);
      if (i.isEmpty()) {
        return null;
      }
      String choice = CaseFields.choices(c).get(i.getAsInt());
      return choice.strip().length() >= 4 ? choice : null;
    }
    String e = c.expected().map(String::strip).orElse("");
    if (type == TaskType.CLASSIFICATION) {
      return e.length() >= 3 ? e : null;
    }
    if (e.matches("[-+]?\\d+([.,]\\d+)?")) {
      return e.replaceAll("\\D", "").length() >= 3 ? e : null;
    }
    return e.length() >= 4 ? e : null;
  }

  private static boolean listsAllChoices(TestCase c, String[] inputWords, TaskType type) {
    if (type != TaskType.MULTIPLE_CHOICE) {
      return false;
    }
    return CaseFields.choices(c).stream().allMatch(ch -> CaseText.containsWords(inputWords, Shingles.words(ch)));
  }
}
