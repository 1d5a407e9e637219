package io.benchmarkhub.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.benchmarkhub.api.SecretSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmarkhub validate} on datasets and benchmark files, with reference runs against WireMock. */
class ValidateCommandTest {
  private static final String KEY = "sk-SENTINEL-validate-0123456789abcdef";
  private static final SecretSource KEYS = SecretSource.of(Map.of("OPENAI_API_KEY", KEY));
  private static final List<String[]> CASES = List.of(
      new String[] {"c1", "I was charged twice for order 88, please send the money back", "refund", "billing", "easy"},
      new String[] {"c2", "The parcel has not moved since Monday, where is it", "shipping", "delivery", "easy"},
      new String[] {"c3", "The reset email for my password never arrives", "account", "login", "easy"},
      new String[] {"c4", "Please stop my subscription at the end of this month", "cancel", "billing", "medium"},
      new String[] {"c5", "Do you sell the corner sofa in green as well", "other", "delivery", "medium"},
      new String[] {"c6", "The jug arrived cracked and I would rather have my money than a new one", "refund",
          "delivery", "hard"},
      new String[] {"c7", "My tracking page says delivered but nothing is at the door", "shipping", "delivery",
          "hard"},
      new String[] {"c8", "Two-factor codes stopped reaching my new phone number", "account", "login", "hard"});

  @TempDir
  Path dir;

  private WireMockServer wm;

  @BeforeEach
  void start() throws IOException {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    StringBuilder jsonl = new StringBuilder();
    for (String[] c : CASES) {
      jsonl.append("{\"id\": \"").append(c[0]).append("\", \"input\": \"").append(c[1]).append("\", \"expected\": \"")
          .append(c[2]).append("\", \"difficulty\": \"").append(c[4]).append("\", \"metadata\": {\"concept\": \"")
          .append(c[3]).append("\"}}\n");
    }
    Files.writeString(dir.resolve("intents.jsonl"), jsonl);
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  private Path benchmarkFile() throws IOException {
    return Files.writeString(dir.resolve("intents.benchmark.yaml"), """
        name: intents
        version: 1.0.0
        taskType: classification
        dataset: intents.jsonl
        concepts: [billing, delivery, login]
        difficulties: [easy, medium, hard]
        labels: [refund, shipping, account, cancel, other]
        prompt: |
          Classify the intent as refund, shipping, account, cancel or other. Answer with the intent only.
          Message: {{input}}
        models:
          - openai:gpt-4o-mini
          - openai:gpt-4.1-nano
          - openai:gpt-4.1-mini
        judges:
          - exact: { ignoreCase: true, trim: true }
        """);
  }

  /** The model answers the first {@code right} cases right and the rest wrong. */
  private void answers(String model, int right) {
    for (int i = 0; i < CASES.size(); i++) {
      String[] c = CASES.get(i);
      String answer = i < right ? c[2] : "other-" + c[2];
      wm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
          .withRequestBody(matchingJsonPath("$.model", equalTo(model)))
          .withRequestBody(containing(c[1]))
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
              {"id":"chatcmpl-%d","object":"chat.completion","created":1732435200,"model":"%s",
               "choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null},"logprobs":null,
               "finish_reason":"stop"}],"usage":{"prompt_tokens":41,"completion_tokens":2,"total_tokens":43}}"""
              .formatted(i, model, answer))));
    }
  }

  @Test
  void aDatasetWithDefectsFailsTheBarAndTheReportsAreWritten() throws IOException {
    Path data = Files.writeString(dir.resolve("faulty.jsonl"), """
        {"id": "a", "input": "I was charged twice for order 88, please send the money back", "expected": "refund"}
        {"id": "b", "input": "I was charged twice for order 88, please send the money back", "expected": "refund"}
        {"id": "c", "input": "Where is my parcel, tracking has not moved", "expected": "TODO"}
        {"id": "d", "input": "Please stop my subscription", "expected": "cancel"}
        """);
    Path out = dir.resolve("reports");

    CliRun r = CliRun.of(KEYS, "validate", data.toString(), "--task-type", "classification", "--out", out.toString());

    assertThat(r.exit()).as(r.all()).isEqualTo(BenchmarkHubCli.CHECK_FAILED);
    assertThat(r.out()).contains("exact-duplicates").contains("empty-expected").contains("faulty.jsonl:2")
        .contains("report:  file:");
    assertThat(r.err()).contains("validate: checks failed: ").contains("exact-duplicates").contains("empty-expected");
    assertThat(out.resolve("faulty.validation.html")).isRegularFile();
    JsonNode json = new ObjectMapper().readTree(out.resolve("faulty.validation.json").toFile());
    assertThat(json.path("schema").asText()).isEqualTo("benchmarkhub.validation/1");
    assertThat(json.path("caseCount").asInt()).isEqualTo(4);

    CliRun lenient = CliRun.of(KEYS, "validate", data.toString(), "--task-type", "classification", "--out",
        out.toString(), "--fail-on", "never", "--json");
    assertThat(lenient.exit()).as(lenient.all()).isZero();
    assertThat(new ObjectMapper().readTree(lenient.out()).path("schema").asText())
        .isEqualTo("benchmarkhub.validation/1");
  }

  @Test
  void aBenchmarkFileGivesTheDesignAndItsRunIsTheReference() throws IOException {
    answers("gpt-4o-mini", 8);
    answers("gpt-4.1-nano", 3);
    answers("gpt-4.1-mini", 6);
    Path file = benchmarkFile();

    CliRun r = CliRun.of(KEYS, "validate", file.toString(), "--run-references", "--mode", "live",
        "--set", "openai.base-url=" + wm.baseUrl() + "/v1", "--set", "cache=false",
        "--set", "run-dir=" + dir.resolve("runs"),
        "--fail-on", "never", "--min-score", "1", "--out", dir.resolve("v").toString());

    assertThat(r.exit()).as(r.all()).isZero();
    JsonNode json = new ObjectMapper().readTree(dir.resolve("v/intents.validation.json").toFile());
    assertThat(json.path("referenceModels").toString())
        .contains("openai:gpt-4o-mini", "openai:gpt-4.1-nano", "openai:gpt-4.1-mini");
    JsonNode checks = json.path("checks");
    assertThat(status(checks, "concept-coverage")).isNotEqualTo("not_applicable");
    // The cases got harder as declared: easy ones passed by all three models, hard ones by one.
    assertThat(status(checks, "difficulty-calibration")).isEqualTo("pass");
    assertThat(status(checks, "reliability")).isNotEqualTo("not_applicable");
    assertThat(r.all()).doesNotContain(KEY);
    assertThat(wm.getAllServeEvents()).hasSize(24);
  }

  @Test
  void aReferenceRunLogIsReadAndTheReportGoesBesideIt() throws IOException {
    answers("gpt-4o-mini", 8);
    answers("gpt-4.1-nano", 3);
    answers("gpt-4.1-mini", 6);
    Path file = benchmarkFile();
    CliRun run = CliRun.of(KEYS, "run", file.toString(), "--out", dir.resolve("runs").toString(), "--run-id", "ref",
        "--set", "openai.base-url=" + wm.baseUrl() + "/v1", "--set", "cache=false", "--mode=live");
    assertThat(run.exit()).as(run.all()).isZero();
    Path log = dir.resolve("runs/ref/intents.jsonl");

    CliRun r = CliRun.of(KEYS, "validate", file.toString(), "--reference", log.toString(), "--fail-on", "never");

    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(dir.resolve("runs/ref/intents.validation.html")).isRegularFile();
    assertThat(dir.resolve("runs/ref/intents.validation.json")).isRegularFile();
    assertThat(r.out()).contains("difficulty-calibration");
  }

  @Test
  void aJsonBenchmarkFileIsToldFromAJsonDatasetByItsShape() throws IOException {
    Path file = Files.writeString(dir.resolve("intents.benchmark.json"), """
        {"name": "intents-json", "taskType": "classification", "dataset": "intents.jsonl",
         "concepts": ["billing", "delivery", "login"], "labels": ["refund", "shipping", "account", "cancel", "other"],
         "prompt": "Classify: {{input}}", "models": ["openai:gpt-4o-mini"], "judges": ["exact"]}
        """);
    Path dataset = Files.writeString(dir.resolve("cases.json"), """
        [{"id": "a", "input": "Where is my parcel?", "expected": "shipping"}]
        """);

    CliRun asFile = CliRun.of(KEYS, "validate", file.toString(), "--fail-on", "never", "--json",
        "--out", dir.resolve("v").toString());
    CliRun asDataset = CliRun.of(KEYS, "validate", dataset.toString(), "--fail-on", "never", "--json",
        "--out", dir.resolve("v").toString());

    assertThat(asFile.exit()).as(asFile.all()).isZero();
    JsonNode fromFile = new ObjectMapper().readTree(asFile.out());
    assertThat(fromFile.path("caseCount").asInt()).isEqualTo(8);
    assertThat(fromFile.path("design").path("taskType").asText()).isEqualTo("classification");
    assertThat(dir.resolve("v/intents-json.validation.html")).isRegularFile();
    assertThat(asDataset.exit()).as(asDataset.all()).isZero();
    assertThat(new ObjectMapper().readTree(asDataset.out()).path("caseCount").asInt()).isEqualTo(1);
  }

  @Test
  void aScoreUnderTheMinimumExitsThree() throws IOException {
    Path file = benchmarkFile();
    CliRun r = CliRun.of(KEYS, "validate", file.toString(), "--fail-on", "never", "--min-score", "100",
        "--out", dir.resolve("v").toString());
    assertThat(r.exit()).as(r.all()).isEqualTo(BenchmarkHubCli.CHECK_FAILED);
    assertThat(r.err()).containsPattern("quality score \\d+\\.\\d is below --min-score 100");
  }

  @Test
  void problemsNameTheFileAndLineAndBadUsageExitsTwo() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), """
        {"id": "a", "input": "fine", "expected": "x"}
        {"id": "b", "input": "broken", "expected": }
        """);
    CliRun malformed = CliRun.of(KEYS, "validate", bad.toString());
    assertThat(malformed.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(malformed.err()).contains("bad.jsonl:2");

    CliRun missing = CliRun.of(KEYS, "validate", dir.resolve("nope.jsonl").toString());
    assertThat(missing.exit()).isEqualTo(BenchmarkHubCli.RUN_PROBLEM);
    assertThat(missing.err()).contains("nope.jsonl");

    CliRun failOn = CliRun.of(KEYS, "validate", bad.toString(), "--fail-on", "sometimes");
    assertThat(failOn.exit()).isEqualTo(BenchmarkHubCli.USAGE);
    assertThat(failOn.err()).contains("--fail-on must be fail, warn or never");

    CliRun runOnDataset = CliRun.of(KEYS, "validate", dir.resolve("intents.jsonl").toString(), "--run-references");
    assertThat(runOnDataset.exit()).isEqualTo(BenchmarkHubCli.USAGE);
    assertThat(runOnDataset.err()).contains("--run-references needs a benchmark file");

    CliRun taskType = CliRun.of(KEYS, "validate", dir.resolve("intents.jsonl").toString(), "--task-type", "poetry");
    assertThat(taskType.exit()).isEqualTo(BenchmarkHubCli.USAGE);
    assertThat(taskType.err()).contains("unknown task type 'poetry'");
  }

  private static String status(JsonNode checks, String id) {
    for (JsonNode c : checks) {
      if (c.path("id").asText().equals(id)) {
        return c.path("status").asText();
      }
    }
    throw new AssertionError("no check " + id + " in " + checks);
  }
}
