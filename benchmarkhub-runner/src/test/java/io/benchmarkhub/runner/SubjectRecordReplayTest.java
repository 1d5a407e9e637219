package io.benchmarkhub.runner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.EQUALS_EXPECTED;
import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.Subject;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subject that makes two calls per trial, against the real openai provider on WireMock (loopback):
 * both calls are counted, priced, recorded, and replayed offline.
 */
class SubjectRecordReplayTest {
  private static final String KEY = "sk-SENTINEL-subject-0123456789abcdef";
  private static final int DELAY_MS = 40;

  /** Asks for the topic of the case (at temperature 0), then for the answer about that topic. */
  private static final Subject TWO_STEPS = (testCase, model) -> {
    String topic = model.complete(List.of(Message.user("Topic of " + testCase.input())), p -> p.withTemperature(0))
        .text();
    return model.ask("Answer " + topic);
  };

  @TempDir
  Path cassettes;
  @TempDir
  Path cache;

  private WireMockServer wm;

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    for (int i = 0; i < 3; i++) {
      stub("Topic of Q" + i, OpenAiBodiesForRunner.completion("T" + i, 10, 2));
      stub("Answer T" + i, OpenAiBodiesForRunner.completion("A" + i, 20, 3));
    }
  }

  private void stub(String content, String body) {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
        .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo(content)))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withFixedDelay(DELAY_MS).withBody(body)));
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  private Benchmark.Builder subjectBenchmark(String mode, boolean withKey) {
    return BenchmarkHub.benchmark("two-steps").dataset(numbers(3)).subject(TWO_STEPS).models("openai:gpt-4o-mini")
        .baseUrl("openai", wm.baseUrl() + "/v1")
        .secrets(SecretSource.of(withKey ? Map.of("OPENAI_API_KEY", KEY) : Map.of()))
        .setting("mode", mode).setting("cassette-dir", cassettes.toString()).setting("cache-dir", cache.toString())
        .judge(EQUALS_EXPECTED).quiet();
  }

  private int requests() {
    return wm.findAll(anyRequestedFor(anyUrl())).size();
  }

  @Test
  void bothCallsAreSummedIntoTheTrialAndTheLatencyIsTheSubjectsWallTime() {
    RunSummary s = subjectBenchmark("live", true).setting("cache", "false").run();

    assertThat(requests()).isEqualTo(6);
    assertThat(s.trials()).hasSize(3).allSatisfy(t -> {
      assertThat(t.status()).isEqualTo(TrialStatus.PASS);
      assertThat(t.completion().usage().inputTokens()).isEqualTo(30);
      assertThat(t.completion().usage().outputTokens()).isEqualTo(5);
      // gpt-4o-mini lists $0.15 in and $0.60 out per million tokens
      assertThat(t.completion().usage().costUsd().getAsDouble()).isCloseTo((30 * 0.15 + 5 * 0.60) / 1e6, within(1e-12));
      assertThat(t.completion().latency()).isGreaterThanOrEqualTo(Duration.ofMillis(2 * DELAY_MS));
      assertThat(t.completion().origin()).isEqualTo(CompletionOrigin.LIVE);
      assertThat(t.completion().servedModel()).isEqualTo("gpt-4o-mini-2024-07-18");
    });
    TrialResult first = s.trials().toList().get(0);
    assertThat(first.prompt()).containsExactly(Message.user("Topic of Q0"));
    assertThat(s.model("openai:gpt-4o-mini").inputTokens()).isEqualTo(90);
    assertThat(s.model("openai:gpt-4o-mini").costUsd().getAsDouble())
        .isCloseTo(3 * (30 * 0.15 + 5 * 0.60) / 1e6, within(1e-12));
  }

  @Test
  void everyCallIsRecordedAndTheSubjectReplaysOfflineWithTheSameResults() throws IOException {
    RunSummary recorded = subjectBenchmark("record", true).run();
    assertThat(requests()).isEqualTo(6);
    List<String> lines = Files.readAllLines(cassettes.resolve("two-steps.cassette.jsonl"));
    assertThat(lines).hasSize(6);
    assertThat(lines).filteredOn(l -> l.contains("\"Topic of Q1\"")).singleElement()
        .satisfies(l -> assertThat(l).contains("\"temperature\":0.0"));
    assertThat(lines).filteredOn(l -> l.contains("\"Answer T1\"")).singleElement()
        .satisfies(l -> assertThat(l).doesNotContain("temperature"));
    wm.resetRequests();

    RunSummary replayed = subjectBenchmark("replay", false).run();

    assertThat(requests()).isZero();
    assertThat(replayed.trials()).hasSize(3).allSatisfy(t -> {
      assertThat(t.status()).isEqualTo(TrialStatus.PASS);
      assertThat(t.completion().origin()).isEqualTo(CompletionOrigin.REPLAY);
      assertThat(t.completion().usage().inputTokens()).isEqualTo(30);
    });
    assertThat(replayed.trials().stream().map(t -> t.completion().text()).toList())
        .isEqualTo(recorded.trials().stream().map(t -> t.completion().text()).toList());
    assertThat(replayed.model("openai:gpt-4o-mini").costUsd())
        .isEqualTo(recorded.model("openai:gpt-4o-mini").costUsd());
    assertThat(replayed.toTable()).contains("openai:gpt-4o-mini: 3 of 3 trials replayed from cassette");
  }

  @Test
  void aReplayedCallTheCassetteLacksErrorsThatTrialNamingTheCallAndTheCase() throws IOException {
    subjectBenchmark("record", true).run();
    Path cassette = cassettes.resolve("two-steps.cassette.jsonl");
    Files.write(cassette, Files.readAllLines(cassette).stream().filter(l -> !l.contains("\"Answer T2\"")).toList());

    RunSummary replayed = subjectBenchmark("replay", false).run();

    TrialResult missing = replayed.trials().toList().get(2);
    assertThat(missing.status()).isEqualTo(TrialStatus.ERROR);
    assertThat(missing.error().kind()).isEqualTo(CassetteMissException.KIND);
    assertThat(missing.error().message()).startsWith("call 2 of the subject on case 'q2' on openai:gpt-4o-mini")
        .contains("record it with -Dbenchmarkhub.mode=record");
    assertThat(missing.completion().usage().inputTokens()).as("the first call was replayed and counts").isEqualTo(10);
    assertThat(replayed.trials().toList().subList(0, 2)).allMatch(t -> t.status() == TrialStatus.PASS);
  }
}
