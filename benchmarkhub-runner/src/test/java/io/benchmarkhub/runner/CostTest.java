package io.benchmarkhub.runner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.SecretSource;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.judge.Judges;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runner prices what the provider did not, keeps what it did, and never guesses a price. */
class CostTest {
  /** A real OpenRouter response, reporting its cost in USD. */
  private static final String OPENROUTER_BODY = """
      {"id": "gen-1730000000-AbCdEf", "provider": "OpenAI", "model": "openai/gpt-4o-mini", "object": "chat.completion",
       "created": 1730000000,
       "choices": [{"logprobs": null, "finish_reason": "stop", "native_finish_reason": "stop", "index": 0,
         "message": {"role": "assistant", "content": "A", "refusal": null, "reasoning": null}}],
       "usage": {"prompt_tokens": 14, "completion_tokens": 8, "total_tokens": 22, "cost": 0.0000069,
         "is_byok": false, "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
         "completion_tokens_details": {"reasoning_tokens": 0, "image_tokens": 0}}}
      """;
  private static final Dataset ONE = Dataset.of(List.of(TestCase.builder().id("c1").input("Q").expected("A").build()));

  static Provider answering(Usage usage) {
    return request -> new Completion("A", FinishReason.STOP, Duration.ofMillis(5), usage, null);
  }

  @Test
  void costComesFromThePriceTableWhenTheProviderReportsNone() {
    RunSummary s = BenchmarkHub.benchmark("priced").dataset(ONE).models("openai:gpt-4o-mini-2024-07-18")
        .provider("openai", answering(Usage.of(1000, 500))).judge(Judges.exactMatch()).quiet().run();
    // 1000 × $0.15/M + 500 × $0.60/M
    assertThat(s.trials().toList().get(0).completion().usage().costUsd().getAsDouble()).isCloseTo(0.00045, within(1e-12));
    assertThat(s.model("openai:gpt-4o-mini-2024-07-18").costUsd().getAsDouble()).isCloseTo(0.00045, within(1e-12));
    assertThat(s.toTable()).contains("$0.000450");
  }

  @Test
  void ollamaCostsZero() {
    RunSummary s = BenchmarkHub.benchmark("local").dataset(ONE).models("ollama:llama3.2")
        .provider("ollama", answering(Usage.of(1000, 500))).judge(Judges.exactMatch()).quiet().run();
    assertThat(s.model("ollama:llama3.2").costUsd()).hasValue(0.0);
  }

  @Test
  void modelWithoutAPriceKeepsAnUnknownCostNeverZero() {
    RunSummary s = BenchmarkHub.benchmark("unpriced").dataset(ONE).models("openai:my-finetune")
        .provider("openai", answering(Usage.of(1000, 500))).judge(Judges.exactMatch()).quiet().run();
    assertThat(s.trials().toList().get(0).completion().usage().costUsd()).isEmpty();
    assertThat(s.model("openai:my-finetune").costUsd()).isEmpty();
    assertThat(s.toTable()).contains("unknown");
  }

  @Test
  void providerReportedCostWinsOverThePriceTable() {
    RunSummary s = BenchmarkHub.benchmark("reported").dataset(ONE).models("openai:gpt-4o")
        .provider("openai", answering(Usage.of(1000, 500).withCost(0.123))).judge(Judges.exactMatch()).quiet().run();
    assertThat(s.model("openai:gpt-4o").costUsd()).hasValue(0.123);
  }

  @Test
  void openRouterReportedCostIsKeptEvenWhenTheTableHasAPrice() {
    WireMockServer wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    try {
      wm.stubFor(post(urlPathEqualTo("/api/v1/chat/completions")).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/json")
          .withBody(OPENROUTER_BODY)));
      RunSummary s = BenchmarkHub.benchmark("openrouter-cost").dataset(ONE).models("openrouter:openai/gpt-4o-mini")
          .baseUrl("openrouter", wm.baseUrl() + "/api/v1")
          .secrets(SecretSource.of(Map.of("OPENROUTER_API_KEY", "sk-or-test-0123456789")))
          .setting("mode", "live").setting("cache", "false")
          .setting("prices", "classpath:prices/openrouter.json")
          .judge(Judges.exactMatch()).quiet().run();
      assertThat(s.trials().toList().get(0).completion().usage().inputTokens()).isEqualTo(14);
      assertThat(s.model("openrouter:openai/gpt-4o-mini").costUsd()).hasValue(0.0000069);
    } finally {
      wm.stop();
    }
  }

  @Test
  void storedAnswersKeepTheirRecordedCostAndArePricedWhenTheyHaveNone() {
    Pricing pricing = new Pricing(PriceTable.builtIn());
    ModelRef model = ModelRef.parse("openai:gpt-4o-mini");
    Completion recorded = new Completion("A", FinishReason.STOP, Duration.ZERO, Usage.of(1000, 500).withCost(0.5),
        null, CompletionOrigin.REPLAY);
    assertThat(pricing.apply(model, recorded).usage().costUsd()).hasValue(0.5);
    Completion unpriced = new Completion("A", FinishReason.STOP, Duration.ZERO, Usage.of(1000, 500), null, CompletionOrigin.CACHE);
    Completion priced = pricing.apply(model, unpriced);
    assertThat(priced.usage().costUsd().getAsDouble()).isCloseTo(0.00045, within(1e-12));
    assertThat(priced.origin()).isEqualTo(CompletionOrigin.CACHE);
  }
}
