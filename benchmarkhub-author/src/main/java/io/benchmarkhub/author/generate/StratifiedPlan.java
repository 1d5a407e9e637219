package io.benchmarkhub.author.generate;

import io.benchmarkhub.author.BenchmarkDesign;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many cases each concept x difficulty cell should get so the cells share a total evenly.
 *
 * <p>Each of the C x D cells gets {@code total / (C x D)} cases; the remainder r goes one each to
 * the first r cells taken along diagonals of the grid: diagonal d holds the cells (concept i,
 * difficulty (i + d) mod D) for i = 0..C-1, taken d = 0, 1, … So no cell gets more than one extra,
 * concept totals differ by at most one, and the extras spread across difficulty levels rather than
 * piling onto the first concepts. For example 1,000 cases over 5 concepts x 3 levels: every cell gets
 * 66, ten cells 67; every concept 200 cases, the levels 333, 334 and 333.
 *
 * <p>A design without concepts (or without difficulty levels) counts as one concept (one level),
 * held as null in the cell.
 */
public final class StratifiedPlan {
  private StratifiedPlan() {}

  /** {@return the cells of the design's grid, concept-major, in declared order} */
  public static List<GenerationCell> cells(BenchmarkDesign design) {
    List<String> concepts = design.concepts().isEmpty() ? Collections.singletonList(null) : design.concepts();
    List<String> levels = design.difficulties().isEmpty() ? Collections.singletonList(null) : design.difficulties();
    List<GenerationCell> out = new ArrayList<>();
    for (String c : concepts) {
      for (String d : levels) {
        out.add(new GenerationCell(c, d));
      }
    }
    return out;
  }

  /**
   * {@return each cell's share of {@code total}, in the order of {@link #cells}}
   *
   * @param design the design whose grid to fill
   * @param total the number of cases, at least 0
   */
  public static Map<GenerationCell, Integer> split(BenchmarkDesign design, int total) {
    if (total < 0) {
      throw new IllegalArgumentException("total must be >= 0, was " + total);
    }
    List<GenerationCell> cells = cells(design);
    int concepts = Math.max(1, design.concepts().size());
    int levels = Math.max(1, design.difficulties().size());
    Map<GenerationCell, Integer> out = new LinkedHashMap<>();
    int base = total / cells.size();
    cells.forEach(c -> out.put(c, base));
    int extra = total % cells.size();
    for (int d = 0; d < levels && extra > 0; d++) {
      for (int i = 0; i < concepts && extra > 0; i++) {
        GenerationCell cell = cells.get(i * levels + (i + d) % levels);
        out.merge(cell, 1, Integer::sum);
        extra--;
      }
    }
    return out;
  }
}
