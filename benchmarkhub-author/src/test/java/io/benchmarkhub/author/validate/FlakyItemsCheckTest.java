package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceRuns.cases;
import static io.benchmarkhub.author.validate.ReferenceRuns.input;
import static io.benchmarkhub.author.validate.ReferenceRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlakyItemsCheckTest {
  @TempDir
  Path dir;

  private final FlakyItemsCheck check = new FlakyItemsCheck();

  @Test
  void casesWhoseVerdictDiffersAcrossRepeatsOfOneModelAreFlaky() {
    List<TestCase> cases = cases("q1", "q2", "q3", "q4");
    RunSummary refs = run(dir, cases, Map.of("a", "PPP PFP FFF PPP", "b", "PPP FFF FPF PPP"), 3, ReferenceRuns.YES);

    CheckResult r = check.run(input(cases, refs));

    assertThat(r.findings()).extracting(Finding::caseIds, Finding::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(List.of("q2"), "the verdict differs across repeats: p:a passed 2 of 3"),
        org.assertj.core.groups.Tuple.tuple(List.of("q3"), "the verdict differs across repeats: p:b passed 1 of 3"));
    assertThat(r.figures()).containsEntry("repeatedCases", 4).containsEntry("flakyCases", 2);
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.score()).isEqualTo(0.5);
    assertThat(r.summary()).isEqualTo("2 cases of 4 repeated (50.0%) got different verdicts from the same model.");
  }

  @Test
  void doesNotApplyWithoutRepeats() {
    List<TestCase> cases = cases("q1");
    CheckResult r = check.run(input(cases, run(dir, cases, Map.of("a", "P", "b", "F"))));
    assertThat(r.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
    assertThat(r.summary()).contains("repeat(3)");
  }
}
