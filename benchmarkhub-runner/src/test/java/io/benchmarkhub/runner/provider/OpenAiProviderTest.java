package io.benchmarkhub.runner.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenAiProviderTest extends ProviderContract {

  @Override
  ProviderFactory factory() {
    return new OpenAiProviderFactory();
  }

  @Override
  String keyVariable() {
    return "OPENAI_API_KEY";
  }

  @Override
  String basePath() {
    return "/v1";
  }

  @Override
  String model() {
    return "gpt-4o-mini";
  }

  @Override
  String requestPath() {
    return "/v1/chat/completions";
  }

  @Override
  String okBody(String text) {
    return OpenAiBodies.completion(text, "stop", "gpt-4o-mini-2024-07-18");
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
    return OpenAiBodies.error(message, status == 429 ? "requests" : "invalid_request_error",
        status == 429 ? "rate_limit_exceeded" : null);
  }

  @Override
  String quotaBody() {
    return OpenAiBodies.error("You exceeded your current quota, please check your plan and billing details. For more "
        + "information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
        "insufficient_quota", "insufficient_quota");
  }

  @Test
  void sendsModelMessagesSystemPromptSamplingAndExtraWithTheBearerKey() throws Exception {
    stub(json(200, okBody("Paris")));
    ModelParams params = ModelParams.defaults().withSystemPrompt("Answer in one word.").withTemperature(0.7)
        .withTopP(0.9).withMaxTokens(64).withSeed(42).withExtra("reasoning_effort", "low")
        .withExtra("response_format", Map.of("type", "text"));
    provider().complete(new ChatRequest("gpt-4o-mini",
        List.of(Message.user("Capital of France?"), Message.assistant("Paris."), Message.user("And Italy?")), params));

    wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
        .withHeader("Authorization", equalTo("Bearer " + KEY))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {"model": "gpt-4o-mini",
             "messages": [
               {"role": "system", "content": "Answer in one word."},
               {"role": "user", "content": "Capital of France?"},
               {"role": "assistant", "content": "Paris."},
               {"role": "user", "content": "And Italy?"}],
             "temperature": 0.7, "top_p": 0.9, "max_completion_tokens": 64, "seed": 42,
             "reasoning_effort": "low", "response_format": {"type": "text"}}
            """, false, false)));
  }

  @Test
  void defaultParamsSendOnlyTheModelAndTheMessages() throws Exception {
    stub(json(200, okBody("Paris")));
    provider().complete(request());
    wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
        {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "What is the capital of France?"}]}
        """, false, false)));
  }

  @Test
  void jsonOutputSendsResponseFormatJsonObject() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withTemperature(0).withJsonOutput()));
    wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
        {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
         "temperature": 0.0, "response_format": {"type": "json_object"}}
        """, false, false)));
  }

  @Test
  void jsonSchemaSendsAStrictJsonSchemaNamedAnswer() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput(SCHEMA)));
    wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
        {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
         "response_format": {"type": "json_schema",
           "json_schema": {"name": "answer", "strict": true, "schema": %s}}}
        """.formatted(SCHEMA_JSON), false, false))
        .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.score.type",
            equalTo("integer"))));
  }

  @Test
  void anExtraResponseFormatReplacesTheJsonOutputOneWhole() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput(SCHEMA)
        .withExtra("response_format", Map.of("type", "json_object"))));
    wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
        {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
         "response_format": {"type": "json_object"}}
        """, false, false)));
  }

  @Test
  void aSchemaThatIsNotJsonIsABadRequestAndNothingIsSent() {
    ChatRequest request = jsonRequest(ModelParams.defaults()
        .withJsonOutput(Map.of("type", "object", "default", new Object())));
    ProviderException e = failure(provider(), request);
    assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(e.getMessage()).contains("cannot write the request for model 'gpt-4o-mini'", "JSON schema");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void withoutJsonOutputNoResponseFormatIsSent() throws Exception {
    stub(json(200, okBody("Paris")));
    provider().complete(jsonRequest(ModelParams.defaults().withTemperature(0).withSeed(1)));
    wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
        .withRequestBody(matchingJsonPath("$.temperature"))
        .withRequestBody(notMatching(".*response_format.*")));
  }

  @Test
  void mapsTextFinishReasonTokensAndServedModel() throws Exception {
    stub(json(200, okBody("The capital of France is Paris.")));
    Completion c = provider().complete(request());
    assertThat(c.text()).isEqualTo("The capital of France is Paris.");
    assertThat(c.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(c.usage().inputTokens()).isEqualTo(14);
    assertThat(c.usage().outputTokens()).isEqualTo(8);
    assertThat(c.usage().costUsd()).isEmpty();
    assertThat(c.servedModel()).isEqualTo("gpt-4o-mini-2024-07-18");
  }

  @Test
  void lengthFinishReasonIsLength() throws Exception {
    stub(json(200, OpenAiBodies.completion("The capital of", "length", "gpt-4o-mini")));
    assertThat(provider().complete(request()).finishReason()).isEqualTo(FinishReason.LENGTH);
  }

  @Test
  void contentFilterFinishReasonIsContentFilter() throws Exception {
    stub(json(200, OpenAiBodies.completion("", "content_filter", "gpt-4o-mini")));
    Completion c = provider().complete(request());
    assertThat(c.finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
    assertThat(c.text()).isEmpty();
  }

  @Test
  void toolCallsFinishReasonWithNullContentIsToolCallsWithEmptyText() throws Exception {
    stub(json(200, """
        {"id": "chatcmpl-1", "object": "chat.completion", "created": 1730000000, "model": "gpt-4o-mini",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": null, "refusal": null,
           "tool_calls": [{"id": "call_1", "type": "function",
             "function": {"name": "lookup", "arguments": "{\\"q\\": \\"France\\"}"}}]},
           "logprobs": null, "finish_reason": "tool_calls"}],
         "usage": {"prompt_tokens": 30, "completion_tokens": 12, "total_tokens": 42}}
        """));
    Completion c = provider().complete(request());
    assertThat(c.text()).isEmpty();
    assertThat(c.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
  }

  @Test
  void refusalBecomesTheTextWithContentFilter() throws Exception {
    stub(json(200, """
        {"id": "chatcmpl-2", "object": "chat.completion", "created": 1730000000, "model": "gpt-4o-2024-08-06",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": null,
           "refusal": "I'm sorry, I can't help with that."}, "logprobs": null, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": 20, "completion_tokens": 9, "total_tokens": 29}}
        """));
    Completion c = provider().complete(request());
    assertThat(c.text()).isEqualTo("I'm sorry, I can't help with that.");
    assertThat(c.finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
  }

  @Test
  void choiceWithoutMessageIsAMalformedResponse() {
    ProviderException e = failureFor(200, """
        {"id": "chatcmpl-3", "object": "chat.completion", "model": "gpt-4o-mini",
         "choices": [{"index": 0, "finish_reason": "stop"}]}
        """);
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).contains("without a message");
  }

  @Test
  void insufficientQuotaNamesTheQuotaAndIsFinal() {
    ProviderException e = failureFor(429, quotaBody());
    assertThat(e.kind()).isEqualTo(Kind.QUOTA_EXHAUSTED);
    assertThat(e.retryAfter()).isEmpty();
    assertThat(e.getMessage()).contains("You exceeded your current quota");
  }
}
