package io.benchmarkhub.api;

import java.util.Map;
import java.util.Optional;

/**
 * Where API keys come from. The default reads environment variables; supply your own to read a
 * vault or a test's sentinel values. Keys never come from annotations or files BenchmarkHub writes.
 */
@FunctionalInterface
public interface SecretSource {

  /** {@return the secret with this name, e.g. "OPENAI_API_KEY"} */
  Optional<String> get(String name);

  /** {@return the process environment} */
  static SecretSource environment() {
    return name -> Optional.ofNullable(System.getenv(name));
  }

  /** {@return a source holding exactly these secrets} */
  static SecretSource of(Map<String, String> secrets) {
    Map<String, String> copy = Map.copyOf(secrets);
    return name -> Optional.ofNullable(copy.get(name));
  }

  /** {@return this source, falling back to {@code other} for names this one lacks} */
  default SecretSource orElse(SecretSource other) {
    return name -> get(name).or(() -> other.get(name));
  }
}
