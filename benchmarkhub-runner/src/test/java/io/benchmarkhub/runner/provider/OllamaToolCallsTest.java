package io.benchmarkhub.runner.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderFactory;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolChoice;
import org.junit.jupiter.api.Test;

/** Ollama's {@code /api/chat}: OpenAI-shaped {@code tools}, {@code message.tool_calls} with object arguments. */
class OllamaToolCallsTest extends ToolCallServer {

  @Override
  ProviderFactory factory() {
    return new OllamaProviderFactory();
  }

  @Override
  String keyVariable() {
    return "OLLAMA_API_KEY";
  }

  @Override
  String model() {
    return "llama3.2";
  }

  @Override
  String requestPath() {
    return "/api/chat";
  }

  /** Ollama needs no key. */
  @Override
  Provider provider() {
    return factory().create(TestContext.of(factory().id()).setting("base-url", wm.baseUrl()));
  }

  /** A real Ollama chat answer with two tool calls: no ids, arguments as objects, content empty. */
  static final String TWO_CALLS = """
      {"model": "llama3.2", "created_at": "2025-05-27T09:14:03.512874Z",
       "message": {"role": "assistant", "content": "",
         "tool_calls": [{"function": {"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}},
                        {"function": {"name": "get_time", "arguments": {"timezone": "Europe/Paris"}}}]},
       "done_reason": "stop", "done": true, "total_duration": 2117452917, "load_duration": 21551208,
       "prompt_eval_count": 212, "prompt_eval_duration": 512000000, "eval_count": 41, "eval_duration": 1580000000}
      """;

  @Test
  void sendsOpenAiShapedToolsWithoutAToolChoiceAndReadsTheCalls() throws Exception {
    answer(TWO_CALLS);

    Completion c = provider().complete(request(ToolChoice.required()));

    wm.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(equalToJson("""
        {"model": "llama3.2", "stream": false,
         "messages": [{"role": "user", "content": "What's the weather and the time in Paris?"}],
         "tools": [
           {"type": "function", "function": {"name": "get_weather", "description": "Current weather in a city",
             "parameters": %s}},
           {"type": "function", "function": {"name": "get_time", "description": "Current time in a timezone",
             "parameters": %s}}]}
        """.formatted(WEATHER_SCHEMA, TIME_SCHEMA), true, true)));
    assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString()).doesNotContain("tool_choice");
    assertThat(c.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(c.toolCalls()).extracting(ToolCall::name).containsExactly("get_weather", "get_time");
    assertThat(c.toolCalls().get(0).id()).isEmpty();
    assertThat(c.toolCalls().get(0).parsedArguments()).hasValueSatisfying(a ->
        assertThat(a).containsEntry("city", "Paris").containsEntry("unit", "celsius"));
    assertThat(c.usage().inputTokens()).isEqualTo(212);
  }

  @Test
  void sendsTheToolTurnsOfALoopBackAsToolCallsAndNamedToolMessages() throws Exception {
    answer(TWO_CALLS);
    Completion first = provider().complete(request(null));
    wm.resetRequests();

    provider().complete(followUp(first));

    wm.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(equalToJson("""
        {"model": "llama3.2",
         "messages": [
           {"role": "user", "content": "What's the weather and the time in Paris?"},
           {"role": "assistant", "content": "", "tool_calls": [
             {"function": {"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}},
             {"function": {"name": "get_time", "arguments": {"timezone": "Europe/Paris"}}}]},
           {"role": "tool", "tool_name": "get_weather", "content": "{\\"temperature\\": 18, \\"unit\\": \\"celsius\\"}"},
           {"role": "tool", "tool_name": "get_time", "content": "14:05"}]}
        """, true, true)));
  }
}
