package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceRuns.builder;
import static io.benchmarkhub.author.validate.ReferenceRuns.input;
import static io.benchmarkhub.author.validate.ReferenceRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.BenchmarkDesign;
import io.benchmarkhub.author.TaskType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DifficultyCalibrationCheckTest {
  private static final BenchmarkDesign LEVELS = new BenchmarkDesign(TaskType.QUESTION_ANSWERING, List.of(),
      List.of("easy", "medium", "hard"), List.of());

  @TempDir
  Path dir;

  private final DifficultyCalibrationCheck check = new DifficultyCalibrationCheck();

  /** e1 e2 easy, m1 m2 medium, h1 h2 hard. */
  private static List<TestCase> levelled() {
    String[][] spec = {{"e1", "easy"}, {"e2", "easy"}, {"m1", "medium"}, {"m2", "Medium"}, {"h1", "hard"},
        {"h2", "hard"}};
    List<TestCase> out = new ArrayList<>();
    for (int i = 0; i < spec.length; i++) {
      out.add(builder(spec[i][0], i).difficulty(spec[i][1]).build());
    }
    return out;
  }

  @Test
  void levelsThatRiseWithMeasuredDifficultyPass() {
    List<TestCase> cases = levelled();
    // failing shares: e1 0, e2 1/3, m1 2/3, m2 1/3, h1 1, h2 2/3
    RunSummary refs = run(dir, cases, Map.of("a", "P P P P F P", "b", "P P F P F F", "c", "P F F F F F"));

    CheckResult r = check.run(input(cases, LEVELS, refs));

    // ranks of level 1.5 1.5 3.5 3.5 5.5 5.5, of difficulty 1 2.5 4.5 2.5 6 4.5: rho = 14 / sqrt(16 * 16.5)
    assertThat((double) r.figures().get("spearman")).isCloseTo(14 / Math.sqrt(16 * 16.5), within(1e-12));
    assertThat(r.status()).isEqualTo(CheckStatus.PASS);
    assertThat(r.score()).isEqualTo(1.0);
    assertThat(r.findings()).isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Object> means = (Map<String, Object>) r.figures().get("meanDifficultyByLevel");
    assertThat((double) means.get("easy")).isCloseTo(1 / 6.0, within(1e-12));
    assertThat((double) means.get("medium")).isCloseTo(0.5, within(1e-12));
    assertThat((double) means.get("hard")).isCloseTo(5 / 6.0, within(1e-12));
    assertThat(r.summary()).isEqualTo("Spearman's rho of declared level and measured difficulty is 0.86 over 6 cases "
        + "(target 0.3); mean difficulty rises with the level.");
    assertThat(r.recommendation()).isEmpty();
  }

  @Test
  void easyCasesEveryModelFailsAndHardOnesEveryModelPassesAreNamedWithTheirLines() {
    List<TestCase> cases = levelled();
    // failing shares: e1 0, e2 1, m1 .5, m2 .5, h1 1, h2 0: rho 0, every level's mean 0.5
    RunSummary refs = run(dir, cases, Map.of("a", "P F P P F P", "b", "P F F F F P"));

    CheckResult r = check.run(input(cases, LEVELS, refs));

    assertThat((double) r.figures().get("spearman")).isCloseTo(0, within(1e-12));
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.score()).isZero();
    assertThat(r.findings()).extracting(Finding::caseIds, Finding::location, Finding::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(List.of("e2"), new SourceLocation("cases.jsonl", 2),
            "labelled 'easy' (the easiest level) but every reference trial failed it (0 of 2)"),
        org.assertj.core.groups.Tuple.tuple(List.of("h2"), new SourceLocation("cases.jsonl", 6),
            "labelled 'hard' (the hardest level) but every reference trial passed it (2 of 2)"));
    assertThat(r.summary()).contains("2 cases at the easiest or hardest level contradict it");
    assertThat(r.recommendation()).startsWith("Re-label the listed cases");
  }

  @Test
  void levelsThatRunBackwardsOverTenCasesFailAndNameTheLevelsOutOfOrder() {
    List<TestCase> cases = new ArrayList<>();
    StringBuilder script = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      cases.add(builder("q" + i, i).difficulty(i < 5 ? "easy" : "hard").build());
      script.append(i < 5 ? "F " : "P ");
    }
    RunSummary refs = run(dir, cases, Map.of("a", script.toString()));

    CheckResult r = check.run(input(cases, LEVELS, refs));

    assertThat((double) r.figures().get("spearman")).isCloseTo(-1, within(1e-12));
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.summary()).contains("hard (0.00) is easier than easy (1.00)");
    assertThat(r.findingsTotal()).isEqualTo(10);
  }

  @Test
  void doesNotApplyWithoutReferencesOrDeclaredLevels() {
    List<TestCase> cases = levelled();
    assertThat(check.run(input(cases, LEVELS)).status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
    assertThat(check.run(input(cases, LEVELS)).summary()).contains("run logs as references");
    RunSummary refs = run(dir, cases, Map.of("a", "P P P P P P"));
    CheckResult undeclared = check.run(input(cases, refs));
    assertThat(undeclared.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
    assertThat(undeclared.summary()).startsWith("No difficulty levels declared");
    assertThat(undeclared.score()).isNaN();
  }
}
