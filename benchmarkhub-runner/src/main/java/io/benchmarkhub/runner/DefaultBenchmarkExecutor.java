package io.benchmarkhub.runner;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkExecutor;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.ModelSummary;
import io.benchmarkhub.api.RunListener;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runner: streams the dataset, runs every case on every model (and repeat) in parallel lanes,
 * one per provider, grades each completion, and summarises.
 *
 * <p>The run in order:
 * <ol>
 *   <li>decide where each model's answers come from ({@link CompletionSources}: cassette, cache,
 *       provider, by the {@code mode} setting) and create the providers that live models need, so an
 *       unknown provider, a missing key or a malformed cassette fails before any request;</li>
 *   <li>read the dataset once to validate it and count the cases, so a malformed line fails before
 *       anything is spent;</li>
 *   <li>stream the dataset again and queue each trial on its provider's lane, whose workers get the
 *       answer, price it ({@link Pricing}) and grade it; once the {@link Budget} is reached, a worker
 *       records each trial it picks up as skipped instead;</li>
 *   <li>sort the results into case, model, repeat order and summarise each model; when recording,
 *       rewrite the cassette sorted.</li>
 * </ol>
 * Registered with {@link java.util.ServiceLoader}, so {@link Benchmark#run()} finds it.
 */
public final class DefaultBenchmarkExecutor implements BenchmarkExecutor {
  private static final Logger log = LoggerFactory.getLogger(DefaultBenchmarkExecutor.class);

  @Override
  public RunSummary run(Benchmark benchmark) {
    String runId = RunIds.next();
    Settings settings = Settings.of(benchmark);
    List<RunListener> listeners = ConsoleProgress.withListeners(benchmark, settings);
    SecretRedactor redactor = new SecretRedactor();
    Set<RunListener> warned = ConcurrentHashMap.newKeySet();
    ConcurrentLinkedQueue<TrialResult> results = new ConcurrentLinkedQueue<>();
    Instant started;
    try (CompletionSources sources = CompletionSources.open(benchmark, settings, redactor)) {
      long cases = countCases(benchmark);
      long planned = cases * benchmark.models().size() * benchmark.repeat();
      Map<String, Integer> concurrency = concurrency(benchmark, settings);
      log.info("run {} of {}: {} cases × {} models × {} repeats = {} trials; concurrency {}; sources {}", runId,
          benchmark.name(), cases, benchmark.models().size(), benchmark.repeat(), planned, concurrency,
          sources.byModel());
      Pricing pricing = new Pricing(PriceTable.load(settings));
      Budget budget = Budget.of(benchmark, settings);
      budget.unpricedWarning(benchmark, pricing).ifPresent(log::warn);
      started = Instant.now();
      notify(listeners, warned, l -> l.runStarted(benchmark, runId, planned));
      TrialRunner runner = new TrialRunner(benchmark.prompt(), benchmark.judges(), redactor, pricing);
      try (ProviderLanes lanes = new ProviderLanes(concurrency, runId);
          Stream<TestCase> stream = benchmark.dataset().cases()) {
        long index = 0;
        for (Iterator<TestCase> it = stream.iterator(); it.hasNext(); index++) {
          TestCase testCase = it.next();
          for (int m = 0; m < benchmark.models().size(); m++) {
            ModelRef model = benchmark.models().get(m);
            for (int r = 1; r <= benchmark.repeat(); r++) {
              Trial trial = new Trial(index, testCase, m, model, r);
              lanes.submit(trial, () -> {
                TrialResult result = budget.reached() ? budget.skip(trial)
                    : budget.spend(runner.run(trial, sources.of(trial)));
                results.add(result);
                notify(listeners, warned, l -> l.trialFinished(result));
              });
            }
          }
        }
        lanes.awaitIdle();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BenchmarkException("run " + runId + " of benchmark '" + benchmark.name() + "' was interrupted "
            + "after " + results.size() + " of " + planned + " trials.", e);
      }
    }
    RunSummary summary = summarise(benchmark, runId, started, results);
    if (benchmark.printSummary()) {
      System.out.print(summary.toTable());
      System.out.flush();
    }
    notify(listeners, warned, l -> l.runFinished(summary));
    return summary;
  }

  private static long countCases(Benchmark benchmark) {
    try (Stream<TestCase> s = benchmark.dataset().cases()) {
      long n = s.count();
      if (n == 0) {
        throw new BenchmarkException("dataset " + benchmark.dataset().name() + " of benchmark '" + benchmark.name()
            + "' has no cases: add at least one.");
      }
      return n;
    }
  }

  private static Map<String, Integer> concurrency(Benchmark benchmark, Settings settings) {
    Map<String, Integer> byProvider = new LinkedHashMap<>();
    for (String id : benchmark.models().stream().map(ModelRef::provider).distinct().toList()) {
      int n = benchmark.hasConcurrency(id)
          ? benchmark.concurrency(id)
          : settings.positiveInt(id + ".concurrency").orElse(benchmark.concurrency(id));
      byProvider.put(id, n);
    }
    return byProvider;
  }

  private static RunSummary summarise(Benchmark benchmark, String runId, Instant started,
      ConcurrentLinkedQueue<TrialResult> results) {
    Map<String, Integer> modelOrder = new HashMap<>();
    Map<String, ModelTally> tallies = new LinkedHashMap<>();
    for (ModelRef m : benchmark.models()) {
      modelOrder.put(m.id(), modelOrder.size());
      tallies.put(m.id(), new ModelTally(m.id()));
    }
    List<TrialResult> ordered = new ArrayList<>(results);
    ordered.sort(Comparator.comparingLong(TrialResult::caseIndex)
        .thenComparingInt(t -> modelOrder.get(t.model()))
        .thenComparingInt(TrialResult::repeat));
    for (TrialResult t : ordered) {
      tallies.get(t.model()).add(t);
    }
    List<ModelSummary> models = tallies.values().stream().map(ModelTally::summary).toList();
    return new RunSummary(benchmark.name(), benchmark.version(), runId, started, Instant.now(), models, ordered);
  }

  /** Tells every listener; a listener that throws is logged once per run and otherwise ignored. */
  private static void notify(List<RunListener> listeners, Set<RunListener> warned, Consumer<RunListener> event) {
    for (RunListener l : listeners) {
      try {
        event.accept(l);
      } catch (RuntimeException e) {
        if (warned.add(l)) {
          log.warn("run listener {} threw; ignoring this and any later failure of it in this run", l, e);
        }
      }
    }
  }
}
