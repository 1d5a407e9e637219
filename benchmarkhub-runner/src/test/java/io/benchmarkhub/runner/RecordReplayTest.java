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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record, replay and auto mode end to end: the real openai provider against WireMock on loopback,
 * cassettes and the cache in temporary directories.
 */
class RecordReplayTest {
  private static final String KEY = "sk-SENTINEL-cassette-0123456789abcdef";
  private static final String CASSETTE = "capitals.cassette.jsonl";

  @TempDir
  Path cassettes;
  @TempDir
  Path cache;

  private WireMockServer wm;

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    for (int i = 0; i < 4; i++) {
      wm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
          .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo("Q" + i)))
          .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
              {"id":"chatcmpl-%d","object":"chat.completion","created":1732435200,"model":"gpt-4o-mini-2024-07-18",
               "choices":[{"index":0,"message":{"role":"assistant","content":"A%d"},"finish_reason":"stop"}],
               "usage":{"prompt_tokens":%d,"completion_tokens":2,"total_tokens":%d}}"""
              .formatted(i, i, 10 + i, 12 + i))));
    }
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  /** The "capitals" benchmark on openai:gpt-4o-mini against WireMock, in a mode, with or without the key. */
  private Benchmark.Builder capitals(int cases, String mode, boolean withKey) {
    return BenchmarkHub.benchmark("capitals").dataset(numbers(cases)).models("openai:gpt-4o-mini")
        .baseUrl("openai", wm.baseUrl() + "/v1")
        .secrets(SecretSource.of(withKey ? Map.of("OPENAI_API_KEY", KEY) : Map.of()))
        .setting("mode", mode).setting("cassette-dir", cassettes.toString()).setting("cache-dir", cache.toString())
        .judge(EQUALS_EXPECTED).quiet();
  }

  private int requests() {
    return wm.findAll(anyRequestedFor(anyUrl())).size();
  }

  @Test
  void replayGivesTheRecordedResultsWithoutARequestOrAKey() {
    RunSummary recorded = capitals(3, "record", true).run();
    assertThat(requests()).isEqualTo(3);
    wm.resetRequests();

    RunSummary replayed = capitals(3, "replay", false).run();

    assertThat(requests()).isZero();
    assertThat(replayed.trials()).hasSize(3).allMatch(t -> t.completion().origin() == CompletionOrigin.REPLAY);
    assertThat(replayed.trials()).extracting(RecordReplayTest::outcome)
        .containsExactlyElementsOf(recorded.trials().stream().map(RecordReplayTest::outcome).toList());
    assertThat(replayed.model("openai:gpt-4o-mini").inputTokens()).isEqualTo(33);
    assertThat(replayed.trials().toList().get(0).completion().servedModel()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(replayed.toTable()).contains("openai:gpt-4o-mini: 3 of 3 trials replayed from cassette " + CASSETTE);
    assertThat(recorded.toTable()).doesNotContain("replayed").doesNotContain("served from cache");
  }

  /** Everything a trial reports except where its answer came from; latency to the millisecond, as stored. */
  private static String outcome(TrialResult t) {
    Completion c = t.completion();
    return t.caseId() + " " + t.model() + " #" + t.repeat() + " " + t.status() + " " + t.score() + " " + t.verdicts()
        + " " + c.text() + " " + c.finishReason() + " " + c.usage() + " " + c.servedModel() + " "
        + c.latency().toMillis() + " ms";
  }

  @Test
  void aRequestTheCassetteLacksErrorsThatTrialAloneNamingCaseModelCassetteAndFix() {
    capitals(2, "record", true).run();
    wm.resetRequests();

    RunSummary s = capitals(3, "replay", false).run();

    assertThat(requests()).isZero();
    assertThat(s.trials()).extracting(TrialResult::status)
        .containsExactly(TrialStatus.PASS, TrialStatus.PASS, TrialStatus.ERROR);
    TrialResult missing = s.trials().toList().get(2);
    assertThat(missing.error().kind()).isEqualTo("NOT_RECORDED");
    assertThat(missing.error().message()).contains("case 'q2'").contains("openai:gpt-4o-mini")
        .contains(cassettes.resolve(CASSETTE).toAbsolutePath().toString())
        .contains("record it with -Dbenchmarkhub.mode=record and the provider's key set");
    assertThat(s.toTable()).contains("openai:gpt-4o-mini: 2 of 3 trials replayed from cassette " + CASSETTE)
        .contains("openai:gpt-4o-mini: 1 × provider NOT_RECORDED — first on case q2");
  }

  @Test
  void replayWithoutACassetteStopsBeforeTheRunSayingHowToRecordIt() {
    assertThatThrownBy(() -> capitals(2, "replay", false).run()).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("mode replay needs the cassette " + cassettes.resolve(CASSETTE).toAbsolutePath())
        .hasMessageContaining("benchmarkhub/cassettes/" + CASSETTE)
        .hasMessageContaining("record it with -Dbenchmarkhub.mode=record");
  }

  @Test
  void autoReplaysWhenTheKeyIsMissingAndRunsLiveWhenItIsSet() {
    capitals(3, "record", true).run();
    wm.resetRequests();

    RunSummary offline = capitals(3, "auto", false).run();
    assertThat(requests()).isZero();
    assertThat(offline.trials()).allMatch(t -> t.passed() && t.completion().origin() == CompletionOrigin.REPLAY);

    RunSummary online = capitals(3, "auto", true).setting("cache", "false").run();
    assertThat(requests()).isEqualTo(3);
    assertThat(online.trials()).allMatch(t -> t.passed() && t.completion().origin() == CompletionOrigin.LIVE);
  }

  @Test
  void autoWithoutAKeyStillStopsForAModelTheCassetteDoesNotHold() {
    capitals(1, "record", true).run();

    Benchmark other = capitals(1, "auto", false).models("openai:gpt-4o").build();
    assertThatThrownBy(other::run).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("provider 'openai' needs an API key: set the environment variable OPENAI_API_KEY")
        .hasMessageContaining("has no recording of openai:gpt-4o to replay instead");
  }

  @Test
  void autoReplaysAKeylessProviderItHasARecordingOfUnlessThatProviderIsSetLive() {
    wm.stubFor(post(urlPathEqualTo("/api/chat")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("""
            {"model":"llama3.2","created_at":"2025-01-01T12:00:00Z","message":{"role":"assistant","content":"A0"},
             "done_reason":"stop","done":true,"prompt_eval_count":26,"eval_count":2}""")));
    Benchmark.Builder local = BenchmarkHub.benchmark("local").dataset(numbers(1)).models("ollama:llama3.2")
        .baseUrl("ollama", wm.baseUrl()).setting("cassette-dir", cassettes.toString())
        .setting("cache", "false").judge(EQUALS_EXPECTED).quiet();
    local.setting("mode", "record").run();
    wm.resetRequests();

    RunSummary auto = local.setting("mode", "auto").run();
    assertThat(requests()).isZero();
    assertThat(auto.trials().toList().get(0).completion().origin()).isEqualTo(CompletionOrigin.REPLAY);

    RunSummary live = local.setting("ollama.mode", "live").run();
    assertThat(requests()).isEqualTo(1);
    assertThat(live.trials().toList().get(0).completion().origin()).isEqualTo(CompletionOrigin.LIVE);
  }

  @Test
  void eachRepeatIsItsOwnRecordingAndCacheEntry() throws IOException {
    capitals(2, "record", true).repeat(3).run();

    assertThat(Files.readAllLines(cassettes.resolve(CASSETTE))).hasSize(6)
        .extracting(line -> line.substring(0, 80)).doesNotHaveDuplicates();
    assertThat(filesUnder(cache)).hasSize(6);
    wm.resetRequests();
    RunSummary replayed = capitals(2, "replay", false).repeat(3).run();
    assertThat(replayed.trials()).hasSize(6).allMatch(TrialResult::passed);
    assertThat(requests()).isZero();
  }

  @Test
  void onlySuccessfulAnswersAreStoredNeverErrors() throws IOException {
    wm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
        .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo("Q1")))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"message\":\"bad request\",\"type\":\"invalid_request_error\"}}")));

    RunSummary s = capitals(3, "record", true).run();

    assertThat(s.trials()).extracting(TrialResult::status)
        .containsExactly(TrialStatus.PASS, TrialStatus.ERROR, TrialStatus.PASS);
    assertThat(Files.readAllLines(cassettes.resolve(CASSETTE))).hasSize(2).noneMatch(l -> l.contains("\"Q1\""));
    assertThat(filesUnder(cache)).hasSize(2);
  }

  @Test
  void theKeyIsInNoFileTheRunWrites() throws IOException {
    capitals(3, "record", true).run();
    String keyedSentinel = "keyed-SENTINEL-0123456789abcdef";
    BenchmarkHub.benchmark("capitals").dataset(numbers(2)).models("keyed-test:m")
        .secrets(SecretSource.of(Map.of(KeyedTestProviderFactory.KEY_VARIABLE, keyedSentinel)))
        .setting("mode", "record").setting("cassette-dir", cassettes.toString()).setting("cache-dir", cache.toString())
        .quiet().judge(EQUALS_EXPECTED).run();

    List<Path> files = Stream.concat(filesUnder(cassettes).stream(), filesUnder(cache).stream()).toList();
    assertThat(files).hasSize(1 + 5);
    for (Path f : files) {
      assertThat(Files.readString(f, StandardCharsets.UTF_8)).doesNotContain(KEY).doesNotContain(keyedSentinel)
          .doesNotContain("SENTINEL").doesNotContain("Bearer").doesNotContain(wm.baseUrl());
    }
    assertThat(Files.readString(cassettes.resolve(CASSETTE))).contains("keyed-test").contains("openai");
  }

  @Test
  void aMalformedCassetteStopsTheRunNamingFileAndLine() throws IOException {
    capitals(1, "record", true).run();
    Path file = cassettes.resolve(CASSETTE);
    Files.writeString(file, Files.readString(file) + "{\"fingerprint\": oops}\n");

    assertThatThrownBy(() -> capitals(1, "replay", false).run()).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining(file.toAbsolutePath() + ":2: not JSON");
  }

  @Test
  void replaysACassetteFromTheClasspathWithoutCallingTheProvider() {
    RunSummary s = BenchmarkHub.benchmark("classpath-sample").dataset(numbers(2)).models("p:m")
        .provider("p", request -> {
          throw new AssertionError("replay must not call the provider");
        })
        .setting("mode", "replay").setting("cassette-dir", cassettes.toString()).judge(EQUALS_EXPECTED).quiet().run();

    assertThat(s.trials()).allMatch(TrialResult::passed);
    assertThat(s.model("p:m").latencyP50().toMillis()).isBetween(40L, 41L);
  }

  @Test
  void anUnknownModeIsAClearError() {
    assertThatThrownBy(() -> capitals(1, "replya", false).run()).isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("setting benchmarkhub.mode must be live, record, replay or auto, was 'replya'");
  }

  static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
