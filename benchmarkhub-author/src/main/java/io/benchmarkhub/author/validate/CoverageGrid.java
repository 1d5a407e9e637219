package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.CaseFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declared concept x difficulty grid and the cases in each cell. With only concepts (or only
 * difficulty levels) declared the grid has one dimension. A case's concept and level are matched to
 * the declared ones ignoring case and surrounding whitespace; a case whose concept or level is
 * missing or not declared is outside the grid.
 */
final class CoverageGrid {
  private final Map<String, List<TestCase>> cells = new LinkedHashMap<>();
  private final List<Outside> outside = new ArrayList<>();
  private final Map<String, Map<String, Integer>> nested = new LinkedHashMap<>();

  /**
   * A case outside the grid.
   *
   * @param testCase the case
   * @param reason why, e.g. "concept 'geometry' is not declared"
   */
  record Outside(TestCase testCase, String reason) {}

  /** The row or column name of a grid with only one declared dimension. */
  static final String ANY = "(any)";

  private CoverageGrid() {}

  /** {@return whether the design declares concepts or difficulty levels} */
  static boolean declared(BenchmarkDesign design) {
    return !design.concepts().isEmpty() || !design.difficulties().isEmpty();
  }

  /** {@return the grid of the design with the cases placed in it} */
  static CoverageGrid of(List<TestCase> cases, BenchmarkDesign design) {
    CoverageGrid grid = new CoverageGrid();
    List<String> concepts = design.concepts().isEmpty() ? java.util.Collections.singletonList(null)
        : design.concepts();
    List<String> levels = design.difficulties().isEmpty() ? java.util.Collections.singletonList(null)
        : design.difficulties();
    for (String concept : concepts) {
      for (String level : levels) {
        grid.cells.put(name(concept, level), new ArrayList<>());
        grid.nested.computeIfAbsent(concept == null ? ANY : concept, k -> new LinkedHashMap<>())
            .put(level == null ? ANY : level, 0);
      }
    }
    for (TestCase c : cases) {
      String concept = null;
      String level = null;
      String reason = null;
      if (!design.concepts().isEmpty()) {
        Optional<String> given = CaseFields.concept(c);
        concept = given.flatMap(g -> match(g, design.concepts())).orElse(null);
        reason = given.isEmpty() ? "has no concept" : concept == null ? "concept '" + given.get()
            + "' is not declared" : null;
      }
      if (reason == null && !design.difficulties().isEmpty()) {
        Optional<String> given = CaseFields.difficulty(c);
        level = given.flatMap(g -> match(g, design.difficulties())).orElse(null);
        reason = given.isEmpty() ? "has no difficulty" : level == null ? "difficulty '" + given.get()
            + "' is not declared" : null;
      }
      if (reason != null) {
        grid.outside.add(new Outside(c, reason));
      } else {
        grid.cells.get(name(concept, level)).add(c);
        grid.nested.get(concept == null ? ANY : concept).merge(level == null ? ANY : level, 1, Integer::sum);
      }
    }
    return grid;
  }

  /** {@return the cells by name ("concept / level", "concept" or "level"), in declared order} */
  Map<String, List<TestCase>> cells() {
    return cells;
  }

  /**
   * {@return the number of cases per cell as concept -&gt; difficulty -&gt; count, in declared order}: the
   * coverage check's figure {@code grid}, which the validation page draws; {@value #ANY} stands for the
   * undeclared dimension of a one-dimensional grid
   */
  Map<String, Map<String, Integer>> counts() {
    return nested;
  }

  /** {@return the cases outside the grid} */
  List<Outside> outside() {
    return outside;
  }

  private static Optional<String> match(String given, List<String> declared) {
    return declared.stream().filter(d -> d.strip().equalsIgnoreCase(given.strip())).findFirst();
  }

  private static String name(String concept, String level) {
    return concept == null ? level : level == null ? concept : concept + " / " + level;
  }
}
