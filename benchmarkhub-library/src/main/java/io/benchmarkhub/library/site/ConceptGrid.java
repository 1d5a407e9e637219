package io.benchmarkhub.library.site;

import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.CaseFields;
import io.benchmarkhub.library.PackageManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases of a package per concept (rows) and difficulty level (columns): levels as the manifest's difficulty
 * distribution orders them, concepts as its concept counts do, {@value PackageManifest#UNSPECIFIED} for cases
 * without one.
 *
 * @param concepts the rows
 * @param levels the columns
 * @param counts {@code counts[row][column]}, the number of cases
 */
record ConceptGrid(List<String> concepts, List<String> levels, int[][] counts) {
  ConceptGrid {
    concepts = List.copyOf(concepts);
    levels = List.copyOf(levels);
  }

  /** {@return the grid of the cases in {@code casesFile}, for the package described by {@code m}} */
  static ConceptGrid of(Path casesFile, PackageManifest m) {
    List<String> concepts = new ArrayList<>(m.conceptCounts().keySet());
    List<String> levels = new ArrayList<>(m.difficultyDistribution().keySet());
    Map<String, Integer> row = index(concepts);
    Map<String, Integer> column = index(levels);
    int[][] counts = new int[concepts.size()][levels.size()];
    for (TestCase c : Dataset.jsonl(casesFile).toList()) {
      String concept = CaseFields.concept(c).map(String::strip).filter(s -> !s.isEmpty())
          .orElse(PackageManifest.UNSPECIFIED);
      String level = CaseFields.difficulty(c).map(String::strip).filter(s -> !s.isEmpty())
          .map(l -> levels.stream().filter(x -> x.equalsIgnoreCase(l)).findFirst().orElse(l))
          .orElse(PackageManifest.UNSPECIFIED);
      Integer r = row.get(concept);
      Integer k = column.get(level);
      if (r != null && k != null) {
        counts[r][k]++;
      }
    }
    return new ConceptGrid(concepts, levels, counts);
  }

  /** {@return the number of cases of a concept and level} */
  int count(int concept, int level) {
    return counts[concept][level];
  }

  private static Map<String, Integer> index(List<String> keys) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), i);
    }
    return out;
  }
}
