package io.benchmarkhub.runner.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.ProviderFactory;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolChoice;
import org.junit.jupiter.api.Test;

/** Anthropic Messages {@code tools} with {@code input_schema}, {@code tool_choice} and {@code tool_use} blocks. */
class AnthropicToolCallsTest extends ToolCallServer {

  @Override
  ProviderFactory factory() {
    return new AnthropicProviderFactory();
  }

  @Override
  String keyVariable() {
    return "ANTHROPIC_API_KEY";
  }

  @Override
  String model() {
    return "claude-3-5-haiku-latest";
  }

  @Override
  String requestPath() {
    return "/v1/messages";
  }

  /** A real Messages response: text then two parallel {@code tool_use} blocks. */
  static final String TEXT_AND_TWO_CALLS = """
      {"id": "msg_01Aq9w938a90dw8q7Yh2kLmN", "type": "message", "role": "assistant",
       "model": "claude-3-5-haiku-20241022",
       "content": [
         {"type": "text", "text": "I'll check the weather and the time in Paris."},
         {"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": "get_weather",
          "input": {"city": "Paris", "unit": "celsius"}},
         {"type": "tool_use", "id": "toolu_01BfXk2m9ZqLw3pT7yR5vN8c", "name": "get_time",
          "input": {"timezone": "Europe/Paris"}}],
       "stop_reason": "tool_use", "stop_sequence": null,
       "usage": {"input_tokens": 412, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0,
         "output_tokens": 121, "service_tier": "standard"}}
      """;

  @Test
  void sendsTheToolsWithInputSchema() throws Exception {
    answer(TEXT_AND_TWO_CALLS);
    provider().complete(request(null));
    wm.verify(postRequestedFor(urlEqualTo("/v1/messages")).withRequestBody(equalToJson("""
        {"model": "claude-3-5-haiku-latest", "max_tokens": 1024, "temperature": 0.0,
         "messages": [{"role": "user", "content": "What's the weather and the time in Paris?"}],
         "tools": [
           {"name": "get_weather", "description": "Current weather in a city", "input_schema": %s},
           {"name": "get_time", "description": "Current time in a timezone", "input_schema": %s}]}
        """.formatted(WEATHER_SCHEMA, TIME_SCHEMA), false, false)));
  }

  @Test
  void sendsEachToolChoiceInAnthropicsSpelling() throws Exception {
    answer(TEXT_AND_TWO_CALLS);
    provider().complete(request(ToolChoice.auto()));
    provider().complete(request(ToolChoice.required()));
    provider().complete(request(ToolChoice.none()));
    provider().complete(request(ToolChoice.tool("get_weather")));
    for (String choice : new String[] {"{\"type\": \"auto\"}", "{\"type\": \"any\"}", "{\"type\": \"none\"}",
        "{\"type\": \"tool\", \"name\": \"get_weather\"}"}) {
      wm.verify(postRequestedFor(urlEqualTo("/v1/messages"))
          .withRequestBody(equalToJson("{\"tool_choice\": " + choice + "}", false, true)));
    }
  }

  @Test
  void mapsToolUseBlocksAndKeepsTheText() throws Exception {
    answer(TEXT_AND_TWO_CALLS);
    Completion c = provider().complete(request(null));
    assertThat(c.text()).isEqualTo("I'll check the weather and the time in Paris.");
    assertThat(c.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(c.toolCalls()).containsExactly(
        ToolCall.of("toolu_01A09q90qw90lq917835lq9", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}"),
        ToolCall.of("toolu_01BfXk2m9ZqLw3pT7yR5vN8c", "get_time", "{\"timezone\":\"Europe/Paris\"}"));
    assertThat(c.toolCalls()).noneMatch(ToolCall::argumentsMalformed);
  }

  @Test
  void aToolWithoutInputHasEmptyObjectArguments() throws Exception {
    answer("""
        {"id": "msg_02", "type": "message", "role": "assistant", "model": "claude-3-5-haiku-20241022",
         "content": [{"type": "tool_use", "id": "toolu_02", "name": "get_time", "input": {}}],
         "stop_reason": "tool_use", "stop_sequence": null, "usage": {"input_tokens": 300, "output_tokens": 30}}
        """);
    assertThat(provider().complete(request(null)).toolCalls().get(0).arguments()).isEqualTo("{}");
  }

  @Test
  void sendsTheToolTurnsOfALoopBackAsToolUseAndOneUserMessageOfToolResults() throws Exception {
    answer(TEXT_AND_TWO_CALLS);
    Completion first = provider().complete(request(null));
    wm.resetRequests();
    provider().complete(followUp(first));
    wm.verify(postRequestedFor(urlEqualTo("/v1/messages")).withRequestBody(equalToJson("""
        {"model": "claude-3-5-haiku-latest", "max_tokens": 1024, "temperature": 0.0,
         "messages": [
           {"role": "user", "content": "What's the weather and the time in Paris?"},
           {"role": "assistant", "content": [
             {"type": "text", "text": "I'll check the weather and the time in Paris."},
             {"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": "get_weather",
              "input": {"city": "Paris", "unit": "celsius"}},
             {"type": "tool_use", "id": "toolu_01BfXk2m9ZqLw3pT7yR5vN8c", "name": "get_time",
              "input": {"timezone": "Europe/Paris"}}]},
           {"role": "user", "content": [
             {"type": "tool_result", "tool_use_id": "toolu_01A09q90qw90lq917835lq9",
              "content": "{\\"temperature\\": 18, \\"unit\\": \\"celsius\\"}"},
             {"type": "tool_result", "tool_use_id": "toolu_01BfXk2m9ZqLw3pT7yR5vN8c", "content": "14:05"}]}],
         "tools": [
           {"name": "get_weather", "description": "Current weather in a city", "input_schema": %s},
           {"name": "get_time", "description": "Current time in a timezone", "input_schema": %s}]}
        """.formatted(WEATHER_SCHEMA, TIME_SCHEMA), false, false)));
  }
}
