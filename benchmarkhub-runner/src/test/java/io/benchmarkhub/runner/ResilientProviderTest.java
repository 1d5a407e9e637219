package io.benchmarkhub.runner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ChatRequest;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelParams;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.ProviderException.Kind;
import io.benchmarkhub.runner.provider.OpenAiProviderFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Retries, circuit breaker and rate limits around the real {@code openai} provider, against WireMock
 * sending OpenAI's own bodies. Waits go to a {@link FakeTime} that records them and moves its clock,
 * so the tests are fast and exact.
 */
class ResilientProviderTest {
  private static final String PATH = "/v1/chat/completions";
  private static final ChatRequest REQUEST =
      new ChatRequest("gpt-4o-mini", List.of(Message.user("Say hi")), ModelParams.defaults());

  private WireMockServer wm;
  private final FakeTime time = new FakeTime();
  private final Map<String, String> settings = new HashMap<>(Map.of("retry.initial-backoff", "10"));

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  @Test
  void waitsAsLongAsRetryAfterSaysThenSucceeds() throws Exception {
    sequence(aResponse().withStatus(429).withHeader("Retry-After", "2")
        .withBody(OpenAiBodiesForRunner.error("Rate limit reached for gpt-4o-mini", "requests", "rate_limit_exceeded")),
        ok());

    assertThat(provider().complete(REQUEST).text()).isEqualTo("Hello!");
    assertThat(requests()).isEqualTo(2);
    assertThat(time.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void neverWaitsLongerThanTheMaxBackoffEvenWhenRetryAfterSaysSo() throws Exception {
    settings.put("retry.max-backoff", "PT1S");
    sequence(aResponse().withStatus(429).withHeader("Retry-After", "120"), ok());

    provider().complete(REQUEST);
    assertThat(time.waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void retriesA503WithAJitteredBackoff() throws Exception {
    sequence(aResponse().withStatus(503).withBody("upstream connect error"), ok());

    assertThat(provider().complete(REQUEST).text()).isEqualTo("Hello!");
    assertThat(requests()).isEqualTo(2);
    assertThat(time.waits).singleElement().satisfies(
        w -> assertThat(w).isBetween(Duration.ofMillis(5), Duration.ofMillis(15)));
  }

  @Test
  void retriesOverloaded529() throws Exception {
    sequence(aResponse().withStatus(529)
        .withBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"), ok());

    assertThat(provider().complete(REQUEST).text()).isEqualTo("Hello!");
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void retriesAConnectionReset() throws Exception {
    sequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());

    assertThat(provider().complete(REQUEST).text()).isEqualTo("Hello!");
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void retriesAMalformedBody() throws Exception {
    sequence(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"chatcmpl-1\",\"choices\":[{\"mess"), ok());

    assertThat(provider().complete(REQUEST).text()).isEqualTo("Hello!");
    assertThat(requests()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      401 | AUTHENTICATION  | Incorrect API key provided | invalid_request_error | invalid_api_key
      400 | BAD_REQUEST     | Invalid 'messages'          | invalid_request_error | invalid_value
      404 | NOT_FOUND       | The model does not exist    | invalid_request_error | model_not_found
      429 | QUOTA_EXHAUSTED | You exceeded your current quota | insufficient_quota | insufficient_quota
      """)
  void neverRetriesAFinalError(int status, Kind kind, String message, String type, String code) {
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(OpenAiBodiesForRunner.error(message, type, code))));

    ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().complete(REQUEST));
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.getMessage()).doesNotContain("after");
    assertThat(requests()).isEqualTo(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void givesUpAfterTheMaxAttemptsWithTheLastErrorAndTheCount() {
    settings.put("retry.max-attempts", "3");
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

    ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().complete(REQUEST));
    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.getMessage()).startsWith("after 3 attempts: ").contains("503");
    assertThat(requests()).isEqualTo(3);
    assertThat(time.waits).hasSize(2);
  }

  @Test
  void stopsEarlyWhenTheNextWaitWouldPassTheTimeBudget() {
    // every wait is the 600 ms cap; a 1.5 s budget fits two of them, not a third
    settings.putAll(Map.of("retry.max-attempts", "10", "retry.initial-backoff", "PT2S", "retry.max-backoff", "600",
        "retry.total-timeout", "1500"));
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500).withBody("Internal error")));

    ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().complete(REQUEST));
    assertThat(e.getMessage()).startsWith("after 3 attempts (the next wait of 600 ms would pass the trial's time "
        + "budget of 1500 ms): ");
    assertThat(requests()).isEqualTo(3);
    assertThat(time.waits).containsExactly(Duration.ofMillis(600), Duration.ofMillis(600));
  }

  @Test
  void opensTheCircuitAfterRepeatedFailuresAndThenFailsFastWithoutCalling() {
    settings.put("retry.max-attempts", "1");
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
    Provider provider = provider();

    List<String> messages = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      messages.add(catchThrowableOfType(ProviderException.class, () -> provider.complete(REQUEST)).getMessage());
    }
    assertThat(requests()).isEqualTo(20);
    assertThat(messages.subList(20, 25)).containsOnly("circuit open for openai: 20 recent failures; not calling it "
        + "for 30s");
  }

  @Test
  void badRequestsNeverOpenTheCircuit() {
    settings.put("retry.max-attempts", "1");
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400)
        .withBody(OpenAiBodiesForRunner.error("Invalid 'messages'", "invalid_request_error", "invalid_value"))));
    Provider provider = provider();

    for (int i = 0; i < 25; i++) {
      assertThatThrownBy(() -> provider.complete(REQUEST)).hasMessageContaining("Invalid 'messages'");
    }
    assertThat(requests()).isEqualTo(25);
  }

  @Test
  void spacesRequestsToTheRateLimit() throws Exception {
    settings.put("openai.rpm", "1200"); // one request every 50 ms
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(ok()));
    Provider provider = new ResilientProvider("openai", openai(), policy(), Sleeper.THREAD, System::nanoTime);

    long start = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      provider.complete(REQUEST);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
    assertThat(requests()).isEqualTo(5);
  }

  @Test
  void theSeventhRequestOf100TokensWaitsForTheNextMinuteAt600Tpm() throws Exception {
    settings.put("openai.tpm", "600");
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(ok()));
    Provider provider = provider();

    for (int i = 0; i < 13; i++) {
      provider.complete(request("gpt-4o-mini", 100));
    }
    // 6 × 100 fill the first minute; the 7th waits for the second, the 13th for the third
    assertThat(time.waits).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60));
    assertThat(requests()).isEqualTo(13);
  }

  @Test
  void retriesTakeTokensToo() throws Exception {
    settings.put("tpm", "600");
    sequence(aResponse().withStatus(503).withBody("Service Unavailable"), ok());
    Provider provider = provider();

    for (int i = 0; i < 6; i++) {
      provider.complete(request("gpt-4o-mini", 100));
    }
    // 7 attempts of 100: the backoff after the 503 plus the wait for the second minute make one minute
    assertThat(requests()).isEqualTo(7);
    assertThat(time.waits).hasSize(2);
    assertThat(time.waits.get(0).plus(time.waits.get(1))).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aRequestLargerThanTheWholeBudgetTakesOneMinutesBudgetInsteadOfWaitingForever() throws Exception {
    settings.put("tpm", "600");
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(ok()));
    Provider provider = provider();

    // 5,000 tokens would need 9 minutes of budget, more than the 5-minute time budget: clamped to 600
    provider.complete(request("gpt-4o-mini", 5_000));
    provider.complete(request("gpt-4o-mini", 5_000));
    assertThat(time.waits).containsExactly(Duration.ofSeconds(60));
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void aTokenWaitLongerThanTheTimeBudgetFailsAtOnceNamingTheModelAndTheLimit() throws Exception {
    settings.putAll(Map.of("tpm", "600", "retry.total-timeout", "PT30S"));
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(ok()));
    Provider provider = provider();
    for (int i = 0; i < 6; i++) {
      provider.complete(request("gpt-4o-mini", 100));
    }

    ProviderException e = catchThrowableOfType(ProviderException.class,
        () -> provider.complete(request("gpt-4o-mini", 100)));
    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.getMessage()).isEqualTo("client rate limit for openai:gpt-4o-mini (600 tokens per minute) has no "
        + "room for 100 tokens within the trial's time budget of 30 s");
    assertThat(requests()).isEqualTo(6);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void aRetryWaitsForTokensOnlyWithinWhatIsLeftOfTheTimeBudget() {
    // the first attempt takes 500 of the minute's 600 and gets a 503; after its 30 s backoff the retry
    // would wait another 30 s for the next minute, but only 20 s of the 50 s budget are left
    settings.putAll(Map.of("tpm", "600", "retry.total-timeout", "PT50S", "retry.initial-backoff", "PT30S"));
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")
        .withBody("Service Unavailable")));

    ProviderException e = catchThrowableOfType(ProviderException.class,
        () -> provider().complete(request("gpt-4o-mini", 500)));
    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.getMessage()).isEqualTo("after 2 attempts: client rate limit for openai:gpt-4o-mini (600 tokens per "
        + "minute) has no room for 500 tokens within the trial's time budget of 50 s");
    assertThat(requests()).isEqualTo(1);
    assertThat(time.waits).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void eachModelHasItsOwnTokenBudget() throws Exception {
    settings.put("tpm", "600");
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(ok()));
    Provider provider = provider();

    for (int i = 0; i < 6; i++) {
      provider.complete(request("gpt-4o-mini", 100));
      provider.complete(request("gpt-4o", 100));
    }
    assertThat(time.waits).isEmpty();
    provider.complete(request("gpt-4o", 100));
    assertThat(time.waits).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void tokensAnAnswerReportsBeyondTheEstimateAreTakenToo() throws Exception {
    settings.put("tpm", "600");
    wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(OpenAiBodiesForRunner.completion("Hello!", 8, 292))));
    Provider provider = provider();

    // estimated at 100 each, they use 300 each: the third finds the minute spent
    for (int i = 0; i < 3; i++) {
      provider.complete(request("gpt-4o-mini", 100));
    }
    assertThat(time.waits).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void aNullAnswerUnderATokenLimitIsPassedOnForTheRunnerToReport() throws Exception {
    settings.put("tpm", "600");
    Provider returnsNull = new ResilientProvider("openai", request -> null, policy(), time, time::nanoTime);

    assertThat(returnsNull.complete(request("gpt-4o-mini", 100))).isNull();
  }

  @Test
  void aProvidersOwnTpmWinsAndABadValueNamesItsProperty() {
    assertThat(ResiliencePolicy.of(settings(Map.of("tpm", "1000", "openai.tpm", "600")), "openai").tokensPerMinute())
        .isEqualTo(600);
    assertThat(ResiliencePolicy.of(settings(Map.of("anthropic.tpm", "600")), "openai").tokensPerMinute()).isZero();

    assertThatThrownBy(() -> ResiliencePolicy.of(settings(Map.of("tpm", "lots")), "openai"))
        .isInstanceOf(BenchmarkException.class)
        .hasMessageStartingWith("setting benchmarkhub.tpm must be a positive integer, was 'lots'");
    assertThatThrownBy(() -> ResiliencePolicy.of(settings(Map.of("openai.tpm", "0")), "openai"))
        .isInstanceOf(BenchmarkException.class).hasMessageContaining("benchmarkhub.openai.tpm");
  }

  @Test
  void aProvidersOwnSettingWinsAndABadValueNamesItsProperty() {
    settings.putAll(Map.of("retry.max-attempts", "5", "openai.retry.max-attempts", "2"));
    assertThat(policy().maxAttempts()).isEqualTo(2);
    assertThat(ResiliencePolicy.of(settings(Map.of("anthropic.rpm", "1")), "openai").requestsPerMinute()).isZero();

    assertThatThrownBy(() -> ResiliencePolicy.of(settings(Map.of("openai.retry.total-timeout", "soon")), "openai"))
        .isInstanceOf(BenchmarkException.class).hasMessageContaining("benchmarkhub.openai.retry.total-timeout")
        .hasMessageContaining("'soon'");
    assertThatThrownBy(() -> ResiliencePolicy.of(settings(Map.of("circuit-breaker", "maybe")), "openai"))
        .isInstanceOf(BenchmarkException.class).hasMessageContaining("benchmarkhub.circuit-breaker");
  }

  @Test
  void turningEveryGuardOffLeavesTheProviderAlone() {
    Provider bare = openai();
    Map<String, String> off = Map.of("retry.max-attempts", "1", "circuit-breaker", "false");
    assertThat(ResilientProvider.of("openai", bare, settings(off))).isSameAs(bare);
    Map<String, String> tpmOnly = new HashMap<>(off);
    tpmOnly.put("tpm", "10000");
    assertThat(ResilientProvider.of("openai", bare, settings(tpmOnly))).isInstanceOf(ResilientProvider.class);
    assertThat(ResilientProvider.of("openai", bare, settings(Map.of()))).isInstanceOf(ResilientProvider.class);
  }

  /** {@return a request to this model whose estimate is exactly {@code tokens}: "Say hi" plus maxTokens} */
  private static ChatRequest request(String model, int tokens) {
    List<Message> messages = List.of(Message.user("Say hi"));
    long input = TokenCounter.count(ModelRef.of("openai", model), messages);
    return new ChatRequest(model, messages, ModelParams.defaults().withMaxTokens((int) (tokens - input)));
  }

  private Provider provider() {
    return new ResilientProvider("openai", openai(), policy(), time, time::nanoTime);
  }

  private ResiliencePolicy policy() {
    return ResiliencePolicy.of(settings(settings), "openai");
  }

  private static Settings settings(Map<String, String> values) {
    return new Settings(k -> Optional.ofNullable(values.get(k)), k -> null, k -> null);
  }

  private Provider openai() {
    String baseUrl = wm.baseUrl() + "/v1";
    return new OpenAiProviderFactory().create(new ProviderContext() {
      @Override
      public String providerId() {
        return "openai";
      }

      @Override
      public Optional<String> setting(String key) {
        return key.equals("base-url") ? Optional.of(baseUrl) : Optional.empty();
      }

      @Override
      public Optional<String> secret(String name) {
        return Optional.of("sk-test-0123456789");
      }

      @Override
      public Duration requestTimeout() {
        return Duration.ofSeconds(5);
      }
    });
  }

  /** Answers each request with the next response, the last one from then on. */
  private void sequence(ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      wm.stubFor(post(urlPathEqualTo(PATH)).inScenario("sequence")
          .whenScenarioStateIs(i == 0 ? STARTED : "step " + i)
          .willReturn(responses[i])
          .willSetStateTo("step " + Math.min(i + 1, responses.length - 1)));
    }
  }

  private static ResponseDefinitionBuilder ok() {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(OpenAiBodiesForRunner.completion("Hello!"));
  }

  private int requests() {
    return wm.countRequestsMatching(postRequestedFor(urlPathEqualTo(PATH)).build()).getCount();
  }

  /** A clock that only the waits move, recording each wait. */
  static final class FakeTime implements Sleeper {
    final List<Duration> waits = new ArrayList<>();
    private long nanos;

    @Override
    public synchronized void sleep(Duration wait) {
      waits.add(wait);
      nanos += wait.toNanos();
    }

    synchronized long nanoTime() {
      return nanos;
    }
  }
}
