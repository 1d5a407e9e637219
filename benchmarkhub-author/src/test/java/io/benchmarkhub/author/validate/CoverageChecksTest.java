package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.Fixtures.at;
import static io.benchmarkhub.author.validate.Fixtures.input;
import static io.benchmarkhub.author.validate.Fixtures.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageChecksTest {
  private static final BenchmarkDesign GRID = new BenchmarkDesign(TaskType.QUESTION_ANSWERING,
      List.of("algebra", "geometry"), List.of("easy", "hard"), List.of());

  private static TestCase cell(int line, String concept, String level) {
    TestCase.Builder b = at(line, "question " + line, "answer " + line);
    if (concept != null) {
      b.metadata("concept", concept);
    }
    return b.difficulty(level).build();
  }

  @Test
  void coverageListsMissingCellsAndCasesOutsideTheGrid() {
    List<TestCase> cases = List.of(
        cell(1, "algebra", "easy"), cell(2, "Algebra", "HARD"), cell(3, "geometry", "easy"),
        cell(4, "calculus", "easy"),   // undeclared concept
        cell(5, null, "easy"),          // no concept
        cell(6, "geometry", "medium")); // undeclared level
    CheckResult r = new ConceptCoverageCheck().run(input(GRID, cases));
    assertThat(r.score()).isCloseTo(0.75, within(1e-12)); // 3 of 4 cells
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);   // 0.75 < 0.95 - 0.15
    assertThat(r.figures().get("missingCells")).isEqualTo(List.of("geometry / hard"));
    assertThat(r.figures().get("casesPerCell")).isEqualTo(Map.of("algebra / easy", 1, "algebra / hard", 1,
        "geometry / easy", 1, "geometry / hard", 0));
    assertThat(r.findings()).extracting(Finding::message).containsExactly(
        "cell 'geometry / hard' has no case",
        "concept 'calculus' is not declared, so it is outside the concept x difficulty grid",
        "has no concept, so it is outside the concept x difficulty grid",
        "difficulty 'medium' is not declared, so it is outside the concept x difficulty grid");
    assertThat(where(r)).containsExactly("null", "cases.jsonl:4", "cases.jsonl:5", "cases.jsonl:6");
    assertThat(r.recommendation()).contains("geometry / hard");
  }

  @Test
  void oneDimensionalGridAndMinimumCasesPerCell() {
    BenchmarkDesign levels = new BenchmarkDesign(TaskType.QUESTION_ANSWERING, List.of(), List.of("easy", "hard"),
        List.of());
    List<TestCase> cases = List.of(cell(1, null, "easy"), cell(2, null, "easy"), cell(3, null, "hard"));
    ValidationInput twoPerCell = new ValidationInput("d", cases, levels, List.of(),
        new ValidationSettings(0.8, 0.95, 2, 0.7, 0.7));
    CheckResult r = new ConceptCoverageCheck().run(twoPerCell);
    assertThat(r.score()).isCloseTo(0.5, within(1e-12));
    assertThat(r.findings()).extracting(Finding::message).containsExactly("cell 'hard' has 1 cases, fewer than 2");
    assertThat(where(r)).containsExactly("cases.jsonl:3");
    assertThat(new ConceptCoverageCheck().run(input(levels, cases)).status()).isEqualTo(CheckStatus.PASS);
    assertThat(new ConceptCoverageCheck().run(input(TaskType.QUESTION_ANSWERING, cases)).status())
        .isEqualTo(CheckStatus.NOT_APPLICABLE);
  }

  @Test
  void cellBalanceIsTheCoefficientOfVariationOfCoveredCells() {
    List<TestCase> cases = new ArrayList<>();
    int line = 1;
    // algebra/easy 6, algebra/hard 2, geometry/easy 2, geometry/hard 2
    for (String[] spec : new String[][] {{"algebra", "easy", "6"}, {"algebra", "hard", "2"},
        {"geometry", "easy", "2"}, {"geometry", "hard", "2"}}) {
      for (int i = 0; i < Integer.parseInt(spec[2]); i++) {
        cases.add(cell(line++, spec[0], spec[1]));
      }
    }
    CheckResult r = new CellBalanceCheck().run(input(GRID, cases));
    // mean 3; deviations 3, -1, -1, -1 -> variance (9 + 1 + 1 + 1) / 4 = 3; CV = sqrt(3) / 3 = 0.57735
    assertThat((double) r.figures().get("coefficientOfVariation")).isCloseTo(Math.sqrt(3) / 3, within(1e-12));
    assertThat(r.score()).isCloseTo(1 - Math.sqrt(3) / 6, within(1e-12));
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.figures()).containsEntry("min", 2).containsEntry("max", 6);
    assertThat(r.findings()).isEmpty(); // no cell under half the mean (1.5)

    List<TestCase> one = List.of(cell(1, "algebra", "easy"));
    assertThat(new CellBalanceCheck().run(input(GRID, one)).status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
  }
}
