package io.benchmarkhub.springai.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.benchmarkhub.junit.assertions.BenchmarkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.judge.Judges;
import io.benchmarkhub.springai.ModelCallException;
import io.benchmarkhub.springai.OpenAiWire;
import io.benchmarkhub.springai.SpringAiModels;
import io.benchmarkhub.springai.SpringAiProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real Spring Boot test context runs benchmarks on its beans, offline: WireMock on loopback answers as
 * OpenAI does, both for BenchmarkHub's openai provider and for Spring AI's auto-configured
 * {@link OpenAiChatModel}.
 */
@SpringBootTest(classes = RefundApplication.class)
class SpringBootBenchmarkTest {
  private static final WireMockServer WM = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
  private static final String KEY = "sk-SENTINEL-spring-0123456789abcdef";

  static {
    WM.start();
  }

  @DynamicPropertySource
  static void openAiOnWireMock(DynamicPropertyRegistry registry) {
    registry.add("spring.ai.openai.base-url", () -> WM.baseUrl() + "/v1");
  }

  @AfterAll
  static void stopWireMock() {
    WM.stop();
  }

  @Autowired
  RefundAssistant assistant;
  @Autowired
  ChatModel chatModel;
  @Autowired
  Map<String, ChatModel> chatModels;

  @TempDir
  Path cassettes;

  private static final Dataset QUESTIONS = Dataset.of(
      TestCase.builder().id("r1").input("How long do refunds take?").expected("Within 30 days.").build(),
      TestCase.builder().id("r2").input("Can I return opened software?").expected("No, opened software is not refunded.")
          .build());

  @BeforeEach
  void stubOpenAi() {
    WM.resetAll();
    answer("How long do refunds take?", OpenAiWire.completion("Within 30 days.", 38, 5));
    answer("Can I return opened software?", OpenAiWire.completion("No, opened software is not refunded.", 39, 8));
  }

  private static void answer(String question, ResponseDefinitionBuilder response) {
    WM.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
        .withRequestBody(matchingJsonPath("$.messages[?(@.content == '" + question + "')]"))
        .willReturn(response));
  }

  private static int requests() {
    return WM.findAll(anyRequestedFor(anyUrl())).size();
  }

  /** The assistant bean as the subject, on the trial's model (BenchmarkHub's openai provider). */
  private Benchmark.Builder assistantBenchmark(String mode, Map<String, String> secrets) {
    return BenchmarkHub.benchmark("refund-assistant").dataset(QUESTIONS)
        .subject((c, model) -> assistant.withModel(SpringAiModels.chatModel(model)).answer(c.input()))
        .models("openai:gpt-4o-mini").judge(Judges.exactMatch())
        .baseUrl("openai", WM.baseUrl() + "/v1").secrets(SecretSource.of(secrets))
        .setting("mode", mode).setting("cassette-dir", cassettes.toString()).setting("cache", "false").quiet();
  }

  @Test
  void theAssistantBeanIsRecordedOnTheTrialsModelAndReplayedOffline() throws Exception {
    RunSummary recorded = assistantBenchmark("record", Map.of("OPENAI_API_KEY", KEY)).run();

    assertThat(recorded).hasNoErrors().hasTrials(2);
    assertThat(recorded).model("openai:gpt-4o-mini").hasPassed(2);
    assertThat(recorded).trial("r1", "openai:gpt-4o-mini").passed().hasAnswer("Within 30 days.");
    assertThat(requests()).isEqualTo(2);
    String sent = WM.findAll(anyRequestedFor(anyUrl())).get(0).getBodyAsString();
    assertThat(sent).as("the bean's ChatClient system prompt, with its policy").contains(RefundApplication.POLICY);
    assertThat(recorded.model("openai:gpt-4o-mini").inputTokens()).isEqualTo(38 + 39);
    assertThat(Files.readString(cassettes.resolve("refund-assistant.cassette.jsonl")))
        .contains("Within 30 days.").doesNotContain(KEY);

    WM.resetAll();
    RunSummary replayed = assistantBenchmark("replay", Map.of()).run();

    assertThat(replayed).hasNoErrors();
    assertThat(replayed).model("openai:gpt-4o-mini").hasPassed(2);
    assertThat(replayed.trials().toList()).extracting(t -> t.completion().origin())
        .containsOnly(CompletionOrigin.REPLAY);
    assertThat(requests()).as("nothing sent in replay").isZero();
  }

  @Test
  void aProviderErrorInsideTheBeanKeepsItsKindInTheTrial() {
    WM.resetAll();
    WM.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(OpenAiWire.error(429, "insufficient-quota")));

    RunSummary s = assistantBenchmark("live", Map.of("OPENAI_API_KEY", KEY)).run();

    assertThat(s).trial("r1", "openai:gpt-4o-mini").errored();
    TrialError error = s.trials().toList().get(0).error();
    assertThat(error.phase()).isEqualTo(TrialError.Phase.PROVIDER);
    assertThat(error.kind()).isEqualTo("QUOTA_EXHAUSTED");
    assertThat(error.stackTrace()).startsWith(ModelCallException.class.getName())
        .contains("\tat " + RefundAssistant.class.getName() + ".answer(");
    assertThat(requests()).as("a spent quota is final: one request per trial").isEqualTo(2);
  }

  @Test
  void theApplicationsOwnChatModelBeanIsAProvider() {
    RunSummary s = BenchmarkHub.benchmark("refund-bean").dataset(QUESTIONS).prompt(TestCase::input)
        .provider("app", SpringAiProvider.of(chatModel)).models("app:gpt-4o-mini")
        .judge(Judges.exactMatch()).setting("cache", "false").setting("cassette-dir", cassettes.toString()).quiet()
        .run();

    assertThat(s).hasNoErrors();
    assertThat(s).model("app:gpt-4o-mini").hasPassed(2).passRate().isAtLeast(1.0);
    TrialResult r2 = s.trials().stream().filter(t -> t.caseId().equals("r2")).findFirst().orElseThrow();
    assertThat(r2.completion().usage().inputTokens()).isEqualTo(39);
    assertThat(r2.completion().servedModel()).isEqualTo("gpt-4o-mini-2024-07-18");
  }

  @Test
  void chatModelBeansRegisteredByNameAreTheSpringAiProvider() {
    assertThat(chatModels).containsKey("openAiChatModel");

    RunSummary s;
    try (var registered = SpringAiModels.registerAll(chatModels)) {
      s = BenchmarkHub.benchmark("refund-registry").dataset(QUESTIONS).prompt(TestCase::input)
          .models("spring-ai:openAiChatModel", "spring-ai:noSuchBean").judge(Judges.exactMatch())
          .setting("cache", "false").setting("cassette-dir", cassettes.toString()).quiet().run();
    }

    assertThat(s).model("spring-ai:openAiChatModel").hasNoErrors().hasPassed(2);
    assertThat(s).trial("r1", "spring-ai:noSuchBean").errored();
    assertThat(s.trials().stream().filter(t -> t.model().equals("spring-ai:noSuchBean")).findFirst().orElseThrow()
        .error().message()).contains("no Spring AI chat model is registered as 'noSuchBean'")
        .contains("openAiChatModel");
    assertThat(SpringAiModels.registered()).doesNotContain("openAiChatModel");
  }

  @Test
  void a429FromTheBeanIsRateLimitedAndOnlyTheRunnerRetries() {
    WM.resetAll();
    WM.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(OpenAiWire.error(429, "rate-limited")));

    RunSummary s = BenchmarkHub.benchmark("refund-429").dataset(Dataset.of(TestCase.of("How long?", "30 days")))
        .prompt(TestCase::input).provider("app", SpringAiProvider.of(chatModel)).models("app:gpt-4o-mini")
        .judge(Judges.exactMatch()).setting("retry.max-attempts", "2").setting("retry.initial-backoff", "10")
        .setting("cache", "false").setting("cassette-dir", cassettes.toString()).quiet().run();

    TrialResult t = s.trials().stream().findFirst().orElseThrow();
    assertThat(s).trial(t.caseId(), "app:gpt-4o-mini").errored();
    assertThat(t.error().kind()).isEqualTo("RATE_LIMITED");
    assertThat(requests()).as("2 runner attempts, one request each: spring.ai.openai.max-retries=0").isEqualTo(2);
  }
}
