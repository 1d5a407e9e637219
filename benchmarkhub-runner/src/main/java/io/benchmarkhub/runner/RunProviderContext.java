package io.benchmarkhub.runner;

import io.benchmarkhub.api.ProviderContext;
import io.benchmarkhub.api.SecretSource;
import java.time.Duration;
import java.util.Optional;

/** The {@link ProviderContext} the runner gives each provider factory at the start of a run. */
final class RunProviderContext implements ProviderContext {
  private final String providerId;
  private final Settings settings;
  private final SecretSource secrets;
  private final SecretRedactor redactor;
  private final Duration requestTimeout;
  private volatile boolean gaveSecret;

  RunProviderContext(String providerId, Settings settings, SecretSource secrets, SecretRedactor redactor,
      Duration requestTimeout) {
    this.providerId = providerId;
    this.settings = settings;
    this.secrets = secrets;
    this.redactor = redactor;
    this.requestTimeout = requestTimeout;
  }

  @Override
  public String providerId() {
    return providerId;
  }

  @Override
  public Optional<String> setting(String key) {
    return settings.get(providerId + "." + key);
  }

  @Override
  public Optional<String> secret(String name) {
    Optional<String> value = secrets.get(name);
    value.ifPresent(redactor::remember);
    if (value.filter(v -> !v.isBlank()).isPresent()) {
      gaveSecret = true;
    }
    return value;
  }

  /** {@return whether the factory was given a (non-blank) secret, i.e. the provider holds a key} */
  boolean gaveSecret() {
    return gaveSecret;
  }

  @Override
  public Duration requestTimeout() {
    return requestTimeout;
  }

  @Override
  public String toString() {
    return "ProviderContext[" + providerId + "]";
  }
}
