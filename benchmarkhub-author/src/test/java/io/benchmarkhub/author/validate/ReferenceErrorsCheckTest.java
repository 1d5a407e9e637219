package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceRuns.cases;
import static io.benchmarkhub.author.validate.ReferenceRuns.input;
import static io.benchmarkhub.author.validate.ReferenceRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceErrorsCheckTest {
  @TempDir
  Path dir;

  private final ReferenceErrorsCheck check = new ReferenceErrorsCheck();

  @Test
  void aCaseThatBreaksEveryProviderFailsTheCheckAndErrorsAreListedWorstFirst() {
    List<TestCase> cases = cases("q1", "q2", "q3", "q4");
    RunSummary refs = run(dir, cases, Map.of("a", "P P U P", "b", "P E E F"));

    CheckResult r = check.run(input(cases, refs));

    // 8 trials, 3 errored; q3 errored on both (judge, provider): 1 of 4 cases broken
    assertThat(r.figures()).containsEntry("trials", 8L).containsEntry("errored", 3L).containsEntry("unparseable", 1L)
        .containsEntry("casesErroringEveryTrial", 1);
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.score()).isCloseTo(5 / 8.0, within(1e-12));
    assertThat(r.findings()).extracting(Finding::caseIds).containsExactly(List.of("q3"), List.of("q2"));
    assertThat(r.findings().get(0).message()).isEqualTo("2 of 2 reference trials errored (judge unparseable x1, "
        + "provider BAD_REQUEST x1)");
    assertThat(r.findings().get(1).message()).isEqualTo("1 of 2 reference trials errored (provider BAD_REQUEST x1)");
    assertThat(r.summary()).isEqualTo("37.5% of 8 reference trials errored (1 with an unparseable judge answer); "
        + "2 cases had an error and 1 errored on every trial.");
  }

  @Test
  void noErrorsPass() {
    List<TestCase> cases = cases("q1", "q2");
    CheckResult r = check.run(input(cases, run(dir, cases, Map.of("a", "P F"))));
    assertThat(r.status()).isEqualTo(CheckStatus.PASS);
    assertThat(r.score()).isEqualTo(1.0);
  }
}
