package io.benchmarkhub.runner;

import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.EQUALS_EXPECTED;
import static io.benchmarkhub.runner.DefaultBenchmarkExecutorTest.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Completion;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.FinishReason;
import io.benchmarkhub.api.ModelHandle;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderException;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.Subject;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialError;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.api.TrialStatus;
import io.benchmarkhub.api.Usage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subjects through the runner with in-process providers: errors, budget, cache, the handle's life. */
class SubjectRunTest {

  @TempDir
  Path cache;

  /** Answers "A<n>" to a message ending in "Q<n>", at $0.01 a call, counting calls. */
  private static Provider centPerCall(AtomicInteger calls) {
    return request -> {
      calls.incrementAndGet();
      String last = request.messages().get(request.messages().size() - 1).content();
      return new Completion("A" + last.replaceAll(".*Q(\\d+)$", "$1"), FinishReason.STOP, Duration.ofMillis(1),
          Usage.of(10, 2).withCost(0.01), null);
    };
  }

  /** Fails every request as an overloaded server would. */
  private static final Provider DOWN = request -> {
    throw new ProviderException(ProviderException.Kind.SERVER_ERROR, 503, "p: HTTP 503", null, null);
  };

  private static Benchmark.Builder benchmark(int cases, Provider provider, Subject subject) {
    return BenchmarkHub.benchmark("subject").dataset(numbers(cases)).subject(subject).models("p:m")
        .provider("p", provider).concurrency(1).judge(EQUALS_EXPECTED).setting("retry.max-attempts", "1").quiet();
  }

  /** The user's own code: looks the case up, failing for one case, and asks the model. */
  static final class Assistant {
    String answer(TestCase c, ModelHandle model) throws ProviderException {
      return model.ask("Look up " + policyFor(c));
    }

    private static String policyFor(TestCase c) {
      if (c.id().equals("q1")) {
        throw new IllegalStateException("no refund policy for " + c.id());
      }
      return c.input();
    }
  }

  @Test
  void anExceptionFromTheSubjectErrorsItsTrialWithTheUsersStackTraceAndTheRunGoesOn() {
    RunSummary s = benchmark(3, centPerCall(new AtomicInteger()), new Assistant()::answer).run();

    TrialResult failed = s.trials().toList().get(1);
    assertThat(failed.status()).isEqualTo(TrialStatus.ERROR);
    assertThat(failed.error().phase()).isEqualTo(TrialError.Phase.SUBJECT);
    assertThat(failed.error().kind()).isEqualTo("IllegalStateException");
    assertThat(failed.error().message()).isEqualTo("no refund policy for q1");
    assertThat(failed.error().toString()).isEqualTo("subject IllegalStateException: no refund policy for q1");
    String trace = failed.error().stackTrace();
    assertThat(trace).startsWith("java.lang.IllegalStateException: no refund policy for q1\n\tat "
        + Assistant.class.getName() + ".policyFor(SubjectRunTest.java:")
        .contains("\tat " + Assistant.class.getName() + ".answer(SubjectRunTest.java:")
        .doesNotContain("SubjectCall").doesNotContain("TrialRunner").doesNotContain("ThreadPoolExecutor");
    assertThat(failed.completion()).as("no call was made, so nothing was spent").isNull();
    assertThat(s.trials().toList()).extracting(TrialResult::status)
        .containsExactly(TrialStatus.PASS, TrialStatus.ERROR, TrialStatus.PASS);
    assertThat(s.toTable()).contains("1 × subject IllegalStateException");
  }

  @Test
  void aProviderErrorTheSubjectDoesNotCatchKeepsTheProvidersKindAndTheTrace() {
    Provider quota = request -> {
      throw new ProviderException(ProviderException.Kind.QUOTA_EXHAUSTED, 429,
          "openai: HTTP 429 You exceeded your current quota", null, null);
    };
    RunSummary s = benchmark(2, quota, new Assistant()::answer).run();

    TrialResult t = s.trials().toList().get(0);
    assertThat(t.status()).isEqualTo(TrialStatus.ERROR);
    assertThat(t.error().phase()).isEqualTo(TrialError.Phase.PROVIDER);
    assertThat(t.error().kind()).isEqualTo("QUOTA_EXHAUSTED");
    assertThat(t.error().message()).isEqualTo("openai: HTTP 429 You exceeded your current quota");
    assertThat(t.error().stackTrace()).startsWith("io.benchmarkhub.api.ProviderException: openai: HTTP 429")
        .contains("\tat " + Assistant.class.getName() + ".answer(").doesNotContain("SubjectModelHandle");
    assertThat(t.prompt()).extracting(m -> m.content()).containsExactly("Look up Q0");
  }

  @Test
  void aProviderExceptionWrappedByTheUsersCodeIsStillClassifiedByItsKind() {
    RunSummary s = benchmark(1, DOWN, (c, model) -> {
      try {
        return model.ask(c.input());
      } catch (ProviderException e) {
        throw new RuntimeException("assistant failed", e);
      }
    }).run();

    TrialError error = s.trials().toList().get(0).error();
    assertThat(error.phase()).isEqualTo(TrialError.Phase.PROVIDER);
    assertThat(error.kind()).isEqualTo("SERVER_ERROR");
    assertThat(error.stackTrace()).startsWith("java.lang.RuntimeException: assistant failed")
        .contains("Caused by: io.benchmarkhub.api.ProviderException: p: HTTP 503");
  }

  @Test
  void aSubjectThatHandlesAProviderErrorIsGradedOnItsAnswer() {
    Subject withFallback = (c, model) -> {
      try {
        return model.ask(c.input());
      } catch (ProviderException e) {
        return "A0";
      }
    };
    RunSummary s = benchmark(1, DOWN, withFallback).run();

    assertThat(s.trials().toList().get(0).status()).isEqualTo(TrialStatus.PASS);
  }

  @Test
  void theBudgetStopsATrialsCallsAndSkipsTheTrialsLeft() {
    AtomicInteger calls = new AtomicInteger();
    Subject threeCalls = (c, model) -> {
      model.ask("first " + c.input());
      model.ask("second " + c.input());
      return model.ask("third " + c.input());
    };
    RunSummary s = benchmark(3, centPerCall(calls), threeCalls).maxCost(0.02).run();

    assertThat(calls).hasValue(2);
    TrialResult stopped = s.trials().toList().get(0);
    assertThat(stopped.status()).isEqualTo(TrialStatus.ERROR);
    assertThat(stopped.error().kind()).isEqualTo(TrialError.BUDGET_KIND);
    assertThat(stopped.error().message())
        .isEqualTo("budget of $0.0200 reached after $0.0200 (this trial's calls included): call 3 of the subject was "
            + "not sent");
    assertThat(stopped.completion().usage().costUsd().getAsDouble()).isCloseTo(0.02, within(1e-12));
    assertThat(s.trials().toList().subList(1, 3)).allSatisfy(t -> {
      assertThat(t.status()).isEqualTo(TrialStatus.SKIPPED);
      assertThat(t.error().kind()).isEqualTo(TrialError.BUDGET_KIND);
    });
    assertThat(s.model("p:m").costUsd().getAsDouble()).isCloseTo(0.02, within(1e-12));
  }

  @Test
  void aSubjectCatchingTheBudgetStopStillEndsInThatError() {
    AtomicInteger calls = new AtomicInteger();
    RunSummary s = benchmark(1, centPerCall(calls), (c, model) -> {
      model.ask("first " + c.input());
      try {
        return model.ask("second " + c.input());
      } catch (IllegalStateException e) {
        return "A0";
      }
    }).maxCost(0.01).run();

    assertThat(calls).hasValue(1);
    assertThat(s.trials().toList().get(0).error().kind()).isEqualTo(TrialError.BUDGET_KIND);
  }

  @Test
  void theSameRequestTwiceInATrialIsTwoRecordingsAndARerunServesBothFromTheCache() {
    AtomicInteger calls = new AtomicInteger();
    Provider sampling = request -> new Completion("sample " + calls.incrementAndGet(), FinishReason.STOP,
        Duration.ofMillis(1), Usage.of(5, 1), null);
    Subject twoSamples = (c, model) -> model.ask("Vote on " + c.input()) + " / " + model.ask("Vote on " + c.input());
    Benchmark b = BenchmarkHub.benchmark("votes").dataset(numbers(1)).subject(twoSamples).models("p:m")
        .provider("p", sampling).setting("cache", "true").setting("cache-dir", cache.toString())
        .judge(io.benchmarkhub.api.Judge.named("any", (c, out) -> io.benchmarkhub.api.Verdict.pass())).quiet().build();

    RunSummary live = b.run();
    RunSummary again = b.run();

    assertThat(calls).hasValue(2);
    assertThat(live.trials().toList().get(0).completion().text()).isEqualTo("sample 1 / sample 2");
    assertThat(live.trials().toList().get(0).completion().origin()).isEqualTo(CompletionOrigin.LIVE);
    Completion cached = again.trials().toList().get(0).completion();
    assertThat(cached.text()).isEqualTo("sample 1 / sample 2");
    assertThat(cached.origin()).isEqualTo(CompletionOrigin.CACHE);
    assertThat(cached.usage().inputTokens()).isEqualTo(10);
    assertThat(again.toTable()).contains("served from cache");
  }

  @Test
  void theTrialsCallsShareItsTimeBudget() {
    Provider slow = request -> {
      DefaultBenchmarkExecutorTest.sleep(300);
      return Completion.of("A0");
    };
    RunSummary s = benchmark(1, slow, (c, model) -> model.ask("first") + model.ask("second"))
        .setting("retry.total-timeout", "200").run();

    TrialError error = s.trials().toList().get(0).error();
    assertThat(error.kind()).isEqualTo("TIMEOUT");
    assertThat(error.message()).isEqualTo("the trial's time budget of 200 ms (retry.total-timeout) is spent: call 2 "
        + "of the subject on p:m was not sent");
  }

  @Test
  void anInterruptedRunInterruptsTheSubjectsCallAndStopsItsLaterCalls() throws Exception {
    java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
    AtomicReference<String> providerSaw = new AtomicReference<>("nothing");
    AtomicReference<Throwable> secondCall = new AtomicReference<>();
    Provider blocking = request -> {
      asked.countDown();
      try {
        Thread.sleep(30_000);
        return Completion.of("late");
      } catch (InterruptedException e) {
        providerSaw.set("interrupt");
        Thread.currentThread().interrupt();
        throw new ProviderException(ProviderException.Kind.TIMEOUT, "p: interrupted");
      }
    };
    Subject twoCalls = (c, model) -> {
      try {
        model.ask("first");
      } catch (ProviderException e) {
        // the user's code carries on
      }
      try {
        return model.ask("second");
      } catch (RuntimeException e) {
        secondCall.set(e);
        throw e;
      }
    };
    AtomicReference<Throwable> runEnded = new AtomicReference<>();
    Thread run = new Thread(() -> {
      try {
        benchmark(1, blocking, twoCalls).run();
      } catch (RuntimeException e) {
        runEnded.set(e);
      }
    });
    run.start();
    assertThat(asked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    run.interrupt();
    run.join(10_000);

    assertThat(run.isAlive()).isFalse();
    assertThat(runEnded.get()).isInstanceOf(BenchmarkException.class).hasMessageContaining("was interrupted");
    // the lane's worker sees the interrupt on its own thread, possibly after the run has returned
    for (int i = 0; i < 100 && !providerSaw.get().equals("interrupt"); i++) {
      DefaultBenchmarkExecutorTest.sleep(50);
    }
    assertThat(providerSaw).hasValue("interrupt");
    for (int i = 0; i < 100 && secondCall.get() == null; i++) {
      DefaultBenchmarkExecutorTest.sleep(50);
    }
    assertThat(secondCall.get()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the run was cancelled during call 2");
  }

  @Test
  void aHandleUsedAfterItsSubjectReturnedThrows() {
    AtomicReference<ModelHandle> leaked = new AtomicReference<>();
    RunSummary s = benchmark(1, centPerCall(new AtomicInteger()), (c, model) -> {
      leaked.set(model);
      return model.ask(c.input());
    }).run();

    assertThat(s.trials().toList().get(0).status()).isEqualTo(TrialStatus.PASS);
    assertThat(leaked.get().model().id()).isEqualTo("p:m");
    assertThatThrownBy(() -> leaked.get().ask("Q0")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("used after its subject returned");
  }

  @Test
  void aSubjectReturningNullErrorsItsTrial() {
    RunSummary s = benchmark(1, centPerCall(new AtomicInteger()), (c, model) -> {
      model.ask(c.input());
      return null;
    }).run();

    TrialResult t = s.trials().toList().get(0);
    assertThat(t.error()).isEqualTo(new TrialError(TrialError.Phase.SUBJECT, SubjectCall.NULL_ANSWER,
        "the subject returned no answer (null) for case 'q0' on p:m"));
    assertThat(t.completion().usage().costUsd().getAsDouble()).as("its call was paid for").isEqualTo(0.01);
  }

  @Test
  void aBenchmarkEvaluatesExactlyOneOfPromptChatPromptAndSubject() {
    assertThatThrownBy(() -> BenchmarkHub.benchmark("both").prompt(TestCase::input).subject((c, m) -> m.ask(c.input())))
        .isInstanceOf(BenchmarkException.class)
        .hasMessage("benchmark 'both' already has .prompt(...), so .subject(...) cannot be added: a benchmark "
            + "evaluates exactly one subject, either a prompt (.prompt or .chatPrompt) or your own code (.subject); "
            + "keep one.");
    assertThatThrownBy(() -> BenchmarkHub.benchmark("both").subject((c, m) -> "x").chatPrompt(TestCase::messages))
        .isInstanceOf(BenchmarkException.class).hasMessageContaining("already has .subject(...)");
  }
}
