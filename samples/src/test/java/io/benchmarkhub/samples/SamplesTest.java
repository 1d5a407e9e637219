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
    assertThat(s.trials()).hasSize(36 * 3);
    if (!LIVE) {
      assertThat(s.models()).extracting(ModelSummary::passed).containsExactly(33L, 31L, 29L);
      assertThat(s.models()).allMatch(m -> m.errors() == 0);
      TrialResult wordy = trial(s, "anthropic:claude-3-5-haiku-latest", "account-delete");
      assertThat(wordy.status()).isEqualTo(TrialStatus.FAIL);
      assertThat(wordy.verdicts().get(0).reason()).contains("The intent is: account").contains("mentions \"account\"");
      TrialResult wrong = trial(s, "gemini:gemini-2.0-flash", "shipping-address");
      assertThat(wrong.verdicts().get(0).reason()).contains("answered \"account\" but expected \"shipping\"");
      assertThat(s.model("openai:gpt-4o-mini").inputTokens()).isPositive();
    }
  }

  @Test
  void wordProblems() {
    RunSummary s = Recordings.run(WordProblemsSample.benchmark());

    assertThat(s.trials()).hasSize(32 * 2);
    if (!LIVE) {
      ModelSummary gpt = s.model("openai:gpt-4o-mini");
      ModelSummary llama = s.model("openrouter:meta-llama/llama-3.1-8b-instruct");
      assertThat(gpt.passed()).isEqualTo(28);
      assertThat(llama.passed()).isEqualTo(19);
      assertThat(s.models()).allMatch(m -> m.errors() == 0);
      assertThat(llama.costUsd()).isPresent();
      assertThat(llama.trialsWithoutCost()).isZero();
      assertThat(gpt.costUsd()).isEmpty();
      // the question asks for cents; the answer ends in dollars
      assertThat(trial(s, "openai:gpt-4o-mini", "wp-31").verdicts().get(0).reason())
          .contains("expected 10").contains("found 0.1");
    }
  }

  @Test
  @DisabledIfSystemProperty(named = "samples.live.skipOllama", matches = "true")
  void orderExtraction() {
    RunSummary s = Recordings.run(OrderExtractionSample.benchmark());

    assertThat(s.trials()).hasSize(30 * 2);
    if (!LIVE) {
      assertThat(s.model("openai:gpt-4o-mini").passed()).isEqualTo(28);
      assertThat(s.model("ollama:llama3.2").passed()).isEqualTo(20);
      assertThat(s.models()).allMatch(m -> m.errors() == 0);
      assertThat(trial(s, "ollama:llama3.2", "order-1043").verdicts().get(0).reason()).contains("customer");
    }
  }

  private static TrialResult trial(RunSummary s, String model, String caseId) {
    return s.trials(model).stream().filter(t -> t.caseId().equals(caseId)).findFirst().orElseThrow();
  }
}
