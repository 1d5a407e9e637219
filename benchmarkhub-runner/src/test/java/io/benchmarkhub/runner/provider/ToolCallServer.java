package io.benchmarkhub.runner.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderFactory;
import io.benchmarkhub.api.ToolChoice;
import io.benchmarkhub.api.ToolDefinition;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.ToolCall;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the tool-call tests of one provider: WireMock on loopback, the two tools every test offers
 * ({@code get_weather(city, unit)} and {@code get_time(timezone)}) and a request offering them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ToolCallServer {
  static final String KEY = "sk-test-tools-0123456789";

  /** The weather tool's parameters, as sent. */
  static final String WEATHER_SCHEMA = """
      {"type": "object", "properties": {"city": {"type": "string", "description": "City name, e.g. Paris"},
       "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["city"]}""";
  static final String TIME_SCHEMA = """
      {"type": "object", "properties": {"timezone": {"type": "string"}}, "required": ["timezone"]}""";
  static final ToolDefinition WEATHER = ToolDefinition.of("get_weather", "Current weather in a city", WEATHER_SCHEMA);
  static final ToolDefinition TIME = ToolDefinition.of("get_time", "Current time in a timezone", TIME_SCHEMA);

  WireMockServer wm;

  @BeforeAll
  void startServer() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
  }

  @AfterAll
  void stopServer() {
    wm.stop();
  }

  @BeforeEach
  void resetServer() {
    wm.resetAll();
  }

  abstract ProviderFactory factory();

  abstract String keyVariable();

  abstract String model();

  abstract String requestPath();

  Provider provider() {
    return factory().create(TestContext.of(factory().id()).setting("base-url", wm.baseUrl())
        .secret(keyVariable(), KEY));
  }

  /** {@return a request asking about Paris that offers both tools, with this choice (null for none)} */
  ChatRequest request(ToolChoice choice) {
    return new ChatRequest(model(), List.of(Message.user("What's the weather and the time in Paris?")),
        ModelParams.defaults().withTemperature(0)).withTools(List.of(WEATHER, TIME), choice);
  }

  /** The weather tool's result, a JSON object. */
  static final String WEATHER_RESULT = "{\"temperature\": 18, \"unit\": \"celsius\"}";
  /** The time tool's result, plain text. */
  static final String TIME_RESULT = "14:05";

  /**
   * {@return the request of the loop's second step}: the question, the model's turn with the calls it
   * made in {@code first}, and one result per call (the weather's a JSON object, the time's plain text)
   */
  ChatRequest followUp(Completion first) {
    List<Message> conversation = new ArrayList<>();
    conversation.add(Message.user("What's the weather and the time in Paris?"));
    conversation.add(Message.assistant(first.text(), first.toolCalls()));
    for (ToolCall call : first.toolCalls()) {
      conversation.add(Message.toolResult(call.id(), call.name(),
          call.name().equals("get_weather") ? WEATHER_RESULT : TIME_RESULT));
    }
    return new ChatRequest(model(), conversation, ModelParams.defaults().withTemperature(0))
        .withTools(List.of(WEATHER, TIME), null);
  }

  void answer(String body) {
    wm.stubFor(post(urlPathEqualTo(requestPath())).willReturn(
        aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
  }
}
