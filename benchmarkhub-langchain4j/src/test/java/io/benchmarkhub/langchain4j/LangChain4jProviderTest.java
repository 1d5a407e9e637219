package io.benchmarkhub.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real LangChain4j {@link OpenAiChatModel}, pointed at WireMock on loopback, as a BenchmarkHub provider:
 * handed to the builder with {@link LangChain4jProvider#of}, and registered for {@code langchain4j:<name>}.
 */
class LangChain4jProviderTest {
  private static final String KEY = "sk-SENTINEL-lc4j-provider-0123456789";
  private static final Judge EQUALS_EXPECTED = Judge.named("equals-expected", (c, out) ->
      out.text().equals(c.expected().orElseThrow()) ? Verdict.pass() : Verdict.fail("was " + out.text()));

  @TempDir
  java.nio.file.Path dir;

  private WireMockServer wm;

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
  }

  @AfterEach
  void stop() {
    wm.stop();
    LangChain4jModels.unregister("support-bot");
  }

  /** The model as a user configures it, with LangChain4j's own retries off: the runner retries. */
  private OpenAiChatModel openAi(Duration timeout) {
    return OpenAiChatModel.builder().baseUrl(wm.baseUrl() + "/v1").apiKey(KEY).modelName("gpt-4o-mini")
        .maxRetries(0).timeout(timeout).build();
  }

  private void answer(String question, String body) {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
        .withRequestBody(matchingJsonPath("$.messages[-1:].content", equalTo(question)))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
  }

  private void fail(int status, String body, int delayMs) {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body).withFixedDelay(delayMs)));
  }

  private int requests() {
    return wm.findAll(anyRequestedFor(anyUrl())).size();
  }

  private static ChatRequest request(ModelParams params) {
    return new ChatRequest("prod-config", List.of(Message.user("Say hi")), params);
  }

  @Test
  void aRequestGoesOutAsTheLangChain4jModelSendsItAndItsAnswerComesBack() throws Exception {
    answer("Say hi", OpenAiBodies.completion("Hi!", "length", 12, 3));

    Completion c = LangChain4jProvider.of(openAi(Duration.ofSeconds(5))).complete(request(ModelParams.defaults()
        .withSystemPrompt("Be brief.").withTemperature(0).withTopP(0.5).withMaxTokens(3).withJsonOutput()));

    assertThat(c.text()).isEqualTo("Hi!");
    assertThat(c.finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(c.usage().inputTokens()).isEqualTo(12);
    assertThat(c.usage().outputTokens()).isEqualTo(3);
    assertThat(c.servedModel()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(c.latency()).isPositive();
    wm.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
        .withHeader("Authorization", equalTo("Bearer " + KEY))
        .withRequestBody(equalToJson("""
            {"model": "gpt-4o-mini",
             "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Say hi"}],
             "temperature": 0.0, "top_p": 0.5, "response_format": {"type": "json_object"}}
            """, true, true))
        .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("3"))));
  }

  @Test
  void aHandedOverModelRunsAsTheBenchmarksProvider() {
    answer("Q1", OpenAiBodies.completion("A1", 8, 1));
    answer("Q2", OpenAiBodies.completion("A2", 8, 1));

    RunSummary s = BenchmarkHub.benchmark("lc4j-provider")
        .dataset(Dataset.of(List.of(TestCase.of("Q1", "A1"), TestCase.of("Q2", "A2"))))
        .prompt(c -> c.input()).models("lc4j:prod-config")
        .provider("lc4j", LangChain4jProvider.of(openAi(Duration.ofSeconds(5))))
        .setting("mode", "live").setting("cassette-dir", dir.toString()).judge(EQUALS_EXPECTED).quiet().run();

    assertThat(requests()).isEqualTo(2);
    assertThat(s.trials()).hasSize(2).allSatisfy(t -> {
      assertThat(t.status()).isEqualTo(TrialStatus.PASS);
      assertThat(t.completion().usage().inputTokens()).isEqualTo(8);
    });
    assertThat(s.model("lc4j:prod-config").passRate()).isEqualTo(1.0);
  }

  @Test
  void aRegisteredModelIsAddressedThroughTheLangchain4jFactory() {
    answer("Q1", OpenAiBodies.completion("A1", 8, 1));
    LangChain4jModels.register("support-bot", openAi(Duration.ofSeconds(5)));

    RunSummary s = registeredBenchmark("langchain4j:support-bot").run();

    assertThat(s.trials()).singleElement().satisfies(t -> {
      assertThat(t.status()).isEqualTo(TrialStatus.PASS);
      assertThat(t.completion().text()).isEqualTo("A1");
    });
    assertThat(LangChain4jModels.registered()).contains("support-bot");
  }

  @Test
  void anUnregisteredNameIsATrialErrorNamingWhatToDo() {
    RunSummary s = registeredBenchmark("langchain4j:nobody").run();

    TrialError error = s.trials().toList().get(0).error();
    assertThat(error.kind()).isEqualTo("NOT_FOUND");
    assertThat(error.message()).contains("no LangChain4j model is registered as 'nobody'")
        .contains("LangChain4jModels.register(\"nobody\", chatModel)");
  }

  private Benchmark.Builder registeredBenchmark(String model) {
    return BenchmarkHub.benchmark("lc4j-registered").dataset(Dataset.of(List.of(TestCase.of("Q1", "A1"))))
        .prompt(c -> c.input()).models(model).setting("mode", "live").setting("cache", "false")
        .setting("retry.max-attempts", "1").setting("cassette-dir", dir.toString()).judge(EQUALS_EXPECTED).quiet();
  }

  @Test
  void a429IsRateLimitedAfterOneRequestWithLangChain4jsExceptionAsCause() {
    fail(429, OpenAiBodies.rateLimited(), 0);

    ProviderException e = catchThrowableOfType(ProviderException.class,
        () -> LangChain4jProvider.of(openAi(Duration.ofSeconds(5))).complete(request(ModelParams.defaults())));

    assertThat(e.kind()).isEqualTo(ProviderException.Kind.RATE_LIMITED);
    assertThat(e.httpStatus()).isEqualTo(429);
    assertThat(e.getCause()).isInstanceOf(RateLimitException.class);
    assertThat(e.getMessage()).startsWith("langchain4j model 'prod-config' failed: RateLimitException")
        .contains("rate_limit_exceeded").doesNotContain(KEY);
    assertThat(requests()).as("maxRetries(0): LangChain4j does not retry behind the runner").isEqualTo(1);
  }

  @Test
  void theRunnerRetriesARateLimitedLangChain4jModelAndTheTrialKeepsTheKind() {
    fail(429, OpenAiBodies.rateLimited(), 0);
    LangChain4jModels.register("support-bot", openAi(Duration.ofSeconds(5)));

    RunSummary s = registeredBenchmark("langchain4j:support-bot").setting("retry.max-attempts", "2")
        .setting("retry.initial-backoff", "1").run();

    assertThat(requests()).as("two runner attempts, one request each").isEqualTo(2);
    assertThat(s.trials().toList().get(0).error().kind()).isEqualTo("RATE_LIMITED");
  }

  @Test
  void aModelThatDoesNotAnswerInTimeIsATimeout() {
    fail(200, OpenAiBodies.completion("late", 1, 1), 3_000);

    ProviderException e = catchThrowableOfType(ProviderException.class,
        () -> LangChain4jProvider.of(openAi(Duration.ofMillis(300))).complete(request(ModelParams.defaults())));

    assertThat(e.kind()).isEqualTo(ProviderException.Kind.TIMEOUT);
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void anyChatModelWorksAndAContentFilterIsAGradedEmptyAnswer() throws Exception {
    ChatModel refusing = new ChatModel() {
      @Override
      public dev.langchain4j.model.chat.response.ChatResponse doChat(dev.langchain4j.model.chat.request.ChatRequest r) {
        throw new dev.langchain4j.exception.ContentFilteredException("blocked by policy");
      }
    };

    Completion c = LangChain4jProvider.of(refusing).complete(request(ModelParams.defaults()));

    assertThat(c.text()).isEmpty();
    assertThat(c.finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
  }

  @Test
  void registeredNamesMustBeUsableInAModelId() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> LangChain4jModels.register("my bot", openAi(Duration.ofSeconds(1))))
        .withMessageContaining("'my bot'");
    assertThat(LangChain4jModels.unregister("never-registered")).isFalse();
  }
}
