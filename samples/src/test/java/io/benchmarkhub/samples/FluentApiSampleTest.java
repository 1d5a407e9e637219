package io.benchmarkhub.samples;

import static io.benchmarkhub.junit.assertions.BenchmarkAssertions.assertThat;

import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Dataset;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.judge.Judges;
import org.junit.jupiter.api.Test;

/**
 * The support-intent benchmark written with the fluent API inside an ordinary JUnit test, checked
 * with BenchmarkHub's assertions. It runs through the same runner as the annotated
 * {@link SupportIntentBenchmark}, so with no API keys set it replays the same committed cassette, and
 * with keys set it runs live.
 */
class FluentApiSampleTest {

  @Test
  void everyModelClassifiesSupportTicketsWellEnough() {
    RunSummary summary = BenchmarkHub.benchmark("support-intent")
        .version("1.0.0")
        .dataset(Dataset.classpath("support-intent.jsonl"))
        .prompt(c -> SupportIntentBenchmark.INSTRUCTIONS + c.input())
        .model("openai:gpt-4o-mini", p -> p.withTemperature(0))
        .model("anthropic:claude-3-5-haiku-latest", p -> p.withTemperature(0).withMaxTokens(16))
        .model("gemini:gemini-2.0-flash", p -> p.withTemperature(0))
        .judge(Judges.oneOf("refund", "shipping", "account", "cancel", "other"))
        .run();

    assertThat(summary).hasNoErrors().hasTrials(108);
    assertThat(summary).allModels().satisfy(m -> m.passRate().lowerBoundIsAtLeast(0.6));
    assertThat(summary).model("openai:gpt-4o-mini").passRate().isAtLeast(0.85);
  }
}
