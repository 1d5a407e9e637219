package io.benchmarkhub.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Runs every sample. Offline (the default) the recordings make the outcome exact, so the
 * assertions pin it; live ({@code -Dsamples.live=true}) only the shape is checked.
 */
class SamplesTest {
  private static final boolean LIVE = Boolean.getBoolean("samples.live");

  @Test
  void supportIntent() {
    RunSummary s = Recordings.run(SupportIntentSample.benchmark());

    assertThat(s.models()).extracting(ModelSummary::model).containsExactly(
        "openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest", "gemini:gemini-2.0-flash");
    assertThat(s.trials()).hasSize(36);
    if (!LIVE) {
      assertThat(s.models()).extracting(ModelSummary::passed).containsExactly(11L, 11L, 10L);
      assertThat(s.models()).allMatch(m -> m.errors() == 0);
      TrialResult wordy = s.trials("anthropic:claude-3-5-haiku-latest").get(11);
      assertThat(wordy.status()).isEqualTo(TrialStatus.FAIL);
      assertThat(wordy.verdicts().get(0).reason()).contains("account");
      assertThat(s.model("openai:gpt-4o-mini").inputTokens()).isPositive();
    }
  }

  @Test
  void wordProblems() {
    RunSummary s = Recordings.run(WordProblemsSample.benchmark());

    assertThat(s.trials()).hasSize(16);
    if (!LIVE) {
      ModelSummary gpt = s.model("openai:gpt-4o-mini");
      ModelSummary llama = s.model("openrouter:meta-llama/llama-3.1-8b-instruct");
      assertThat(gpt.passed()).isEqualTo(7);
      assertThat(llama.passed()).isEqualTo(5);
      assertThat(llama.costUsd()).isPresent();
      assertThat(llama.trialsWithoutCost()).isZero();
      assertThat(gpt.costUsd()).isEmpty();
    }
  }

  @Test
  @DisabledIfSystemProperty(named = "samples.live.skipOllama", matches = "true")
  void orderExtraction() {
    RunSummary s = Recordings.run(OrderExtractionSample.benchmark());

    assertThat(s.trials()).hasSize(10);
    if (!LIVE) {
      assertThat(s.model("openai:gpt-4o-mini").passed()).isEqualTo(5);
      assertThat(s.model("ollama:llama3.2").passed()).isEqualTo(3);
      assertThat(s.trials("ollama:llama3.2").get(1).verdicts().get(0).reason()).contains("customer");
    }
  }
}
