package io.benchmarkhub.springai;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import io.benchmarkhub.api.ToolCall;
import io.benchmarkhub.api.ToolChoice;
import io.benchmarkhub.api.ToolDefinition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/** Spring AI's own OpenAI chat model as a BenchmarkHub provider, against WireMock answering as OpenAI does. */
class SpringAiProviderTest {
  private WireMockServer wm;
  private SpringAiProvider provider;

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    provider = SpringAiProvider.of(openAi(wm.baseUrl() + "/v1"));
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  /** Spring AI 2's OpenAI model with its own retries off: the runner retries. */
  static OpenAiChatModel openAi(String baseUrl) {
    return OpenAiChatModel.builder().options(OpenAiChatOptions.builder().baseUrl(baseUrl)
        .apiKey("sk-test-0123456789wxyz").model("gpt-4o-mini").maxRetries(0).timeout(Duration.ofSeconds(10))
        .build()).build();
  }

  private static ChatRequest request(ModelParams params) {
    return new ChatRequest("default", List.of(Message.user("How long do refunds take?")), params);
  }

  private JsonNode sentBody() throws Exception {
    return new ObjectMapper().readTree(wm.findAll(anyRequestedFor(anyUrl())).get(0).getBodyAsString());
  }

  @Test
  void theAnswersTextUsageFinishReasonAndServedModelAreMapped() throws Exception {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
        .willReturn(OpenAiWire.completion("Refunds take 30 days.", 24, 6, "length")));

    Completion c = provider.complete(request(ModelParams.defaults().withSystemPrompt("Be brief.")
        .withTemperature(0.2).withMaxTokens(40)));

    assertThat(c.text()).isEqualTo("Refunds take 30 days.");
    assertThat(c.finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(c.usage().inputTokens()).isEqualTo(24);
    assertThat(c.usage().outputTokens()).isEqualTo(6);
    assertThat(c.servedModel()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(c.latency()).isPositive();
    JsonNode body = sentBody();
    assertThat(body.path("model").asText()).as("the chat model's own model").isEqualTo("gpt-4o-mini");
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(body.path("messages")).hasSize(2);
    assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
    assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("Be brief.");
    assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("How long do refunds take?");
    assertThat(body.toString()).contains("40");
  }

  @Test
  void sendingModelNameAsksTheChatModelForTheAddressedModel() throws Exception {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(OpenAiWire.completion("Yes.", 5, 1)));

    provider.sendingModelName().complete(new ChatRequest("gpt-4.1-nano", List.of(Message.user("Ok?")),
        ModelParams.defaults()));

    assertThat(sentBody().path("model").asText()).isEqualTo("gpt-4.1-nano");
  }

  @Test
  void theRequestsToolsAreOfferedAndTheModelsCallsComeBackUnrun() throws Exception {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(OpenAiWire.toolCall()));
    ToolDefinition refundStatus = ToolDefinition.of("get_refund_status", "Looks up the refund of an order",
        "{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":\"string\"}},\"required\":[\"order_id\"]}");

    Completion c = provider.complete(request(ModelParams.defaults()).withTools(List.of(refundStatus), null));

    assertThat(c.toolCalls()).containsExactly(
        ToolCall.of("call_Zk8vQ2mX7pL4nR9tB1cW5yH3", "get_refund_status", "{\"order_id\":\"A-1042\"}"));
    assertThat(c.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(c.text()).isEmpty();
    JsonNode tool = sentBody().path("tools").get(0);
    assertThat(tool.path("type").asText()).isEqualTo("function");
    assertThat(tool.path("function").path("name").asText()).isEqualTo("get_refund_status");
    assertThat(tool.path("function").path("description").asText()).isEqualTo("Looks up the refund of an order");
    assertThat(tool.path("function").path("parameters").path("required").get(0).asText()).isEqualTo("order_id");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).as("no second request: the tool was not run").hasSize(1);
  }

  @Test
  void aToolChoiceOtherThanAutoIsABadRequestAndNothingIsSent() {
    ChatRequest forced = request(ModelParams.defaults())
        .withTools(List.of(ToolDefinition.withoutParameters("escalate", "Hands over to a person")), ToolChoice.required());

    assertThatThrownBy(() -> provider.complete(forced))
        .isInstanceOfSatisfying(ProviderException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
          assertThat(e.getMessage()).contains("toolChoice");
        });
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void a429IsRateLimitedAfterOneRequestSoTheRunnerAloneRetries() {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
        .willReturn(OpenAiWire.error(429, "rate-limited").withHeader("Retry-After", "20")));

    assertThatThrownBy(() -> provider.complete(request(ModelParams.defaults())))
        .isInstanceOfSatisfying(ProviderException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
          assertThat(e.httpStatus()).isEqualTo(429);
          assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(20));
          assertThat(e.getMessage()).startsWith("spring-ai:default: ").contains("Rate limit reached");
        });
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).as("Spring AI's own retries are off").hasSize(1);
  }

  @Test
  void statusesMapToTheKindsTheRunnerActsOn() {
    assertThat(kindFor(401, "invalid-api-key")).isEqualTo(Kind.AUTHENTICATION);
    assertThat(kindFor(429, "insufficient-quota")).isEqualTo(Kind.QUOTA_EXHAUSTED);
    assertThat(kindFor(500, "server-error")).isEqualTo(Kind.SERVER_ERROR);
    assertThat(kindFor(404, "invalid-api-key")).isEqualTo(Kind.NOT_FOUND);
    assertThat(kindFor(400, "invalid-api-key")).isEqualTo(Kind.BAD_REQUEST);
  }

  private Kind kindFor(int status, String body) {
    wm.resetAll();
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(OpenAiWire.error(status, body)));
    try {
      provider.complete(request(ModelParams.defaults()));
      throw new AssertionError("no exception for HTTP " + status);
    } catch (ProviderException e) {
      return e.kind();
    }
  }

  @Test
  void aRefusedConnectionIsAConnectionError() {
    int port = wm.port();
    wm.stop();
    SpringAiProvider down = SpringAiProvider.of(openAi("http://127.0.0.1:" + port + "/v1"));

    assertThatThrownBy(() -> down.complete(request(ModelParams.defaults())))
        .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isIn(Kind.CONNECTION, Kind.TIMEOUT));
  }

  @Test
  void parametersWithoutAPortableOptionAreABadRequestAndNothingIsSent() {
    assertThatThrownBy(() -> provider.complete(request(ModelParams.defaults().withSeed(7).withJsonOutput())))
        .isInstanceOfSatisfying(ProviderException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
          assertThat(e.getMessage()).contains("seed, jsonOutput");
        });
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
