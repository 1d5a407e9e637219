package io.benchmarkhub.report;

import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.JudgeAgreement;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelComparison;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.PairwiseResult;
import io.benchmarkhub.api.RunInfo;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialResults;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import io.benchmarkhub.api.Verdict;
import io.benchmarkhub.stats.Interval;
import io.benchmarkhub.stats.Proportions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Runs built in memory for the report tests, with hostile text in every field a model or dataset fills. */
final class HtmlFixtures {
  static final String SCRIPT = "<script>window.__pwned=1</script>";
  static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
  static final String BREAKOUT = "</script><script>window.__pwned=1</script>";
  /** Every payload at once, plus a comment opener and an attribute breakout. */
  static final String HOSTILE = SCRIPT + IMG + BREAKOUT + "<!--<script>" + "\" onmouseover=\"window.__pwned=1\" x='"
      + " & \u2028 done";

  static final String ALPHA = "m-alpha";
  static final String BETA = "m-beta";
  static final String EVIL = "evil" + IMG;
  static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  static final Instant END = Instant.parse("2026-01-05T10:03:20Z");

  private HtmlFixtures() {}

  static String input(int i) {
    return i == 0 ? "question zero " + HOSTILE : "question number " + i;
  }

  static String expected(int i) {
    return i == 0 ? "expected " + HOSTILE : "the answer is " + i;
  }

  static String answer(String model, int i) {
    if (i == 0) {
      return model + " says " + HOSTILE;
    }
    return pass(model, i) ? "the answer is " + i : "the answer is maybe " + (i + 1);
  }

  /** alpha passes 3 in 4, beta every other case, evil errors on every 10th and passes one in 3 else. */
  static boolean pass(String model, int i) {
    return switch (model) {
      case ALPHA -> i % 4 != 1;
      case BETA -> i % 2 == 0;
      default -> i % 3 == 0;
    };
  }

  static TrialStatus status(String model, int i) {
    if (model.equals(EVIL) && i % 10 == 9) {
      return TrialStatus.ERROR;
    }
    return pass(model, i) ? TrialStatus.PASS : TrialStatus.FAIL;
  }

  static TestCase testCase(int i) {
    TestCase.Builder b = TestCase.builder().id(i == 0 ? "case-0" + HOSTILE : "case-" + i).input(input(i))
        .expected(expected(i)).difficulty(i % 2 == 0 ? "easy" : "hard");
    if (i == 0) {
      b.tags("tag-0", "tag" + HOSTILE).metadata("source", HOSTILE);
    } else {
      b.tags("tag-" + i % 3);
    }
    if (i == 1) {
      b.messages(List.of(Message.system("you are terse"), Message.user(input(i))));
    }
    return b.build();
  }

  static TrialResult trial(int i, String model) {
    TestCase c = testCase(i);
    TrialStatus s = status(model, i);
    if (s == TrialStatus.ERROR) {
      return new TrialResult(i, c, model, 1, List.of(Message.user(c.input())), s, Double.NaN, List.of(), null,
          new TrialError(TrialError.Phase.PROVIDER, "TIMEOUT", "timed out after 30 s" + (i == 9 ? " " + HOSTILE : "")));
    }
    boolean passed = s == TrialStatus.PASS;
    String reason = i == 0 ? "reason " + HOSTILE : passed ? "matches" : "differs from the expected output";
    Verdict v = (passed ? Verdict.pass(reason) : Verdict.fail(reason)).named(i == 0 ? "exact" + IMG : "exact");
    List<Verdict> verdicts = new ArrayList<>(List.of(v));
    if (model.equals(BETA)) {
      Verdict member1 = (passed ? Verdict.pass("member one agrees") : Verdict.fail("member one: wrong")).named("gpt-judge");
      Verdict member2 = Verdict.unparseable("could not read a grade from: " + (i == 0 ? HOSTILE : "maybe?"))
          .named("llama-judge");
      verdicts.add((passed ? Verdict.pass("panel majority") : Verdict.fail("panel majority")).named("panel")
          .withParts(List.of(member1, member2)));
    }
    long cost = model.equals(EVIL) ? -1 : model.equals(ALPHA) ? 20 : 5;
    Usage usage = Usage.of(40 + i % 7, 6 + i % 3);
    if (cost > 0) {
      usage = usage.withCost(cost / 1e6);
    }
    Completion a = new Completion(answer(model, i), i % 11 == 5 ? FinishReason.LENGTH : FinishReason.STOP,
        Duration.ofMillis(model.equals(ALPHA) ? 300 + i % 50 : 900 + i % 200), usage,
        i == 0 ? "served" + HOSTILE : null, i % 7 == 3 ? CompletionOrigin.CACHE : CompletionOrigin.LIVE);
    return new TrialResult(i, c, model, 1, List.of(Message.user(c.input())), s, passed ? 1.0 : 0.0, verdicts, a, null);
  }

  static List<String> models() {
    return List.of(ALPHA, BETA, EVIL);
  }

  static List<TrialResult> trials(int cases) {
    List<TrialResult> out = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      for (String m : models()) {
        out.add(trial(i, m));
      }
    }
    return out;
  }

  static ModelSummary summary(String model, List<TrialResult> trials) {
    long passed = 0;
    long failed = 0;
    long errors = 0;
    long in = 0;
    long outTokens = 0;
    double cost = 0;
    boolean costKnown = false;
    long withoutCost = 0;
    for (TrialResult t : trials) {
      if (!t.model().equals(model)) {
        continue;
      }
      switch (t.status()) {
        case PASS -> passed++;
        case FAIL -> failed++;
        default -> errors++;
      }
      if (t.completion() != null) {
        in += t.completion().usage().inputTokens();
        outTokens += t.completion().usage().outputTokens();
        if (t.completion().usage().costUsd().isPresent()) {
          cost += t.completion().usage().costUsd().getAsDouble();
          costKnown = true;
        } else {
          withoutCost++;
        }
      }
    }
    Interval w = Proportions.wilson(passed, passed + failed, 0.95);
    double rate = (double) passed / (passed + failed);
    return new ModelSummary(model, passed + failed + errors, passed, failed, errors, 0, rate, w.lower(), w.upper(),
        rate, Math.max(0, rate - 0.08), Math.min(1, rate + 0.08), in, outTokens,
        costKnown ? OptionalDouble.of(cost) : OptionalDouble.empty(), withoutCost,
        Duration.ofMillis(model.equals(ALPHA) ? 325 : 1000), Duration.ofMillis(model.equals(ALPHA) ? 348 : 1190),
        model.equals(BETA) ? OptionalDouble.of(0.0042) : OptionalDouble.empty());
  }

  /** A run of {@code cases} cases on three models, one of them with a hostile id, from the given trials. */
  static RunSummary run(int cases, TrialResults results, List<TrialResult> trials) {
    List<ModelSummary> summaries = models().stream().map(m -> summary(m, trials)).toList();
    RunInfo info = new RunInfo("hostile" + HOSTILE + ".jsonl", cases,
        "9f2c4e1a7b3d5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcd",
        "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", 1,
        List.of(new RunInfo.ModelInfo(ALPHA, "openai", "alpha-1", "{temperature=0.0, maxTokens=64}"),
            new RunInfo.ModelInfo(BETA, "ollama", "beta:7b", "{temperature=0.7}"),
            new RunInfo.ModelInfo(EVIL, "openai-compatible", "evil" + HOSTILE, "{seed=" + HOSTILE + "}")),
        List.of("exact-match", "panel(gpt-judge, llama-judge) rubric: " + HOSTILE), List.of("pref" + IMG),
        "0.1.0-test");
    List<ModelComparison> comparisons = List.of(
        new ModelComparison(ALPHA, BETA, cases, 12, 3, 0.09, 0.0018, 0.0036, 0.09, 0.002, 0.004, 0.41),
        new ModelComparison(ALPHA, EVIL, cases, 5, 4, 0.01, 0.6, 0.9, 0.01, 0.7, 0.95, 0.03),
        new ModelComparison(BETA, EVIL, cases, 2, 9, -0.07, 0.01, 0.03, -0.07, 0.2, 0.4, -0.2));
    List<JudgeAgreement> agreement = List.of(
        new JudgeAgreement("panel" + IMG, List.of("gpt-judge", "llama-judge" + SCRIPT), cases, 17, 0.712, 0.655, 40));
    List<PairwiseResult> pairwise = List.of(
        new PairwiseResult("pref" + IMG, ALPHA, BETA, 14, 4, 2, 1, 0, 0.71, 0.031, OptionalDouble.of(0.0123)));
    return new RunSummary("bench" + SCRIPT, "2.1.0" + IMG, "run-20260105" + BREAKOUT, START, END, info, summaries,
        results, comparisons, agreement, pairwise, null);
  }

  static RunSummary run(int cases) {
    List<TrialResult> trials = trials(cases);
    return run(cases, TrialResults.of(trials), trials);
  }
}
