package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceRuns.cases;
import static io.benchmarkhub.author.validate.ReferenceRuns.input;
import static io.benchmarkhub.author.validate.ReferenceRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscriminationCheckTest {
  @TempDir
  Path dir;

  private final DiscriminationCheck check = new DiscriminationCheck();

  @Test
  void casesEveryModelPassesOrFailsAndNegativelyDiscriminatingOnesAreListed() {
    List<TestCase> cases = cases("q1", "q2", "q3", "q4", "q5");
    // totals a 3, b 2, c 2
    RunSummary refs = run(dir, cases, Map.of("a", "P F P P F", "b", "P F P F F", "c", "P F F F P"));

    CheckResult r = check.run(input(cases, refs));

    // q3 (1,1,0) vs the rest (2,1,2): r = -(1/3) / (2/3) = -0.5; q5 (0,0,1) vs (3,2,1): r = -1 / sqrt(4/3) = -0.87;
    // q4 (1,0,0) vs (2,2,2): undefined
    assertThat(r.findings()).extracting(Finding::caseIds).containsExactly(List.of("q1"), List.of("q2"),
        List.of("q3"), List.of("q5"));
    assertThat(r.findings().get(0).message()).isEqualTo("every reference model passed it: it does not tell the 3 "
        + "models apart");
    assertThat(r.findings().get(1).message()).startsWith("every reference model failed it");
    assertThat(r.findings().get(2).message()).isEqualTo("negative discrimination: corrected item-total correlation "
        + "-0.50 (the stronger models do worse on it); check its expected answer");
    assertThat(r.findings().get(3).message()).contains("correlation -0.87");
    assertThat(r.findings().get(3).location()).isEqualTo(new SourceLocation("cases.jsonl", 5));
    assertThat(r.figures()).containsEntry("allPass", 1).containsEntry("allFail", 1).containsEntry("negative", 2);
    assertThat((double) r.figures().get("nonDiscriminatingShare")).isCloseTo(0.4, within(1e-12));
    // 40% flat and 40% negative would fail, but 3 models are too few to fail on
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.score()).isCloseTo(0.2, within(1e-12));
    assertThat(r.summary()).isEqualTo("40.0% of 5 cases do not tell the 3 reference models apart (1 all pass, 1 all "
        + "fail); 2 cases discriminate negatively; with only 3 models these figures are coarse, so the check warns "
        + "but does not fail.");
  }

  @Test
  void withTwoModelsOnlyFlatCasesAreCountedAndTheCorrelationIsNotMeasured() {
    List<TestCase> cases = cases("q1", "q2", "q3", "q4", "q5");
    RunSummary refs = run(dir, cases, Map.of("a", "P P P P F", "b", "F F F F F"));

    CheckResult r = check.run(input(cases, refs));

    assertThat(r.findings()).extracting(Finding::caseIds).containsExactly(List.of("q5"));
    assertThat(r.figures()).containsEntry("negative", "not measured");
    assertThat(r.status()).isEqualTo(CheckStatus.PASS);
    assertThat(r.score()).isCloseTo(0.8, within(1e-12));
    assertThat(r.summary()).contains("negative discrimination needs 3+ models");
  }

  @Test
  void anErroredTrialIsMissingNotAFailure() {
    List<TestCase> cases = cases("q1", "q2");
    // q1: a's trial errors, so only b graded it: the case is left out, not counted as a fail by a;
    // c graded nothing, so it is no subject at all
    RunSummary refs = run(dir, cases, Map.of("a", "E P", "b", "P F", "c", "E E"));

    CheckResult r = check.run(input(cases, refs));

    assertThat(r.figures()).containsEntry("models", 2).containsEntry("cases", 1).containsEntry("allPass", 0).containsEntry("allFail", 0);
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void oneModelCannotDiscriminate() {
    List<TestCase> cases = cases("q1");
    CheckResult r = check.run(input(cases, run(dir, cases, Map.of("a", "P"))));
    assertThat(r.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
    assertThat(r.summary()).startsWith("One reference model cannot show");
  }
}
