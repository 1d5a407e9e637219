package io.benchmarkhub.runner.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import io.benchmarkhub.api.ProviderFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenRouterProviderTest extends ProviderContract {

  @Override
  ProviderFactory factory() {
    return new OpenRouterProviderFactory();
  }

  @Override
  String keyVariable() {
    return "OPENROUTER_API_KEY";
  }

  @Override
  String basePath() {
    return "/api/v1";
  }

  @Override
  String model() {
    return "openai/gpt-4o-mini";
  }

  @Override
  String requestPath() {
    return "/api/v1/chat/completions";
  }

  @Override
  String okBody(String text) {
    return routed(text, "openai/gpt-4o-mini");
  }

  @Override
  String noAnswerBody() {
    return OpenAiBodies.noChoices();
  }

  @Override
  String noAnswerProblem() {
    return "returned no choices";
  }

  @Override
  String errorBody(int status, String message) {
    return """
        {"error": {"code": %d, "message": "%s", "metadata": {}}, "user_id": "user_2abc"}
        """.formatted(status, message);
  }

  @Override
  String quotaBody() {
    return errorBody(429, "Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model "
        + "requests per day");
  }

  /** A real OpenRouter response: the routed model, the upstream provider and the cost in USD. */
  static String routed(String text, String model) {
    return """
        {"id": "gen-1730000000-AbCdEf", "provider": "OpenAI", "model": "%s", "object": "chat.completion",
         "created": 1730000000,
         "choices": [{"logprobs": null, "finish_reason": "stop", "native_finish_reason": "stop", "index": 0,
           "message": {"role": "assistant", "content": "%s", "refusal": null, "reasoning": null}}],
         "system_fingerprint": "fp_560af6e559",
         "usage": {"prompt_tokens": 14, "completion_tokens": 8, "total_tokens": 22, "cost": 0.0000069,
           "is_byok": false, "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
           "cost_details": {"upstream_inference_cost": null, "upstream_inference_prompt_cost": 0.0000021,
             "upstream_inference_completions_cost": 0.0000048},
           "completion_tokens_details": {"reasoning_tokens": 0, "image_tokens": 0}}}
        """.formatted(model, text);
  }

  @Test
  void sendsDefaultAttributionHeadersTheBearerKeyAndMaxTokens() throws Exception {
    stub(json(200, okBody("Paris")));
    provider().complete(new ChatRequest(model(), List.of(Message.user("Capital of France?")),
        ModelParams.defaults().withSystemPrompt("Be brief.").withMaxTokens(32)));
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/chat/completions"))
        .withHeader("Authorization", equalTo("Bearer " + KEY))
        .withHeader("HTTP-Referer", equalTo("https://github.com/benchmarkhub/benchmarkhub"))
        .withHeader("X-OpenRouter-Title", equalTo("BenchmarkHub"))
        .withRequestBody(equalToJson("""
            {"model": "openai/gpt-4o-mini",
             "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Capital of France?"}],
             "max_tokens": 32}
            """, false, false)));
  }

  @Test
  void jsonOutputSendsTheOpenAiResponseFormat() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput()));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput(SCHEMA)));
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/chat/completions")).withRequestBody(equalToJson("""
        {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
         "response_format": {"type": "json_object"}}
        """, false, false)));
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/chat/completions")).withRequestBody(equalToJson("""
        {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
         "response_format": {"type": "json_schema",
           "json_schema": {"name": "answer", "strict": true, "schema": %s}}}
        """.formatted(SCHEMA_JSON), false, false)));
  }

  @Test
  void attributionHeadersComeFromTheRefererAndTitleSettings() throws Exception {
    stub(json(200, okBody("Paris")));
    factory().create(context().setting("referer", "https://example.com/evals").setting("title", "Acme Evals"))
        .complete(request());
    wm.verify(postRequestedFor(urlEqualTo("/api/v1/chat/completions"))
        .withHeader("HTTP-Referer", equalTo("https://example.com/evals"))
        .withHeader("X-OpenRouter-Title", equalTo("Acme Evals")));
  }

  @Test
  void titleWithALineBreakFailsAtCreationNamingTheSetting() {
    assertThatThrownBy(() -> factory().create(context().setting("title", "Acme\r\nX-Evil: 1")))
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("benchmarkhub.openrouter.title");
  }

  @Test
  void reportedCostBecomesTheCostAndTheRoutedModelTheServedModel() throws Exception {
    stub(json(200, routed("Paris", "anthropic/claude-3.5-haiku-20241022")));
    Completion c = provider().complete(request());
    assertThat(c.text()).isEqualTo("Paris");
    assertThat(c.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(c.usage().inputTokens()).isEqualTo(14);
    assertThat(c.usage().outputTokens()).isEqualTo(8);
    assertThat(c.usage().costUsd()).hasValue(0.0000069);
    assertThat(c.servedModel()).isEqualTo("anthropic/claude-3.5-haiku-20241022");
  }

  @Test
  void upstreamRateLimitQuotesTheUpstreamProvider() {
    ProviderException e = failureFor(429, """
        {"error": {"code": 429, "message": "Provider returned error",
          "metadata": {"raw": "google/gemini-2.0-flash-exp:free is temporarily rate-limited upstream",
            "provider_name": "Google AI Studio"}}, "user_id": "user_2abc"}
        """);
    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.getMessage()).contains("Provider returned error", "Google AI Studio", "rate-limited upstream");
  }

  @Test
  void insufficientCreditsIsQuotaExhausted() {
    ProviderException e = failureFor(402, errorBody(402, "Insufficient credits. Add more using https://openrouter.ai/credits"));
    assertThat(e.kind()).isEqualTo(Kind.QUOTA_EXHAUSTED);
    assertThat(e.getMessage()).contains("HTTP 402", "Insufficient credits");
  }

  @Test
  void errorInsideASuccessfulResponseIsClassifiedByItsCode() {
    ProviderException e = failureFor(200, """
        {"error": {"code": 502, "message": "Upstream error from DeepInfra: connection closed",
          "metadata": {"provider_name": "DeepInfra"}}}
        """);
    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.httpStatus()).isEqualTo(502);
    assertThat(e.getMessage()).contains("Upstream error from DeepInfra");
  }
}
