package io.benchmarkhub.runner.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import io.benchmarkhub.api.ProviderFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleProviderTest extends ProviderContract {

  @Override
  ProviderFactory factory() {
    return new OpenAiCompatibleProviderFactory();
  }

  @Override
  String keyVariable() {
    return "OPENAI_COMPATIBLE_API_KEY";
  }

  @Override
  boolean keyRequired() {
    return false;
  }

  /** {@return the context the contract uses, without the optional key} */
  TestContext keyless() {
    return TestContext.of(factory().id()).setting("base-url", wm.baseUrl() + basePath());
  }

  @Override
  String basePath() {
    return "/v1";
  }

  @Override
  String model() {
    return "Qwen/Qwen2.5-7B-Instruct";
  }

  @Override
  String requestPath() {
    return "/v1/chat/completions";
  }

  @Override
  String okBody(String text) {
    return """
        {"id": "chatcmpl-9f1c0f6a", "object": "chat.completion", "created": 1730000000,
         "model": "Qwen/Qwen2.5-7B-Instruct",
         "choices": [{"index": 0, "message": {"role": "assistant", "reasoning_content": null, "content": "%s",
           "tool_calls": []}, "logprobs": null, "finish_reason": "stop", "stop_reason": null}],
         "usage": {"prompt_tokens": 25, "total_tokens": 27, "completion_tokens": 2, "prompt_tokens_details": null},
         "prompt_logprobs": null}
        """.formatted(text);
  }

  @Override
  String noAnswerBody() {
    return OpenAiBodies.noChoices();
  }

  @Override
  String noAnswerProblem() {
    return "returned no choices";
  }

  /** vLLM's error shape. */
  @Override
  String errorBody(int status, String message) {
    return """
        {"object": "error", "message": "%s", "type": "BadRequestError", "param": null, "code": %d}
        """.formatted(message, status);
  }

  @Override
  String quotaBody() {
    return OpenAiBodies.error("You exceeded your current quota", "insufficient_quota", "insufficient_quota");
  }

  @Test
  void withoutAKeySendsNoAuthorizationHeaderAndUsesMaxTokens() throws Exception {
    stub(json(200, okBody("Paris")));
    factory().create(keyless()).complete(new ChatRequest(model(), List.of(Message.user("Capital of France?")),
        ModelParams.defaults().withMaxTokens(16).withSeed(7)));
    wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
        .withHeader("Authorization", absent())
        .withRequestBody(equalToJson("""
            {"model": "Qwen/Qwen2.5-7B-Instruct", "messages": [{"role": "user", "content": "Capital of France?"}],
             "max_tokens": 16, "seed": 7}
            """, false, false)));
  }

  @Test
  void jsonOutputSendsTheOpenAiResponseFormat() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput()));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput(SCHEMA)));
    wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
        {"model": "Qwen/Qwen2.5-7B-Instruct", "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
         "response_format": {"type": "json_object"}}
        """, false, false)));
    wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
        {"model": "Qwen/Qwen2.5-7B-Instruct", "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
         "response_format": {"type": "json_schema",
           "json_schema": {"name": "answer", "strict": true, "schema": %s}}}
        """.formatted(SCHEMA_JSON), false, false)));
  }

  @Test
  void sendsTheOptionalKeyWhenSet() throws Exception {
    stub(json(200, okBody("Paris")));
    provider().complete(request());
    wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("Authorization", equalTo("Bearer " + KEY)));
  }

  @Test
  void mapsTokensAndLeavesTheCostUnknown() throws Exception {
    stub(json(200, okBody("Paris")));
    Completion c = provider().complete(request());
    assertThat(c.usage().inputTokens()).isEqualTo(25);
    assertThat(c.usage().outputTokens()).isEqualTo(2);
    assertThat(c.usage().costUsd()).isEmpty();
    assertThat(c.servedModel()).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
  }

  @Test
  void startsWithoutTheOptionalKey() {
    assertThat(factory().create(keyless())).isNotNull();
  }

  @Test
  void missingBaseUrlFailsAtCreationNamingThePropertyAndTheVariable() {
    assertThatThrownBy(() -> factory().create(TestContext.of("openai-compatible")))
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("benchmarkhub.openai-compatible.base-url")
        .hasMessageContaining("BENCHMARKHUB_OPENAI_COMPATIBLE_BASE_URL");
  }

  @Test
  void baseUrlThatIsNotHttpFailsAtCreation() {
    assertThatThrownBy(() -> factory().create(context().setting("base-url", "localhost:8000/v1")))
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("not an http(s) URL")
        .hasMessageContaining("benchmarkhub.openai-compatible.base-url");
  }

  @Test
  void customProviderUsesItsOwnIdBaseUrlAndKeyVariable() throws Exception {
    stub(json(200, okBody("Paris")));
    Provider together = OpenAiCompatibleProvider.builder("together")
        .baseUrl(wm.baseUrl() + "/v1/")
        .apiKeyVariable("TOGETHER_API_KEY")
        .build(TestContext.of("together").secret("TOGETHER_API_KEY", KEY));
    assertThat(together.complete(request()).text()).isEqualTo("Paris");
    wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("Authorization", equalTo("Bearer " + KEY)));
    assertThat(together.toString()).contains("together").doesNotContain(KEY);
  }

  @Test
  void customProviderWithoutItsKeyFailsAtCreationNamingItsVariable() {
    OpenAiCompatibleProvider.Builder together = OpenAiCompatibleProvider.builder("together")
        .baseUrl(wm.baseUrl() + "/v1")
        .apiKeyVariable("TOGETHER_API_KEY");
    assertThatThrownBy(() -> together.build(TestContext.of("together")))
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("TOGETHER_API_KEY");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void customProviderNamesItsKeyVariableWhenTheKeyIsRefused() {
    stub(json(401, errorBody(401, "Invalid API key provided")));
    Provider together = OpenAiCompatibleProvider.builder("together")
        .baseUrl(wm.baseUrl() + "/v1")
        .apiKeyVariable("TOGETHER_API_KEY")
        .build(TestContext.of("together").secret("TOGETHER_API_KEY", KEY));
    ProviderException e = failure(together, request());
    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.getMessage()).startsWith("together: HTTP 401").contains("TOGETHER_API_KEY");
  }

  @Test
  void theBaseUrlSettingOverridesTheBuildersBaseUrl() throws Exception {
    stub(json(200, okBody("Paris")));
    Provider provider = OpenAiCompatibleProvider.builder("lmstudio")
        .baseUrl("http://127.0.0.1:" + closedPort() + "/v1")
        .build(TestContext.of("lmstudio").setting("base-url", wm.baseUrl() + "/v1"));
    assertThat(provider.complete(request()).text()).isEqualTo("Paris");
  }

  @Test
  void unauthorizedWithoutAKeySaysToSetTheVariable() {
    stub(json(401, errorBody(401, "missing bearer token")));
    ProviderException e = failure(factory().create(keyless()), request());
    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
    assertThat(e.getMessage()).contains("no API key was sent", "OPENAI_COMPATIBLE_API_KEY");
  }
}
