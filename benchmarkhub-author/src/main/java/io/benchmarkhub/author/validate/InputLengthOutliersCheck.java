package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code input-length-outliers}: inputs far longer or shorter than the rest (a pasted log, a
 * truncated line, an empty message), by a robust z-score of the word count: |words - median| /
 * (1.4826 x MAD), outliers beyond 3.5 (Iglewicz and Hoaglin). When more than half the cases share one
 * length (MAD 0), a case is an outlier when its length differs from the median by more than half
 * the median. Inputs with no word at all are always outliers.
 *
 * <p>Score: 1 - share of outliers. PASS up to 2%, WARN above (long or short cases may be deliberate,
 * so this check never fails). Not applicable with fewer than 8 cases.
 */
public final class InputLengthOutliersCheck extends AbstractCheck {
  static final int MIN_CASES = 8;
  static final double LIMIT = 3.5;

  /** Creates the check. */
  public InputLengthOutliersCheck() {
    super("input-length-outliers", "Input length outliers", CheckCategory.STRUCTURE,
        "Inputs whose word count lies beyond a robust z-score of 3.5 (median and MAD), or that have no words: "
            + "pasted logs, truncated or empty inputs. PASS up to 2% of cases, WARN above (never FAIL: odd "
            + "lengths may be deliberate); score = 1 - share. Needs at least 8 cases.");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    List<TestCase> cases = input.cases();
    if (cases.size() < MIN_CASES) {
      return notApplicable(cases.size() + " cases; at least " + MIN_CASES + " are needed.");
    }
    double[] words = cases.stream().mapToDouble(CaseText::wordCount).toArray();
    double median = median(words);
    double[] deviations = Arrays.stream(words).map(w -> Math.abs(w - median)).toArray();
    double mad = median(deviations);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      boolean outlier = words[i] == 0 || (mad > 0 ? deviations[i] / (1.4826 * mad) > LIMIT
          : deviations[i] > median / 2);
      if (outlier) {
        findings.add(Finding.of(cases.get(i), "input has " + (int) words[i] + " words; the median is "
            + decimal(median)));
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("medianWords", median);
    figures.put("madWords", mad);
    return shareOfCases(findings, cases.size(), 0.02, 1.0, "have inputs of outlying length (median "
        + decimal(median) + " words, MAD " + decimal(mad) + ")", figures, "Check the listed inputs for pasted noise, truncation or missing text.");
  }

  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
