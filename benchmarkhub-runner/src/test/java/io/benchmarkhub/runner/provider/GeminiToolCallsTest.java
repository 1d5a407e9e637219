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

/** Gemini {@code tools[].functionDeclarations}, {@code toolConfig} and {@code functionCall} parts. */
class GeminiToolCallsTest extends ToolCallServer {

  @Override
  ProviderFactory factory() {
    return new GeminiProviderFactory();
  }

  @Override
  String keyVariable() {
    return "GEMINI_API_KEY";
  }

  @Override
  String model() {
    return "gemini-2.0-flash";
  }

  @Override
  String requestPath() {
    return "/v1beta/models/gemini-2.0-flash:generateContent";
  }

  /** A real generateContent response with two parallel {@code functionCall} parts. */
  static final String TWO_CALLS = """
      {"candidates": [{"content": {"parts": [
           {"functionCall": {"name": "get_weather", "args": {"city": "Paris", "unit": "celsius"}}},
           {"functionCall": {"name": "get_time", "args": {"timezone": "Europe/Paris"}}}],
         "role": "model"}, "finishReason": "STOP", "avgLogprobs": -0.0021546}],
       "usageMetadata": {"promptTokenCount": 96, "candidatesTokenCount": 24, "totalTokenCount": 120,
         "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 96}],
         "candidatesTokensDetails": [{"modality": "TEXT", "tokenCount": 24}]},
       "modelVersion": "gemini-2.0-flash", "responseId": "kX4GaOq3JcaP1MkP2bK7qQs"}
      """;

  @Test
  void sendsTheToolsAsFunctionDeclarations() throws Exception {
    answer(TWO_CALLS);
    provider().complete(request(null));
    wm.verify(postRequestedFor(urlEqualTo(requestPath())).withRequestBody(equalToJson("""
        {"contents": [{"role": "user", "parts": [{"text": "What's the weather and the time in Paris?"}]}],
         "generationConfig": {"temperature": 0.0},
         "tools": [{"functionDeclarations": [
           {"name": "get_weather", "description": "Current weather in a city", "parameters": %s},
           {"name": "get_time", "description": "Current time in a timezone", "parameters": %s}]}]}
        """.formatted(WEATHER_SCHEMA, TIME_SCHEMA), false, false)));
  }

  @Test
  void sendsEachToolChoiceAsAFunctionCallingConfig() throws Exception {
    answer(TWO_CALLS);
    provider().complete(request(ToolChoice.auto()));
    provider().complete(request(ToolChoice.required()));
    provider().complete(request(ToolChoice.none()));
    provider().complete(request(ToolChoice.tool("get_time")));
    for (String config : new String[] {"{\"mode\": \"AUTO\"}", "{\"mode\": \"ANY\"}", "{\"mode\": \"NONE\"}",
        "{\"mode\": \"ANY\", \"allowedFunctionNames\": [\"get_time\"]}"}) {
      wm.verify(postRequestedFor(urlEqualTo(requestPath())).withRequestBody(equalToJson(
          "{\"toolConfig\": {\"functionCallingConfig\": " + config + "}}", false, true)));
    }
  }

  @Test
  void mapsFunctionCallPartsAndCallsTheStopToolCalls() throws Exception {
    answer(TWO_CALLS);
    Completion c = provider().complete(request(null));
    assertThat(c.text()).isEmpty();
    assertThat(c.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(c.toolCalls()).containsExactly(
        ToolCall.of("", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}"),
        ToolCall.of("", "get_time", "{\"timezone\":\"Europe/Paris\"}"));
  }

  @Test
  void keepsTextBesideACallAndTheCallIdWhenGiven() throws Exception {
    answer("""
        {"candidates": [{"content": {"parts": [
             {"text": "Checking the weather in Paris."},
             {"functionCall": {"id": "fc-7f3a", "name": "get_weather", "args": {"city": "Paris"}},
              "thoughtSignature": "CiQB0e2Kb9m2"}],
           "role": "model"}, "finishReason": "STOP", "index": 0}],
         "usageMetadata": {"promptTokenCount": 96, "candidatesTokenCount": 18, "totalTokenCount": 150,
           "thoughtsTokenCount": 36},
         "modelVersion": "gemini-2.5-flash", "responseId": "pX4GaOq3JcaP1MkP2bK7qQt"}
        """);
    Completion c = provider().complete(request(null));
    assertThat(c.text()).isEqualTo("Checking the weather in Paris.");
    assertThat(c.toolCalls()).containsExactly(ToolCall.of("fc-7f3a", "get_weather", "{\"city\":\"Paris\"}"));
  }

  @Test
  void sendsTheToolTurnsOfALoopBackAsFunctionCallAndFunctionResponseParts() throws Exception {
    answer(TWO_CALLS);
    Completion first = provider().complete(request(null));
    wm.resetRequests();
    provider().complete(followUp(first));
    wm.verify(postRequestedFor(urlEqualTo(requestPath())).withRequestBody(equalToJson("""
        {"contents": [
           {"role": "user", "parts": [{"text": "What's the weather and the time in Paris?"}]},
           {"role": "model", "parts": [
             {"functionCall": {"name": "get_weather", "args": {"city": "Paris", "unit": "celsius"}}},
             {"functionCall": {"name": "get_time", "args": {"timezone": "Europe/Paris"}}}]},
           {"role": "user", "parts": [
             {"functionResponse": {"name": "get_weather", "response": {"temperature": 18, "unit": "celsius"}}},
             {"functionResponse": {"name": "get_time", "response": {"result": "14:05"}}}]}],
         "generationConfig": {"temperature": 0.0},
         "tools": [{"functionDeclarations": [
           {"name": "get_weather", "description": "Current weather in a city", "parameters": %s},
           {"name": "get_time", "description": "Current time in a timezone", "parameters": %s}]}]}
        """.formatted(WEATHER_SCHEMA, TIME_SCHEMA), false, false)));
  }
}
