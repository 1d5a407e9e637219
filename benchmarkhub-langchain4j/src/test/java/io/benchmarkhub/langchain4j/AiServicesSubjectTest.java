package io.benchmarkhub.langchain4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.Subject;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A LangChain4j {@code AiServices} assistant evaluated as the subject, end to end through the runner and
 * its real {@code openai} provider on WireMock (loopback): recorded, then replayed offline.
 */
class AiServicesSubjectTest {
  private static final String KEY = "sk-SENTINEL-lc4j-0123456789abcdef";
  private static final String SYSTEM = "You sort support questions. Answer with one word.";

  /** The user's assistant under test: two LangChain4j methods, so each trial makes two calls. */
  interface SupportAssistant {
    @SystemMessage(SYSTEM)
    @UserMessage("Topic of: {{question}}")
    String topic(@V("question") String question);

    @UserMessage("Team for topic {{topic}}")
    String team(@V("topic") String topic);
  }

  /** The subject a user writes: the trial's model handle, as a LangChain4j model, behind an AiServices assistant. */
  static final Subject ASSISTANT = (c, model) -> {
    SupportAssistant assistant = AiServices.builder(SupportAssistant.class)
        .chatModel(LangChain4jModels.chatModel(model)).build();
    return assistant.team(assistant.topic(c.input()));
  };

  private static final Judge EQUALS_EXPECTED = Judge.named("equals-expected", (c, out) ->
      out.text().equals(c.expected().orElseThrow()) ? Verdict.pass() : Verdict.fail("was " + out.text()));

  @TempDir
  Path cassettes;
  @TempDir
  Path cache;

  private WireMockServer wm;
  private String baseUrl;

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    baseUrl = wm.baseUrl() + "/v1";
    stub("$.messages[1].content", "Topic of: my card was charged twice", OpenAiBodies.completion("billing", 31, 2));
    stub("$.messages[1].content", "Topic of: the app crashes on start", OpenAiBodies.completion("bug", 30, 1));
    stub("$.messages[0].content", "Team for topic billing", OpenAiBodies.completion("finance", 9, 2));
    stub("$.messages[0].content", "Team for topic bug", OpenAiBodies.completion("engineering", 9, 3));
  }

  private void stub(String path, String content, String body) {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
        .withRequestBody(matchingJsonPath(path, equalTo(content)))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
  }

  @AfterEach
  void stop() {
    if (wm.isRunning()) {
      wm.stop();
    }
  }

  private static Dataset questions() {
    return Dataset.of(List.of(
        TestCase.builder().id("double-charge").input("my card was charged twice").expected("finance").build(),
        TestCase.builder().id("crash").input("the app crashes on start").expected("engineering").build()));
  }

  private Benchmark.Builder benchmark(String mode, boolean withKey) {
    return BenchmarkHub.benchmark("support-assistant").dataset(questions()).subject(ASSISTANT)
        .models("openai:gpt-4o-mini").baseUrl("openai", baseUrl)
        .secrets(SecretSource.of(withKey ? Map.of("OPENAI_API_KEY", KEY) : Map.of()))
        .setting("mode", mode).setting("cassette-dir", cassettes.toString()).setting("cache-dir", cache.toString())
        .judge(EQUALS_EXPECTED).quiet();
  }

  private int requests() {
    return wm.findAll(anyRequestedFor(anyUrl())).size();
  }

  @Test
  void theAssistantIsRecordedThroughTheRunnerAndReplayedOfflineWithTheSameResults() throws IOException {
    RunSummary recorded = benchmark("record", true).run();

    assertThat(requests()).isEqualTo(4);
    wm.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
        .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
        .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo(SYSTEM)))
        .withRequestBody(matchingJsonPath("$.messages[1].role", equalTo("user")))
        .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini"))));
    assertThat(recorded.trials()).hasSize(2).allSatisfy(t -> {
      assertThat(t.status()).isEqualTo(TrialStatus.PASS);
      assertThat(t.completion().origin()).isEqualTo(CompletionOrigin.LIVE);
    });
    TrialResult charge = trial(recorded, "double-charge");
    assertThat(charge.completion().text()).isEqualTo("finance");
    assertThat(charge.prompt()).containsExactly(Message.system(SYSTEM), Message.user("Topic of: my card was charged twice"));
    assertThat(charge.completion().usage().inputTokens()).as("both calls summed").isEqualTo(31 + 9);
    assertThat(charge.completion().usage().outputTokens()).isEqualTo(2 + 2);
    // gpt-4o-mini lists $0.15 in and $0.60 out per million tokens
    assertThat(charge.completion().usage().costUsd().getAsDouble())
        .isCloseTo((40 * 0.15 + 4 * 0.60) / 1e6, within(1e-12));
    assertThat(Files.readAllLines(cassettes.resolve("support-assistant.cassette.jsonl"))).hasSize(4);

    wm.resetRequests();
    RunSummary replayed = benchmark("replay", false).run();

    assertThat(requests()).isZero();
    assertThat(replayed.trials()).hasSize(2).allSatisfy(t -> {
      assertThat(t.status()).isEqualTo(TrialStatus.PASS);
      assertThat(t.completion().origin()).isEqualTo(CompletionOrigin.REPLAY);
    });
    assertThat(replayed.trials().stream().map(t -> t.completion().text()).toList())
        .isEqualTo(recorded.trials().stream().map(t -> t.completion().text()).toList());
    assertThat(trial(replayed, "crash").completion().usage()).isEqualTo(trial(recorded, "crash").completion().usage());
    assertThat(replayed.model("openai:gpt-4o-mini").costUsd()).isEqualTo(recorded.model("openai:gpt-4o-mini").costUsd());
    assertThat(replayed.model("openai:gpt-4o-mini").inputTokens()).isEqualTo(40 + 39);

    wm.stop();
    assertThat(benchmark("replay", false).run().trials()).as("nothing listens: the cassette alone answers")
        .allSatisfy(t -> assertThat(t.status()).isEqualTo(TrialStatus.PASS));
  }

  @Test
  void aRateLimitTheAssistantLetsThroughKeepsItsKindInTheTrial() {
    wm.resetAll();
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "application/json").withBody(OpenAiBodies.rateLimited())));

    RunSummary s = benchmark("live", true).setting("cache", "false").setting("retry.max-attempts", "1").run();

    assertThat(requests()).as("one request per trial: nobody retries behind the runner's back").isEqualTo(2);
    assertThat(s.trials()).hasSize(2).allSatisfy(t -> {
      assertThat(t.status()).isEqualTo(TrialStatus.ERROR);
      assertThat(t.error().phase()).isEqualTo(TrialError.Phase.PROVIDER);
      assertThat(t.error().kind()).isEqualTo("RATE_LIMITED");
    });
  }

  private static TrialResult trial(RunSummary s, String caseId) {
    return s.trials().stream().filter(t -> t.caseId().equals(caseId)).findFirst().orElseThrow();
  }
}
