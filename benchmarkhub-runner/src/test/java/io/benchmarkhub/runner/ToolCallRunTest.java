package io.benchmarkhub.runner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolChoice;
import io.benchmarkhub.api.ToolDefinition;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.judge.Judges;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tool calls through a whole run: the benchmark's and the case's tools reach the request, the answer's
 * calls are graded, recorded to the cassette, replayed without a key, cached, and kept in the run log.
 */
class ToolCallRunTest {
  private static final String KEY = "sk-SENTINEL-tools-0123456789abcdef";
  private static final ToolDefinition WEATHER = ToolDefinition.of("get_weather", "Current weather in a city", """
      {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}""");
  private static final ToolDefinition TIME = ToolDefinition.of("get_time", "Current time in a timezone", """
      {"type": "object", "properties": {"timezone": {"type": "string"}}, "required": ["timezone"]}""");

  @TempDir
  Path cassettes;
  @TempDir
  Path cache;

  private WireMockServer wm;

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("""
            {"id": "chatcmpl-BbJ3nwTGvXyM1XzqP0dJ9wXkQm2aL", "object": "chat.completion", "created": 1748359200,
             "model": "gpt-4o-mini-2024-07-18",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "Checking both.",
               "tool_calls": [
                 {"id": "call_8pGqXh0DUGHa1fpkY7nBwLNi", "type": "function",
                  "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}},
                 {"id": "call_X3qT9yLr2bVmKc4dJw0EoZsA", "type": "function",
                  "function": {"name": "get_time", "arguments": "{\\"timezone\\": \\"Europe/Paris\\"}"}}],
               "refusal": null}, "logprobs": null, "finish_reason": "tool_calls"}],
             "usage": {"prompt_tokens": 118, "completion_tokens": 49, "total_tokens": 167}}
            """)));
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  private Benchmark.Builder weather(String mode, boolean withKey) {
    TestCase paris = TestCase.builder().id("paris").input("Weather and time in Paris?").tools(TIME)
        .expectedToolCalls(ToolCall.of("get_weather", Map.of("city", "Paris")),
            ToolCall.of("get_time", Map.of("timezone", "Europe/Paris")))
        .build();
    return BenchmarkHub.benchmark("weather").dataset(Dataset.of(paris)).models("openai:gpt-4o-mini")
        .tools(WEATHER).toolChoice(ToolChoice.required())
        .baseUrl("openai", wm.baseUrl() + "/v1")
        .secrets(SecretSource.of(withKey ? Map.of("OPENAI_API_KEY", KEY) : Map.of()))
        .setting("mode", mode).setting("cassette-dir", cassettes.toString()).setting("cache-dir", cache.toString())
        .judge(Judges.toolCallsF1()).judge(Judges.toolCall("get_weather").argumentsContain("{\"city\": \"Paris\"}"))
        .quiet();
  }

  @Test
  void benchmarkAndCaseToolsAreSentAndTheCallsGraded() {
    RunSummary s = weather("live", true).setting("cache", "false").run();

    wm.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
        {"tools": [{"type": "function", "function": {"name": "get_weather"}},
                   {"type": "function", "function": {"name": "get_time"}}],
         "tool_choice": "required"}
        """, false, true)));
    TrialResult t = s.trials().toList().get(0);
    assertThat(t.status()).isEqualTo(TrialStatus.PASS);
    assertThat(t.completion().text()).isEqualTo("Checking both.");
    assertThat(t.completion().toolCalls()).extracting(ToolCall::name).containsExactly("get_weather", "get_time");
    assertThat(t.verdicts().get(0).reason()).isEqualTo("F1 1.00 (precision 1.00, recall 1.00)");
  }

  @Test
  void aRecordedToolCallingAnswerReplaysWithoutARequestOrAKey() throws IOException {
    RunSummary recorded = weather("record", true).run();
    String line = Files.readString(cassettes.resolve("weather.cassette.jsonl"), StandardCharsets.UTF_8);
    assertThat(line).contains("\"toolChoice\":\"required\"").contains("\"tools\":[")
        .contains("\"toolCalls\":[{\"id\":\"call_8pGqXh0DUGHa1fpkY7nBwLNi\",\"name\":\"get_weather\","
            + "\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}");
    wm.resetRequests();

    RunSummary replayed = weather("replay", false).run();

    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    Completion c = replayed.trials().toList().get(0).completion();
    assertThat(c.origin()).isEqualTo(CompletionOrigin.REPLAY);
    assertThat(c.toolCalls()).isEqualTo(recorded.trials().toList().get(0).completion().toolCalls());
    assertThat(c.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(replayed.trials().toList().get(0).status()).isEqualTo(TrialStatus.PASS);
  }

  @Test
  void theCacheServesTheToolCallsToo() {
    weather("live", true).run();
    wm.resetRequests();
    RunSummary again = weather("live", true).run();
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    Completion c = again.trials().toList().get(0).completion();
    assertThat(c.origin()).isEqualTo(CompletionOrigin.CACHE);
    assertThat(c.toolCalls()).extracting(ToolCall::arguments)
        .containsExactly("{\"city\":\"Paris\"}", "{\"timezone\": \"Europe/Paris\"}");
  }

  @Test
  void toolsAreInTheFingerprintOnlyWhenOffered() {
    ChatRequest plain = new ChatRequest("gpt-4o-mini", List.of(Message.user("Hi")), ModelParams.defaults());
    Fingerprint before = Fingerprint.of("openai", plain, 1);
    assertThat(Fingerprint.of("openai", plain.withTools(List.of(), null), 1)).isEqualTo(before);
    assertThat(Fingerprint.of("openai", plain.withTools(List.of(WEATHER), null), 1)).isNotEqualTo(before);
    assertThat(Fingerprint.of("openai", plain.withTools(List.of(WEATHER), ToolChoice.required()), 1))
        .isNotEqualTo(Fingerprint.of("openai", plain.withTools(List.of(WEATHER), null), 1));
  }

  @Test
  void aCassetteLineWithoutToolFieldsStillReads() {
    Recording old = TestRecordings.recording("openai", "gpt-4o-mini", "Q1", 1, "A1");
    Recording read = Recording.parse(old.toJsonLine(), CompletionOrigin.REPLAY);
    assertThat(old.toJsonLine()).doesNotContain("tool");
    assertThat(read.completion().toolCalls()).isEmpty();
    assertThat(read.fingerprint()).isEqualTo(old.fingerprint());
  }

  @Test
  void theRunLogKeepsTheCasesToolsExpectedCallsAndTheAnswersCalls() {
    TestCase c = TestCase.builder().id("paris").input("Weather?").tools(WEATHER)
        .expectedToolCalls(ToolCall.of("get_weather", Map.of("city", "Paris"))).build();
    Completion answer = new Completion("", FinishReason.TOOL_CALLS, Duration.ofMillis(5), Usage.of(1, 2), null,
        CompletionOrigin.LIVE, List.of(ToolCall.of("call_1", "get_weather", "{\"city\": \"Paris\""),
            ToolCall.of("", "get_time", "{}")));
    TrialResult r = new TrialResult(0, c, "openai:gpt-4o-mini", 1, List.of(Message.user("Weather?")),
        TrialStatus.FAIL, 0.0, List.of(), answer, null);
    byte[] line = TrialJson.line(r);
    TrialResult back = TrialJson.parse(line, 0, line.length - 1);
    assertThat(back).isEqualTo(r);
    assertThat(back.completion().toolCalls().get(0).argumentsMalformed()).isTrue();
    assertThat(back.testCase().tools()).containsExactly(WEATHER);
  }
}
