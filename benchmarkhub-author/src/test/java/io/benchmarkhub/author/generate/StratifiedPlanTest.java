package io.benchmarkhub.author.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StratifiedPlanTest {
  private static final List<String> CONCEPTS = List.of("a", "b", "c", "d", "e");
  private static final List<String> LEVELS = List.of("easy", "medium", "hard");

  private static BenchmarkDesign design(List<String> concepts, List<String> levels) {
    return new BenchmarkDesign(TaskType.QUESTION_ANSWERING, concepts, levels, List.of());
  }

  @Test
  void thousandOverFiveByThreeGivesEveryConcept200AndTheLevels333Or334() {
    Map<GenerationCell, Integer> plan = StratifiedPlan.split(design(CONCEPTS, LEVELS), 1000);

    assertThat(plan).hasSize(15);
    assertThat(plan.values()).containsOnly(66, 67).filteredOn(n -> n == 67).hasSize(10);
    assertThat(plan.entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().concept(),
        Collectors.summingInt(Map.Entry::getValue)))).containsOnly(Map.entry("a", 200), Map.entry("b", 200),
        Map.entry("c", 200), Map.entry("d", 200), Map.entry("e", 200));
    assertThat(plan.entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().difficulty(),
        Collectors.summingInt(Map.Entry::getValue)))).containsOnly(Map.entry("easy", 333), Map.entry("medium", 334),
        Map.entry("hard", 333));
  }

  @Test
  void awkwardTotalsSpreadTheRemainderAlongDiagonals() {
    Map<GenerationCell, Integer> plan = StratifiedPlan.split(design(List.of("a", "b"), List.of("x", "y")), 7);
    assertThat(plan).containsExactly(Map.entry(new GenerationCell("a", "x"), 2), Map.entry(new GenerationCell("a", "y"), 2),
        Map.entry(new GenerationCell("b", "x"), 1), Map.entry(new GenerationCell("b", "y"), 2));

    Map<GenerationCell, Integer> few = StratifiedPlan.split(design(CONCEPTS, LEVELS), 4);
    assertThat(few.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
    assertThat(few.entrySet().stream().filter(e -> e.getValue() == 1).map(e -> e.getKey().label()))
        .containsExactly("a/easy", "b/medium", "c/hard", "d/easy");
  }

  @Test
  void aDesignWithoutConceptsOrLevelsIsOneCell() {
    Map<GenerationCell, Integer> plan = StratifiedPlan.split(BenchmarkDesign.of(TaskType.GENERATION), 13);
    assertThat(plan).containsExactly(Map.entry(new GenerationCell(null, null), 13));
    assertThat(StratifiedPlan.split(design(List.of("a"), List.of()), 0)).containsExactly(
        Map.entry(new GenerationCell("a", null), 0));
  }
}
