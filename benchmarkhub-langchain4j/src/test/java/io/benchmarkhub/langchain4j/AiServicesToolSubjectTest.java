package io.benchmarkhub.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.service.AiServices;
import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.Subject;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agent: a LangChain4j {@code AiServices} assistant with a {@code @Tool} method, evaluated as the subject
 * through the runner and its real {@code openai} provider on WireMock (loopback). The model first calls the
 * tool, then answers after seeing its result; both calls are recorded, then replayed offline.
 */
class AiServicesToolSubjectTest {
  private static final String KEY = "sk-SENTINEL-lc4j-tools-0123456789";
  private static final String QUESTION = "Should I take an umbrella in Paris today?";
  private static final String ANSWER = "No umbrella needed: it is sunny and 18 degrees in Paris.";

  /** The user's assistant under test. */
  interface WeatherAssistant {
    String chat(String question);
  }

  /** The user's tool: the assistant runs it when the model asks. */
  static class WeatherTools {
    @Tool("Current weather in a city")
    String getWeather(@P(name = "city", value = "City name, e.g. Paris") String city) {
      return "{\"city\": \"" + city + "\", \"sky\": \"sunny\", \"celsius\": 18}";
    }
  }

  static final Subject AGENT = (c, model) -> AiServices.builder(WeatherAssistant.class)
      .chatModel(LangChain4jModels.chatModel(model)).tools(new WeatherTools()).build()
      .chat(c.input());

  private static final Judge NO_UMBRELLA = Judge.named("no-umbrella", (c, out) ->
      out.text().contains("No umbrella") ? Verdict.pass() : Verdict.fail("was " + out.text()));

  private static final String PARAMETER = "city";
  private static final String ARGUMENTS = "{\"" + PARAMETER + "\":\"Paris\"}";

  @TempDir
  Path cassettes;
  @TempDir
  Path cache;

  private WireMockServer wm;

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(1)
        .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
        .willReturn(json(OpenAiBodies.completion(ANSWER, 131, 17))));
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(2)
        .willReturn(json(OpenAiBodies.toolCall("call_Qm7tV2pLx9sKd3", "getWeather", ARGUMENTS, 84, 18))));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  @AfterEach
  void stop() {
    if (wm.isRunning()) {
      wm.stop();
    }
  }

  private Benchmark.Builder benchmark(String mode, boolean withKey) {
    return BenchmarkHub.benchmark("weather-agent")
        .dataset(Dataset.of(List.of(TestCase.builder().id("umbrella").input(QUESTION).build())))
        .subject(AGENT).models("openai:gpt-4o-mini").baseUrl("openai", wm.baseUrl() + "/v1")
        .secrets(SecretSource.of(withKey ? Map.of("OPENAI_API_KEY", KEY) : Map.of()))
        .setting("mode", mode).setting("cassette-dir", cassettes.toString()).setting("cache-dir", cache.toString())
        .judge(NO_UMBRELLA).quiet();
  }

  private int requests() {
    return wm.findAll(anyRequestedFor(anyUrl())).size();
  }

  @Test
  void theToolLoopRunsThroughTheHandleIsRecordedAndReplaysOffline() throws IOException {
    RunSummary recorded = benchmark("record", true).run();

    assertThat(requests()).as("the tool call, then the answer").isEqualTo(2);
    String tool = """
        {"type": "function", "function": {"name": "getWeather", "description": "Current weather in a city",
          "parameters": {"type": "object", "properties": {"%s": {"type": "string",
            "description": "City name, e.g. Paris"}}, "required": ["%s"]}}}""".formatted(PARAMETER, PARAMETER);
    wm.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
        {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "%s"}], "tools": [%s]}
        """.formatted(QUESTION, tool), false, false)));
    wm.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
        {"model": "gpt-4o-mini",
         "messages": [
           {"role": "user", "content": "%s"},
           {"role": "assistant", "content": null, "tool_calls": [{"id": "call_Qm7tV2pLx9sKd3", "type": "function",
             "function": {"name": "getWeather", "arguments": "%s"}}]},
           {"role": "tool", "tool_call_id": "call_Qm7tV2pLx9sKd3",
            "content": "{\\"city\\": \\"Paris\\", \\"sky\\": \\"sunny\\", \\"celsius\\": 18}"}],
         "tools": [%s]}
        """.formatted(QUESTION, ARGUMENTS.replace("\"", "\\\""), tool), false, false)));
    TrialResult trial = recorded.trials().stream().findFirst().orElseThrow();
    assertThat(trial.status()).isEqualTo(TrialStatus.PASS);
    assertThat(trial.completion().text()).isEqualTo(ANSWER);
    assertThat(trial.completion().origin()).isEqualTo(CompletionOrigin.LIVE);
    assertThat(trial.completion().usage().inputTokens()).as("both calls summed").isEqualTo(84 + 131);
    assertThat(trial.completion().usage().outputTokens()).isEqualTo(18 + 17);
    List<String> lines = Files.readAllLines(cassettes.resolve("weather-agent.cassette.jsonl"));
    assertThat(lines).hasSize(2);
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"toolCallId\":\"call_Qm7tV2pLx9sKd3\"")
        .contains("\"toolName\":\"getWeather\""));

    wm.resetRequests();
    RunSummary replayed = benchmark("replay", false).run();

    assertThat(requests()).isZero();
    TrialResult again = replayed.trials().stream().findFirst().orElseThrow();
    assertThat(again.status()).isEqualTo(TrialStatus.PASS);
    assertThat(again.completion().origin()).isEqualTo(CompletionOrigin.REPLAY);
    assertThat(again.completion().text()).isEqualTo(ANSWER);
    assertThat(again.completion().usage()).isEqualTo(trial.completion().usage());
  }
}
