package io.benchmarkhub.runner;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.CompletionOrigin;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.Provider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, at the start of a run, where each model's answers come from ({@link CompletionSource}), and
 * owns the run's {@link Cassette}.
 *
 * <p>Each model follows its provider's {@link RunMode}: the setting {@code <provider>.mode}, else
 * {@code mode}, else {@code auto}.
 * <ul>
 *   <li>{@code live}: the response cache, then the provider.</li>
 *   <li>{@code record}: the same, and every answer also goes into the benchmark's cassette.</li>
 *   <li>{@code replay}: the cassette only. No provider is created and no key is needed. A request the
 *       cassette lacks makes that trial an ERROR of kind {@value CassetteMissException#KIND}, naming
 *       the case, model, cassette and fix; no cassette at all stops the run.</li>
 *   <li>{@code auto}: replay a model when the cassette holds at least one recording of it (the same
 *       provider id and model name) and its provider got no key: the provider cannot be created
 *       (typically its key variable is unset) or its factory needs no key (ollama, a keyless
 *       openai-compatible server). Otherwise live. A provider handed to the builder is always live. So a
 *       fresh clone with no keys replays the committed cassette, and the same command with keys set
 *       runs live.</li>
 * </ul>
 * A provider that a live or recording model needs but that cannot be created stops the run before any
 * request, with every such problem listed at once, unless the benchmark skips unavailable models: then
 * that model's trials are {@link io.benchmarkhub.api.TrialStatus#SKIPPED} with the problem as reason.
 *
 * <p>The response cache ({@code cache-dir}, default {@value #DEFAULT_CACHE_DIR}) serves live and
 * recording models. It is on for providers created by a {@link io.benchmarkhub.api.ProviderFactory}
 * unless {@code cache=false}; a provider handed to the builder is the user's own code, so it is cached
 * only with {@code cache=true}.
 *
 * <p>Every live or recording model's provider, a provider handed to the builder included, is wrapped
 * once per provider id in a {@link ResilientProvider} (retries, circuit breaker, rate limits; see
 * {@link ResiliencePolicy} for the settings, {@code retry.max-attempts=1} and {@code circuit-breaker=false}
 * to turn them off). Answers from the cache or the cassette never go through it.
 */
final class CompletionSources implements AutoCloseable {
  /** Where the response cache is, unless the {@code cache-dir} setting says otherwise. */
  static final String DEFAULT_CACHE_DIR = "target/benchmarkhub/cache";

  private static final Logger log = LoggerFactory.getLogger(CompletionSources.class);
  private static final String RECORD_HINT = "record it with -Dbenchmarkhub.mode=record and the provider's key set";

  private final Benchmark benchmark;
  private final Settings settings;
  private final SecretRedactor redactor;
  private final ResponseCache cache;
  private final Optional<Boolean> cacheSetting;
  private final Map<String, RunMode> modes = new HashMap<>();
  private final Map<String, ProviderResolver.Resolved> providers = new HashMap<>();
  /** One per provider id, shared by the benchmark's models and judge models alike. */
  private final Map<String, Provider> resilient = new HashMap<>();
  private final Map<String, CompletionSource> judges = new HashMap<>();
  private final List<CompletionSource> byModel = new ArrayList<>();
  /** Opened when a model first needs it: null while no model replays or records. */
  private Cassette cassette;

  private CompletionSources(Benchmark benchmark, Settings settings, SecretRedactor redactor) {
    this.benchmark = benchmark;
    this.settings = settings;
    this.redactor = redactor;
    this.cache = new ResponseCache(Path.of(settings.get("cache-dir").orElse(DEFAULT_CACHE_DIR)));
    this.cacheSetting = settings.flag("cache");
  }

  /**
   * {@return the source of every model of the benchmark}
   *
   * @throws io.benchmarkhub.api.BenchmarkException listing every provider that a live model needs but
   *     that cannot be created, a replay without a cassette, a malformed cassette line (file:line) or
   *     a bad mode, cache, retry, circuit-breaker, rpm or tpm setting
   */
  static CompletionSources open(Benchmark benchmark, Settings settings, SecretRedactor redactor) {
    CompletionSources sources = new CompletionSources(benchmark, settings, redactor);
    for (ModelRef m : benchmark.models()) {
      sources.modes.computeIfAbsent(m.provider(), id -> RunMode.of(settings, id));
    }
    if (sources.modes.values().stream().anyMatch(m -> m != RunMode.LIVE)) {
      sources.cassette();
    }
    sources.providers.putAll(ProviderResolver.resolve(benchmark, settings, redactor,
        id -> sources.modes.get(id) != RunMode.REPLAY));
    Set<String> problems = new LinkedHashSet<>();
    for (ModelRef model : benchmark.models()) {
      sources.byModel.add(sources.source(model, benchmark.skipUnavailableModels(), problems));
    }
    if (!problems.isEmpty()) {
      sources.close();
      throw ProviderResolver.cannotStart(benchmark, List.copyOf(problems));
    }
    return sources;
  }

  /**
   * {@return the source of a judge model}, made on first use by the same rules as the benchmark's
   * models (its provider's mode, cassette, cache, the shared resilient provider), except that a judge
   * model is never skipped
   *
   * @throws io.benchmarkhub.api.BenchmarkException when its provider cannot be created and the
   *     cassette cannot answer for it, or a replay has no cassette
   */
  synchronized CompletionSource judge(ModelRef model) {
    CompletionSource known = judges.get(model.id());
    if (known != null) {
      return known;
    }
    RunMode mode = modes.computeIfAbsent(model.provider(), id -> RunMode.of(settings, id));
    if (mode != RunMode.LIVE) {
      cassette();
    }
    if (mode != RunMode.REPLAY) {
      providers.computeIfAbsent(model.provider(), id -> ProviderResolver.resolve(model, benchmark, settings, redactor));
    }
    Set<String> problems = new LinkedHashSet<>();
    CompletionSource source = source(model, false, problems);
    if (!problems.isEmpty()) {
      throw ProviderResolver.cannotStart(benchmark, List.of("judge model " + model.id() + ": "
          + String.join("; ", problems)));
    }
    judges.put(model.id(), source);
    return source;
  }

  /** {@return where one model's answers come from}, or null after adding to {@code problems} why it has none */
  private CompletionSource source(ModelRef model, boolean skipUnavailable, Set<String> problems) {
    RunMode mode = modes.get(model.provider());
    ProviderResolver.Resolved resolved = providers.get(model.provider());
    if (mode == RunMode.REPLAY || mode == RunMode.AUTO && replayable(model, resolved, cassette)) {
      if (!cassette.found()) {
        problems.add("mode replay needs the cassette " + cassette.source() + ", which is neither there nor on "
            + "the classpath at " + Cassette.CLASSPATH_DIR + CompletionOrigin.cassetteFileName(benchmark.name())
            + ": " + RECORD_HINT + ".");
        return null;
      }
      if (mode == RunMode.AUTO) {
        log.info("{} replays from cassette {}: {}", model.id(), cassette.source(), resolved.provider() == null
            ? resolved.problem() : "provider '" + model.provider() + "' got no key; set -Dbenchmarkhub."
            + model.provider() + ".mode=live to ask it");
      }
      return CompletionSource.replaying(cassette);
    }
    if (resolved.provider() == null && skipUnavailable) {
      log.warn("{} is skipped: {}", model.id(), resolved.problem());
      return CompletionSource.unavailable(resolved.problem());
    }
    if (resolved.provider() == null) {
      problems.add(resolved.problem() + (mode == RunMode.AUTO && cassette != null && cassette.found()
          ? " (cassette " + cassette.source() + " has no recording of " + model.id() + " to replay instead)" : ""));
      return null;
    }
    boolean cached = cacheSetting.orElse(!resolved.fromBuilder());
    Provider provider = resilient.computeIfAbsent(model.provider(),
        id -> ResilientProvider.of(id, resolved.provider(), settings));
    return CompletionSource.live(provider, cached ? cache : CompletionStore.NONE,
        mode == RunMode.RECORD ? cassette : CompletionStore.NONE);
  }

  private static boolean replayable(ModelRef model, ProviderResolver.Resolved resolved, Cassette cassette) {
    return cassette.found() && cassette.holds(model.provider(), model.model())
        && (resolved.provider() == null || !resolved.fromBuilder() && !resolved.keyed());
  }

  private synchronized Cassette cassette() {
    if (cassette == null) {
      cassette = Cassette.open(benchmark.name(), Path.of(settings.get("cassette-dir").orElse(Cassette.DEFAULT_DIR)));
    }
    return cassette;
  }

  /** {@return the source of the trial's model} */
  CompletionSource of(Trial trial) {
    return byModel.get(trial.modelIndex());
  }

  /** {@return each model's source by model index, e.g. [live+cache, replay]} */
  List<CompletionSource> byModel() {
    return byModel;
  }

  /** Rewrites the cassette sorted when this run recorded into it. */
  @Override
  public synchronized void close() {
    if (cassette != null) {
      cassette.close();
    }
  }
}
