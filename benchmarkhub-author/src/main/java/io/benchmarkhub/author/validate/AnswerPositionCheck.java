package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.author.TaskType;
import io.benchmarkhub.stats.Frequencies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code answer-position}: whether the correct choice of multiple-choice cases sits at each position
 * as often as chance says. A model that always answers "C" should not beat chance.
 *
 * <p>Only cases whose expected answer names a choice count. A case with k choices puts 1/k of an
 * expected answer on each of its positions, so cases with different numbers of choices mix
 * correctly. Test: Pearson's chi-square goodness of fit of the count per position against those
 * expected counts. Score: 1 - total variation distance between the observed and expected shares.
 * FAIL when p &lt; 0.01, WARN when p &lt; 0.05, PASS otherwise. Findings: each position holding more
 * than its expected share by 10 points or more, with its cases. Not applicable to other task types
 * or with fewer than 8 counted cases (too few to test).
 */
public final class AnswerPositionCheck extends AbstractCheck {
  static final int MIN_CASES = 8;

  /** Creates the check. */
  public AnswerPositionCheck() {
    super("answer-position", "Answer position bias", CheckCategory.BIAS,
        "Multiple choice: the position of the correct choice against chance (each of a case's k positions "
            + "expects 1/k), by a chi-square goodness-of-fit test. FAIL when p < 0.01, WARN when p < 0.05; "
            + "score = 1 - total variation distance from chance. Needs at least 8 cases with a resolvable answer.");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    if (input.design().taskType() != TaskType.MULTIPLE_CHOICE) {
      return notApplicable("Answer position applies to multiple choice only.");
    }
    int positions = input.cases().stream().filter(c -> Answers.choiceIndex(c).isPresent())
        .mapToInt(c -> CaseFields.choices(c).size()).max().orElse(0);
    long[] observed = new long[positions];
    double[] expected = new double[positions];
    List<List<TestCase>> atPosition = new ArrayList<>();
    for (int i = 0; i < positions; i++) {
      atPosition.add(new ArrayList<>());
    }
    int n = 0;
    for (TestCase c : input.cases()) {
      OptionalInt i = Answers.choiceIndex(c);
      if (i.isEmpty()) {
        continue;
      }
      int k = CaseFields.choices(c).size();
      n++;
      observed[i.getAsInt()]++;
      atPosition.get(i.getAsInt()).add(c);
      for (int j = 0; j < k; j++) {
        expected[j] += 1.0 / k;
      }
    }
    if (n < MIN_CASES || positions < 2) {
      return notApplicable(n + " cases have a resolvable answer; at least " + MIN_CASES + " are needed.");
    }
    Frequencies.ChiSquare test = Frequencies.chiSquareFit(observed, expected);
    double tvd = 0;
    List<Finding> findings = new ArrayList<>();
    Map<String, Object> perPosition = new LinkedHashMap<>();
    for (int j = 0; j < positions; j++) {
      double share = (double) observed[j] / n;
      double chance = expected[j] / n;
      tvd += Math.abs(share - chance) / 2;
      perPosition.put(Answers.letter(j), observed[j]);
      if (share - chance >= 0.10) {
        findings.add(Finding.of(atPosition.get(j), "position " + Answers.letter(j) + " holds " + observed[j]
            + " correct answers (" + percent(share) + ", chance " + percent(chance) + ")"));
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("cases", n);
    figures.put("positions", perPosition);
    figures.put("chiSquare", test.statistic());
    figures.put("pValue", test.pValue());
    figures.put("totalVariationDistance", tvd);
    CheckStatus status = test.pValue() < 0.01 ? CheckStatus.FAIL : test.pValue() < 0.05 ? CheckStatus.WARN
        : CheckStatus.PASS;
    return result(status, 1 - tvd,
        "Correct answers per position " + perPosition + " over " + n + " cases: chi-square " + decimal(test.statistic())
            + ", p = " + decimal(test.pValue()) + ".",
        findings, figures, "Shuffle the choices of each case (keeping the expected answer pointing at the same "
            + "text) so every position holds its share of correct answers.");
  }
}
