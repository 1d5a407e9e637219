package io.benchmarkhub.runner;

import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.EQUALS_EXPECTED;
import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.judge.Judges;
import io.benchmarkhub.report.CsvReport;
import io.benchmarkhub.report.JsonReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's summary rebuilt from its files alone equals the one the run returned. */
class RunLogsTest {
  @TempDir
  Path dir;

  /** Doubles equal up to the last bits a different order of summing can change; NaN equals NaN. */
  private static final Comparator<Double> CLOSE = (x, y) -> x.equals(y)
      || Math.abs(x - y) <= 1e-12 * Math.max(1, Math.max(Math.abs(x), Math.abs(y))) ? 0 : Double.compare(x, y);
  /** Costs: both unknown, or both known and {@link #CLOSE}. */
  private static final Comparator<OptionalDouble> CLOSE_COST = (x, y) -> x.isPresent() != y.isPresent()
      ? (x.isPresent() ? 1 : -1) : x.isEmpty() ? 0 : CLOSE.compare(x.getAsDouble(), y.getAsDouble());

  /**
   * "good" answers A<n>, priced; "half" only even n, unpriced; "flaky" errors on every n divisible by 5
   * and answers with a length that grows with n; every answer takes n ms of latency.
   */
  private static final Provider MODELS = request -> {
    int n = Integer.parseInt(request.messages().get(0).content().substring(1));
    String text = switch (request.model()) {
      case "good" -> "A" + n;
      case "half" -> n % 2 == 0 ? "A" + n : "no";
      default -> {
        if (n % 5 == 0) {
          throw new ProviderException(ProviderException.Kind.SERVER_ERROR, "down on " + n);
        }
        yield n % 3 == 0 ? "A" + n : "A" + "x".repeat(n);
      }
    };
    Usage usage = request.model().equals("half") ? Usage.of(7, 1) : Usage.of(10 + n, 2).withCost(0.0001 * (n + 1));
    return new Completion(text, FinishReason.STOP, Duration.ofMillis(n), usage, null);
  };

  private RunSummary run(String name) {
    Judge yes = Judge.named("yes", (c, out) -> Verdict.pass(""));
    Judge prefix = Judge.named("prefix", (c, out) -> out.text().startsWith("A") ? Verdict.pass("")
        : Verdict.fail("no A"));
    Judge shortish = Judge.named("short", (c, out) -> Verdict.scored(Math.min(1, 3.0 / out.text().length()), 0.5,
        ""));
    return BenchmarkHub.benchmark(name).dataset(numbers(30)).models("p:good", "p:half", "p:flaky").repeat(2)
        .provider("p", MODELS).concurrency("p", 6).judge(EQUALS_EXPECTED)
        .judge(Judges.panel(yes, prefix, shortish).named("trio")).pairwise(new PairwiseRunTest.Longer())
        .setting("retry.max-attempts", "1").setting("run-dir", dir.toString()).quiet().run();
  }

  @Test
  void aRunIsRebuiltFromItsLogFigureByFigure() {
    RunSummary s = run("rebuild");
    RunSummary r = RunLogs.summary(s.runLog());

    assertThat(r.benchmark()).isEqualTo(s.benchmark());
    assertThat(r.version()).isEqualTo(s.version());
    assertThat(r.runId()).isEqualTo(s.runId());
    assertThat(r.runLog()).isEqualTo(s.runLog());
    assertThat(r.info()).isEqualTo(s.info());
    assertThat(r.info().judges()).hasSize(2);
    assertThat(r.info().pairJudges()).containsExactly("longer");

    // the run had errors, costs known and unknown, varied scores, so every figure is exercised
    ModelSummary flaky = s.model("p:flaky");
    assertThat(flaky.errors()).isEqualTo(12);
    assertThat(s.model("p:half").costUsd()).isEmpty();
    assertThat(s.comparisons()).hasSize(3);
    assertThat(s.judgeAgreement()).hasSize(1);
    assertThat(s.pairwise()).hasSize(3);

    for (int i = 0; i < s.models().size(); i++) {
      ModelSummary a = s.models().get(i);
      ModelSummary b = r.models().get(i);
      assertThat(List.of(b.model(), b.trials(), b.passed(), b.failed(), b.errors(), b.skipped(), b.inputTokens(),
          b.outputTokens(), b.trialsWithoutCost(), b.latencyP50(), b.latencyP95()))
          .as("exact figures of %s", a.model())
          .containsExactly(a.model(), a.trials(), a.passed(), a.failed(), a.errors(), a.skipped(), a.inputTokens(),
              a.outputTokens(), a.trialsWithoutCost(), a.latencyP50(), a.latencyP95());
    }
    assertThat(r.models()).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
        .withComparatorForType(CLOSE_COST, OptionalDouble.class)
        .isEqualTo(s.models());
    assertThat(r.comparisons()).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
        .withComparatorForType(CLOSE_COST, OptionalDouble.class)
        .isEqualTo(s.comparisons());
    assertThat(r.judgeAgreement()).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
        .withComparatorForType(CLOSE_COST, OptionalDouble.class)
        .isEqualTo(s.judgeAgreement());
    assertThat(r.pairwise()).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
        .withComparatorForType(CLOSE_COST, OptionalDouble.class)
        .isEqualTo(s.pairwise());
    assertThat(r.pairwise().get(0).comparisons()).isPositive();
    assertThat(r.trials().size()).isEqualTo(s.trials().size()).isEqualTo(30 * 3 * 2);
    assertThat(r.trials().toList()).isEqualTo(s.trials().toList());

    assertThat(r.startedAt()).isBetween(s.startedAt().minusSeconds(2), s.startedAt());
    assertThat(r.finishedAt()).isBetween(r.startedAt(), s.finishedAt().plusSeconds(2));
  }

  @Test
  void theDatasetFilesChecksumIsRecordedAndRebuilt() throws java.io.IOException {
    java.nio.file.Path cases = java.nio.file.Files.writeString(dir.resolve("sums.jsonl"),
        "{\"id\": \"q1\", \"input\": \"2+2?\", \"expected\": \"4\"}\n");
    RunSummary s = BenchmarkHub.benchmark("sums").dataset(io.benchmarkhub.api.Dataset.jsonl(cases))
        .models("p:good").provider("p", request -> Completion.of("4")).judge(EQUALS_EXPECTED)
        .setting("run-dir", dir.toString()).quiet().run();

    // sha256sum of the file's bytes
    String sha = "d24df2993aaa68dd0f743718648d4247543989c148dfbb90af26a01b58846d33";
    assertThat(s.info().datasetSha256()).isEqualTo(sha);
    assertThat(RunLogs.summary(s.runLog()).info().datasetSha256()).isEqualTo(sha);
    assertThat(BenchmarkHub.benchmark("inline").dataset(numbers(2)).models("p:good").provider("p", MODELS)
        .judge(EQUALS_EXPECTED).setting("run-dir", dir.toString()).quiet().run().info().datasetSha256()).isEmpty();
  }

  @Test
  void aResumedRunRebuildsFromTheLatestLineOfEachTrial() {
    ResumeTest.Answering provider = new ResumeTest.Answering();
    provider.failing.add("Q3");
    provider.failing.add("Q7");
    RunSummary first = BenchmarkHub.benchmark("resumed").dataset(numbers(10)).models("p:one", "p:two")
        .provider("p", provider).judge(EQUALS_EXPECTED).setting("retry.max-attempts", "1")
        .setting("run-dir", dir.toString()).setting("run-id", "r-1").quiet().run();
    assertThat(first.model("p:one").errors()).isEqualTo(2);
    provider.failing.clear();
    RunSummary second = BenchmarkHub.benchmark("resumed").dataset(numbers(10)).models("p:one", "p:two")
        .provider("p", provider).judge(EQUALS_EXPECTED).setting("run-dir", dir.toString()).setting("run-id", "r-1")
        .setting("rerun-errors", "true").quiet().run();
    assertThat(second.model("p:one").errors()).isZero();

    RunSummary r = RunLogs.summary(second.runLog());
    assertThat(r.models()).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
        .withComparatorForType(CLOSE_COST, OptionalDouble.class)
        .isEqualTo(second.models());
    assertThat(r.trials().toList()).isEqualTo(second.trials().toList()).noneMatch(t -> t.status() == TrialStatus.ERROR);
    assertThat(r.comparisons()).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
        .withComparatorForType(CLOSE_COST, OptionalDouble.class)
        .isEqualTo(second.comparisons());
  }

  @Test
  void aTornLastLineIsNeitherReadNorCut() throws IOException {
    RunSummary s = BenchmarkHub.benchmark("torn").dataset(numbers(4)).models("p:good").provider("p", MODELS)
        .judge(EQUALS_EXPECTED).setting("run-dir", dir.toString()).quiet().run();
    Files.writeString(s.runLog(), "{\"caseIndex\":0,\"caseId\":\"q0\",\"mod", StandardOpenOption.APPEND);
    long size = Files.size(s.runLog());

    RunSummary r = RunLogs.summary(s.runLog());
    assertThat(r.trials()).hasSize(4);
    assertThat(r.model("p:good").passed()).isEqualTo(4);
    assertThat(Files.size(s.runLog())).as("reading writes nothing").isEqualTo(size);
  }

  @Test
  void aPlanWithoutRunInformationGivesTheModelIdsAndTheFileTimes() throws IOException {
    RunSummary s = BenchmarkHub.benchmark("old plan").dataset(numbers(3)).models("p:good", "p:half")
        .provider("p", MODELS).judge(EQUALS_EXPECTED).setting("run-dir", dir.toString()).quiet().run();
    Path plan = s.runLog().resolveSibling("old_plan.run.json");
    ObjectNode node = (ObjectNode) RecordingJson.MAPPER.readTree(plan.toFile());
    assertThat(node.has("info")).isTrue();
    assertThat(node.path("info").path("models").get(1).path("provider").asText()).isEqualTo("p");
    node.remove("info");
    node.remove("startedAt");
    Files.writeString(plan, node.toString());
    Instant planTime = Instant.parse("2025-01-02T03:04:05Z");
    Files.setLastModifiedTime(plan, FileTime.from(planTime));

    RunSummary r = RunLogs.summary(s.runLog());
    assertThat(r.startedAt()).isEqualTo(planTime);
    assertThat(r.info().models()).extracting(m -> m.id()).containsExactly("p:good", "p:half");
    assertThat(r.info().cases()).isEqualTo(3);
    assertThat(r.info().caseDigest()).isEqualTo(s.info().caseDigest());
    assertThat(r.info().judges()).isEmpty();
    assertThat(r.models()).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
        .withComparatorForType(CLOSE_COST, OptionalDouble.class)
        .isEqualTo(s.models());
  }

  @Test
  void aMissingPlanOrLogIsNamed() throws IOException {
    assertThatThrownBy(() -> RunLogs.summary(dir.resolve("nope/bench.jsonl"))).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("bench.run.json");
    assertThatThrownBy(() -> RunLogs.summary(dir.resolve("x.pairwise.jsonl"))).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("not a run log");
    RunSummary s = BenchmarkHub.benchmark("gone").dataset(numbers(2)).models("p:good").provider("p", MODELS)
        .judge(EQUALS_EXPECTED).setting("run-dir", dir.toString()).quiet().run();
    Files.delete(s.runLog());
    assertThatThrownBy(() -> RunLogs.summary(s.runLog())).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("no run log");
  }

  @Test
  void aRealRunsReportsValidateAgainstTheCommittedSchemaAndHoldEveryTrial() throws IOException {
    RunSummary s = RunLogs.summary(run("reports").runLog());
    Path json = dir.resolve("reports/summary.json");
    JsonReport.write(s, json);
    JsonNode n = RecordingJson.MAPPER.readTree(json.toFile());
    Schema schema;
    try (InputStream in = JsonReport.class.getClassLoader().getResourceAsStream(JsonReport.SUMMARY_SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(RecordingJson.MAPPER.readTree(in));
    }
    assertThat(schema.validate(n)).isEmpty();
    assertThat(n.path("models").get(1).path("costUsd").isNull()).isTrue();
    assertThat(n.path("pairwise")).hasSize(3);

    Path csv = dir.resolve("reports/trials.csv");
    CsvReport.write(s, csv);
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text.split("\r\n")).hasSize(1 + 180);
    try (Stream<String> lines = Files.lines(csv)) {
      assertThat(lines.filter(l -> l.contains(",p:flaky,") && l.contains(",ERROR,"))).hasSize(12);
    }
  }

  @Test
  void twoRunsRebuiltFromTheirLogsCompareCaseByCase() {
    Provider before = request -> new Completion("A" + request.messages().get(0).content().substring(1),
        FinishReason.STOP, Duration.ofMillis(1), Usage.NONE, null);
    // after the "prompt change", q3 and q7 go wrong
    Provider after = request -> {
      String n = request.messages().get(0).content().substring(1);
      return new Completion(n.equals("3") || n.equals("7") ? "?" : "A" + n, FinishReason.STOP, Duration.ofMillis(1),
          Usage.NONE, null);
    };
    RunSummary base = BenchmarkHub.benchmark("cmp").dataset(numbers(10)).models("p:m").provider("p", before)
        .judge(EQUALS_EXPECTED).setting("run-dir", dir.toString()).quiet().run();
    RunSummary cand = BenchmarkHub.benchmark("cmp").dataset(numbers(10)).models("p:m").provider("p", after)
        .judge(EQUALS_EXPECTED).setting("run-dir", dir.toString()).quiet().run();

    io.benchmarkhub.report.RunComparison c = io.benchmarkhub.report.RunComparison.of(
        RunLogs.summary(base.runLog()), RunLogs.summary(cand.runLog()));
    assertThat(c.sameCases()).isTrue();
    assertThat(c.models().get(0).worseCases()).containsExactly("q3", "q7");
    assertThat(c.toText()).contains("p:m: 0 better, 2 worse of 10 matched cases, pass rate 100.0% → 80.0%, "
        + "p = 0.500 (McNemar, Holm): no significant change");
  }
}
