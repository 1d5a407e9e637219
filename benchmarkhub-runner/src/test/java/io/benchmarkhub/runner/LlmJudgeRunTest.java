package io.benchmarkhub.runner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.judge.Judges;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LLM-as-judge through the runner: the judge model is the real openai provider against WireMock on
 * loopback; the model under test is a provider handed to the builder.
 */
class LlmJudgeRunTest {
  private static final String KEY = "sk-SENTINEL-judge-0123456789abcdef";
  private static final String JUDGE_PATH = "/v1/chat/completions";

  @TempDir
  Path dir;

  private WireMockServer wm;
  private final AtomicInteger answered = new AtomicInteger();

  @BeforeEach
  void start() {
    wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    judgeSays("Answer to grade:\nRefunds within 30 days.", "{\\\"score\\\": 1, \\\"pass\\\": true, "
        + "\\\"reason\\\": \\\"Matches the policy.\\\"}");
    judgeSays("Answer to grade:\nAny time.", "I would rather not grade this.");
    judgeSays("Answer to grade:\nOnly with a receipt.", "```json\\n{\\\"score\\\": 0.2, \\\"pass\\\": false, "
        + "\\\"reason\\\": \\\"Invents a condition.\\\"}\\n```");
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  private void judgeSays(String bodyContains, String content) {
    wm.stubFor(post(urlPathEqualTo(JUDGE_PATH)).withRequestBody(containing(bodyContains.replace("\n", "\\n")))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
            {"id": "chatcmpl-J1", "object": "chat.completion", "created": 1730000000, "model": "gpt-4o-mini-2024-07-18",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "%s", "refusal": null},
               "logprobs": null, "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 200, "completion_tokens": 20, "total_tokens": 220}}
            """.formatted(content))));
  }

  /** The model under test: answers each question from a fixed table, at $0.01 a trial. */
  private Provider answerer() {
    Map<String, String> answers = Map.of("Q1", "Refunds within 30 days.", "Q2", "Any time.", "Q3", "Only with a receipt.");
    return request -> {
      answered.incrementAndGet();
      return new Completion(answers.get(request.messages().get(0).content()), FinishReason.STOP, Duration.ofMillis(5),
          Usage.of(10, 5).withCost(0.01), null);
    };
  }

  private Benchmark.Builder refunds(Map<String, String> secrets) {
    Dataset cases = Dataset.of(List.of(
        TestCase.builder().id("q1").input("Q1").expected("Within 30 days of delivery.").build(),
        TestCase.builder().id("q2").input("Q2").expected("Within 30 days of delivery.").build(),
        TestCase.builder().id("q3").input("Q3").expected("Within 30 days of delivery.").build()));
    return BenchmarkHub.benchmark("refunds").dataset(cases).models("mine:assistant").provider("mine", answerer())
        .baseUrl("openai", wm.baseUrl() + "/v1").secrets(SecretSource.of(secrets))
        .setting("run-dir", dir.resolve("runs").toString()).setting("cache-dir", dir.resolve("cache").toString())
        .setting("cassette-dir", dir.resolve("cassettes").toString()).setting("retry.max-attempts", "1").quiet();
  }

  @Test
  void aRubricJudgeGradesThroughTheJudgeModelAndItsCostIsCountedApart() throws IOException {
    RunSummary s = refunds(Map.of("OPENAI_API_KEY", KEY))
        .judge(Judges.llmRubric("States the 30-day refund window and invents no condition").model("openai:gpt-4o-mini"))
        .setting("mode", "live").build().run();

    List<TrialResult> trials = s.trials().toList();
    assertThat(trials).extracting(TrialResult::status)
        .containsExactly(TrialStatus.PASS, TrialStatus.ERROR, TrialStatus.FAIL);
    Verdict unparseable = trials.get(1).verdicts().get(0);
    assertThat(unparseable.unparseable()).isTrue();
    assertThat(trials.get(1).error().kind()).isEqualTo(TrialRunner.UNPARSEABLE);
    assertThat(trials.get(1).error().message()).contains("gave no readable grade in 3 answers")
        .contains("I would rather not grade this.");
    assertThat(trials.get(2).verdicts().get(0).reason()).isEqualTo("score 0.2: Invents a condition.");
    wm.verify(3, postRequestedFor(urlPathEqualTo(JUDGE_PATH)).withRequestBody(containing("Any time.")));
    wm.verify(5, postRequestedFor(urlPathEqualTo(JUDGE_PATH))
        .withHeader("Authorization", equalTo("Bearer " + KEY))
        .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
        .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.0")))
        .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
        .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system"))));

    ModelSummary m = s.model("mine:assistant");
    assertThat(m.costUsd().getAsDouble()).isCloseTo(0.03, within(1e-12));
    // five judge answers of 200 + 20 tokens at $0.15 / $0.60 per million
    assertThat(m.judgeCostUsd().getAsDouble()).isCloseTo(5 * (200 * 0.15 + 20 * 0.60) / 1e6, within(1e-12));
    assertThat(s.toTable()).contains("judge cost").contains("$0.000210");

    String log = Files.readString(s.runLog());
    assertThat(log).contains("\"unparseable\":true").contains("\"usage\":{\"inputTokens\":600")
        .doesNotContain(KEY);
  }

  @Test
  void theRunsJudgeModelSettingServesAJudgeGivenNone() {
    RunSummary s = refunds(Map.of("OPENAI_API_KEY", KEY)).judge(Judges.llmRubric("Correct"))
        .setting("judge.model", "openai:gpt-4o-mini").setting("mode", "live").build().run();
    assertThat(s.model("mine:assistant").passed()).isEqualTo(1);
    wm.verify(5, postRequestedFor(urlPathEqualTo(JUDGE_PATH)));
  }

  @Test
  void aJudgeWithoutAModelOrAJudgeModelWithoutAKeyStopsTheRunBeforeAnyRequest() {
    assertThatThrownBy(() -> refunds(Map.of()).judge(Judges.llmRubric("Correct")).build().run())
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("has no judge model").hasMessageContaining("benchmarkhub.judge.model");

    assertThatThrownBy(() -> refunds(Map.of()).judge(Judges.llmRubric("Correct").model("openai:gpt-4o-mini"))
        .setting("mode", "live").build().run())
        .isInstanceOf(BenchmarkException.class)
        .hasMessageContaining("judge model openai:gpt-4o-mini").hasMessageContaining("OPENAI_API_KEY");

    assertThatThrownBy(() -> refunds(Map.of()).judge(Judges.llmRubric("Correct")).setting("judge.model", "gpt-4o")
        .build().run())
        .hasMessageContaining("setting benchmarkhub.judge.model must be a model as provider:model");
    assertThat(answered.get()).isZero();
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void judgeAnswersAreRecordedInTheCassetteAndReplayedWithoutAKey() throws IOException {
    RunSummary recorded = refunds(Map.of("OPENAI_API_KEY", KEY)).judge(Judges.llmRubric("Correct")
        .model("openai:gpt-4o-mini")).setting("mode", "record").setting("cache", "false").build().run();
    Path cassette = dir.resolve("cassettes").resolve("refunds.cassette.jsonl");
    List<String> lines = Files.readAllLines(cassette);
    assertThat(lines).hasSize(8).noneMatch(l -> l.contains(KEY)); // 3 answers of the model, 5 of the judge
    assertThat(lines).filteredOn(l -> l.contains("\"provider\":\"openai\"")).hasSize(5);
    wm.resetAll();

    RunSummary replayed = refunds(Map.of()).judge(Judges.llmRubric("Correct").model("openai:gpt-4o-mini"))
        .setting("run-id", "replayed").build().run();

    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    assertThat(replayed.trials()).extracting(TrialResult::status)
        .containsExactlyElementsOf(recorded.trials().stream().map(TrialResult::status).toList());
    assertThat(replayed.model("mine:assistant").judgeCostUsd().getAsDouble())
        .isCloseTo(recorded.model("mine:assistant").judgeCostUsd().getAsDouble(), within(1e-15));
    assertThat(replayed.trials().toList().get(0).completion().origin()).isEqualTo(CompletionOrigin.LIVE);
  }
}
