package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.author.TaskType;
import io.benchmarkhub.author.text.Shingles;
import io.benchmarkhub.stats.Frequencies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code length-bias}: whether length gives the answer away.
 *
 * <p>Multiple choice: how often the correct choice is the single longest one (in characters),
 * against chance (the mean of 1/k over the cases), by a one-sided binomial test. FAIL when p &lt;
 * 0.01, WARN when p &lt; 0.05. Score: 1 - (rate - chance) / (1 - chance), 1 at or below chance.
 * Findings: the cases whose correct choice is the longest.
 *
 * <p>Classification: whether input length (in words) differs by label, by a Kruskal-Wallis test
 * over the labels with at least 2 cases. FAIL when p &lt; 0.001, WARN when p &lt; 0.05. Score: 1 -
 * epsilon squared (H / (n - 1)), the share of length rank variance the label explains. Findings:
 * the median length of each label.
 *
 * <p>Not applicable to other task types or with fewer than 8 cases counted.
 */
public final class LengthBiasCheck extends AbstractCheck {
  static final int MIN_CASES = 8;

  /** Creates the check. */
  public LengthBiasCheck() {
    super("length-bias", "Length bias", CheckCategory.BIAS,
        "Multiple choice: how often the correct choice is the single longest one vs chance (mean 1/k), "
            + "one-sided binomial test; FAIL p < 0.01, WARN p < 0.05; score = 1 - excess over chance / (1 - "
            + "chance). Classification: input length in words by label, Kruskal-Wallis test; FAIL p < 0.001, "
            + "WARN p < 0.05; score = 1 - epsilon squared. Needs at least 8 cases.");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    return switch (input.design().taskType()) {
      case MULTIPLE_CHOICE -> choices(input);
      case CLASSIFICATION -> labels(input);
      default -> notApplicable("Length bias applies to multiple choice and classification.");
    };
  }

  private CheckResult choices(ValidationInput input) {
    int n = 0;
    double chanceSum = 0;
    List<TestCase> longest = new ArrayList<>();
    for (TestCase c : input.cases()) {
      OptionalInt answer = Answers.choiceIndex(c);
      List<String> choices = CaseFields.choices(c);
      if (answer.isEmpty() || choices.size() < 2) {
        continue;
      }
      n++;
      chanceSum += 1.0 / choices.size();
      int len = choices.get(answer.getAsInt()).strip().length();
      boolean uniquelyLongest = true;
      for (int j = 0; j < choices.size(); j++) {
        if (j != answer.getAsInt() && choices.get(j).strip().length() >= len) {
          uniquelyLongest = false;
        }
      }
      if (uniquelyLongest) {
        longest.add(c);
      }
    }
    if (n < MIN_CASES) {
      return notApplicable(n + " cases have a resolvable answer; at least " + MIN_CASES + " are needed.");
    }
    double chance = chanceSum / n;
    double rate = (double) longest.size() / n;
    double p = Frequencies.binomialAtLeast(longest.size(), n, chance);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("cases", n);
    figures.put("correctIsLongest", longest.size());
    figures.put("rate", rate);
    figures.put("chance", chance);
    figures.put("pValue", p);
    CheckStatus status = p < 0.01 ? CheckStatus.FAIL : p < 0.05 ? CheckStatus.WARN : CheckStatus.PASS;
    List<Finding> findings = status == CheckStatus.PASS ? List.of()
        : longest.stream().map(c -> Finding.of(c, "the correct choice is the longest")).toList();
    return result(status, 1 - Math.max(0, rate - chance) / (1 - chance),
        "The correct choice is the longest in " + longest.size() + " of " + n + " cases (" + percent(rate)
            + ", chance " + percent(chance) + "), one-sided binomial p = " + decimal(p) + ".",
        findings, figures, "Rewrite distractors to be as long and as specific as the correct answers, or shorten "
            + "the correct ones.");
  }

  private CheckResult labels(ValidationInput input) {
    Map<String, List<TestCase>> byLabel = new LinkedHashMap<>();
    CaseLabels.of(input.cases(), input.design()).forEach((label, cases) -> {
      if (cases.size() >= 2) {
        byLabel.put(label, cases);
      }
    });
    int n = byLabel.values().stream().mapToInt(List::size).sum();
    if (byLabel.size() < 2 || n < MIN_CASES) {
      return notApplicable("Needs at least 2 labels with 2 cases each and " + MIN_CASES + " cases in all.");
    }
    double[][] lengths = new double[byLabel.size()][];
    List<Finding> findings = new ArrayList<>();
    Map<String, Object> medians = new LinkedHashMap<>();
    int g = 0;
    for (Map.Entry<String, List<TestCase>> e : byLabel.entrySet()) {
      lengths[g] = e.getValue().stream().mapToDouble(c -> Shingles.words(CaseText.messages(c)).length).toArray();
      double median = InputLengthOutliersCheck.median(lengths[g]);
      medians.put(e.getKey(), median);
      findings.add(Finding.general("label '" + e.getKey() + "': median " + decimal(median) + " words over "
          + e.getValue().size() + " cases"));
      g++;
    }
    Frequencies.ChiSquare test = Frequencies.kruskalWallis(lengths);
    double epsilon2 = Double.isNaN(test.statistic()) ? 0 : test.statistic() / (n - 1);
    double p = Double.isNaN(test.pValue()) ? 1 : test.pValue();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("cases", n);
    figures.put("medianWordsByLabel", medians);
    figures.put("kruskalWallisH", test.statistic());
    figures.put("pValue", test.pValue());
    figures.put("epsilonSquared", epsilon2);
    CheckStatus status = p < 0.001 ? CheckStatus.FAIL : p < 0.05 ? CheckStatus.WARN : CheckStatus.PASS;
    return result(status, 1 - epsilon2,
        "Input length by label (median words " + medians + "): Kruskal-Wallis H = " + decimal(test.statistic())
            + ", p = " + decimal(p) + ".",
        status == CheckStatus.PASS ? List.of() : findings, figures,
        "Add short cases to the labels with long inputs and long ones to those with short inputs, so length "
            + "does not predict the label.");
  }
}
