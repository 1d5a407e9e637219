package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceRuns.cases;
import static io.benchmarkhub.author.validate.ReferenceRuns.input;
import static io.benchmarkhub.author.validate.ReferenceRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.TestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceChecksTest {
  @TempDir
  Path dir;

  @Test
  void theStandardChecksIncludeTheReferenceChecksInOrder() {
    assertThat(ReferenceChecks.all()).extracting(Check::id).containsExactly("difficulty-calibration",
        "discrimination", "reliability", "judge-agreement", "reference-errors", "flaky-items",
        "counterfactual-verdicts");
    assertThat(Checks.all()).extracting(Check::id).containsSubsequence("difficulty-calibration",
        "counterfactual-verdicts");
    assertThat(ReferenceChecks.all()).allSatisfy(c -> assertThat(c.description()).isNotBlank());
  }

  @Test
  void withoutReferencesNoneAppliesAndCalibrationIsUnmeasured() {
    ValidationReport report = Validator.of(ReferenceChecks.all()).validate(input(cases("q1", "q2")));

    assertThat(report.checks()).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
      assertThat(r.summary()).isNotBlank();
    });
    assertThat(report.score().unmeasured()).contains(CheckCategory.CALIBRATION);
    assertThat(report.referenceModels()).isEmpty();
  }

  @Test
  void severalReferenceRunsPoolTheirModels() {
    List<TestCase> cases = cases("q1", "q2", "q3");
    ValidationReport report = Validator.of(ReferenceChecks.all()).validate(input(cases,
        run(dir.resolve("one"), cases, Map.of("a", "P P F", "b", "P F F")),
        run(dir.resolve("two"), cases, Map.of("c", "P F P"))));

    assertThat(report.referenceModels()).containsExactly("p:a", "p:b", "p:c");
    // q1 every model passed; q2 a only; q3 c only
    assertThat(report.check("discrimination").orElseThrow().figures()).containsEntry("models", 3)
        .containsEntry("allPass", 1).containsEntry("allFail", 0);
    assertThat(report.check("reliability").orElseThrow().figures()).containsEntry("models", 3);
  }
}
