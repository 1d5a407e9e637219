package io.benchmarkhub.api;

import io.benchmarkhub.api.internal.text.Dollars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

  @Test
  void cheapRunsDoNotReadAsZeroDollars() {
    assertThat(Dollars.format(0)).isEqualTo("$0");
    assertThat(Dollars.format(0.0000089)).isEqualTo("$0.000009");
    assertThat(Dollars.format(0.0421)).isEqualTo("$0.0421");
    assertThat(Dollars.format(12.345)).isEqualTo("$12.35");
  }

  @Test
  void saysPerModelHowManyTrialsTheCassetteOrTheCacheAnswered() {
    List<TrialResult> trials = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      trials.add(trial(i, "openai:gpt-4o-mini", CompletionOrigin.REPLAY));
      trials.add(trial(i, "anthropic:claude-3-5-haiku-latest", i < 5 ? CompletionOrigin.CACHE : CompletionOrigin.LIVE));
      trials.add(trial(i, "gemini:gemini-2.0-flash", CompletionOrigin.LIVE));
    }
    trials.add(new TrialResult(12, TestCase.builder().id("c12").input("q").build(), "openai:gpt-4o-mini", 1, List.of(), TrialStatus.ERROR, Double.NaN,
        List.of(), null, new TrialError(TrialError.Phase.PROVIDER, "NOT_RECORDED", "not in the cassette")));
    Instant start = Instant.parse("2026-11-24T09:00:00Z");

    String table = new RunSummary("support intent", "1.0.0", "r1", start, start.plusSeconds(1), List.of(), trials)
        .toTable();

    assertThat(table).contains("""
        openai:gpt-4o-mini: 12 of 13 trials replayed from cassette support_intent.cassette.jsonl
        anthropic:claude-3-5-haiku-latest: 5 of 12 trials served from cache
        errors and trials not run (neither counted as failures; re-run to retry them):
        """).doesNotContain("gemini:gemini-2.0-flash:");
  }

  @Test
  void aCompletionMadeTheOldWayIsLiveAndOnlyOtherOriginsShowInItsText() {
    Completion live = new Completion("Paris", FinishReason.STOP, Duration.ofMillis(5), Usage.of(3, 1), null);

    assertThat(live.origin()).isEqualTo(CompletionOrigin.LIVE);
    assertThat(Completion.of("x").origin()).isEqualTo(CompletionOrigin.LIVE);
    assertThat(live.toString()).isEqualTo("Completion[Paris, STOP, 5 ms, 3+1 tokens]");
    assertThat(live.withOrigin(CompletionOrigin.REPLAY).withLatency(Duration.ofMillis(7)).toString())
        .isEqualTo("Completion[Paris, STOP, 7 ms, 3+1 tokens, replay]");
  }

  private static TrialResult trial(int i, String model, CompletionOrigin origin) {
    Completion c = new Completion("a", FinishReason.STOP, Duration.ofMillis(5), Usage.NONE, null, origin);
    return new TrialResult(i, TestCase.builder().id("c" + i).input("q").build(), model, 1, List.of(), TrialStatus.PASS, 1, List.of(Verdict.pass()), c,
        null);
  }
}
