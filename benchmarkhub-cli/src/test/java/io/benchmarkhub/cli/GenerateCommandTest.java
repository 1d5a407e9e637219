package io.benchmarkhub.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.TestCase;
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

/** {@code benchmarkhub generate} in both modes, its errors and exit codes; the model is WireMock on loopback. */
class GenerateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private WireMockServer wm;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  /** Runs the command with no API keys at all, whatever the environment holds. */
  private static CliRun cli(String... args) {
    return CliRun.of(SecretSource.of(Map.of()), args);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  /** An OpenAI chat completion whose answer is {@code {"cases": [...]}} of these input/expected pairs. */
  private static String completion(String... inputExpected) throws IOException {
    List<Map<String, String>> cases = new java.util.ArrayList<>();
    for (int i = 0; i < inputExpected.length; i += 2) {
      cases.add(Map.of("input", inputExpected[i], "expected", inputExpected[i + 1]));
    }
    String content = JSON.writeValueAsString(Map.of("cases", cases));
    return """
        {"id": "chatcmpl-Cq81", "object": "chat.completion", "created": 1764500000, "model": "qwen2.5-7b-instruct",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": %s}, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": 380, "completion_tokens": 120, "total_tokens": 500}}
        """.formatted(JSON.writeValueAsString(content));
  }

  private void answer(int request, String body) {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing("This is request " + request + " "))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
  }

  private String[] llmArgs(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("generate", "--domain", "questions about a bike shop's repairs",
        "--concepts", "brakes", "--difficulties", "easy", "--task-type", "qa", "--count", "4", "--per-request", "2",
        "--edge-share", "0", "--model", "openai-compatible:qwen2.5-7b-instruct", "--quiet",
        "-s", "openai-compatible.base-url=" + wm.baseUrl() + "/v1", "-s", "run-dir=" + dir.resolve("runs"),
        "-s", "cache=false", "-s", "retry.initial-backoff=5"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void templateModeWritesTheExpandedCases() throws IOException {
    Path spec = write("spec.yaml", """
        idPrefix: tyre
        template:
          input: "What pressure suits a {{width}} mm tyre for a {{rider}} rider?"
          difficulty: easy
        values:
          width: [25, 28]
          rider: [light, heavy]
        """);
    Path out = dir.resolve("cases.jsonl");

    CliRun r = cli("generate", "--template", spec.toString(), "--out", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote 4 cases to " + out);
    List<TestCase> cases = Dataset.jsonl(out).toList();
    assertThat(cases).extracting(TestCase::id).containsExactly("tyre-0001", "tyre-0002", "tyre-0003", "tyre-0004");
    assertThat(cases.get(3).input()).isEqualTo("What pressure suits a 28 mm tyre for a heavy rider?");
  }

  @Test
  void aTemplateErrorIsOneStderrLineNamingTheFileAndLineWithExitCode1() throws IOException {
    Path spec = write("spec.yaml", "template:\n  input: \"{{bike}} repair\"\n  expected: \"{{price}}\"\nvalues:\n  bike: [road]\n");

    CliRun r = cli("generate", "--template", spec.toString(), "--out", dir.resolve("x.jsonl").toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("generate: " + spec + ":3: placeholder {{price}} has no values: give it "
        + "a value list or a CSV column named 'price'");
    assertThat(dir.resolve("x.jsonl")).doesNotExist();
  }

  @Test
  void modelModeWritesTheCasesAndTheReport() throws IOException {
    answer(1, completion("How often should brake pads be checked on a commuter bike?", "every 3 months",
        "What does a spongy brake lever usually mean?", "air in the hydraulic line"));
    answer(2, completion("Can rim brakes be fitted to a frame made for disc brakes?", "only with brake bosses",
        "Why do new brake pads squeal for the first few rides?", "they are bedding in"));
    Path out = dir.resolve("brakes.jsonl");
    Path report = dir.resolve("brakes.report.json");

    CliRun r = cli(llmArgs("--out", out.toString(), "--report", report.toString()));

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("4 of 4 cases").contains("brakes/easy").contains("wrote 4 cases to " + out);
    List<TestCase> cases = Dataset.jsonl(out).toList();
    assertThat(cases).extracting(TestCase::id).containsExactly("brakes-0001", "brakes-0002", "brakes-0003", "brakes-0004");
    assertThat(cases).allSatisfy(c -> assertThat(c.metadata())
        .containsEntry("generator", "openai-compatible:qwen2.5-7b-instruct").containsEntry("concept", "brakes"));
    JsonNode json = JSON.readTree(report.toFile());
    assertThat(json.path("accepted").asInt()).isEqualTo(4);
    assertThat(json.path("requests").asInt()).isEqualTo(2);
    assertThat(json.path("inputTokens").asLong()).isEqualTo(760);
  }

  @Test
  void appendToRejectsNearDuplicatesOfTheExistingCasesAndFailOnShortfallExitsWith3() throws IOException {
    Path existing = write("existing.jsonl", "{\"id\": \"brakes-0001\", \"input\": \"How often should brake pads be "
        + "checked on a commuter bike?\", \"expected\": \"every 3 months\"}\n");
    answer(1, completion("How often should brake pads be checked on a commuter bike?", "every 3 months",
        "What does a spongy brake lever usually mean?", "air in the hydraulic line"));
    answer(2, completion("Can rim brakes be fitted to a frame made for disc brakes?", "only with brake bosses",
        "Why do new brake pads squeal for the first few rides?", "they are bedding in"));
    answer(3, "{\"error\": \"not a completion\"}");

    CliRun r = cli(llmArgs("--append-to", existing.toString(), "--name", "brakes", "--top-ups", "1",
        "--fail-on-shortfall"));

    assertThat(r.exit()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).contains("3 of 4 cases").contains("1 near duplicates").contains("appended 3 cases to ");
    assertThat(Dataset.jsonl(existing).toList()).extracting(TestCase::id)
        .containsExactly("brakes-0001", "brakes-0002", "brakes-0003", "brakes-0004");
  }

  @Test
  void aMissingKeyIsExitCode1NamingTheVariable() {
    CliRun r = cli("generate", "--domain", "bike repairs", "--count", "5", "--model", "openai:gpt-4o-mini",
        "--quiet", "-s", "run-dir=" + dir.resolve("runs"), "--out", dir.resolve("x.jsonl").toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("generate: ").contains("OPENAI_API_KEY");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void conflictingOrMissingOptionsAreUsageErrors() {
    CliRun both = cli("generate", "--template", "a.yaml", "--domain", "x", "--out", "o.jsonl");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("give one of --template SPEC, --domain TEXT (with --model and --count) or "
        + "--counterfactuals-of DATASET, not several");

    CliRun noModel = cli("generate", "--domain", "bike repairs", "--count", "5", "--out", "o.jsonl");
    assertThat(noModel.exit()).isEqualTo(2);
    assertThat(noModel.err()).contains("--model PROVIDER:MODEL (the generator; there is no default)");

    CliRun noOut = cli("generate", "--template", "a.yaml");
    assertThat(noOut.exit()).isEqualTo(2);

    CliRun badShare = cli("generate", "--domain", "x", "--count", "5", "--model", "openai:gpt-4o-mini",
        "--edge-share", "1.5", "--out", "o.jsonl");
    assertThat(badShare.exit()).as(badShare.err()).isEqualTo(2);
    assertThat(badShare.err()).contains("edge share must be within [0, 1), was 1.5");
  }

  @Test
  void counterfactualTwinsAreAppendedOnceWithTheirLineage() throws IOException {
    Path cases = write("loans.jsonl", """
        {"id": "l1", "input": "Mr Smith says he earns 40,000 a year. Should his loan be approved?", "expected": "yes"}
        {"id": "l2", "input": "The applicant earns 40,000 a year. Should the loan be approved?", "expected": "yes"}
        """);

    CliRun r = cli("generate", "--counterfactuals-of", cases.toString(), "--append-to", cases.toString());

    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out()).contains("appended 1 cases to " + cases);
    List<TestCase> all = Dataset.jsonl(cases).toList();
    assertThat(all).extracting(TestCase::id).containsExactly("l1", "l2", "l1~cf");
    assertThat(all.get(2).input()).isEqualTo("Ms Smith says she earns 40,000 a year. Should her loan be approved?");
    assertThat(all.get(2).metadata()).containsEntry("counterfactualOf", "l1");
    assertThat(all.get(2).expected()).hasValue("yes");

    CliRun again = cli("generate", "--counterfactuals-of", cases.toString(), "--append-to", cases.toString());
    assertThat(again.exit()).as(again.all()).isZero();
    assertThat(again.out()).contains("1 twins are already in " + cases + ", left out").contains("appended 0 cases");
    assertThat(Dataset.jsonl(cases).toList()).hasSize(3);
  }

  @Test
  void helpListsBothModesAndTheExitCodes() {
    CliRun r = cli("generate", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--template").contains("--domain").contains("--append-to").contains("--edge-share")
        .contains("3   with --fail-on-shortfall");
  }
}
