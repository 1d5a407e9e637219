package io.benchmarkhub.report;

import static io.benchmarkhub.report.JsonReportFixtures.START;
import static io.benchmarkhub.report.JsonReportFixtures.read;
import static io.benchmarkhub.report.JsonReportFixtures.trial;
import static io.benchmarkhub.report.JsonReportFixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialResults;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.stats.MultipleComparisons;
import io.benchmarkhub.stats.PairedTests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunComparisonTest {

  @Test
  void theSameCaseIdsWithOtherContentAreNotTheSameCases() {
    io.benchmarkhub.api.RunInfo a = info("ids-1", "sha-a");
    assertThat(RunComparison.sameCases(a, info("ids-1", "sha-a"))).isTrue();
    assertThat(RunComparison.sameCases(a, info("ids-1", "sha-b"))).as("edited content").isFalse();
    assertThat(RunComparison.sameCases(a, info("ids-2", "sha-a"))).as("other ids").isFalse();
    assertThat(RunComparison.sameCases(a, info("ids-1", ""))).as("checksum unknown: ids decide").isTrue();
    assertThat(RunComparison.sameCases(info("", ""), info("", ""))).as("nothing recorded").isFalse();
  }

  private static io.benchmarkhub.api.RunInfo info(String caseDigest, String sha) {
    return new io.benchmarkhub.api.RunInfo("cases.jsonl", 3, caseDigest, sha, 1, List.of(), List.of(), List.of(), "t");
  }
  @TempDir
  Path dir;

  private static ModelSummary model(String id) {
    return new ModelSummary(id, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        0, 0, OptionalDouble.empty(), 0, Duration.ZERO, Duration.ZERO, OptionalDouble.empty());
  }

  private static RunSummary run(String runId, List<String> models, List<TrialResult> trials) {
    return new RunSummary("bench", "1", runId, START, START, models.stream().map(RunComparisonTest::model).toList(),
        trials);
  }

  private static TrialResult t(String caseId, String model, TrialStatus status) {
    return trial(Long.parseLong(caseId.substring(1)), caseId, model, 1, status,
        status == TrialStatus.PASS ? 1 : 0, "x");
  }

  /**
   * p:a: q0..q7 passed and q8, q9 failed before; after, q6 and q7 fail (worse), q8 passes (better), q3
   * errors, q9 is gone and q10 is new. p:b: 12 cases all passed before, all failed after.
   */
  private static RunComparison example() {
    List<TrialResult> before = new ArrayList<>();
    List<TrialResult> after = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      before.add(t("q" + i, "p:a", i < 8 ? TrialStatus.PASS : TrialStatus.FAIL));
    }
    for (int i = 0; i <= 10; i++) {
      TrialStatus s = i == 3 ? TrialStatus.ERROR : i == 6 || i == 7 ? TrialStatus.FAIL
          : i == 8 || i == 10 ? TrialStatus.PASS : i < 6 ? TrialStatus.PASS : TrialStatus.FAIL;
      if (i != 9) {
        after.add(t("q" + i, "p:a", s));
      }
    }
    for (int i = 20; i < 32; i++) {
      before.add(t("q" + i, "p:b", TrialStatus.PASS));
      after.add(t("q" + i, "p:b", TrialStatus.FAIL));
    }
    before.add(t("q0", "p:old", TrialStatus.PASS));
    after.add(t("q0", "p:new", TrialStatus.PASS));
    return RunComparison.of(run("base", List.of("p:a", "p:b", "p:old"), before),
        run("cand", List.of("p:a", "p:b", "p:new"), after));
  }

  @Test
  void casesAreMatchedOnIdAndRepeatAndClassified() {
    RunComparison c = example();
    assertThat(c.models()).extracting(RunComparison.ModelChange::model).containsExactly("p:a", "p:b");
    assertThat(c.onlyInBaseline()).containsExactly("p:old");
    assertThat(c.onlyInCandidate()).containsExactly("p:new");

    RunComparison.ModelChange a = c.models().get(0);
    assertThat(List.of(a.matched(), a.pairs(), a.better(), a.worse(), a.unchanged(), a.errors(), a.added(),
        a.removed())).containsExactly(9L, 8L, 1L, 2L, 5L, 1L, 1L, 1L);
    assertThat(a.worseCases()).containsExactly("q6", "q7");
    assertThat(a.betterCases()).containsExactly("q8");
    assertThat(a.errorCases()).containsExactly("q3");
    assertThat(a.addedCases()).containsExactly("q10");
    assertThat(a.removedCases()).containsExactly("q9");
    // pairs q0,q1,q2,q4,q5,q6,q7,q8: before 7 of 8 passed, after 6 of 8
    assertThat(a.baselinePassRate()).isEqualTo(7 / 8.0);
    assertThat(a.candidatePassRate()).isEqualTo(6 / 8.0);
    assertThat(a.meanScoreDifference()).isCloseTo(-1 / 8.0, within(1e-12));

    RunComparison.ModelChange b = c.models().get(1);
    assertThat(b.worse()).isEqualTo(12);
    double[] raw = {PairedTests.mcnemar(1, 2, 8).pValue(), PairedTests.mcnemar(0, 12, 12).pValue()};
    assertThat(a.passP()).isEqualTo(raw[0]);
    assertThat(b.passP()).isEqualTo(raw[1]);
    double[] holm = MultipleComparisons.holm(raw);
    assertThat(a.passPAdjusted()).isEqualTo(holm[0]);
    assertThat(b.passPAdjusted()).isEqualTo(holm[1]).isCloseTo(2 * 2 * Math.pow(0.5, 12), within(1e-15));
    assertThat(a.significant()).isFalse();
    assertThat(b.significant()).isTrue();
    assertThat(b.scoreSignificant()).isTrue();
    assertThat(c.sameCases()).as("RunSummary's plain constructor has no digest").isFalse();
  }

  @Test
  void toTextSaysWhatChangedAndWhetherItIsMoreThanChance() {
    assertThat(example().toText()).isEqualTo("""
        comparison of bench: baseline run base, candidate run cand (the datasets differ: trials are matched on \
        case id and repeat)
          p:a: 1 better, 2 worse of 8 matched cases, pass rate 87.5% → 75.0%, p = 1.000 (McNemar, Holm): \
        no significant change; mean score 0.875 → 0.750 (-0.125), p = 0.773 (Wilcoxon, Holm); 1 matched with an \
        error; 1 new; 1 removed; worse: q6, q7; better: q8; errors: q3
          p:b: 0 better, 12 worse of 12 matched cases, pass rate 100.0% → 0.0%, p < 0.001 (McNemar, Holm): \
        significantly worse; mean score 1.000 → 0.000 (-1.000), p = 0.001 (Wilcoxon, Holm); worse: q20, q21, q22, \
        q23, q24, q25, q26, q27, q28, q29, q30, q31
          only in the baseline: p:old
          only in the candidate: p:new
        """);
  }

  @Test
  void repeatsAreMatchedApartAndLongListsAreCutInTheText() {
    List<TrialResult> before = new ArrayList<>();
    List<TrialResult> after = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      for (int r = 1; r <= 2; r++) {
        before.add(trial(i, "c" + i, "m", r, TrialStatus.PASS, 1, "x"));
        after.add(trial(i, "c" + i, "m", r, r == 2 ? TrialStatus.FAIL : TrialStatus.PASS, r == 2 ? 0 : 1, "x"));
      }
    }
    RunComparison c = RunComparison.of(run("b", List.of("m"), before), run("c", List.of("m"), after));
    RunComparison.ModelChange m = c.models().get(0);
    assertThat(m.pairs()).isEqualTo(60);
    assertThat(m.worseCases()).hasSize(30).startsWith("c0#2", "c1#2").doesNotContain("c0");
    assertThat(c.toText()).contains("worse: c0#2, c1#2, ").contains(", c19#2 and 10 more");
  }

  @Test
  void equalScoresAreNoChangeEvenThroughFloatPrecision() {
    List<TrialResult> before = new ArrayList<>();
    List<TrialResult> after = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      before.add(trial(i, "q" + i, "m", 1, TrialStatus.FAIL, 0.1, "x"));
      after.add(trial(i, "q" + i, "m", 1, TrialStatus.FAIL, 0.1, "x"));
    }
    RunComparison.ModelChange m = RunComparison.of(run("b", List.of("m"), before), run("c", List.of("m"), after))
        .models().get(0);
    assertThat(m.scoreP()).isEqualTo(1.0);
    assertThat(m.meanScoreDifference()).isZero();
    assertThat(m.passP()).isEqualTo(1.0);
  }

  @Test
  void eachRunIsStreamedOnceAndNeverCollected() {
    AtomicInteger streams = new AtomicInteger();
    List<TrialResult> trials = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      trials.add(trial(i, "q" + i, "m", 1, i % 2 == 0 ? TrialStatus.PASS : TrialStatus.FAIL, i % 2, "x"));
    }
    TrialResults once = new TrialResults() {
      @Override
      public long size() {
        return trials.size();
      }

      @Override
      public Stream<TrialResult> stream() {
        streams.incrementAndGet();
        return trials.stream();
      }

      @Override
      public List<TrialResult> toList() {
        throw new AssertionError("a comparison streams the trials");
      }
    };
    RunSummary s = new RunSummary("bench", "1", "r", START, START, JsonReportFixtures.fullSummary(null).info(),
        List.of(model("m")), once, List.of(), List.of(), List.of(), null);
    RunComparison c = RunComparison.of(s, s);
    assertThat(streams).hasValue(2);
    assertThat(c.sameCases()).isTrue();
    assertThat(c.models().get(0).unchanged()).isEqualTo(1000);
    assertThat(c.toText()).contains("0 better, 0 worse of 1000 matched cases, pass rate 50.0% → 50.0%, p = 1.000");
  }

  @Test
  void theComparisonJsonValidatesAgainstItsCommittedSchema() {
    Path file = dir.resolve("cmp/comparison.json");
    JsonReport.writeComparison(example(), file);
    JsonNode n = read(file);
    assertThat(n.path("schema").asText()).isEqualTo("benchmarkhub.comparison/1");
    assertThat(violations(JsonReport.COMPARISON_SCHEMA_RESOURCE, n, false)).isEmpty();
    assertThat(violations(JsonReport.COMPARISON_SCHEMA_RESOURCE, n, true)).isEmpty();
    JsonNode a = n.path("models").get(0);
    assertThat(a.path("worseCases")).extracting(JsonNode::asText).containsExactly("q6", "q7");
    assertThat(a.path("significant").asBoolean()).isFalse();
    assertThat(n.path("models").get(1).path("significant").asBoolean()).isTrue();

    ObjectNode broken = (ObjectNode) read(file);
    ((ObjectNode) broken.path("models").get(0)).remove("worseCases");
    assertThat(violations(JsonReport.COMPARISON_SCHEMA_RESOURCE, broken, false)).anyMatch(v -> v.contains("worseCases"));
  }

  @Test
  void noPairsGiveNullsNotNaN() {
    RunComparison c = RunComparison.of(run("b", List.of("m"), List.of(t("q1", "m", TrialStatus.ERROR))),
        run("c", List.of("m"), List.of(t("q1", "m", TrialStatus.PASS))));
    assertThat(c.models().get(0).passP()).isNaN();
    assertThat(c.toText()).contains("m: no case graded in both runs; 1 matched with an error; errors: q1");
    JsonReport.writeComparison(c, dir.resolve("c.json"));
    JsonNode m = read(dir.resolve("c.json")).path("models").get(0);
    assertThat(m.path("passP").isNull()).isTrue();
    assertThat(m.path("baselinePassRate").isNull()).isTrue();
    assertThat(violations(JsonReport.COMPARISON_SCHEMA_RESOURCE, read(dir.resolve("c.json")), true)).isEmpty();
  }
}
