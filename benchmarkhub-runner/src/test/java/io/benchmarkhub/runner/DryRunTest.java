package io.benchmarkhub.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.judge.Judges;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DryRunTest {

  @Test
  void estimatesTokensAndCostPerModelWithoutSendingARequest() {
    AtomicInteger requests = new AtomicInteger();
    Provider counting = request -> {
      requests.incrementAndGet();
      return Completion.of("A");
    };
    Benchmark b = BenchmarkHub.benchmark("dry").version("1.0.0")
        .dataset(Dataset.of(IntStream.range(0, 3).mapToObj(i -> TestCase.builder().id("c" + i)
            .input(TokenCounterTest.FOX).build()).toList()))
        .model("openai:gpt-4o", p -> p.withMaxTokens(100))
        .models("anthropic:claude-3-5-haiku-latest", "gemini:gemini-9-ultra")
        .provider("openai", counting).provider("anthropic", counting).provider("gemini", counting)
        .repeat(2).judge(Judges.exactMatch()).quiet().build();

    CostEstimate e = DryRun.estimate(b);

    assertThat(requests).hasValue(0);
    CostEstimate.ModelEstimate gpt = e.models().get(0);
    assertThat(gpt.trials()).isEqualTo(6);
    assertThat(gpt.tokenCounting()).isEqualTo("o200k_base");
    assertThat(gpt.inputTokens()).isEqualTo(6 * (10 + 3 + 3));
    assertThat(gpt.outputTokens()).isEqualTo(600);
    assertThat(gpt.outputFromMaxTokens()).isTrue();
    assertThat(gpt.costUsd().getAsDouble()).isCloseTo((96 * 2.50 + 600 * 10.00) / 1e6, within(1e-12));

    CostEstimate.ModelEstimate claude = e.models().get(1);
    assertThat(claude.tokenCounting()).isEqualTo("chars/4");
    assertThat(claude.inputTokens()).isEqualTo(6 * (11 + 3 + 3));
    assertThat(claude.outputTokens()).isEqualTo(6L * CostEstimate.DEFAULT_OUTPUT_TOKENS);
    assertThat(claude.costUsd().getAsDouble()).isCloseTo((102 * 0.80 + 1536 * 4.00) / 1e6, within(1e-12));

    CostEstimate.ModelEstimate unknown = e.models().get(2);
    assertThat(unknown.costUsd()).isEmpty();
    assertThat(e.unpricedModels()).containsExactly("gemini:gemini-9-ultra");
    assertThat(e.knownCostUsd()).isCloseTo(gpt.costUsd().getAsDouble() + claude.costUsd().getAsDouble(),
        within(1e-12));

    assertThat(e.toTable())
        .contains("dry · dry run: no request sent")
        .contains("openai:gpt-4o", "o200k_base", "600 (maxTokens)", "1536 (default)", "unknown")
        .contains("no price for gemini:gemini-9-ultra")
        .contains("characters/4");
  }

  @Test
  void needsNoKeyAndCountsAPromptThatThrowsApart() {
    Benchmark b = BenchmarkHub.benchmark("dry-keyless")
        .dataset(Dataset.of(List.of(TestCase.builder().id("ok").input("hi").build(),
            TestCase.builder().id("bad").input("boom").build())))
        .prompt(c -> {
          if (c.id().equals("bad")) {
            throw new IllegalStateException("no template");
          }
          return c.input();
        })
        .models("openai:gpt-4o-mini").secrets(name -> java.util.Optional.empty())
        .judge(Judges.exactMatch()).quiet().build();
    CostEstimate e = DryRun.estimate(b);
    assertThat(e.models().get(0).trials()).isEqualTo(1);
    assertThat(e.promptErrors()).isEqualTo(1);
    assertThat(e.toTable()).contains("1 cases not counted");
  }
}
