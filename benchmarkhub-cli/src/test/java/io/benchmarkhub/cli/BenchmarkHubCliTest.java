package io.benchmarkhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line on real run logs, made by running tiny benchmarks with the fluent API. */
class BenchmarkHubCliTest {
  private static final Judge EQUALS_EXPECTED = Judge.named("equals-expected", (c, out) ->
      out.text().equals(c.expected().orElseThrow()) ? Verdict.pass() : Verdict.fail("was " + out.text()));

  @TempDir
  Path dir;

  /** What one execution printed and returned. */
  record Result(int exit, String out, String err) {}

  static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = BenchmarkHubCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** Runs 20 cases on model p:a, which answers right when {@code right} is true and wrong otherwise. */
  private RunSummary run(String runDir, boolean right) {
    Dataset cases = Dataset.of(IntStream.range(0, 20).mapToObj(i -> TestCase.builder().id("q" + i).input("Q" + i)
        .expected("A" + i).build()).toList());
    return BenchmarkHub.benchmark("tiny").dataset(cases).models("p:a")
        .provider("p", request -> new Completion(right ? "A" + request.messages().get(0).content().substring(1)
            : "no", FinishReason.STOP, Duration.ofMillis(1), Usage.of(3, 1), null))
        .judge(EQUALS_EXPECTED).setting("run-dir", dir.resolve(runDir).toString()).setting("reports", "false")
        .quiet().run();
  }

  @Test
  void reportWritesTheThreeFilesBesideTheLogAndPrintsTheTableAndTheUri() throws IOException {
    RunSummary s = run("runs", true);
    Path log = s.runLog();
    Path html = log.resolveSibling("tiny.report.html");
    assertThat(html).doesNotExist(); // the run wrote none: reports=false

    Result r = cli("report", log.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(html).isRegularFile().content(StandardCharsets.UTF_8).contains("<html").contains(s.runId());
    JsonNode json = new ObjectMapper().readTree(log.resolveSibling("tiny.summary.json").toFile());
    assertThat(json.path("runId").asText()).isEqualTo(s.runId());
    assertThat(Files.readAllLines(log.resolveSibling("tiny.trials.csv"))).hasSize(21); // header + 20 trials
    // The first line's duration is rebuilt from the log's file times, so it may differ by a tenth of a second.
    String table = s.toTable().strip();
    assertThat(r.out()).contains(table.substring(table.indexOf('\n') + 1)).contains("p:a")
        .contains(html.toUri().toString());
  }

  @Test
  void reportWritesIntoTheOutFolder() {
    RunSummary s = run("runs", true);
    Path out = dir.resolve("reports/here");

    Result r = cli("report", s.runLog().toString(), "--out", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(out.resolve("tiny.report.html")).isRegularFile();
    assertThat(out.resolve("tiny.summary.json")).isRegularFile();
    assertThat(out.resolve("tiny.trials.csv")).isRegularFile();
    assertThat(s.runLog().resolveSibling("tiny.report.html")).doesNotExist();
    assertThat(r.out()).contains(out.toAbsolutePath().resolve("tiny.report.html").toUri().toString());
  }

  @Test
  void compareFailsOnARegressionOnlyWhenAsked() throws IOException {
    RunSummary base = run("base", true);
    RunSummary cand = run("cand", false);
    Path html = dir.resolve("cmp/comparison.html");
    Path json = dir.resolve("cmp/comparison.json");

    Result r = cli("compare", base.runLog().toString(), cand.runLog().toString(), "--out", html.toString(),
        "--json", json.toString(), "--fail-on-regression");

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(BenchmarkHubCli.CHECK_FAILED);
    assertThat(r.out()).contains("comparison of tiny").contains("p:a: 0 better, 20 worse of 20 matched cases")
        .contains(html.toUri().toString());
    assertThat(r.err()).startsWith("regression: p:a got significantly worse: 20 worse, 0 better");
    assertThat(html).isRegularFile().content(StandardCharsets.UTF_8).contains(cand.runId());
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertThat(j.toString()).contains(base.runId()).contains(cand.runId()).contains("\"worse\":20");

    Result lenient = cli("compare", base.runLog().toString(), cand.runLog().toString(), "--out", html.toString());
    assertThat(lenient.exit()).as(lenient.err()).isZero();
    assertThat(lenient.out()).contains("20 worse");
  }

  @Test
  void compareOfEqualRunsIsNoRegressionAndWritesBesideTheCandidate() {
    RunSummary base = run("base", true);
    RunSummary cand = run("cand", true);

    Result r = cli("compare", base.runLog().toString(), cand.runLog().toString(), "--fail-on-regression");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("p:a: 0 better, 0 worse of 20 matched cases");
    assertThat(cand.runLog().resolveSibling("tiny.comparison.html")).isRegularFile();
  }

  @Test
  void anImprovementIsNoRegression() {
    RunSummary base = run("base", false);
    RunSummary cand = run("cand", true);

    Result r = cli("compare", base.runLog().toString(), cand.runLog().toString(), "--fail-on-regression");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("20 better, 0 worse");
  }

  @Test
  void aMissingLogIsARunProblemNamedOnOneLine() {
    Path missing = dir.resolve("nowhere/tiny.jsonl");

    Result r = cli("report", missing.toString());

    assertThat(r.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(missing.toAbsolutePath().toString()).doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).hasSize(1);

    RunSummary s = run("runs", true);
    Result c = cli("compare", s.runLog().toString(), missing.toString());
    assertThat(c.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(c.err()).contains(missing.toAbsolutePath().toString());
  }

  @Test
  void aLogWithoutItsPlanIsARunProblemNamingThePlan() throws IOException {
    RunSummary s = run("runs", true);
    Path plan = s.runLog().resolveSibling("tiny.run.json");
    Files.delete(plan);

    Result r = cli("report", s.runLog().toString());

    assertThat(r.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(r.err()).contains(plan.toString()).doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void aMalformedLineIsARunProblemNamingFileAndLine() throws IOException {
    RunSummary s = run("runs", true);
    Files.writeString(s.runLog(), "{not json\n", StandardOpenOption.APPEND);

    Result r = cli("report", s.runLog().toString());

    assertThat(r.exit()).as(r.out()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(r.err()).contains(s.runLog().toString()).doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void anUnknownOptionIsBadUsageWithTheUsageOnStderr() {
    Result r = cli("report", "x.jsonl", "--nope");

    assertThat(r.exit()).isEqualTo(BenchmarkHubCli.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Unknown option: '--nope'").contains("Usage: benchmarkhub report");

    Result none = cli();
    assertThat(none.exit()).isEqualTo(BenchmarkHubCli.USAGE);
    assertThat(none.err()).contains("Usage: benchmarkhub");

    Result missingArg = cli("compare", "only-one.jsonl");
    assertThat(missingArg.exit()).isEqualTo(BenchmarkHubCli.USAGE);
    assertThat(missingArg.err()).contains("<candidate-log>");
  }

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    Result r = cli("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("init").contains("run").contains("report").contains("compare")
        .contains("Exit codes:").contains("3   the check you asked for did not pass: a gate failed (run)");

    Result compare = cli("compare", "--help");
    assertThat(compare.exit()).isZero();
    assertThat(compare.out()).contains("--fail-on-regression").contains("Exit codes:");
  }

  @Test
  void versionIsTheLibrarys() {
    Result r = cli("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).isEqualTo("benchmarkhub " + BenchmarkHub.version());
    assertThat(List.of(BenchmarkHub.version())).doesNotContain("");
  }
}
