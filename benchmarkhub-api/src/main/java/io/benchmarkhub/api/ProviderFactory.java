package io.benchmarkhub.api;

/**
 * Creates the {@link Provider} for one provider id; found with {@link java.util.ServiceLoader}.
 *
 * <p>To add a provider, implement this interface and list the class in
 * {@code META-INF/services/io.benchmarkhub.api.ProviderFactory}. Models then address it as
 * {@code <id>:<model>}.
 */
public interface ProviderFactory {

  /** {@return the provider id models use as their prefix, e.g. "openai"} */
  String id();

  /**
   * Creates the provider for one run. Called once per run, before any request, so a missing key or a
   * bad setting fails the run before anything is spent.
   *
   * @param context settings and secrets for this provider
   * @return the provider
   * @throws BenchmarkException when a key or setting is missing or invalid, naming the variable or
   *     property to set
   */
  Provider create(ProviderContext context);
}
