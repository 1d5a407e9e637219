package io.benchmarkhub.api;

import java.time.Duration;
import java.util.Optional;

/**
 * What a {@link ProviderFactory} may read when it creates a provider: settings, secrets and the
 * request deadline.
 *
 * <p>Settings are looked up as, first match wins: a value set on the benchmark builder, the system
 * property {@code benchmarkhub.<provider>.<key>}, the environment variable
 * {@code BENCHMARKHUB_<PROVIDER>_<KEY>} (upper case, {@code -} and {@code .} as {@code _}). For
 * example the OpenAI base URL comes from {@code benchmarkhub.openai.base-url} or
 * {@code BENCHMARKHUB_OPENAI_BASE_URL}.
 */
public interface ProviderContext {

  /** {@return the provider id being created} */
  String providerId();

  /**
   * {@return a provider setting, e.g. {@code setting("base-url")}}
   *
   * @param key the setting's key, lower-case with dashes
   */
  Optional<String> setting(String key);

  /**
   * {@return a secret, e.g. {@code secret("OPENAI_API_KEY")}}, from the environment or the user's
   * {@link SecretSource}. Never log or print the value.
   */
  Optional<String> secret(String name);

  /**
   * {@return the secret or a {@link BenchmarkException} naming the variable to set}
   *
   * @throws BenchmarkException when the secret is not set
   */
  default String requireSecret(String name) {
    return secret(name).filter(s -> !s.isBlank()).orElseThrow(() -> new BenchmarkException(
        "provider '" + providerId() + "' needs an API key: set the environment variable " + name
            + " (or pass a SecretSource to the benchmark)."));
  }

  /** {@return the longest a single request may take, from connect to the last byte} */
  Duration requestTimeout();
}
