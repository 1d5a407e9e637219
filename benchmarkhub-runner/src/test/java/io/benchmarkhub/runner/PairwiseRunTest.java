package io.benchmarkhub.runner;

import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.PairJudge;
import io.benchmarkhub.api.PairJudgment;
import io.benchmarkhub.api.PairJudgment.Outcome;
import io.benchmarkhub.api.PairwiseResult;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pairwise phase: every pair of models compared on every case after the trials. */
class PairwiseRunTest {
  @TempDir
  Path dir;

  /** "long" answers with n+1 characters, "short" with 1, "mid" alternates; model "down" errors on Q3. */
  private static final Provider MODELS = request -> {
    int n = Integer.parseInt(request.messages().get(0).content().substring(1));
    String text = switch (request.model()) {
      case "long" -> "x".repeat(n + 1);
      case "mid" -> n % 2 == 0 ? "x".repeat(50) : "";
      default -> "x";
    };
    if (request.model().equals("short") && n == 3) {
      throw new io.benchmarkhub.api.ProviderException(io.benchmarkhub.api.ProviderException.Kind.SERVER_ERROR, "down");
    }
    return new Completion(text, FinishReason.STOP, Duration.ofMillis(1), Usage.NONE, null);
  };

  private static final Judge ANY = Judge.named("any", (c, out) -> Verdict.pass(""));

  /** Prefers the longer answer; equal lengths tie; costs $0.001 a comparison. */
  static final class Longer implements PairJudge {
    final Queue<String> seen = new ConcurrentLinkedQueue<>();

    @Override
    public String name() {
      return "longer";
    }

    @Override
    public PairJudgment compare(TestCase c, String modelA, Completion a, String modelB, Completion b) {
      seen.add(c.id() + " " + modelA + "/" + modelB);
      int d = Integer.compare(a.text().length(), b.text().length());
      return PairJudgment.of(d > 0 ? Outcome.A : d < 0 ? Outcome.B : Outcome.TIE, "lengths " + a.text().length() + "/"
          + b.text().length(), Usage.of(10, 1).withCost(0.001));
    }
  }

  @Test
  void everyPairIsComparedOnTheCasesBothAnsweredAndTallied() throws IOException {
    Longer longer = new Longer();
    RunSummary s = BenchmarkHub.benchmark("pairs").dataset(numbers(10)).models("p:long", "p:short", "p:mid")
        .provider("p", MODELS).judge(ANY).pairwise(longer).setting("retry.max-attempts", "1")
        .setting("run-dir", dir.toString()).quiet().run();

    // long vs short: short has no answer for q3, so 9 comparisons; long is longer except on q0 (1 vs 1)
    PairwiseResult longShort = s.pairwise().get(0);
    assertThat(longShort.judge()).isEqualTo("longer");
    assertThat(longShort.modelA() + "/" + longShort.modelB()).isEqualTo("p:long/p:short");
    assertThat(List.of(longShort.winsA(), longShort.winsB(), longShort.ties(), longShort.inconsistent(),
        longShort.errors())).containsExactly(8L, 0L, 1L, 0L, 0L);
    assertThat(longShort.winRateA()).isCloseTo(8.5 / 9, within(1e-12));
    assertThat(longShort.judgeCostUsd().getAsDouble()).isCloseTo(0.009, within(1e-12));
    // sign test 8-0: 2 × 0.5^8, Holm over the 3 pairs
    PairwiseResult longMid = s.pairwise().get(1);
    assertThat(longMid.modelB()).isEqualTo("p:mid");
    // mid is 50 long on even n (long is n+1 <= 10), empty on odd: long wins the 5 odd, mid the 5 even
    assertThat(List.of(longMid.winsA(), longMid.winsB(), longMid.ties())).containsExactly(5L, 5L, 0L);
    assertThat(longMid.pValue()).isEqualTo(1.0);
    assertThat(longShort.pValue()).isCloseTo(Math.min(1, 3 * 2 * Math.pow(0.5, 8)), within(1e-12));
    assertThat(longer.seen).hasSize(9 + 10 + 9).doesNotContain("q3 p:long/p:short");

    List<String> lines = Files.readAllLines(dir.resolve(s.runId()).resolve("pairs.pairwise.jsonl"));
    assertThat(lines).hasSize(28);
    assertThat(lines).anyMatch(l -> l.contains("\"caseId\":\"q0\"") && l.contains("\"modelA\":\"p:long\"")
        && l.contains("\"modelB\":\"p:short\"") && l.contains("\"outcome\":\"TIE\"") && l.contains("lengths 1/1"));
    assertThat(s.toTable()).contains("pairwise longer: p:long vs p:short: p:long won 8, p:short won 0, 1 tie, "
        + "0 inconsistent; p:long's win rate 0.94, p = 0.023, judge cost $0.009");
  }

  @Test
  void aPairJudgeThatThrowsIsAnErrorAndTheRunGoesOn() {
    PairJudge broken = new PairJudge() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public PairJudgment compare(TestCase c, String modelA, Completion a, String modelB, Completion b) {
        if (c.id().equals("q2")) {
          throw new IllegalStateException("no opinion on " + c.id());
        }
        return PairJudgment.of(Outcome.A, "", Usage.NONE);
      }
    };
    RunSummary s = BenchmarkHub.benchmark("broken").dataset(numbers(4)).models("p:long", "p:mid").provider("p", MODELS)
        .judge(ANY).pairwise(broken).setting("run-dir", dir.toString()).quiet().run();
    PairwiseResult r = s.pairwise().get(0);
    assertThat(List.of(r.winsA(), r.errors())).containsExactly(3L, 1L);
    assertThat(r.judgeCostUsd()).isEmpty();
  }

  @Test
  void aPairJudgeNeedsTwoModels() {
    assertThatThrownBy(() -> BenchmarkHub.benchmark("one").dataset(numbers(2)).models("p:long").provider("p", MODELS)
        .judge(ANY).pairwise(new Longer()).build())
        .isInstanceOf(BenchmarkException.class).hasMessageContaining("has a pair judge but one model");
  }
}
