package io.benchmarkhub.runner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.judge.Judges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fluent run through the real {@code openai} provider where one request in five fails transiently
 * (503, 429 with Retry-After, connection reset, malformed body, 529, in turn) on its first attempt:
 * every trial still passes, and each failed request costs exactly one extra request.
 */
class ResilientRunEndToEndTest {
  private static final int CASES = 25;
  private WireMockServer wm;

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
  void everyTrialPassesWhenOneRequestInFiveFailsTransiently() {
    List<ResponseDefinitionBuilder> faults = List.of(
        aResponse().withStatus(503).withBody("Service Unavailable"),
        aResponse().withStatus(429).withHeader("Retry-After", "0")
            .withBody(OpenAiBodiesForRunner.error("Rate limit reached", "requests", "rate_limit_exceeded")),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"choices\":[{"),
        aResponse().withStatus(529).withBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}"));
    List<TestCase> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      String question = "Q" + i + ":";
      cases.add(TestCase.builder().id("q" + i).input(question).expected("A" + i).build());
      wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(5).withRequestBody(containing(question))
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
              .withBody(OpenAiBodiesForRunner.completion("A" + i))));
      if (i % 5 == 2) {
        wm.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(1).withRequestBody(containing(question))
            .inScenario(question).whenScenarioStateIs(STARTED).willSetStateTo("recovered")
            .willReturn(faults.get(i / 5)));
      }
    }

    RunSummary s = BenchmarkHub.benchmark("flaky-provider").dataset(Dataset.of(cases)).models("openai:gpt-4o-mini")
        .baseUrl("openai", wm.baseUrl() + "/v1").secrets(SecretSource.of(Map.of("OPENAI_API_KEY", "sk-test-0123")))
        .judge(Judges.exactMatch()).setting("cache", "false").setting("retry.initial-backoff", "5").quiet().run();

    assertThat(s.trials()).hasSize(CASES).extracting(TrialResult::status).containsOnly(TrialStatus.PASS);
    assertThat(wm.countRequestsMatching(postRequestedFor(urlPathEqualTo("/v1/chat/completions")).build()).getCount())
        .isEqualTo(CASES + CASES / 5);
  }
}
