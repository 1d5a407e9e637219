package io.benchmarkhub.runner;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Creates the providers a run needs before it starts, so that an unknown provider or a missing key is
 * known before any request is sent; whether that stops the run is the caller's decision (a model the
 * cassette can replay needs no provider).
 *
 * <p>Providers given on the builder come first; then {@link ProviderFactory}s found with
 * {@link ServiceLoader} on the thread's context class loader.
 */
final class ProviderResolver {
  private ProviderResolver() {}

  /**
   * What became of one provider id.
   *
   * @param provider the provider, or null when it could not be created
   * @param fromBuilder whether the benchmark's builder was given the provider
   * @param keyed whether a factory created it with a secret (an API key)
   * @param problem why it could not be created, naming what to do; null when it was
   */
  record Resolved(Provider provider, boolean fromBuilder, boolean keyed, String problem) {}

  /**
   * {@return what became of each provider id the benchmark's models use and {@code needed} accepts},
   * in model order; a provider that cannot be created is reported in its {@link Resolved}, not thrown
   */
  static Map<String, Resolved> resolve(Benchmark benchmark, Settings settings, SecretRedactor redactor,
      Predicate<String> needed) {
    Map<String, ProviderFactory> factories = factories();
    Map<String, Resolved> resolved = new LinkedHashMap<>();
    for (ModelRef model : benchmark.models()) {
      if (!resolved.containsKey(model.provider()) && needed.test(model.provider())) {
        resolved.put(model.provider(), resolve(model, benchmark, settings, redactor, factories));
      }
    }
    return resolved;
  }

  /** {@return what became of the provider of one model}, e.g. a judge model's */
  static Resolved resolve(ModelRef model, Benchmark benchmark, Settings settings, SecretRedactor redactor) {
    return resolve(model, benchmark, settings, redactor, factories());
  }

  private static Resolved resolve(ModelRef model, Benchmark benchmark, Settings settings, SecretRedactor redactor,
      Map<String, ProviderFactory> factories) {
    String id = model.provider();
    Provider given = benchmark.providers().get(id);
    if (given != null) {
      return new Resolved(given, true, false, null);
    }
    ProviderFactory factory = factories.get(id);
    if (factory == null) {
      TreeSet<String> known = new TreeSet<>(factories.keySet());
      known.addAll(benchmark.providers().keySet());
      return new Resolved(null, false, false, "model '" + model.id() + "' names unknown provider '"
          + id + "'. Known providers: " + String.join(", ", known) + ". Check the prefix, or register a "
          + "ProviderFactory for '" + id + "'.");
    }
    RunProviderContext context = new RunProviderContext(id, settings, benchmark.secrets(), redactor,
        benchmark.requestTimeout());
    try {
      return new Resolved(factory.create(context), false, context.gaveSecret(), null);
    } catch (BenchmarkException e) {
      return new Resolved(null, false, false, redactor.redact(e.getMessage()));
    }
  }

  /** {@return the error that stops a benchmark before its run, listing every problem at once} */
  static BenchmarkException cannotStart(Benchmark benchmark, List<String> problems) {
    return new BenchmarkException("benchmark '" + benchmark.name() + "' cannot start:\n  - "
        + String.join("\n  - ", problems));
  }

  private static Map<String, ProviderFactory> factories() {
    Map<String, ProviderFactory> byId = new LinkedHashMap<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (ProviderFactory f : ServiceLoader.load(ProviderFactory.class,
        loader != null ? loader : ProviderResolver.class.getClassLoader())) {
      byId.putIfAbsent(f.id(), f);
    }
    return byId;
  }
}
