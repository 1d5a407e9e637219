package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.stats.Frequencies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code label-balance}: how evenly the expected labels spread, for classification and for
 * multiple choice whose cases all offer the same choices (there the label is the correct choice's
 * text; positions are {@code answer-position}'s).
 *
 * <p>Score: the normalised Shannon entropy of the label counts (1 = even, 0 = one label only). A
 * label is rare when its share is below half an even share (1 / (2 x labels)). FAIL when a declared
 * label is never used or the entropy is below 0.7; WARN when a label is rare or the entropy is below
 * 0.9; PASS otherwise. Figures: the count of each label.
 */
public final class LabelBalanceCheck extends AbstractCheck {

  /** Creates the check. */
  public LabelBalanceCheck() {
    super("label-balance", "Label balance", CheckCategory.STRUCTURE,
        "The distribution of expected labels (classification; multiple choice with one shared set of "
            + "choices). Score = normalised entropy of the label counts. A label is rare below half an even "
            + "share. FAIL when a declared label is never used or entropy < 0.7; WARN when a label is rare or "
            + "entropy < 0.9.");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    Map<String, List<TestCase>> byLabel = CaseLabels.of(input.cases(), input.design());
    if (byLabel.size() < 2) {
      return notApplicable("Label balance applies to classification, and to multiple choice whose cases share "
          + "one set of choices, with at least 2 labels.");
    }
    long[] counts = byLabel.values().stream().mapToLong(List::size).toArray();
    long total = java.util.Arrays.stream(counts).sum();
    if (total == 0) {
      return notApplicable("No case has a label.");
    }
    double entropy = Frequencies.normalisedEntropy(counts);
    double rareBelow = 0.5 / byLabel.size();
    List<Finding> findings = new ArrayList<>();
    Map<String, Object> perLabel = new LinkedHashMap<>();
    int unused = 0;
    int rare = 0;
    for (Map.Entry<String, List<TestCase>> e : byLabel.entrySet()) {
      int count = e.getValue().size();
      perLabel.put(e.getKey(), count);
      double share = (double) count / total;
      if (count == 0) {
        unused++;
        findings.add(Finding.general("label '" + e.getKey() + "' is declared but no case expects it"));
      } else if (share < rareBelow) {
        rare++;
        findings.add(Finding.of(e.getValue(), "label '" + e.getKey() + "' has only " + count + " cases ("
            + percent(share) + "; an even share is " + percent(1.0 / byLabel.size()) + ")"));
      }
    }
    CheckStatus status = unused > 0 || entropy < 0.7 ? CheckStatus.FAIL
        : rare > 0 || entropy < 0.9 ? CheckStatus.WARN : CheckStatus.PASS;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("labels", perLabel);
    figures.put("normalisedEntropy", entropy);
    figures.put("unusedLabels", unused);
    figures.put("rareLabels", rare);
    return result(status, entropy,
        byLabel.size() + " labels over " + total + " cases, normalised entropy " + decimal(entropy) + "; "
            + unused + " unused and " + rare + " rare labels.",
        findings, figures, "Add cases for the unused and rare labels (or drop labels nobody needs) until each "
            + "label has a similar share.");
  }
}
