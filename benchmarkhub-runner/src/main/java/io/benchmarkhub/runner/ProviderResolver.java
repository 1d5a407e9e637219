package io.benchmarkhub.runner;

import io.benchmarkhub.api.Benchmark;
import io.benchmarkhub.api.BenchmarkException;
import io.benchmarkhub.api.ModelRef;
import io.benchmarkhub.api.Provider;
import io.benchmarkhub.api.ProviderFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Finds the provider of every model of a benchmark before the run starts, so that an unknown
 * provider or a missing key fails the run before any request is sent.
 *
 * <p>Providers given on the builder come first; then {@link ProviderFactory}s found with
 * {@link ServiceLoader} on the thread's context class loader.
 */
final class ProviderResolver {
  private ProviderResolver() {}

  /**
   * {@return the provider for each provider id the benchmark's models use}
   *
   * @throws BenchmarkException listing every unknown provider and every missing key at once
   */
  static Map<String, Provider> resolve(Benchmark benchmark, Settings settings, SecretRedactor redactor) {
    Map<String, ProviderFactory> factories = factories();
    Map<String, Provider> providers = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (ModelRef model : benchmark.models()) {
      String id = model.provider();
      if (providers.containsKey(id)) {
        continue;
      }
      Provider given = benchmark.providers().get(id);
      if (given != null) {
        providers.put(id, given);
        continue;
      }
      ProviderFactory factory = factories.get(id);
      if (factory == null) {
        TreeSet<String> known = new TreeSet<>(factories.keySet());
        known.addAll(benchmark.providers().keySet());
        problems.add("model '" + model.id() + "' names unknown provider '" + id + "'. Known providers: "
            + String.join(", ", known) + ". Check the prefix, or register a ProviderFactory for '" + id + "'.");
        continue;
      }
      try {
        providers.put(id, factory.create(new RunProviderContext(id, settings, benchmark.secrets(), redactor,
            benchmark.requestTimeout())));
      } catch (BenchmarkException e) {
        problems.add(redactor.redact(e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BenchmarkException("benchmark '" + benchmark.name() + "' cannot start:\n  - "
          + String.join("\n  - ", problems));
    }
    return providers;
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
