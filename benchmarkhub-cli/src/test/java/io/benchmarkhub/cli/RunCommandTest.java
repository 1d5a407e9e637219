package io.benchmarkhub.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.benchmarkhub.api.SecretSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmarkhub run} on benchmark files, against an OpenAI-format server on loopback (WireMock). */
class RunCommandTest {
  private static final String KEY = "sk-SENTINEL-run-0123456789abcdef";
  private static final SecretSource KEYS = SecretSource.of(Map.of("OPENAI_API_KEY", KEY));
  /** Each case's message and the right intent. */
  private static final Map<String, String> CASES = Map.of(
      "charged twice for order 88", "refund",
      "parcel has not moved since Monday", "shipping",
      "reset email never arrives", "account",
      "stop my subscription", "cancel",
      "sofa in green", "other",
      "refund for the cracked jug", "refund");

  @TempDir
  Path dir;

  private WireMockServer wm;

  @BeforeEach
  void start() throws IOException {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    StringBuilder jsonl = new StringBuilder();
    int i = 0;
    for (Map.Entry<String, String> c : CASES.entrySet()) {
      jsonl.append("{\"id\": \"c").append(++i).append("\", \"input\": \"Hello, ").append(c.getKey())
          .append(".\", \"expected\": \"").append(c.getValue()).append("\"}\n");
    }
    Files.writeString(dir.resolve("intents.jsonl"), jsonl);
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  /** Makes {@code model} answer every case right, or {@code wrongFrom} on for the cases after the first {@code right}. */
  private void answers(String model, int right) {
    int i = 0;
    for (Map.Entry<String, String> c : CASES.entrySet()) {
      String answer = i++ < right ? c.getValue() : "other-" + c.getValue();
      wm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
          .withRequestBody(matchingJsonPath("$.model", equalTo(model)))
          .withRequestBody(containing(c.getKey()))
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
              {"id":"chatcmpl-%d","object":"chat.completion","created":1732435200,"model":"%s-2024-07-18",
               "choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null},"logprobs":null,
               "finish_reason":"stop"}],"usage":{"prompt_tokens":41,"completion_tokens":2,"total_tokens":43}}"""
              .formatted(i, model, answer))));
    }
  }

  private Path benchmark(String gates) throws IOException {
    return Files.writeString(dir.resolve("intents.benchmark.yaml"), """
        name: intents
        version: 1.2.0
        taskType: classification
        dataset: intents.jsonl
        labels: [refund, shipping, account, cancel, other]
        prompt: |
          Classify the intent as refund, shipping, account, cancel or other. Answer with the intent only.
          Message: {{input}}
        models:
          - id: openai:gpt-4o-mini
            temperature: 0
          - id: openai:gpt-4.1-nano
            label: nano
        judges:
          - exact: { ignoreCase: true, trim: true }
        """ + gates);
  }

  private CliRun run(SecretSource keys, Path file, String... more) {
    String[] args = new String[more.length + 11];
    String[] base = {"run", file.toString(), "--out", dir.resolve("runs").toString(),
        "--set", "openai.base-url=" + wm.baseUrl() + "/v1", "--set", "cache=false", "--set", "retry.max-attempts=1",
        "--mode=live"};
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(keys, args);
  }

  @Test
  void gatesThatHoldExitZeroAndAKnownFailingModelIsReportedNotFailing() throws IOException {
    answers("gpt-4o-mini", 6);
    answers("gpt-4.1-nano", 2);
    Path file = benchmark("gates: { passRate: 0.5, knownFailing: [nano] }\n");

    CliRun r = run(KEYS, file, "--run-id", "first");

    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out()).contains("intents 1.2.0 · run first").contains("openai:gpt-4o-mini").contains("nano")
        .contains("report: file:")
        .contains("gate pass-rate ≥ 0.5 (95% lower bound) [openai:gpt-4o-mini] passed")
        .contains("gate pass-rate ≥ 0.5 (95% lower bound) [nano] failed, as declared in gates.knownFailing: "
            + "pass rate of nano 0.33 (95% CI 0.10–0.70, 2 of 6 graded) lower bound 0.10 < 0.50");
    assertThat(dir.resolve("runs/first/intents.jsonl")).isRegularFile();
    assertThat(dir.resolve("runs/first/intents.report.html")).isRegularFile();
    assertThat(r.all()).doesNotContain(KEY);
  }

  @Test
  void aFailedGateExitsThreeAndPrintsTheViolation() throws IOException {
    answers("gpt-4o-mini", 3);
    answers("gpt-4.1-nano", 6);
    Path file = benchmark("gates: { passRate: 0.5 }\n");

    CliRun r = run(KEYS, file);

    assertThat(r.exit()).as(r.all()).isEqualTo(BenchmarkHubCli.CHECK_FAILED);
    assertThat(r.out()).contains("gate pass-rate ≥ 0.5 (95% lower bound) [openai:gpt-4o-mini] failed: pass rate of "
        + "openai:gpt-4o-mini 0.50 (95% CI 0.19–0.81, 3 of 6 graded) lower bound 0.19 < 0.50")
        .contains("gate pass-rate ≥ 0.5 (95% lower bound) [nano] passed");
    assertThat(r.err()).contains("run: 1 of 2 gates failed for " + file);
  }

  @Test
  void modelsAndLimitReplaceTheFilesAndWithoutGatesTheRunExitsZero() throws IOException {
    answers("gpt-4.1-nano", 6);
    Path file = benchmark("");

    CliRun r = run(KEYS, file, "--models", "nano", "--limit", "2", "--run-id", "two");

    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out()).contains("2 trials").contains("nano").doesNotContain("openai:gpt-4o-mini");
    assertThat(Files.readAllLines(dir.resolve("runs/two/intents.jsonl"))).hasSize(2);
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void aMissingKeyStopsTheRunNamingTheVariableBeforeAnyRequest() throws IOException {
    Path file = benchmark("gates: { passRate: 0.5 }\n");

    CliRun r = run(SecretSource.of(Map.of()), file);

    assertThat(r.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(r.err()).startsWith("run: ").contains("OPENAI_API_KEY");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void aRejectedKeyIsNeverPrintedEvenWhenTheProviderEchoesIt() throws IOException {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("""
            {"error":{"message":"Incorrect API key provided: %s.","type":"invalid_request_error","param":null,
             "code":"invalid_api_key"}}""".formatted(KEY))));
    Path file = benchmark("gates: { passRate: 0.5 }\n");

    CliRun r = run(KEYS, file, "--limit", "1");

    assertThat(r.exit()).as(r.all()).isEqualTo(BenchmarkHubCli.CHECK_FAILED);
    assertThat(r.out()).contains("AUTHENTICATION").contains("pass rate of openai:gpt-4o-mini is undefined: "
        + "no graded trials (1 trial, 1 error)");
    assertThat(r.all()).doesNotContain(KEY).doesNotContain("0123456789abcdef");
  }

  @Test
  void aMalformedFileIsOneLineNamingFileAndLine() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "name: x\ntaskType: [classification\nmodels: []\n");

    CliRun r = run(KEYS, file);

    assertThat(r.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(r.err()).startsWith("run: " + file + ":3:").contains("not valid YAML");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void anUnknownJudgeAndAMissingDatasetAreNamedAtTheirLine() throws IOException {
    Path file = benchmark("");
    Files.writeString(file, Files.readString(file).replace("- exact:", "- exactly:"));
    CliRun judge = run(KEYS, file);
    assertThat(judge.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(judge.err()).startsWith("run: " + file + ":15:5: judges[0]: unknown judge 'exactly'; known judges: "
        + "exact, contains,");

    Files.writeString(file, Files.readString(file).replace("- exactly:", "- exact:")
        .replace("dataset: intents.jsonl", "dataset: data/intents.jsonl"));
    CliRun dataset = run(KEYS, file);
    assertThat(dataset.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(dataset.err()).isEqualTo("run: " + file + ":4:10: dataset: dataset file "
        + dir.resolve("data/intents.jsonl") + " not found (a path is relative to the benchmark file's folder)"
        + System.lineSeparator());
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void badUsageExitsTwo() throws IOException {
    Path file = benchmark("");
    assertThat(CliRun.of(KEYS, "run").exit()).isEqualTo(BenchmarkHubCli.USAGE);
    CliRun mode = CliRun.of(KEYS, "run", file.toString(), "--mode", "fast");
    assertThat(mode.exit()).isEqualTo(BenchmarkHubCli.USAGE);
    assertThat(mode.err()).contains("auto, live, record, replay");
    assertThat(CliRun.of(KEYS, "run", file.toString(), "--limit", "0").err()).contains("--limit must be 1 or more");
    assertThat(CliRun.of(KEYS, "run", "--help").out()).contains("--models").contains("Exit codes:")
        .contains("3   a gate failed");
  }
}
