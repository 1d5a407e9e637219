package io.benchmarkhub.report;

import static io.benchmarkhub.report.HtmlFixtures.ALPHA;
import static io.benchmarkhub.report.HtmlFixtures.BETA;
import static io.benchmarkhub.report.HtmlFixtures.EVIL;
import static io.benchmarkhub.report.HtmlFixtures.HOSTILE;
import static io.benchmarkhub.report.HtmlFixtures.IMG;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunInfo;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialResults;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A baseline and a candidate run for the comparison page tests, hostile text in every field. The
 * baseline is {@link HtmlFixtures#run(int)}; the candidate drops case 5, adds case {@code cases}, and:
 * alpha gets worse on case 0 and on every case {@code i % 5 == 2} it passed, better on {@code i % 24 == 1}
 * (unless {@code i % 5 == 2}); beta gets better on {@code i % 10 == 3}; evil also errors on
 * {@code i % 10 == 4}. Case 2's expected output changes.
 */
final class HtmlComparisonFixtures {
  static final Instant START = Instant.parse("2026-01-06T09:00:00Z");
  static final Instant END = Instant.parse("2026-01-06T09:04:10Z");
  static final String RUN_ID = "cand-run" + HtmlFixtures.BREAKOUT;

  private HtmlComparisonFixtures() {}

  static TrialStatus status(String model, int i) {
    return switch (model) {
      case ALPHA -> (i % 4 != 1 || i % 24 == 1) && i % 5 != 2 && i != 0 ? TrialStatus.PASS : TrialStatus.FAIL;
      case BETA -> i % 2 == 0 || i % 10 == 3 ? TrialStatus.PASS : TrialStatus.FAIL;
      default -> i % 10 == 9 || i % 10 == 4 ? TrialStatus.ERROR : i % 3 == 0 ? TrialStatus.PASS : TrialStatus.FAIL;
    };
  }

  static String answer(String model, int i) {
    if (i == 0) {
      return model + " now says " + HOSTILE;
    }
    return status(model, i) == TrialStatus.PASS ? "the answer is " + i : "the answer is probably " + (i + 1);
  }

  static String reason(int i, boolean passed) {
    return i == 0 ? "candidate reason " + HOSTILE : passed ? "matches" : "candidate differs";
  }

  static TestCase testCase(int i) {
    TestCase c = HtmlFixtures.testCase(i);
    return i == 2 ? c.toBuilder().expected("the answer is 2.").build() : c;
  }

  static TrialResult trial(int i, String model) {
    TestCase c = testCase(i);
    TrialStatus s = status(model, i);
    if (s == TrialStatus.ERROR) {
      return new TrialResult(i, c, model, 1, List.of(Message.user(c.input())), s, Double.NaN, List.of(), null,
          new TrialError(TrialError.Phase.PROVIDER, "RATE_LIMITED", "rate limited" + (i == 9 ? " " + HOSTILE : "")));
    }
    boolean passed = s == TrialStatus.PASS;
    Verdict v = (passed ? Verdict.pass(reason(i, passed)) : Verdict.fail(reason(i, passed)))
        .named(i == 0 ? "exact" + IMG : "exact");
    Completion a = new Completion(answer(model, i), FinishReason.STOP, Duration.ofMillis(500), Usage.of(40, 6),
        null, CompletionOrigin.LIVE);
    return new TrialResult(i, c, model, 1, List.of(Message.user(c.input())), s, passed ? 1.0 : 0.0, List.of(v), a,
        null);
  }

  /** The candidate's trials: cases 0 to {@code cases} inclusive, without case 5. */
  static List<TrialResult> trials(int cases) {
    List<TrialResult> out = new ArrayList<>();
    for (int i = 0; i <= cases; i++) {
      if (i == 5) {
        continue;
      }
      for (String m : HtmlFixtures.models()) {
        out.add(trial(i, m));
      }
    }
    return out;
  }

  static RunSummary candidate(int cases, TrialResults results, List<TrialResult> trials) {
    List<ModelSummary> summaries = HtmlFixtures.models().stream().map(m -> HtmlFixtures.summary(m, trials)).toList();
    RunInfo info = new RunInfo("hostile" + HOSTILE + ".v2.jsonl", cases,
        "0000c4e1a7b3d5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcd", "", 1,
        List.of(new RunInfo.ModelInfo(ALPHA, "openai", "alpha-1", "{}"),
            new RunInfo.ModelInfo(BETA, "ollama", "beta:7b", "{}"),
            new RunInfo.ModelInfo(EVIL, "openai-compatible", "evil", "{}")),
        List.of("exact-match"), List.of(), "0.1.0-test");
    return new RunSummary("bench" + HtmlFixtures.SCRIPT, "2.2.0" + IMG, RUN_ID, START, END, info, summaries, results,
        List.of(), List.of(), List.of(), null);
  }

  static RunSummary candidate(int cases) {
    List<TrialResult> trials = trials(cases);
    return candidate(cases, TrialResults.of(trials), trials);
  }
}
