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

class ReliabilityCheckTest {
  @TempDir
  Path dir;

  private final ReliabilityCheck check = new ReliabilityCheck();

  @Test
  void alphaBelowTheTargetWarnsAndNamesTheCaseWhoseRemovalRaisesIt() {
    List<TestCase> cases = cases("q1", "q2", "q3", "q4", "q5");
    // a Guttman pattern on q1..q4 (totals 4 3 2 1); q5 errored for d, so it is left out for everyone
    RunSummary refs = run(dir, cases, Map.of("a", "P P P P P", "b", "P P P F P", "c", "P P F F F",
        "d", "P F F F E"));

    CheckResult r = check.run(input(cases, refs));

    // item variances 0, 1/4, 1/3, 1/4; total variance 5/3: alpha = 4/3 (1 - (5/6) / (5/3)) = 2/3
    assertThat((double) r.figures().get("alpha")).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(r.figures()).containsEntry("cases", 4).containsEntry("casesLeftOut", 1).containsEntry("models", 4);
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.score()).isCloseTo((2 / 3.0) / 0.7, within(1e-12));
    // without q1 (no variance): 3/2 (1 - (5/6) / (5/3)) = 0.75; without q2 0.19, q3 0.38, q4 0.55
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.caseIds()).containsExactly("q1");
      assertThat(f.message()).isEqualTo("alpha would rise from 0.67 to 0.75 without it");
    });
    assertThat(r.summary()).isEqualTo("Cronbach's alpha is 0.67 (target 0.70) over 4 cases and 4 reference models; "
        + "1 case lowers it; with fewer than 5 models alpha is unstable, so the check warns but does not fail.");
  }

  @Test
  void doesNotApplyWithFewerThanThreeModels() {
    List<TestCase> cases = cases("q1", "q2");
    CheckResult r = check.run(input(cases, run(dir, cases, Map.of("a", "P F", "b", "P P"))));
    assertThat(r.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
    assertThat(r.summary()).isEqualTo("Cronbach's alpha needs the results of at least 3 reference models (the "
        + "subjects); with 2 the variance of their totals rests on too few points.");
  }
}
