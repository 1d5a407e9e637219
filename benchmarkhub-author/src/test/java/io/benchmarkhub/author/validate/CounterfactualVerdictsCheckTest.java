package io.benchmarkhub.author.validate;

import static io.benchmarkhub.author.validate.ReferenceRuns.builder;
import static io.benchmarkhub.author.validate.ReferenceRuns.input;
import static io.benchmarkhub.author.validate.ReferenceRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SourceLocation;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.author.CaseFields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CounterfactualVerdictsCheckTest {
  @TempDir
  Path dir;

  private final CounterfactualVerdictsCheck check = new CounterfactualVerdictsCheck();

  /** o1..o6, then their twins t1..t6. */
  private static List<TestCase> pairs() {
    List<TestCase> out = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      out.add(builder("o" + i, i - 1).build());
    }
    for (int i = 1; i <= 6; i++) {
      out.add(builder("t" + i, i + 5).metadata(CaseFields.COUNTERFACTUAL_OF, "o" + i).build());
    }
    return out;
  }

  @Test
  void aModelThatFailsEveryTwinIsSignificantlyBiased() {
    List<TestCase> cases = pairs();
    RunSummary refs = run(dir, cases, Map.of("a", "P P P P P P F F F F F F", "b", "P P P P P P P P P P P P"));

    CheckResult r = check.run(input(cases, refs));

    // a: 6 pairs, original-only 6, twin-only 0: McNemar exact p = 2 * 0.5^6
    @SuppressWarnings("unchecked")
    Map<String, Object> a = (Map<String, Object>) ((Map<String, Object>) r.figures().get("models")).get("p:a");
    assertThat(a).containsEntry("pairs", 6L).containsEntry("originalOnly", 6L).containsEntry("twinOnly", 0L);
    assertThat((double) a.get("pValue")).isCloseTo(2 * Math.pow(0.5, 6), within(1e-15));
    @SuppressWarnings("unchecked")
    Map<String, Object> b = (Map<String, Object>) ((Map<String, Object>) r.figures().get("models")).get("p:b");
    assertThat(b).containsEntry("flipped", 0L);
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.score()).isZero();
    assertThat(r.findingsTotal()).isEqualTo(6);
    Finding first = r.findings().get(0);
    assertThat(first.caseIds()).containsExactly("o1", "t1");
    assertThat(first.location()).isEqualTo(new SourceLocation("cases.jsonl", 7));
    assertThat(first.message()).isEqualTo("p:a passed 'o1' but failed its counterfactual twin 't1'");
    assertThat(r.summary()).isEqualTo("Over 6 counterfactual pairs, p:a flips the most: 100.0% of its pairs; the "
        + "lowest McNemar p-value is 0.031 (below 0.05: a model favours one side).");
  }

  @Test
  void aFewFlipsBothWaysWarnWithoutSignificance() {
    List<TestCase> cases = pairs();
    RunSummary refs = run(dir, cases, Map.of("a", "P F P P P P F P P P P P"));

    CheckResult r = check.run(input(cases, refs));

    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.score()).isCloseTo(1 - 2 / 6.0, within(1e-12));
    assertThat((double) r.figures().get("lowestPValue")).isEqualTo(1.0);
  }

  @Test
  void withTwinsButNoReferencesItSaysHowToRunThem() {
    CheckResult r = check.run(input(pairs()));
    assertThat(r.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
    assertThat(r.summary()).startsWith("6 counterfactual pairs found, but no reference results: run reference models");
    CheckResult none = check.run(input(ReferenceRuns.cases("q1")));
    assertThat(none.summary()).startsWith("No case names a counterfactual twin");
  }
}
