package io.benchmarkhub.runner.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import io.benchmarkhub.api.ProviderFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicProviderTest extends ProviderContract {

  @Override
  ProviderFactory factory() {
    return new AnthropicProviderFactory();
  }

  @Override
  String keyVariable() {
    return "ANTHROPIC_API_KEY";
  }

  @Override
  String basePath() {
    return "";
  }

  @Override
  String model() {
    return "claude-3-5-haiku-latest";
  }

  @Override
  String requestPath() {
    return "/v1/messages";
  }

  @Override
  String okBody(String text) {
    return message("[{\"type\": \"text\", \"text\": \"" + text + "\"}]", "end_turn");
  }

  static String message(String content, String stopReason) {
    return """
        {"id": "msg_01XFDUDYJgAACzvnptvVoYEL", "type": "message", "role": "assistant",
         "model": "claude-3-5-haiku-20241022", "content": %s, "stop_reason": "%s", "stop_sequence": null,
         "usage": {"input_tokens": 21, "cache_creation_input_tokens": 100, "cache_read_input_tokens": 2000,
           "cache_creation": {"ephemeral_5m_input_tokens": 100, "ephemeral_1h_input_tokens": 0},
           "output_tokens": 12, "service_tier": "standard"}}
        """.formatted(content, stopReason);
  }

  @Override
  String noAnswerBody() {
    return """
        {"id": "msg_01", "type": "message", "role": "assistant", "model": "claude-3-5-haiku-20241022",
         "stop_reason": "end_turn", "usage": {"input_tokens": 21, "output_tokens": 0}}
        """;
  }

  @Override
  String noAnswerProblem() {
    return "returned no content";
  }

  @Override
  String errorBody(int status, String message) {
    String type = switch (status) {
      case 401 -> "authentication_error";
      case 403 -> "permission_error";
      case 404 -> "not_found_error";
      case 429 -> "rate_limit_error";
      case 529 -> "overloaded_error";
      default -> status >= 500 ? "api_error" : "invalid_request_error";
    };
    return """
        {"type": "error", "error": {"type": "%s", "message": "%s"}, "request_id": "req_011CSHoEeqs5C35K2UUqR7Fy"}
        """.formatted(type, message);
  }

  @Override
  String quotaBody() {
    return """
        {"type": "error", "error": {"type": "rate_limit_error",
          "message": "You have reached your specified API usage limits. You will regain access on 2025-12-01 at 00:00 UTC.",
          "details": {"error_code": "enforced_spend_limit_reached"}}, "request_id": "req_011CSHoEeqs5C35K2UUqR7Fz"}
        """;
  }

  @Override
  String keyHeader() {
    return "x-api-key";
  }

  @Override
  String keyHeaderValue(String key) {
    return key;
  }

  @Test
  void sendsKeyVersionAndTopLevelSystemJoinedFromParamsAndSystemMessages() throws Exception {
    stub(json(200, okBody("Paris")));
    ModelParams params = ModelParams.defaults().withSystemPrompt("You are terse.").withTemperature(0.7)
        .withTopP(0.9).withMaxTokens(256).withSeed(42).withExtra("metadata", Map.of("user_id", "bench-1"));
    provider().complete(new ChatRequest(model(), List.of(Message.system("Answer in English."),
        Message.user("Capital of France?"), Message.assistant("Paris."), Message.user("And Italy?")), params));
    wm.verify(postRequestedFor(urlEqualTo("/v1/messages"))
        .withHeader("x-api-key", equalTo(KEY))
        .withHeader("anthropic-version", equalTo("2023-06-01"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withHeader("Authorization", absent())
        .withRequestBody(equalToJson("""
            {"model": "claude-3-5-haiku-latest", "max_tokens": 256,
             "system": "You are terse.\\n\\nAnswer in English.",
             "messages": [
               {"role": "user", "content": "Capital of France?"},
               {"role": "assistant", "content": "Paris."},
               {"role": "user", "content": "And Italy?"}],
             "temperature": 0.7, "top_p": 0.9, "metadata": {"user_id": "bench-1"}}
            """, false, false)));
  }

  @Test
  void maxTokensDefaultsTo1024BecauseTheApiRequiresIt() throws Exception {
    stub(json(200, okBody("Paris")));
    provider().complete(request());
    wm.verify(postRequestedFor(urlEqualTo("/v1/messages")).withRequestBody(equalToJson("""
        {"model": "claude-3-5-haiku-latest", "max_tokens": 1024,
         "messages": [{"role": "user", "content": "What is the capital of France?"}]}
        """, false, false)));
  }

  @Test
  void jsonOutputAddsNothingAndPrefillsNothing() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withTemperature(0).withJsonOutput()));
    provider().complete(jsonRequest(ModelParams.defaults().withTemperature(0).withJsonOutput(SCHEMA)));
    provider().complete(jsonRequest(ModelParams.defaults().withTemperature(0)));
    assertThat(wm.findAll(postRequestedFor(urlEqualTo("/v1/messages")).withRequestBody(equalToJson("""
        {"model": "claude-3-5-haiku-latest", "max_tokens": 1024,
         "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}], "temperature": 0.0}
        """, false, false)))).hasSize(3);
  }

  @Test
  void anExtraFieldStillGoesOutWithJsonOutput() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput(SCHEMA)
        .withExtra("output_format", Map.of("type", "json_schema", "schema", SCHEMA))));
    wm.verify(postRequestedFor(urlEqualTo("/v1/messages")).withRequestBody(equalToJson("""
        {"model": "claude-3-5-haiku-latest", "max_tokens": 1024,
         "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
         "output_format": {"type": "json_schema", "schema": %s}}
        """.formatted(SCHEMA_JSON), false, false)));
  }

  @Test
  void textJoinsTheTextBlocksAndSkipsThinkingAndToolBlocks() throws Exception {
    stub(json(200, message("""
        [{"type": "thinking", "thinking": "The user wants a capital.", "signature": "EqQBCgIYAhIM"},
         {"type": "text", "text": "The capital is "},
         {"type": "tool_use", "id": "toolu_01", "name": "lookup", "input": {"q": "France"}},
         {"type": "text", "text": "Paris."}]
        """, "end_turn")));
    Completion c = provider().complete(request());
    assertThat(c.text()).isEqualTo("The capital is Paris.");
    assertThat(c.servedModel()).isEqualTo("claude-3-5-haiku-20241022");
  }

  @Test
  void inputTokensIncludeCacheWritesAndReadsAndNoCostIsReported() throws Exception {
    stub(json(200, okBody("Paris")));
    Completion c = provider().complete(request());
    assertThat(c.usage().inputTokens()).isEqualTo(21 + 100 + 2000);
    assertThat(c.usage().outputTokens()).isEqualTo(12);
    assertThat(c.usage().costUsd()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"end_turn, STOP", "stop_sequence, STOP", "max_tokens, LENGTH", "refusal, CONTENT_FILTER",
      "tool_use, TOOL_CALLS", "pause_turn, OTHER"})
  void stopReasonMapsToFinishReason(String stopReason, FinishReason expected) throws Exception {
    stub(json(200, message("[]", stopReason)));
    Completion c = provider().complete(request());
    assertThat(c.finishReason()).isEqualTo(expected);
    assertThat(c.text()).isEmpty();
  }

  @Test
  void spendLimitIsQuotaExhaustedEvenWithRetryAfter() {
    stub(json(429, quotaBody()).withHeader("retry-after", "60"));
    ProviderException e = failure();
    assertThat(e.kind()).isEqualTo(Kind.QUOTA_EXHAUSTED);
    assertThat(e.getMessage()).contains("API usage limits");
  }

  @Test
  void overloadedErrorIsARetryableServerErrorWithRetryAfter() {
    stub(json(529, errorBody(529, "Overloaded")).withHeader("retry-after", "3"));
    ProviderException e = failure();
    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.httpStatus()).isEqualTo(529);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(e.getMessage()).contains("Overloaded");
  }

  @Test
  void errorMessageCarriesTheRequestIdForSupport() {
    stub(json(500, errorBody(500, "Internal server error")).withHeader("request-id", "req_011CSHoEeqs5C35K2UUqR7Fy"));
    assertThat(failure().getMessage()).contains("(request id req_011CSHoEeqs5C35K2UUqR7Fy)");
  }
}
