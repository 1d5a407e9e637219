package io.benchmarkhub.runner.provider;

import io.benchmarkhub.api.ProviderContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A provider context for tests: settings and secrets from maps, a request timeout. */
final class TestContext implements ProviderContext {
  private final String providerId;
  private final Map<String, String> settings;
  private final Map<String, String> secrets;
  private final Duration timeout;

  private TestContext(String providerId, Map<String, String> settings, Map<String, String> secrets, Duration timeout) {
    this.providerId = providerId;
    this.settings = settings;
    this.secrets = secrets;
    this.timeout = timeout;
  }

  /** A context for this provider with no settings, no secrets and a 5 s timeout. */
  static TestContext of(String providerId) {
    return new TestContext(providerId, Map.of(), Map.of(), Duration.ofSeconds(5));
  }

  TestContext setting(String key, String value) {
    Map<String, String> copy = new HashMap<>(settings);
    copy.put(key, value);
    return new TestContext(providerId, copy, secrets, timeout);
  }

  TestContext secret(String name, String value) {
    Map<String, String> copy = new HashMap<>(secrets);
    copy.put(name, value);
    return new TestContext(providerId, settings, copy, timeout);
  }

  TestContext timeout(Duration value) {
    return new TestContext(providerId, settings, secrets, value);
  }

  @Override
  public String providerId() {
    return providerId;
  }

  @Override
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  @Override
  public Optional<String> secret(String name) {
    return Optional.ofNullable(secrets.get(name));
  }

  @Override
  public Duration requestTimeout() {
    return timeout;
  }
}
