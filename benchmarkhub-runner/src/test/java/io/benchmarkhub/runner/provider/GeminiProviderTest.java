package io.benchmarkhub.runner.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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

class GeminiProviderTest extends ProviderContract {

  @Override
  ProviderFactory factory() {
    return new GeminiProviderFactory();
  }

  @Override
  String keyVariable() {
    return "GEMINI_API_KEY";
  }

  @Override
  String basePath() {
    return "";
  }

  @Override
  String model() {
    return "gemini-2.0-flash";
  }

  @Override
  String requestPath() {
    return "/v1beta/models/gemini-2.0-flash:generateContent";
  }

  @Override
  String okBody(String text) {
    return candidate("[{\"text\": \"" + text + "\"}]", "STOP");
  }

  static String candidate(String parts, String finishReason) {
    return """
        {"candidates": [{"content": {"parts": %s, "role": "model"}, "finishReason": "%s", "avgLogprobs": -0.05}],
         "usageMetadata": {"promptTokenCount": 9, "candidatesTokenCount": 7, "totalTokenCount": 16,
           "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 9}],
           "candidatesTokensDetails": [{"modality": "TEXT", "tokenCount": 7}]},
         "modelVersion": "gemini-2.0-flash", "responseId": "x3kLaPKhAbCdEf"}
        """.formatted(parts, finishReason);
  }

  @Override
  String noAnswerBody() {
    return """
        {"usageMetadata": {"promptTokenCount": 9, "totalTokenCount": 9}, "modelVersion": "gemini-2.0-flash"}
        """;
  }

  @Override
  String noAnswerProblem() {
    return "returned no candidates";
  }

  @Override
  String errorBody(int status, String message) {
    String word = switch (status) {
      case 400 -> "INVALID_ARGUMENT";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "PERMISSION_DENIED";
      case 404 -> "NOT_FOUND";
      case 429 -> "RESOURCE_EXHAUSTED";
      case 503 -> "UNAVAILABLE";
      case 504 -> "DEADLINE_EXCEEDED";
      default -> "INTERNAL";
    };
    return """
        {"error": {"code": %d, "message": "%s", "status": "%s"}}
        """.formatted(status, message, word);
  }

  @Override
  String quotaBody() {
    return resourceExhausted("GenerateRequestsPerDayPerProjectPerModel-FreeTier", 200, "17s");
  }

  /** Gemini's real 429 body: the quota that ran out, a help link, and when to retry. */
  static String resourceExhausted(String quotaId, int limit, String retryDelay) {
    return """
        {"error": {"code": 429,
          "message": "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.\\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: %d, model: gemini-2.0-flash\\nPlease retry in %s.",
          "status": "RESOURCE_EXHAUSTED",
          "details": [
            {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [
              {"quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
               "quotaId": "%s",
               "quotaDimensions": {"location": "global", "model": "gemini-2.0-flash"}, "quotaValue": "%d"}]},
            {"@type": "type.googleapis.com/google.rpc.Help", "links": [
              {"description": "Learn more about Gemini API quotas", "url": "https://ai.google.dev/gemini-api/docs/rate-limits"}]},
            {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "%s"}]}}
        """.formatted(limit, retryDelay, quotaId, limit, retryDelay);
  }

  @Override
  String keyHeader() {
    return "x-goog-api-key";
  }

  @Override
  String keyHeaderValue(String key) {
    return key;
  }

  @Test
  void sendsTheKeyInTheHeaderNeverInTheUrl() throws Exception {
    stub(json(200, okBody("Paris")));
    provider().complete(request());
    wm.verify(postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.0-flash:generateContent"))
        .withHeader("x-goog-api-key", equalTo(KEY))
        .withQueryParam("key", absent())
        .withHeader("Authorization", absent()));
    assertThat(wm.getAllServeEvents()).allSatisfy(event -> assertThat(event.getRequest().getUrl()).doesNotContain(KEY));
  }

  @Test
  void sendsContentsWithModelRoleSystemInstructionAndGenerationConfig() throws Exception {
    stub(json(200, okBody("Rome")));
    ModelParams params = ModelParams.defaults().withSystemPrompt("You are terse.").withTemperature(0.7)
        .withTopP(0.9).withMaxTokens(128).withSeed(42)
        .withExtra("generationConfig", Map.of("thinkingConfig", Map.of("thinkingBudget", 0)))
        .withExtra("safetySettings", List.of(Map.of("category", "HARM_CATEGORY_HARASSMENT", "threshold", "BLOCK_NONE")));
    provider().complete(new ChatRequest(model(), List.of(Message.system("Answer in English."),
        Message.user("Capital of France?"), Message.assistant("Paris."), Message.user("And Italy?")), params));
    wm.verify(postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.0-flash:generateContent"))
        .withRequestBody(equalToJson("""
            {"contents": [
               {"role": "user", "parts": [{"text": "Capital of France?"}]},
               {"role": "model", "parts": [{"text": "Paris."}]},
               {"role": "user", "parts": [{"text": "And Italy?"}]}],
             "systemInstruction": {"parts": [{"text": "You are terse."}, {"text": "Answer in English."}]},
             "generationConfig": {"temperature": 0.7, "topP": 0.9, "maxOutputTokens": 128, "seed": 42,
               "thinkingConfig": {"thinkingBudget": 0}},
             "safetySettings": [{"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_NONE"}]}
            """, false, false)));
  }

  @Test
  void defaultParamsSendOnlyTheContents() throws Exception {
    stub(json(200, okBody("Paris")));
    provider().complete(request());
    wm.verify(postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.0-flash:generateContent"))
        .withRequestBody(equalToJson("""
            {"contents": [{"role": "user", "parts": [{"text": "What is the capital of France?"}]}]}
            """, false, false)));
  }

  @Test
  void jsonOutputSetsTheJsonMimeTypeBesideTheSampling() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withTemperature(0).withJsonOutput()));
    wm.verify(postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.0-flash:generateContent"))
        .withRequestBody(equalToJson("""
            {"contents": [{"role": "user", "parts": [{"text": "Grade it. Answer in JSON."}]}],
             "generationConfig": {"temperature": 0.0, "responseMimeType": "application/json"}}
            """, false, false)));
  }

  @Test
  void jsonSchemaGoesAsIsIntoResponseSchema() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput(SCHEMA)));
    wm.verify(postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.0-flash:generateContent"))
        .withRequestBody(equalToJson("""
            {"contents": [{"role": "user", "parts": [{"text": "Grade it. Answer in JSON."}]}],
             "generationConfig": {"responseMimeType": "application/json", "responseSchema": %s}}
            """.formatted(SCHEMA_JSON), false, false))
        .withRequestBody(matchingJsonPath("$.generationConfig.responseSchema.additionalProperties", equalTo("false"))));
  }

  @Test
  void anExtraResponseSchemaReplacesOursWholeWhileOtherGenerationConfigMerges() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput(SCHEMA)
        .withExtra("generationConfig", Map.of("responseSchema", Map.of("type", "STRING"), "topK", 40))));
    wm.verify(postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.0-flash:generateContent"))
        .withRequestBody(equalToJson("""
            {"contents": [{"role": "user", "parts": [{"text": "Grade it. Answer in JSON."}]}],
             "generationConfig": {"responseMimeType": "application/json", "responseSchema": {"type": "STRING"},
               "topK": 40}}
            """, false, false)));
  }

  @Test
  void anExtraMimeTypeOverridesOurs() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput()
        .withExtra("generationConfig", Map.of("responseMimeType", "text/plain"))));
    wm.verify(postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.0-flash:generateContent"))
        .withRequestBody(equalToJson("""
            {"contents": [{"role": "user", "parts": [{"text": "Grade it. Answer in JSON."}]}],
             "generationConfig": {"responseMimeType": "text/plain"}}
            """, false, false)));
  }

  @Test
  void mapsTextTokensAndModelVersion() throws Exception {
    stub(json(200, candidate("[{\"text\": \"The capital \"}, {\"text\": \"is Paris.\"}]", "STOP")));
    Completion c = provider().complete(request());
    assertThat(c.text()).isEqualTo("The capital is Paris.");
    assertThat(c.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(c.usage().inputTokens()).isEqualTo(9);
    assertThat(c.usage().outputTokens()).isEqualTo(7);
    assertThat(c.usage().costUsd()).isEmpty();
    assertThat(c.servedModel()).isEqualTo("gemini-2.0-flash");
  }

  @Test
  void thoughtPartsAreLeftOutAndThinkingTokensCountAsOutput() throws Exception {
    stub(json(200, """
        {"candidates": [{"content": {"parts": [
            {"text": "**Recalling capitals** The user asks about France.", "thought": true},
            {"text": "Paris."}], "role": "model"}, "finishReason": "STOP", "index": 0}],
         "usageMetadata": {"promptTokenCount": 9, "candidatesTokenCount": 2, "totalTokenCount": 611,
           "thoughtsTokenCount": 600, "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 9}]},
         "modelVersion": "gemini-2.5-flash", "responseId": "AbCd"}
        """));
    Completion c = provider().complete(request());
    assertThat(c.text()).isEqualTo("Paris.");
    assertThat(c.usage().outputTokens()).isEqualTo(602);
    assertThat(c.servedModel()).isEqualTo("gemini-2.5-flash");
  }

  @Test
  void blockedPromptIsAnEmptyContentFilteredAnswerNotAnError() throws Exception {
    stub(json(200, """
        {"promptFeedback": {"blockReason": "SAFETY", "safetyRatings": [
            {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "probability": "HIGH", "blocked": true}]},
         "usageMetadata": {"promptTokenCount": 12, "totalTokenCount": 12}, "modelVersion": "gemini-2.0-flash"}
        """));
    Completion c = provider().complete(request());
    assertThat(c.text()).isEmpty();
    assertThat(c.finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
    assertThat(c.usage().inputTokens()).isEqualTo(12);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"STOP, STOP", "MAX_TOKENS, LENGTH", "SAFETY, CONTENT_FILTER", "RECITATION, CONTENT_FILTER",
      "PROHIBITED_CONTENT, CONTENT_FILTER", "BLOCKLIST, CONTENT_FILTER", "SPII, CONTENT_FILTER",
      "MALFORMED_FUNCTION_CALL, TOOL_CALLS", "OTHER, OTHER", "FINISH_REASON_UNSPECIFIED, OTHER"})
  void finishReasonMapsToFinishReason(String reason, FinishReason expected) throws Exception {
    stub(json(200, candidate("[{\"text\": \"x\"}]", reason)));
    assertThat(provider().complete(request()).finishReason()).isEqualTo(expected);
  }

  @Test
  void candidateWithheldForSafetyHasEmptyText() throws Exception {
    stub(json(200, """
        {"candidates": [{"finishReason": "SAFETY", "index": 0, "safetyRatings": [
            {"category": "HARM_CATEGORY_HARASSMENT", "probability": "HIGH", "blocked": true}]}],
         "usageMetadata": {"promptTokenCount": 9, "totalTokenCount": 9}, "modelVersion": "gemini-2.0-flash"}
        """));
    Completion c = provider().complete(request());
    assertThat(c.text()).isEmpty();
    assertThat(c.finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
  }

  @Test
  void perMinuteQuotaIsRateLimitedWithTheRetryInfoDelay() {
    ProviderException e = failureFor(429,
        resourceExhausted("GenerateRequestsPerMinutePerProjectPerModel-FreeTier", 15, "46.5s"));
    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.retryAfter()).contains(Duration.ofMillis(46_500));
    assertThat(e.getMessage()).contains("Quota exceeded for metric");
  }

  @Test
  void perDayQuotaIsQuotaExhausted() {
    ProviderException e = failureFor(429, quotaBody());
    assertThat(e.kind()).isEqualTo(Kind.QUOTA_EXHAUSTED);
  }

  @Test
  void zeroQuotaForTheTierIsQuotaExhausted() {
    ProviderException e = failureFor(429,
        resourceExhausted("GenerateRequestsPerMinutePerProjectPerModel-FreeTier", 0, "30s"));
    assertThat(e.kind()).isEqualTo(Kind.QUOTA_EXHAUSTED);
  }

  @Test
  void invalidKeyReportedAsBadRequestIsAnAuthenticationError() {
    ProviderException e = failureFor(400, """
        {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
          "status": "INVALID_ARGUMENT", "details": [
            {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID",
             "domain": "googleapis.com", "metadata": {"service": "generativelanguage.googleapis.com"}},
            {"@type": "type.googleapis.com/google.rpc.LocalizedMessage", "locale": "en-US",
             "message": "API key not valid. Please pass a valid API key."}]}}
        """);
    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.getMessage()).contains("GEMINI_API_KEY", "API key not valid");
  }
}
