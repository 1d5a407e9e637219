package io.benchmarkhub.runner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.judge.Judges;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole slice through the fluent API: a dataset, three real providers over HTTP (WireMock on
 * loopback, real wire bodies), a judge, the per-model summary and the console table; with one
 * provider answering wrongly, one failing with a 500 and one rejecting the key while echoing it.
 */
class FluentRunEndToEndTest {
  private static final String OPENAI_KEY = "sk-SENTINEL-openai-0123456789abcdef";
  private static final String ANTHROPIC_KEY = "SENTINEL-anthropic-0123456789abcdef";
  private static final String GEMINI_KEY = "AIza-SENTINEL-0123456789abcdef";

  private WireMockServer wm;

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  @Test
  void runsEveryCaseOnEveryProviderAndSummarisesEachModelWithoutLeakingAKey() throws java.io.IOException {
    for (int i = 1; i <= 3; i++) {
      wm.stubFor(post(urlPathEqualTo("/openai/v1/chat/completions")).withRequestBody(containing("capital " + i))
          .willReturn(json(200, """
              {"id":"chatcmpl-%d","object":"chat.completion","created":1732435200,"model":"gpt-4o-mini-2024-07-18",
               "choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null},"logprobs":null,"finish_reason":"stop"}],
               "usage":{"prompt_tokens":20,"completion_tokens":3,"total_tokens":23}}""".formatted(i, answer(i)))));
    }
    wm.stubFor(post(urlPathEqualTo("/anthropic/v1/messages")).withRequestBody(containing("capital 1"))
        .willReturn(json(200, """
            {"id":"msg_01","type":"message","role":"assistant","model":"claude-3-5-haiku-20241022",
             "content":[{"type":"text","text":"Paris."}],"stop_reason":"end_turn","stop_sequence":null,
             "usage":{"input_tokens":25,"output_tokens":4}}""")));
    wm.stubFor(post(urlPathEqualTo("/anthropic/v1/messages")).withRequestBody(containing("capital 2"))
        .willReturn(json(200, """
            {"id":"msg_02","type":"message","role":"assistant","model":"claude-3-5-haiku-20241022",
             "content":[{"type":"text","text":"I believe it is Bonn"}],"stop_reason":"end_turn","stop_sequence":null,
             "usage":{"input_tokens":25,"output_tokens":6}}""")));
    wm.stubFor(post(urlPathEqualTo("/anthropic/v1/messages")).withRequestBody(containing("capital 3"))
        .willReturn(json(500, """
            {"type":"error","error":{"type":"api_error","message":"Internal server error"}}""")));
    wm.stubFor(post(urlPathEqualTo("/gemini/v1beta/models/gemini-2.0-flash:generateContent"))
        .willReturn(json(401, """
            {"error":{"code":401,"message":"API key %s is not valid. Please pass a valid API key.","status":"UNAUTHENTICATED"}}"""
            .formatted(GEMINI_KEY))));

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    RunSummary s;
    try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      s = BenchmarkHub.benchmark("capitals").version("1.2.0")
          .dataset(Dataset.of(
              TestCase.builder().id("fr").input("capital 1: France").expected("Paris").build(),
              TestCase.builder().id("de").input("capital 2: Germany").expected("Berlin").build(),
              TestCase.builder().id("it").input("capital 3: Italy").expected("Rome").build()))
          .prompt(c -> "Name the " + c.input() + ". One word.")
          .model("openai:gpt-4o-mini", p -> p.withTemperature(0))
          .models("anthropic:claude-3-5-haiku-latest", "gemini:gemini-2.0-flash")
          .baseUrl("openai", wm.baseUrl() + "/openai/v1")
          .baseUrl("anthropic", wm.baseUrl() + "/anthropic")
          .baseUrl("gemini", wm.baseUrl() + "/gemini")
          .secrets(SecretSource.of(Map.of("OPENAI_API_KEY", OPENAI_KEY, "ANTHROPIC_API_KEY", ANTHROPIC_KEY,
              "GEMINI_API_KEY", GEMINI_KEY)))
          .judge(Judges.exactMatch().ignoreCase().ignorePunctuation().trim())
          .setting("cache", "false") // the test counts the requests each provider receives
          .setting("retry.max-attempts", "1") // and so does not retry the 500; ResilientProviderTest does
          .run();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }

    ModelSummary openai = s.model("openai:gpt-4o-mini");
    assertThat(openai.passed()).isEqualTo(3);
    assertThat(openai.inputTokens()).isEqualTo(60);
    assertThat(openai.outputTokens()).isEqualTo(9);
    ModelSummary claude = s.model("anthropic:claude-3-5-haiku-latest");
    assertThat(List.of(claude.passed(), claude.failed(), claude.errors())).containsExactly(1L, 1L, 1L);
    assertThat(claude.passRate()).isEqualTo(0.5);
    ModelSummary gemini = s.model("gemini:gemini-2.0-flash");
    assertThat(gemini.errors()).isEqualTo(3);
    assertThat(gemini.passRate()).isNaN();

    assertThat(s.trials()).extracting(t -> t.caseId() + " " + t.model() + " " + t.status()).containsExactly(
        "fr openai:gpt-4o-mini PASS", "fr anthropic:claude-3-5-haiku-latest PASS", "fr gemini:gemini-2.0-flash ERROR",
        "de openai:gpt-4o-mini PASS", "de anthropic:claude-3-5-haiku-latest FAIL", "de gemini:gemini-2.0-flash ERROR",
        "it openai:gpt-4o-mini PASS", "it anthropic:claude-3-5-haiku-latest ERROR", "it gemini:gemini-2.0-flash ERROR");
    TrialResult bonn = s.trials().toList().get(4);
    assertThat(bonn.verdicts().get(0).reason()).contains("Berlin").contains("I believe it is Bonn");
    assertThat(s.trials().toList().get(7).error().kind()).isEqualTo("SERVER_ERROR");
    TrialResult rejected = s.trials().toList().get(2);
    assertThat(rejected.error().kind()).isEqualTo("AUTHENTICATION");
    assertThat(rejected.error().message()).contains("GEMINI_API_KEY");

    String console = captured.toString(StandardCharsets.UTF_8);
    assertThat(console).contains("capitals 1.2.0").contains("openai:gpt-4o-mini").contains("100.0%")
        .contains("gemini:gemini-2.0-flash: 3 × provider AUTHENTICATION — first on case fr")
        .contains("anthropic:claude-3-5-haiku-latest: 1 × provider SERVER_ERROR — first on case it");

    StringBuilder everything = new StringBuilder(console).append(s).append(s.toTable());
    for (TrialResult t : s.trials()) {
      everything.append(t).append(t.error()).append(t.verdicts()).append(t.completion());
    }
    assertThat(s.runLog()).exists();
    everything.append(java.nio.file.Files.readString(s.runLog()));
    java.nio.file.Path json = RunLog.sibling(s.runLog(), ".summary.json");
    java.nio.file.Path csv = RunLog.sibling(s.runLog(), ".trials.csv");
    java.nio.file.Path html = RunLog.sibling(s.runLog(), ".report.html");
    assertThat(console).contains("report: " + html.toAbsolutePath().toUri());
    assertThat(html).content().contains("Content-Security-Policy").contains("capitals");
    everything.append(java.nio.file.Files.readString(html));
    assertThat(json).content().contains("\"schema\" : \"benchmarkhub.summary/1\"").contains("capitals");
    assertThat(java.nio.file.Files.readAllLines(csv)).hasSize(10); // a header and nine trials
    everything.append(java.nio.file.Files.readString(json)).append(java.nio.file.Files.readString(csv));
    assertThat(everything).contains("I believe it is Bonn"); // the run log holds the completions
    for (String key : List.of(OPENAI_KEY, ANTHROPIC_KEY, GEMINI_KEY)) {
      assertThat(everything.toString()).doesNotContain(key);
    }

    wm.verify(3, postRequestedFor(urlPathEqualTo("/openai/v1/chat/completions"))
        .withHeader("Authorization", equalTo("Bearer " + OPENAI_KEY))
        .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
        .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.0"))));
    wm.verify(3, postRequestedFor(urlPathEqualTo("/anthropic/v1/messages"))
        .withHeader("x-api-key", equalTo(ANTHROPIC_KEY)).withHeader("anthropic-version", equalTo("2023-06-01")));
    for (LoggedRequest r : wm.findAll(anyRequestedFor(anyUrl()))) {
      assertThat(r.getUrl()).doesNotContain(GEMINI_KEY).doesNotContain("key=");
    }
    wm.verify(3, postRequestedFor(urlPathEqualTo("/gemini/v1beta/models/gemini-2.0-flash:generateContent"))
        .withHeader("x-goog-api-key", equalTo(GEMINI_KEY)));
  }

  private static String answer(int i) {
    return switch (i) {
      case 1 -> "Paris";
      case 2 -> "Berlin";
      default -> "rome";
    };
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }
}
