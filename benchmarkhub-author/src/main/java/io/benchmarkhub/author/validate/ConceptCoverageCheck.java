package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code concept-coverage}: the share of the declared concept x difficulty cells that hold at least
 * {@link ValidationSettings#minCasesPerCell()} cases, against {@link ValidationSettings#coverageTarget()}
 * (default 0.95, the PRD's target). With only concepts or only levels declared, the grid has one
 * dimension; with neither, the check does not apply.
 *
 * <p>Findings: every missing (or too thin) cell, and every case outside the grid (no concept or
 * level, or one not declared). Score: the coverage share. PASS at or above the target, WARN within
 * 0.15 below it, FAIL further below; a passing grid with cases outside it is a WARN.
 */
public final class ConceptCoverageCheck extends AbstractCheck {

  /** Creates the check. */
  public ConceptCoverageCheck() {
    super("concept-coverage", "Concept and difficulty coverage", CheckCategory.COVERAGE,
        "The share of declared concept x difficulty cells (one-dimensional when only one is declared) holding "
            + "at least min-cases-per-cell cases (default 1), against the coverage target (default 95%). "
            + "Lists every missing cell and every case whose concept or difficulty is missing or undeclared. "
            + "PASS at the target, WARN within 15 points below it or with cases outside the grid, FAIL below; "
            + "score = coverage share.");
  }

  @Override
  protected CheckResult check(ValidationInput input) {
    if (!CoverageGrid.declared(input.design())) {
      return notApplicable("No concepts or difficulty levels are declared.");
    }
    CoverageGrid grid = CoverageGrid.of(input.cases(), input.design());
    int min = input.settings().minCasesPerCell();
    double target = input.settings().coverageTarget();
    List<Finding> findings = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Map<String, Object> counts = new LinkedHashMap<>();
    for (Map.Entry<String, List<TestCase>> cell : grid.cells().entrySet()) {
      int n = cell.getValue().size();
      counts.put(cell.getKey(), n);
      if (n < min) {
        missing.add(cell.getKey());
        findings.add(n == 0 ? Finding.general("cell '" + cell.getKey() + "' has no case")
            : Finding.of(cell.getValue(), "cell '" + cell.getKey() + "' has " + n + " cases, fewer than " + min));
      }
    }
    for (CoverageGrid.Outside o : grid.outside()) {
      findings.add(Finding.of(o.testCase(), o.reason() + ", so it is outside the concept x difficulty grid"));
    }
    int cells = grid.cells().size();
    double coverage = (double) (cells - missing.size()) / cells;
    CheckStatus status = atLeast(coverage, target, target - 0.15);
    if (status == CheckStatus.PASS && !grid.outside().isEmpty()) {
      status = CheckStatus.WARN;
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("cells", cells);
    figures.put("covered", cells - missing.size());
    figures.put("coverage", coverage);
    figures.put("target", target);
    figures.put("minCasesPerCell", min);
    figures.put("missingCells", missing);
    figures.put("casesOutsideGrid", grid.outside().size());
    figures.put("casesPerCell", counts);
    figures.put(CoverageTable.FIGURE, grid.counts());
    return result(status, coverage,
        (cells - missing.size()) + " of " + cells + " cells covered (" + percent(coverage) + ", target "
            + percent(target) + "); " + grid.outside().size() + " cases outside the grid.",
        findings, figures, "Write cases for the missing cells" + (missing.isEmpty() ? "" : " (" + String.join(", ",
            missing.subList(0, Math.min(5, missing.size()))) + (missing.size() > 5 ? ", ..." : "") + ")")
            + ", e.g. with `benchmarkhub generate`; give every case a declared concept and difficulty.");
  }
}
