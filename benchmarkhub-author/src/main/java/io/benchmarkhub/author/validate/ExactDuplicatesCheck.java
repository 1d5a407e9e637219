package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code exact-duplicates}: cases whose input is the same once normalised (Unicode NFKC, case and
 * whitespace ignored), the whole conversation of a chat case and the choices of a multiple-choice
 * case included.
 *
 * <p>Each group of identical cases is one finding. The redundant copies are every case of a group
 * but its first. Score: 1 - redundant copies / cases. PASS with none, WARN up to 2%, FAIL above.
 */
public final class ExactDuplicatesCheck extends AbstractCheck {

  /** Creates the check. */
  public ExactDuplicatesCheck() {
    super("exact-duplicates", "Exact duplicate cases", CheckCategory.STRUCTURE,
        "Cases whose input (the whole conversation, and the choices) is identical after Unicode NFKC, "
            + "lower-casing and collapsing whitespace. Every copy after the first of a group is redundant: "
            + "it weighs its case twice in every pass rate. PASS with none, WARN up to 2% redundant copies, "
            + "FAIL above; score = 1 - redundant share.");
  }

  /** {@return the groups of cases with the same normalised input, each in dataset order, groups by first case} */
  static List<List<TestCase>> groups(List<TestCase> cases) {
    Map<String, List<TestCase>> byKey = new LinkedHashMap<>();
    for (TestCase c : cases) {
      byKey.computeIfAbsent(CaseText.duplicateKey(c), k -> new ArrayList<>()).add(c);
    }
    return byKey.values().stream().filter(g -> g.size() > 1).toList();
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    List<Finding> findings = new ArrayList<>();
    int redundant = 0;
    for (List<TestCase> group : groups(input.cases())) {
      redundant += group.size() - 1;
      findings.add(Finding.of(group, group.size() + " cases have the same input: "
          + CaseText.where(group, 10)));
    }
    int n = input.cases().size();
    double share = (double) redundant / n;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("groups", findings.size());
    figures.put("redundantCases", redundant);
    figures.put("share", share);
    return result(atMost(share, 0, 0.02), 1 - share,
        findings.size() + " groups of identical inputs hold " + redundant + " redundant copies ("
            + percent(share) + " of " + n + " cases).",
        findings, figures, "Keep one case of each group and delete the others (or make them differ on purpose).");
  }
}
