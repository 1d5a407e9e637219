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
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import io.benchmarkhub.api.ProviderFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OllamaProviderTest extends ProviderContract {

  @Override
  ProviderFactory factory() {
    return new OllamaProviderFactory();
  }

  @Override
  String keyVariable() {
    return null;
  }

  @Override
  String basePath() {
    return "";
  }

  @Override
  String model() {
    return "llama3.2";
  }

  @Override
  String requestPath() {
    return "/api/chat";
  }

  @Override
  String okBody(String text) {
    return chat(text, "stop");
  }

  static String chat(String text, String doneReason) {
    return """
        {"model": "llama3.2", "created_at": "2025-01-01T12:00:00.123456Z",
         "message": {"role": "assistant", "content": "%s"}, "done_reason": "%s", "done": true,
         "total_duration": 4883583458, "load_duration": 1334875, "prompt_eval_count": 26,
         "prompt_eval_duration": 342546000, "eval_count": 282, "eval_duration": 4535599000}
        """.formatted(text, doneReason);
  }

  @Override
  String noAnswerBody() {
    return "{\"model\": \"llama3.2\", \"created_at\": \"2025-01-01T12:00:00Z\", \"done\": true}";
  }

  @Override
  String noAnswerProblem() {
    return "returned no message";
  }

  @Override
  String errorBody(int status, String message) {
    return "{\"error\": \"" + message + "\"}";
  }

  @Override
  String quotaBody() {
    return null;
  }

  @Test
  void sendsStreamFalseAndSamplingAsOptionsWithoutAKey() throws Exception {
    stub(json(200, okBody("Paris")));
    ModelParams params = ModelParams.defaults().withSystemPrompt("Be brief.").withTemperature(0.7).withTopP(0.9)
        .withMaxTokens(64).withSeed(42).withExtra("options", Map.of("num_ctx", 8192)).withExtra("keep_alive", "5m");
    provider().complete(new ChatRequest(model(), List.of(Message.user("Capital of France?")), params));
    wm.verify(postRequestedFor(urlEqualTo("/api/chat"))
        .withHeader("Authorization", absent())
        .withRequestBody(equalToJson("""
            {"model": "llama3.2",
             "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Capital of France?"}],
             "stream": false,
             "options": {"temperature": 0.7, "top_p": 0.9, "num_predict": 64, "seed": 42, "num_ctx": 8192},
             "keep_alive": "5m"}
            """, false, false)));
  }

  @Test
  void defaultParamsSendNoOptions() throws Exception {
    stub(json(200, okBody("Paris")));
    provider().complete(request());
    wm.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(equalToJson("""
        {"model": "llama3.2", "messages": [{"role": "user", "content": "What is the capital of France?"}],
         "stream": false}
        """, false, false)));
  }

  @Test
  void jsonOutputSendsFormatJson() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withTemperature(0).withJsonOutput()));
    wm.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(equalToJson("""
        {"model": "llama3.2", "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
         "stream": false, "format": "json", "options": {"temperature": 0.0}}
        """, false, false)));
  }

  @Test
  void jsonSchemaIsSentAsTheFormat() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput(SCHEMA)));
    wm.verify(postRequestedFor(urlEqualTo("/api/chat"))
        .withRequestBody(equalToJson("""
            {"model": "llama3.2", "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
             "stream": false, "format": %s}
            """.formatted(SCHEMA_JSON), false, false))
        .withRequestBody(matchingJsonPath("$.format.required[1]", equalTo("reason"))));
  }

  @Test
  void anExtraFormatReplacesOursWhole() throws Exception {
    stub(json(200, okBody("{}")));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput(SCHEMA)
        .withExtra("format", Map.of("type", "object"))));
    provider().complete(jsonRequest(ModelParams.defaults().withJsonOutput(SCHEMA).withExtra("format", "json")));
    wm.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(equalToJson("""
        {"model": "llama3.2", "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
         "stream": false, "format": {"type": "object"}}
        """, false, false)));
    wm.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(equalToJson("""
        {"model": "llama3.2", "messages": [{"role": "user", "content": "Grade it. Answer in JSON."}],
         "stream": false, "format": "json"}
        """, false, false)));
  }

  @Test
  void mapsTextTokensAndAZeroCost() throws Exception {
    stub(json(200, okBody("Paris")));
    Completion c = provider().complete(request());
    assertThat(c.text()).isEqualTo("Paris");
    assertThat(c.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(c.usage().inputTokens()).isEqualTo(26);
    assertThat(c.usage().outputTokens()).isEqualTo(282);
    assertThat(c.usage().costUsd()).hasValue(0.0);
    assertThat(c.servedModel()).isEqualTo("llama3.2");
  }

  @Test
  void lengthDoneReasonIsLength() throws Exception {
    stub(json(200, chat("The capital", "length")));
    assertThat(provider().complete(request()).finishReason()).isEqualTo(FinishReason.LENGTH);
  }

  @Test
  void connectionRefusedSaysOllamaDoesNotRunAndHowToStartIt() throws Exception {
    String base = "http://127.0.0.1:" + closedPort();
    Provider provider = factory().create(context().setting("base-url", base));
    ProviderException e = failure(provider, request());
    assertThat(e.kind()).isEqualTo(Kind.CONNECTION);
    assertThat(e.getMessage()).contains("Ollama does not seem to run at " + base, "ollama serve");
  }

  @Test
  void modelNotPulledIsNotFoundQuotingOllama() {
    ProviderException e = failureFor(404, errorBody(404, "model \\\"llama9\\\" not found, try pulling it first"));
    assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
    assertThat(e.getMessage()).contains("model 'llama3.2' not found", "try pulling it first");
  }
}
