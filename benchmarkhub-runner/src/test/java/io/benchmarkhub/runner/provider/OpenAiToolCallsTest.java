package io.benchmarkhub.runner.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ProviderFactory;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolChoice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OpenAI Chat Completions {@code tools}, {@code tool_choice} and {@code message.tool_calls}. */
class OpenAiToolCallsTest extends ToolCallServer {

  @Override
  ProviderFactory factory() {
    return new OpenAiProviderFactory();
  }

  @Override
  String keyVariable() {
    return "OPENAI_API_KEY";
  }

  @Override
  String model() {
    return "gpt-4o-mini";
  }

  @Override
  String requestPath() {
    return "/chat/completions";
  }

  /** A real chat completion whose message holds these tool calls and this content. */
  static String completion(String content, String toolCalls, String finishReason) {
    return """
        {"id": "chatcmpl-BbJ3nwTGvXyM1XzqP0dJ9wXkQm2aL", "object": "chat.completion", "created": 1748359200,
         "model": "gpt-4o-mini-2024-07-18",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": %s, "tool_calls": %s,
           "refusal": null, "annotations": []}, "logprobs": null, "finish_reason": "%s"}],
         "usage": {"prompt_tokens": 118, "completion_tokens": 49, "total_tokens": 167,
           "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
           "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
             "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}},
         "service_tier": "default", "system_fingerprint": "fp_34a54ae93c"}
        """.formatted(content, toolCalls, finishReason);
  }

  /** Two parallel calls, the arguments as JSON strings the way OpenAI writes them. */
  static final String PARALLEL = """
      [{"id": "call_8pGqXh0DUGHa1fpkY7nBwLNi", "type": "function",
        "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\",\\"unit\\":\\"celsius\\"}"}},
       {"id": "call_X3qT9yLr2bVmKc4dJw0EoZsA", "type": "function",
        "function": {"name": "get_time", "arguments": "{\\"timezone\\": \\"Europe/Paris\\"}"}}]""";

  @Test
  void sendsTheToolsAsFunctionsWithTheirSchemas() throws Exception {
    answer(completion("null", PARALLEL, "tool_calls"));
    provider().complete(request(null));
    wm.verify(postRequestedFor(urlEqualTo("/chat/completions")).withRequestBody(equalToJson("""
        {"model": "gpt-4o-mini", "temperature": 0.0,
         "messages": [{"role": "user", "content": "What's the weather and the time in Paris?"}],
         "tools": [
           {"type": "function", "function": {"name": "get_weather", "description": "Current weather in a city",
             "parameters": %s}},
           {"type": "function", "function": {"name": "get_time", "description": "Current time in a timezone",
             "parameters": %s}}]}
        """.formatted(WEATHER_SCHEMA, TIME_SCHEMA), false, false)));
  }

  @Test
  void sendsEachToolChoiceInOpenAisSpelling() throws Exception {
    answer(completion("null", PARALLEL, "tool_calls"));
    provider().complete(request(ToolChoice.required()));
    provider().complete(request(ToolChoice.none()));
    provider().complete(request(ToolChoice.tool("get_time")));
    wm.verify(postRequestedFor(urlEqualTo("/chat/completions"))
        .withRequestBody(equalToJson("{\"tool_choice\": \"required\"}", false, true)));
    wm.verify(postRequestedFor(urlEqualTo("/chat/completions"))
        .withRequestBody(equalToJson("{\"tool_choice\": \"none\"}", false, true)));
    wm.verify(postRequestedFor(urlEqualTo("/chat/completions")).withRequestBody(equalToJson(
        "{\"tool_choice\": {\"type\": \"function\", \"function\": {\"name\": \"get_time\"}}}", false, true)));
  }

  @Test
  void aRequestWithoutToolsSendsNoToolFields() throws Exception {
    answer(completion("\"Paris\"", "null", "stop"));
    provider().complete(new ChatRequest(model(), List.of(Message.user("Capital?")), ModelParams.defaults()));
    assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString()).doesNotContain("tool");
  }

  @Test
  void mapsParallelCallsInOrderWithIdsAndArgumentsAsGiven() throws Exception {
    answer(completion("null", PARALLEL, "tool_calls"));
    Completion c = provider().complete(request(null));
    assertThat(c.text()).isEmpty();
    assertThat(c.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(c.toolCalls()).containsExactly(
        ToolCall.of("call_8pGqXh0DUGHa1fpkY7nBwLNi", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}"),
        ToolCall.of("call_X3qT9yLr2bVmKc4dJw0EoZsA", "get_time", "{\"timezone\": \"Europe/Paris\"}"));
    assertThat(c.toolCalls().get(0).parsedArguments()).contains(Map.of("city", "Paris", "unit", "celsius"));
    assertThat(c.usage().inputTokens()).isEqualTo(118);
  }

  @Test
  void keepsTheTextWrittenBesideACall() throws Exception {
    answer(completion("\"Let me look that up.\"", """
        [{"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}]""",
        "tool_calls"));
    Completion c = provider().complete(request(null));
    assertThat(c.text()).isEqualTo("Let me look that up.");
    assertThat(c.toolCalls()).extracting(ToolCall::name).containsExactly("get_weather");
  }

  @Test
  void aForcedCallReportedAsStopIsStillToolCalls() throws Exception {
    answer(completion("null", """
        [{"id": "call_2", "type": "function", "function": {"name": "get_time", "arguments": "{\\"timezone\\":\\"Europe/Paris\\"}"}}]""",
        "stop"));
    assertThat(provider().complete(request(ToolChoice.tool("get_time"))).finishReason())
        .isEqualTo(FinishReason.TOOL_CALLS);
  }

  @Test
  void keepsMalformedArgumentsAsTextAndFlagsThem() throws Exception {
    answer(completion("null", """
        [{"id": "call_3", "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\""}}]""",
        "tool_calls"));
    Completion c = provider().complete(request(null));
    ToolCall call = c.toolCalls().get(0);
    assertThat(call.arguments()).isEqualTo("{\"city\": \"Paris\"");
    assertThat(call.argumentsMalformed()).isTrue();
    assertThat(call.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("the arguments are not JSON"));
    assertThat(call.parsedArguments()).isEmpty();
  }

  @Test
  void sendsTheToolTurnsOfALoopBackAsToolCallsAndToolMessages() throws Exception {
    answer(completion("null", PARALLEL, "tool_calls"));
    Completion first = provider().complete(request(null));
    wm.resetRequests();
    provider().complete(followUp(first));
    wm.verify(postRequestedFor(urlEqualTo("/chat/completions")).withRequestBody(equalToJson("""
        {"model": "gpt-4o-mini", "temperature": 0.0,
         "messages": [
           {"role": "user", "content": "What's the weather and the time in Paris?"},
           {"role": "assistant", "content": null, "tool_calls": [
             {"id": "call_8pGqXh0DUGHa1fpkY7nBwLNi", "type": "function",
              "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\",\\"unit\\":\\"celsius\\"}"}},
             {"id": "call_X3qT9yLr2bVmKc4dJw0EoZsA", "type": "function",
              "function": {"name": "get_time", "arguments": "{\\"timezone\\": \\"Europe/Paris\\"}"}}]},
           {"role": "tool", "tool_call_id": "call_8pGqXh0DUGHa1fpkY7nBwLNi",
            "content": "{\\"temperature\\": 18, \\"unit\\": \\"celsius\\"}"},
           {"role": "tool", "tool_call_id": "call_X3qT9yLr2bVmKc4dJw0EoZsA", "content": "14:05"}],
         "tools": [
           {"type": "function", "function": {"name": "get_weather", "description": "Current weather in a city",
             "parameters": %s}},
           {"type": "function", "function": {"name": "get_time", "description": "Current time in a timezone",
             "parameters": %s}}]}
        """.formatted(WEATHER_SCHEMA, TIME_SCHEMA), false, false)));
  }
}
