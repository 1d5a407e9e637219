package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.text.NearDuplicates;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code near-duplicates}: pairs of cases whose inputs are nearly the same: Jaccard similarity of
 * word 3-shingles at or above {@link ValidationSettings#nearDuplicateJaccard()} (default 0.8), found
 * by {@link NearDuplicates} (MinHash and LSH, every pair confirmed exactly). Exact duplicates are
 * left to {@code exact-duplicates}.
 *
 * <p>The redundant cases are the later case of each pair. Score: 1 - redundant cases / cases. PASS
 * up to 1%, WARN up to 5%, FAIL above (a few paraphrases may be deliberate, many inflate a topic).
 */
public final class NearDuplicatesCheck extends AbstractCheck {

  /** Creates the check. */
  public NearDuplicatesCheck() {
    super("near-duplicates", "Near-duplicate cases", CheckCategory.STRUCTURE,
        "Pairs of cases whose inputs have a Jaccard similarity of word 3-shingles at or above the "
            + "near-duplicate threshold (default 0.8), found by MinHash/LSH and confirmed exactly; exact "
            + "duplicates are left to exact-duplicates. The later case of each pair is redundant. PASS up to "
            + "1% redundant cases, WARN up to 5%, FAIL above; score = 1 - redundant share.");
  }

  /**
   * {@return the near-duplicate pairs of the cases (positions in the list), exact duplicates left
   * out}, ordered by first then second position
   */
  static List<NearDuplicates.Pair> pairs(ValidationInput input) {
    // Three checks ask for the pairs of the same input; the search is most of validation's time.
    return PAIRS.get(input);
  }

  private static final InputMemo<List<NearDuplicates.Pair>> PAIRS =
      new InputMemo<>(input -> search(input.cases(), input.settings().nearDuplicateJaccard()));

  private static List<NearDuplicates.Pair> search(List<TestCase> cases, double threshold) {
    List<String> texts = cases.stream().map(CaseText::full).toList();
    List<NearDuplicates.Pair> out = new ArrayList<>();
    for (NearDuplicates.Pair p : NearDuplicates.withThreshold(threshold).pairs(texts)) {
      if (!CaseText.duplicateKey(cases.get(p.first())).equals(CaseText.duplicateKey(cases.get(p.second())))) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    List<TestCase> cases = input.cases();
    double threshold = input.settings().nearDuplicateJaccard();
    List<NearDuplicates.Pair> pairs = pairs(input);
    List<Finding> findings = new ArrayList<>();
    BitSet redundant = new BitSet();
    for (NearDuplicates.Pair p : pairs) {
      TestCase later = cases.get(p.second());
      TestCase earlier = cases.get(p.first());
      redundant.set(p.second());
      findings.add(Finding.of(List.of(later, earlier), "nearly duplicates " + CaseText.where(earlier)
          + " (Jaccard " + decimal(p.similarity()) + ")"));
    }
    double share = (double) redundant.cardinality() / cases.size();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("threshold", threshold);
    figures.put("pairs", pairs.size());
    figures.put("redundantCases", redundant.cardinality());
    figures.put("share", share);
    return result(atMost(share, 0.01, 0.05), 1 - share,
        pairs.size() + " pairs of cases are at Jaccard >= " + decimal(threshold) + "; "
            + redundant.cardinality() + " of " + cases.size() + " cases (" + percent(share) + ") are redundant.",
        findings, figures, "Review each pair: delete the redundant case, or rewrite it so it tests something "
            + "the other does not.");
  }
}
