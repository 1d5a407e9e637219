package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cell-balance}: how evenly the cases spread over the covered cells of the declared concept x
 * difficulty grid (cells with at least {@link ValidationSettings#minCasesPerCell()} cases; empty cells
 * are {@code concept-coverage}'s).
 *
 * <p>Measure: the coefficient of variation (population standard deviation / mean) of the case counts
 * of the covered cells. Score: max(0, 1 - CV / 2), so a
 * passing spread scores at least 0.75 and a failing one below 0.5. PASS when CV &le; 0.5, WARN up to 1.0, FAIL above.
 * Findings: the thin cells, those with fewer than half the mean count. Not applicable with nothing
 * declared or fewer than two covered cells.
 */
public final class CellBalanceCheck extends AbstractCheck {

  /** Creates the check. */
  public CellBalanceCheck() {
    super("cell-balance", "Balance across coverage cells", CheckCategory.COVERAGE,
        "How evenly cases spread over the covered concept x difficulty cells: coefficient of variation (CV) "
            + "of the case counts. Lists cells with fewer than half the mean count. PASS when CV <= 0.5, WARN up "
            + "to 1.0, FAIL above; score = max(0, 1 - CV / 2).");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    if (!CoverageGrid.declared(input.design())) {
      return notApplicable("No concepts or difficulty levels are declared.");
    }
    Map<String, List<TestCase>> covered = new LinkedHashMap<>();
    CoverageGrid.of(input.cases(), input.design()).cells().forEach((name, cases) -> {
      if (cases.size() >= input.settings().minCasesPerCell()) {
        covered.put(name, cases);
      }
    });
    if (covered.size() < 2) {
      return notApplicable("Fewer than 2 cells of the grid hold cases.");
    }
    double mean = covered.values().stream().mapToInt(List::size).average().orElse(0);
    double variance = covered.values().stream().mapToDouble(l -> (l.size() - mean) * (l.size() - mean))
        .sum() / covered.size();
    double cv = Math.sqrt(variance) / mean;
    int max = covered.values().stream().mapToInt(List::size).max().orElse(0);
    int min = covered.values().stream().mapToInt(List::size).min().orElse(0);
    List<Finding> findings = new ArrayList<>();
    covered.entrySet().stream().filter(e -> e.getValue().size() < mean / 2)
        .sorted(java.util.Comparator.comparingInt(e -> e.getValue().size()))
        .forEach(e -> findings.add(Finding.of(e.getValue(), "cell '" + e.getKey() + "' has " + e.getValue().size()
            + " cases, under half the mean of " + decimal(mean))));
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("coveredCells", covered.size());
    figures.put("min", min);
    figures.put("max", max);
    figures.put("mean", mean);
    figures.put("coefficientOfVariation", cv);
    return result(atMost(cv, 0.5, 1.0), 1 - cv / 2,
        covered.size() + " covered cells hold " + min + " to " + max + " cases (mean " + decimal(mean)
            + ", coefficient of variation " + decimal(cv) + ").",
        findings, figures, "Add cases to the thin cells (or trim the largest) so every concept and level weighs "
            + "about the same in the pass rate.");
  }
}
