package io.benchmarkhub.runner;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.BenchmarkExecutor;
import io.benchmarkhub.api.Judge;
import io.benchmarkhub.api.PairJudge;
import io.benchmarkhub.api.PairwiseResult;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.RunListener;
import io.benchmarkhub.api.RunSummary;
import io.benchmarkhub.api.TestCase;
import io.benchmarkhub.api.TrialResult;
import io.benchmarkhub.judge.CalibrationReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runner: streams the dataset, runs every case on every model (and repeat) in parallel lanes,
 * one per provider, grades each completion, logs it, and summarises.
 *
 * <p>The run in order:
 * <ol>
 *   <li>decide where each model's answers come from ({@link CompletionSources}: cassette, cache,
 *       provider, by the {@code mode} setting) and create the providers that live models need, so an
 *       unknown provider, a missing key or a malformed cassette fails before any request;</li>
 *   <li>read the dataset once to validate it, count the cases and make the {@link RunPlan}, so a
 *       malformed line fails before anything is spent;</li>
 *   <li>open the run's {@link RunLog} under {@code <run-dir>/<run-id>/}. The run id is the setting
 *       {@code run-id}, else a new one; when that run already has a log, the run resumes it: the trials
 *       it holds are not run again (their results are read back, counted and told to the listeners),
 *       only the missing ones are, and with {@code rerun-errors=true} the errored ones too;</li>
 *   <li>stream the dataset again and queue each trial still to run on its provider's lane, whose
 *       workers get the answer (from the provider, or by calling the benchmark's subject with a
 *       {@link SubjectModelHandle} whose calls go the same way, see {@link SubjectCall}), price it
 *       ({@link Pricing}), grade it, append it to the log and count
 *       it; once the {@link Budget} is reached, a worker records each trial it picks up as skipped
 *       instead;</li>
 *   <li>when the benchmark has pair judges, compare every pair of models' answers case by case
 *       ({@link PairwiseComparisons});</li>
 *   <li>summarise each model from the counts; the summary's trials are read back from the log in case,
 *       model, repeat order whenever they are streamed. When recording, rewrite the cassette sorted.</li>
 *   <li>calibrate the judge against human labels when {@code calibration.labels} is set
 *       ({@link RunCalibration}), write the reports beside the run log ({@link RunReports}), and print
 *       the table with the report's {@code file://} address.</li>
 * </ol>
 * Registered with {@link java.util.ServiceLoader}, so {@link Benchmark#run()} finds it.
 */
public final class DefaultBenchmarkExecutor implements BenchmarkExecutor {
  private static final Logger log = LoggerFactory.getLogger(DefaultBenchmarkExecutor.class);
  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  @Override
  public RunSummary run(Benchmark benchmark) {
    Settings settings = Settings.of(benchmark);
    String runId = runId(settings);
    boolean rerunErrors = settings.flag("rerun-errors").orElse(false);
    Path runDir = Path.of(settings.get("run-dir").orElse(RunLog.DEFAULT_DIR));
    List<RunListener> listeners = ConsoleProgress.withListeners(benchmark, settings);
    SecretRedactor redactor = new SecretRedactor();
    Set<RunListener> warned = ConcurrentHashMap.newKeySet();
    Instant started;
    RunSummary summary;
    try (CompletionSources sources = CompletionSources.open(benchmark, settings, redactor)) {
      RunPlan plan = RunPlan.of(benchmark);
      long planned = plan.trials();
      Map<String, Integer> concurrency = concurrency(benchmark, settings);
      Pricing pricing = new Pricing(PriceTable.load(settings));
      RunJudgeContext judgeContext = new RunJudgeContext(sources, pricing, settings);
      List<Judge> judges = bind(benchmark, "judge", benchmark.judges(), Judge::name, j -> j.bind(judgeContext));
      List<PairJudge> pairJudges = bind(benchmark, "pair judge", benchmark.pairJudges(), PairJudge::name,
          j -> j.bind(judgeContext));
      Budget budget = Budget.of(benchmark, settings);
      budget.unpricedWarning(benchmark, pricing).ifPresent(log::warn);
      try (RunLog runLog = RunLog.open(RunLog.file(runDir, runId, benchmark.name()), runId, plan)) {
        log.info("run {} of {}: {} cases × {} models × {} repeats = {} trials; concurrency {}; sources {}; log {}",
            runId, benchmark.name(), plan.cases(), benchmark.models().size(), benchmark.repeat(), planned,
            concurrency, sources.byModel(), runLog.file());
        started = Instant.now();
        notify(listeners, warned, l -> l.runStarted(benchmark, runId, planned));
        RunTallies tallies = new RunTallies(plan);
        resume(runLog, plan, rerunErrors, result -> {
          tallies.add(budget.spend(result));
          notify(listeners, warned, l -> l.trialFinished(result));
        });
        TrialRunner runner = new TrialRunner(benchmark.prompt(), benchmark.subject()
            .map(s -> new SubjectCall(s, pricing, budget, redactor, trialTimeBudgets(benchmark, settings)))
            .orElse(null), judges, redactor, pricing, benchmark::toolsFor, benchmark.toolChoice().orElse(null));
        AtomicLong finished = new AtomicLong();
        List<PairwiseResult> pairwise;
        // once set, a worker logs nothing more: a trial interrupted by the end of the run is not a result
        AtomicBoolean stopped = new AtomicBoolean();
        // the first failure to write the run log (a full disk, say): the run stops and says so
        AtomicReference<RuntimeException> logFailure = new AtomicReference<>();
        ProviderLanes lanes = new ProviderLanes(concurrency, runId);
        try (Stream<TestCase> stream = benchmark.dataset().cases()) {
          long index = 0;
          for (Iterator<TestCase> it = stream.iterator(); it.hasNext(); index++) {
            TestCase testCase = it.next();
            for (int m = 0; m < benchmark.models().size(); m++) {
              ModelRef model = benchmark.models().get(m);
              for (int r = 1; r <= benchmark.repeat(); r++) {
                int ordinal = plan.ordinal(index, m, r);
                if (runLog.done(ordinal, rerunErrors) || logFailure.get() != null) {
                  continue;
                }
                Trial trial = new Trial(index, testCase, m, model, r);
                lanes.submit(trial, () -> {
                  TrialResult result = budget.reached() ? budget.skip(trial)
                      : budget.spend(runner.run(trial, sources.of(trial)));
                  if (stopped.get()) {
                    return;
                  }
                  try {
                    runLog.append(ordinal, result);
                  } catch (RuntimeException e) {
                    logFailure.compareAndSet(null, e);
                    stopped.set(true);
                    return;
                  }
                  tallies.add(result);
                  finished.incrementAndGet();
                  notify(listeners, warned, l -> l.trialFinished(result));
                });
              }
            }
          }
          lanes.awaitIdle();
          if (logFailure.get() != null) {
            throw new BenchmarkException("run " + runId + " of benchmark '" + benchmark.name() + "' stopped: "
                + logFailure.get().getMessage() + ". The trials written before are in " + runLog.file()
                + ": free the space (or fix the folder) and run again with -Dbenchmarkhub.run-id=" + runId
                + " to finish it.", logFailure.get());
          }
          pairwise = new PairwiseComparisons(pairJudges, plan, redactor,
              concurrency.values().stream().mapToInt(Integer::intValue).max().orElse(1)).run(runLog);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new BenchmarkException("run " + runId + " of benchmark '" + benchmark.name() + "' was interrupted "
              + "after " + finished.get() + " of " + planned + " trials; every finished trial is in "
              + runLog.file() + ": run again with -Dbenchmarkhub.run-id=" + runId + " to finish it.", e);
        } finally {
          stopped.set(true);
          lanes.close();
        }
        summary = new RunSummary(benchmark.name(), benchmark.version(), runId, started, Instant.now(),
            plan.info(),
            tallies.summaries(), runLog.results(), tallies.comparisons(), tallies.agreement(), pairwise, runLog.file());
      }
    }
    Optional<CalibrationReport> calibration = RunCalibration.of(summary, settings);
    List<Path> reports = RunReports.write(summary,
        calibration.map(c -> List.of(c.summary())).orElse(List.of()), settings);
    if (benchmark.printSummary()) {
      System.out.print(summary.toTable());
      calibration.ifPresent(c -> System.out.print(c.toText()));
      if (!reports.isEmpty()) {
        System.out.println("report: " + reports.get(0).toAbsolutePath().toUri());
      }
      System.out.flush();
    }
    RunSummary done = summary;
    notify(listeners, warned, l -> l.runFinished(done));
    return summary;
  }

  /**
   * {@return the setting run-id, when it is set, else a new id}
   *
   * @throws BenchmarkException when the set id is not a plain folder name
   */
  private static String runId(Settings settings) {
    Optional<String> given = settings.get("run-id");
    if (given.isPresent() && !RUN_ID.matcher(given.get()).matches()) {
      throw Settings.invalid("run-id", given.get(), "a name of letters, digits, '.', '_' and '-', starting with a "
          + "letter or digit, at most 128 characters");
    }
    return given.orElseGet(RunIds::next);
  }

  /**
   * {@return the judges (or pair judges) ready for the run}: each gets the run's judge models through
   * its {@code bind}, so a judge model that cannot be used stops the run before any request
   *
   * @param kind "judge" or "pair judge", for the message
   * @throws BenchmarkException naming the judge when binding it fails
   */
  private static <J> List<J> bind(Benchmark benchmark, String kind, List<J> judges, Function<J, String> name,
      Function<J, J> bind) {
    List<J> bound = new ArrayList<>(judges.size());
    for (J judge : judges) {
      try {
        bound.add(Objects.requireNonNull(bind.apply(judge), () -> name.apply(judge) + ".bind returned null"));
      } catch (BenchmarkException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new BenchmarkException(kind + " " + name.apply(judge) + " of benchmark '" + benchmark.name()
            + "' cannot start: " + e.getMessage(), e);
      }
    }
    return bound;
  }

  /** Reads back the results a resumed run's log already holds and that stand, in plan order. */
  private static void resume(RunLog runLog, RunPlan plan, boolean rerunErrors, Consumer<TrialResult> each) {
    if (runLog.resumed() == 0) {
      return;
    }
    int[] standing = Arrays.stream(runLog.recordedOrdinals()).filter(o -> runLog.done(o, rerunErrors)).toArray();
    log.info("resuming run from {}: {} of {} trials are done{}; running the other {}", runLog.file(),
        standing.length, plan.trials(), runLog.tornLineCut() ? " (a torn last line was cut off)" : "",
        plan.trials() - standing.length);
    try (Stream<TrialResult> done = runLog.read(standing)) {
      done.forEach(each);
    }
  }

  /** {@return each provider's time budget of one trial, which a subject's calls share} */
  private static Map<String, java.time.Duration> trialTimeBudgets(Benchmark benchmark, Settings settings) {
    Map<String, java.time.Duration> byProvider = new LinkedHashMap<>();
    for (ModelRef m : benchmark.models()) {
      byProvider.computeIfAbsent(m.provider(), id -> ResiliencePolicy.of(settings, id).totalTimeout());
    }
    return byProvider;
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
