package io.benchmarkhub.author.validate;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.CaseFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The concept x difficulty grid of a dataset as the validation page shows it: the declared concepts and
 * levels first, in declared order, then any others the cases name; each cell the number of cases.
 *
 * <p>The counts come from the {@code concept-coverage} check's figure {@value #FIGURE} (a map concept
 * -&gt; map difficulty -&gt; count) when the report has it, else from the cases. Declared values are
 * matched ignoring case, as {@link BenchmarkDesign#difficultyRank} does.
 *
 * @param concepts the rows
 * @param difficulties the columns
 * @param counts concept -&gt; difficulty -&gt; number of cases; missing cells are 0
 * @param declaredConcepts how many of the first rows are declared
 * @param declaredDifficulties how many of the first columns are declared
 */
record CoverageTable(List<String> concepts, List<String> difficulties, Map<String, Map<String, Integer>> counts,
    int declaredConcepts, int declaredDifficulties) {

  /** The name of the figure of the {@code concept-coverage} check that holds the grid. */
  static final String FIGURE = "grid";
  /** The id of the check whose figure this reads. */
  static final String COVERAGE_CHECK = "concept-coverage";

  /** {@return the number of cases in a cell} */
  int count(String concept, String difficulty) {
    return counts.getOrDefault(concept, Map.of()).getOrDefault(difficulty, 0);
  }

  /** {@return whether there is nothing to show: no concept and no difficulty, declared or tagged} */
  boolean isEmpty() {
    return concepts.isEmpty() && difficulties.isEmpty();
  }

  /** {@return the grid of a report}: from the coverage check's figure when present, else from the cases */
  static CoverageTable of(ValidationReport report, List<TestCase> cases) {
    BenchmarkDesign design = report.design();
    Map<String, Map<String, Integer>> counts = report.check(COVERAGE_CHECK)
        .map(r -> r.figures().get(FIGURE)).map(CoverageTable::fromFigure).orElseGet(() -> fromCases(cases));
    List<String> concepts = new ArrayList<>(design.concepts());
    List<String> difficulties = new ArrayList<>(design.difficulties());
    Map<String, Map<String, Integer>> canonical = new LinkedHashMap<>();
    counts.forEach((concept, row) -> {
      String c = canonical(concepts, concept);
      row.forEach((difficulty, n) -> canonical.computeIfAbsent(c, k -> new LinkedHashMap<>())
          .merge(canonical(difficulties, difficulty), n, Integer::sum));
    });
    return new CoverageTable(List.copyOf(concepts), List.copyOf(difficulties), canonical, design.concepts().size(),
        design.difficulties().size());
  }

  /** {@return the value as listed (ignoring case), appending it when it is new} */
  private static String canonical(List<String> values, String value) {
    for (String v : values) {
      if (v.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
        return v;
      }
    }
    values.add(value);
    return value;
  }

  private static Map<String, Map<String, Integer>> fromFigure(Object figure) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    if (figure instanceof Map<?, ?> grid) {
      grid.forEach((concept, row) -> {
        if (row instanceof Map<?, ?> cells) {
          cells.forEach((difficulty, n) -> {
            if (n instanceof Number count) {
              out.computeIfAbsent(String.valueOf(concept), k -> new LinkedHashMap<>())
                  .put(String.valueOf(difficulty), count.intValue());
            }
          });
        }
      });
    }
    return out;
  }

  private static Map<String, Map<String, Integer>> fromCases(List<TestCase> cases) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (TestCase c : cases) {
      String concept = CaseFields.concept(c).orElse("(none)");
      String difficulty = CaseFields.difficulty(c).orElse("(none)");
      if (CaseFields.concept(c).isPresent() || CaseFields.difficulty(c).isPresent()) {
        out.computeIfAbsent(concept, k -> new LinkedHashMap<>()).merge(difficulty, 1, Integer::sum);
      }
    }
    return out;
  }
}
