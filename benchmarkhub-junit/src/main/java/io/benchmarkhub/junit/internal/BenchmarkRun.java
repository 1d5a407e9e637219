package io.benchmarkhub.junit.internal;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkHub;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.Message;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunListener;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.junit.BenchmarkTrialError;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.TestAbortedException;

/**
 * The trials one benchmark class's tests wait for, run in the background through the same runner
 * as the fluent API.
 *
 * <p>Models that were selected with the same cases share one run; a model selected with other
 * cases (a re-run of one failed case, say) gets its own, so no trial runs that no test asked for,
 * except that a model whose gate is selected runs all its cases. Every test waits only for its own
 * trial, so results appear as they complete.
 */
final class BenchmarkRun {
  private final BenchmarkDefinition definition;
  private final Map<String, CompletableFuture<TrialResult>> trials = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<ModelSummary>> summaries = new ConcurrentHashMap<>();
  private static final long CANCEL_POLL_MS = 200;
  private final CompletableFuture<Void> end;
  private final CancellationToken cancellation;
  /** The thread running the current group, to interrupt on cancellation. */
  private volatile Thread worker;

  private BenchmarkRun(BenchmarkDefinition definition, Map<String, Set<String>> casesByModel, EngineConfig config,
      CancellationToken cancellation) {
    this.definition = definition;
    this.cancellation = cancellation;
    casesByModel.keySet().forEach(m -> summaries.put(m, new CompletableFuture<>()));
    Map<Set<String>, List<String>> groups = new LinkedHashMap<>();
    casesByModel.forEach((model, cases) -> groups.computeIfAbsent(cases, c -> new ArrayList<>()).add(model));
    CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
    int part = 0;
    for (Map.Entry<Set<String>, List<String>> group : groups.entrySet()) {
      String runId = runId(config, groups.size(), ++part);
      all = all.thenRunAsync(() -> runGroup(group.getValue(), group.getKey(), config, runId), this::daemon);
    }
    this.end = all;
  }

  /** Starts the trials of these models and cases in the background. */
  static BenchmarkRun start(BenchmarkDefinition definition, Map<String, Set<String>> casesByModel, EngineConfig config,
      CancellationToken cancellation) {
    return new BenchmarkRun(definition, casesByModel, config, cancellation);
  }

  /** {@return the result of one trial, waiting for it} */
  TrialResult trial(String model, String caseId, int repeat) throws InterruptedException {
    return await(future(model, caseId, repeat));
  }

  /** {@return the summary of one model, waiting for its run to end} */
  ModelSummary summary(String model) throws InterruptedException {
    CompletableFuture<ModelSummary> f = summaries.get(model);
    if (f == null) {
      throw new IllegalStateException("model " + model + " was not selected for this run");
    }
    return await(f);
  }

  /** Waits for every run to end; {@return each model's figures as report entries} */
  List<ReportEntry> awaitEnd() {
    if (cancellation.isCancellationRequested()) {
      cancel();
    }
    end.exceptionally(t -> null).join();
    List<ReportEntry> entries = new ArrayList<>();
    summaries.forEach((model, f) -> {
      if (f.isDone() && !f.isCompletedExceptionally()) {
        ModelSummary m = f.join();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("benchmark", definition.name());
        values.put("model", m.model());
        values.put("trials", Long.toString(m.trials()));
        values.put("passed", Long.toString(m.passed()));
        values.put("failed", Long.toString(m.failed()));
        values.put("errors", Long.toString(m.errors()));
        values.put("passRate", String.format(Locale.ROOT, "%.4f", m.passRate()));
        values.put("passRate95Low", String.format(Locale.ROOT, "%.4f", m.passRateLow()));
        values.put("costUsd", m.costUsd().isPresent() ? String.format(Locale.ROOT, "%.6f", m.costUsd().getAsDouble()) : "unknown");
        values.put("latencyP95Ms", Long.toString(m.latencyP95().toMillis()));
        entries.add(ReportEntry.from(values));
      }
    });
    return entries;
  }

  /**
   * {@return the run id a group runs under: the configured {@code benchmarkhub.run-id}, with
   * {@code -part<n>} appended when the class runs in several groups (each has its own plan, so each
   * needs its own log to resume), or null to let the runner make one}
   */
  private static String runId(EngineConfig config, int groups, int part) {
    return config.get(EngineConfig.PREFIX + "run-id").map(id -> groups == 1 ? id : id + "-part" + part)
        .orElse(null);
  }

  private void runGroup(List<String> models, Set<String> caseIds, EngineConfig config, String runId) {
    try {
      Benchmark benchmark = build(models, caseIds, config, runId);
      RunSummary summary = benchmark.run();
      for (ModelSummary m : summary.models()) {
        summaries.get(m.model()).complete(m);
      }
    } catch (RuntimeException | Error e) {
      Throwable failure = e instanceof org.junit.platform.commons.JUnitException && e.getCause() != null ? e.getCause() : e;
      for (String model : models) {
        summaries.get(model).completeExceptionally(failure);
        for (String caseId : caseIds) {
          for (int r = 1; r <= definition.repeat(); r++) {
            future(model, caseId, r).completeExceptionally(failure);
          }
        }
      }
    }
  }

  private Benchmark build(List<String> models, Set<String> caseIds, EngineConfig config, String runId) {
    Object instance = ReflectionSupport.newInstance(definition.type());
    Method prompt = definition.prompt();
    Method subject = definition.subject();
    Benchmark.Builder b = BenchmarkHub.benchmark(definition.name()).version(definition.version())
        .dataset(new SelectedDataset(definition.dataset(), caseIds));
    if (subject != null) {
      // invokeMethod rethrows what the method threw as it is, so the trial keeps the user's exception
      b.subject((c, model) -> (String) ReflectionSupport.invokeMethod(subject, instance, c, model));
    } else {
      b.chatPrompt(c -> messages(ReflectionSupport.invokeMethod(prompt, instance, c), prompt));
    }
    b.repeat(definition.repeat())
        .skipUnavailableModels()
        .listener(new RunListener() {
          @Override
          public void trialFinished(TrialResult result) {
            future(result.model(), result.caseId(), result.repeat()).complete(result);
          }
        });
    for (String id : models) {
      ModelRef model = definition.model(id).orElseThrow();
      b.model(model);
    }
    for (Method m : definition.judges()) {
      Object judge = ReflectionSupport.invokeMethod(m, instance);
      if (judge == null) {
        throw new BenchmarkTrialError(definition.type().getName() + "." + m.getName() + "() returned null: a @Judge "
            + "method must return a judge.");
      }
      b.judge((Judge) judge);
    }
    config.runSettings().forEach(b::setting);
    if (runId != null) {
      b.setting("run-id", runId);
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static List<Message> messages(Object returned, Method prompt) {
    if (returned instanceof String s) {
      return List.of(Message.user(s));
    }
    if (returned instanceof List<?> list && list.stream().allMatch(Message.class::isInstance)) {
      return (List<Message>) list;
    }
    throw new IllegalStateException(prompt.getName() + " returned " + (returned == null ? "null" : returned.getClass().getName())
        + "; a @Prompt method returns a String or a List<Message>");
  }

  private CompletableFuture<TrialResult> future(String model, String caseId, int repeat) {
    return trials.computeIfAbsent(model + '\u0000' + caseId + '\u0000' + repeat, k -> new CompletableFuture<>());
  }

  /**
   * Waits for a result, checking for cancellation; a cancelled execution stops the run's trials,
   * so nothing is spent on tests that will not be reported.
   */
  private <T> T await(CompletableFuture<T> future) throws InterruptedException {
    while (true) {
      if (cancellation.isCancellationRequested()) {
        cancel();
        throw new TestAbortedException("the execution was cancelled");
      }
      try {
        return future.get(CANCEL_POLL_MS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // poll the cancellation token again
      } catch (ExecutionException e) {
        throw new BenchmarkTrialError("the run of " + definition.name() + " failed: " + e.getCause().getMessage());
      }
    }
  }

  /** Interrupts the running group: the runner stops scheduling trials and its waiting tests end. */
  private void cancel() {
    Thread t = worker;
    if (t != null) {
      t.interrupt();
    }
  }

  private void daemon(Runnable r) {
    Thread t = new Thread(() -> {
      worker = Thread.currentThread();
      try {
        r.run();
      } finally {
        worker = null;
      }
    }, "benchmarkhub-run-" + definition.name());
    t.setDaemon(true);
    t.start();
  }

  /** The dataset restricted to the selected case ids, in dataset order. */
  private static final class SelectedDataset implements io.benchmarkhub.api.Dataset {
    private final io.benchmarkhub.api.Dataset base;
    private final Set<String> ids;

    SelectedDataset(io.benchmarkhub.api.Dataset base, Set<String> ids) {
      this.base = base;
      this.ids = Set.copyOf(ids);
    }

    @Override
    public String name() {
      return base.name();
    }

    @Override
    public java.util.stream.Stream<TestCase> cases() {
      return base.cases().filter(c -> ids.contains(c.id()));
    }
  }
}
